// gillab/labs/cpython.cc — running a lesson's Python form under python3
// (cpython.h).
#include "labs/cpython.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

extern char** environ;

namespace gillab::labs {

namespace {

// Prints python3's version, then runs the script as __main__.
constexpr const char* kWrapper =
    "import runpy, sys\n"
    "print('version: ' + sys.version.split()[0], flush=True)\n"
    "runpy.run_path(sys.argv[1], run_name='__main__')\n";

// The last non-empty line of `text`.
std::string LastLine(const std::string& text) {
  std::size_t end = text.find_last_not_of('\n');
  if (end == std::string::npos) return "";
  const std::size_t start = text.rfind('\n', end);
  return text.substr(start == std::string::npos ? 0 : start + 1,
                     end - (start == std::string::npos ? 0 : start + 1) + 1);
}

// A private temporary file holding `source`; empty on failure.
std::string WriteTemp(const std::string& source) {
  const char* dir = std::getenv("TMPDIR");
  std::string path = std::string(dir != nullptr && *dir != 0 ? dir : "/tmp") +
                     "/gillab-cpython-XXXXXX.py";
  std::vector<char> name(path.begin(), path.end());
  name.push_back('\0');
  const int fd = mkstemps(name.data(), 3);
  if (fd < 0) return "";
  const char* p = source.data();
  std::size_t left = source.size();
  while (left > 0) {
    const ssize_t n = write(fd, p, left);
    if (n <= 0) {
      close(fd);
      unlink(name.data());
      return "";
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  close(fd);
  return name.data();
}

}  // namespace

std::string CPythonPath() {
  const char* env = std::getenv("GILLAB_PYTHON3");
  return env != nullptr && *env != 0 ? env : kDebianPython;
}

bool CPythonAvailable() { return access(CPythonPath().c_str(), X_OK) == 0; }

std::optional<double> ResultLine::Number(const std::string& key) const {
  const auto it = values.find(key);
  if (it == values.end() || it->second.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(it->second.c_str(), &end);
  if (end != it->second.c_str() + it->second.size()) return std::nullopt;
  return v;
}

ResultLine ParseResultLine(const std::string& line) {
  ResultLine result;
  std::map<std::string, std::string>& values = result.values;
  std::istringstream words(line);
  std::string word;
  while (words >> word) {
    const std::size_t eq = word.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    values[word.substr(0, eq)] = word.substr(eq + 1);
  }
  return result;
}

CPythonRun RunCPython(const std::string& source, double timeout_seconds) {
  CPythonRun run;
  run.python = CPythonPath();
  if (!CPythonAvailable()) {
    run.problem = run.python + " is not installed (apt-get install python3)";
    return run;
  }
  const std::string script = WriteTemp(source);
  if (script.empty()) {
    run.problem = std::string("cannot write a temporary file: ") + std::strerror(errno);
    return run;
  }
  int fds[2];
  if (pipe(fds) != 0) {
    unlink(script.c_str());
    run.problem = std::string("pipe: ") + std::strerror(errno);
    return run;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[1]);
  std::vector<std::string> argv_text = {run.python, "-I", "-c", kWrapper, script};
  std::vector<char*> argv;
  for (std::string& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int spawned =
      posix_spawn(&pid, run.python.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (spawned != 0) {
    close(fds[0]);
    unlink(script.c_str());
    run.problem = "cannot start " + run.python + ": " + std::strerror(spawned);
    return run;
  }

  // Read until EOF or the deadline.
  std::string text;
  const auto deadline =
      std::chrono::steady_clock::now() +
      std::chrono::milliseconds(static_cast<long>(timeout_seconds * 1e3));
  bool timed_out = false;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                          deadline - std::chrono::steady_clock::now())
                          .count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int ready = poll(&p, 1, static_cast<int>(std::min<long>(left, 1000)));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    char buffer[4096];
    const ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buffer, static_cast<std::size_t>(n));
  }
  close(fds[0]);
  if (timed_out) kill(pid, SIGKILL);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  unlink(script.c_str());

  std::istringstream lines(text);
  std::string line;
  bool have_result = false;
  while (std::getline(lines, line)) {
    if (line.rfind("version: ", 0) == 0 && run.version.empty()) {
      run.version = line.substr(9);
    } else if (line.rfind("result:", 0) == 0) {
      run.values = ParseResultLine(line.substr(7)).values;
      have_result = true;
    } else {
      run.output += line + "\n";
    }
  }
  if (timed_out) {
    run.problem =
        "timed out after " + std::to_string(static_cast<int>(timeout_seconds)) + " s";
  } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    run.problem =
        (WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                           : std::string("killed by a signal")) +
        ": " + LastLine(run.output);
  } else if (!have_result) {
    run.problem = "printed no result line";
  } else {
    run.ok = true;
  }
  return run;
}

}  // namespace gillab::labs
