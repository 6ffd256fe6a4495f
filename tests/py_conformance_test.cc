// The conformance corpus: every script in tests/py/ runs under gillab (`lab py`)
// and under Debian's python3, and the two outputs must be identical, byte for
// byte, with the same exit status. The scripts are single-threaded, or join each
// thread before the next starts, or update what their threads share under a
// Lock, so the output does not depend on timing; each also runs without a GIL
// and with biased counts, and with the old GIL polling at every instruction,
// where it must print the same.
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "labs/cli.h"

namespace gillab::labs {
namespace {

constexpr const char* kCorpus = "tests/py";
constexpr const char* kPython = "/usr/bin/python3";  // tools/bootstrap installs it

std::vector<std::string> CorpusFiles() {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
    if (entry.path().extension() == ".py") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Output {
  int status = -1;
  std::string out;
};

// python3's stdout and exit status for `path`.
Output RunPython3(const std::string& path) {
  Output o;
  const std::string command = std::string(kPython) + " -I " + path + " 2>/dev/null";
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return o;
  char buffer[4096];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) o.out.append(buffer, n);
  const int raw = pclose(pipe);
  o.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return o;
}

Output RunGillab(const std::string& path, const std::vector<std::string>& options) {
  std::vector<std::string> args = {"py", path};
  args.insert(args.end(), options.begin(), options.end());
  std::ostringstream out, err;
  Output o;
  o.status = RunLab(args, out, err);
  o.out = out.str();
  return o;
}

TEST(PyConformance, TheCorpusHasAtLeastFortyScripts) {
  EXPECT_GE(CorpusFiles().size(), 40u);
}

TEST(PyConformance, Python3IsThere) {
  const Output o = RunPython3("-c 'print(6 * 7)'");
  ASSERT_EQ(o.status, 0) << kPython << " is needed to compare against";
  EXPECT_EQ(o.out, "42\n");
}

TEST(PyConformance, EveryScriptPrintsWhatPython3Prints) {
  const std::vector<std::vector<std::string>> configs = {
      {},  // the default: the new GIL, plain counts
      {"--gil=none", "--refcount=biased"},
      {"--gil=old", "--poll=every-instruction", "--refcount=atomic"},
  };
  for (const std::string& path : CorpusFiles()) {
    const Output want = RunPython3(path);
    ASSERT_EQ(want.status, 0) << path << " fails under python3";
    ASSERT_FALSE(want.out.empty()) << path << " prints nothing: it would test nothing";
    for (const std::vector<std::string>& options : configs) {
      const Output got = RunGillab(path, options);
      std::string how;
      for (const std::string& o : options) how += " " + o;
      EXPECT_EQ(got.status, 0) << "lab py " << path << how;
      EXPECT_EQ(got.out, want.out) << "lab py " << path << how;
    }
  }
}

}  // namespace
}  // namespace gillab::labs
