// Ctrl-C, as python3 delivers it: KeyboardInterrupt in the main thread at its next
// poll point, or out of a sleep or a join; a second Ctrl-C in every thread; then
// `lab py` flushes what the script printed and exits 130 (labs/sigint.h).
//
// The interpreter's side is driven in-process (Interpreter::Interrupt, called
// once the script has said it is running); the signal's side runs the real `lab`
// binary and sends it SIGINT once it has printed its first line. Neither depends
// on timing: each script would run forever without the interrupt.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "absl/synchronization/notification.h"
#include "frontend/compiler.h"
#include "gil/strategies.h"
#include "gtest/gtest.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"
#include "tests/test_paths.h"

namespace gillab {
namespace {

struct Config {
  const char* name;
  GilKind gil;
  RuntimeOptions runtime;
};

class InterruptTest : public ::testing::TestWithParam<Config> {
 protected:
  // Runs `source`, calls `interrupt` once it has printed "ready", and returns the
  // results (main thread first).
  std::vector<ThreadResult> RunAndInterrupt(
      const std::string& source, const std::function<void(Interpreter&)>& interrupt) {
    ProgramSpec program;
    py::SourceError error;
    EXPECT_TRUE(py::CompilePython(source, "t.py", &program, &error)) << error.message;
    Runtime rt(GetParam().runtime);
    std::unique_ptr<Gil> gil = MakeGil(GetParam().gil);
    absl::Notification ready;
    InterpreterOptions options;
    options.print = [&](std::string_view text) {
      printed_ += text;
      if (text == "ready\n" && !ready.HasBeenNotified()) ready.Notify();
    };
    Interpreter interp(rt, *gil, options);
    EXPECT_TRUE(interp.Load(program).ok());
    std::thread ctrl_c([&] {
      ready.WaitForNotification();
      interrupt(interp);
    });
    absl::StatusOr<std::vector<ThreadResult>> results =
        interp.Run({{"<module>", {}, ""}});
    ctrl_c.join();
    EXPECT_TRUE(results.ok());
    return results.ok() ? *results : std::vector<ThreadResult>{};
  }
  std::string printed_;
};

TEST_P(InterruptTest, RaisesKeyboardInterruptInALoopingMainThread) {
  const std::vector<ThreadResult> r = RunAndInterrupt(
      "n = 0\nprint('ready')\nwhile True:\n    n += 1\n",
      [](Interpreter& interp) { interp.Interrupt(/*every_thread=*/false); });
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].ok);
  EXPECT_EQ(r[0].exception, "KeyboardInterrupt");
  ASSERT_FALSE(r[0].traceback.empty());
  EXPECT_GE(r[0].traceback.back().line, 3);
  EXPECT_EQ(printed_, "ready\n");
}

TEST_P(InterruptTest, EndsASleep) {
  const std::vector<ThreadResult> r =
      RunAndInterrupt("import time\nprint('ready')\ntime.sleep(3600)\nprint('woke')\n",
                      [](Interpreter& interp) { interp.Interrupt(false); });
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].exception, "KeyboardInterrupt");
  ASSERT_FALSE(r[0].traceback.empty());
  EXPECT_EQ(r[0].traceback.back().line, 3);
  EXPECT_EQ(printed_, "ready\n");
}

// The first Ctrl-C ends the main thread's join; the worker still loops, and Run
// waits for it (as CPython's shutdown does) until the second reaches it too.
TEST_P(InterruptTest, EndsAJoinThenEveryThread) {
  const std::vector<ThreadResult> r = RunAndInterrupt(
      "import threading\n"
      "def spin():\n"
      "    while True:\n"
      "        pass\n"
      "t = threading.Thread(target=spin)\n"
      "t.start()\n"
      "print('ready')\n"
      "t.join()\n"
      "print('joined')\n",
      [](Interpreter& interp) {
        interp.Interrupt(false);
        interp.Interrupt(true);
      });
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].exception, "KeyboardInterrupt");
  EXPECT_EQ(r[1].exception, "KeyboardInterrupt");
  EXPECT_EQ(printed_, "ready\n");
}

INSTANTIATE_TEST_SUITE_P(
    Configs, InterruptTest,
    ::testing::Values(Config{"NewGil", GilKind::kNew, {.mode = RefcountMode::kNonAtomic}},
                      Config{"FreeThreaded",
                             GilKind::kNone,
                             {.mode = RefcountMode::kBiased,
                              .objects = ObjectSafety::kLocked}}),
    [](const ::testing::TestParamInfo<Config>& info) { return info.param.name; });

// The real thing: `lab py` gets SIGINT. What the script printed, flushed or not,
// is all there; the traceback ends "KeyboardInterrupt"; the exit status is 130.
TEST(LabPy, CtrlCFlushesPrintsTheTracebackAndExits130) {
  const std::string lab = Runfile("labs/lab");
  const std::string script = TempPath("ctrl_c.py");
  std::ofstream(script) << "print('started', flush=True)\n"
                           "print('buffered')\n"
                           "n = 0\n"
                           "while True:\n"
                           "    n += 1\n";
  int out[2], err[2];
  ASSERT_EQ(pipe(out), 0);
  ASSERT_EQ(pipe(err), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    dup2(out[1], 1);
    dup2(err[1], 2);
    close(out[0]);
    close(err[0]);
    execl(lab.c_str(), lab.c_str(), "py", script.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  close(err[1]);
  // Read until "started\n" has come (the watcher is installed before the run).
  std::string stdout_text, stderr_text;
  char buf[4096];
  while (stdout_text.find("started\n") == std::string::npos) {
    const ssize_t n = read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    stdout_text.append(buf, static_cast<std::size_t>(n));
  }
  ASSERT_EQ(stdout_text, "started\n");
  kill(pid, SIGINT);
  for (int fd : {out[0], err[0]}) {
    std::string& text = fd == out[0] ? stdout_text : stderr_text;
    for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) {
      text.append(buf, static_cast<std::size_t>(n));
    }
    close(fd);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status)) << "ended by signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 130) << stderr_text;
  EXPECT_EQ(stdout_text, "started\nbuffered\n");
  EXPECT_NE(stderr_text.find("Traceback (most recent call last):"), std::string::npos)
      << stderr_text;
  const std::string tail = "KeyboardInterrupt\n";
  ASSERT_GE(stderr_text.size(), tail.size());
  EXPECT_EQ(stderr_text.substr(stderr_text.size() - tail.size()), tail) << stderr_text;
}

}  // namespace
}  // namespace gillab
