// `./lab --tsan`, as a user runs it: the lab binary built with ThreadSanitizer
// (this test's data dependency, built in the test's own configuration), with its
// own TSan defaults (labs/lab_main.cc: TSAN_OPTIONS is cleared for the child).
//   - Each unprotected lesson gets a data-race report, naming the code that races
//     (the refcount, the list's size), and exit status 66.
//   - Each protected configuration of each lesson runs with no report, exit 0.
// In other configurations the test is skipped: without TSan nothing is reported.
//
// A race is reported when two threads touch the same word with no happens-before
// between them, whatever the interleaving: each unprotected run makes tens of
// thousands of such pairs, so a run without a report would mean TSan cannot see
// the race at all.
#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/test_paths.h"

namespace gillab {
namespace {

struct Output {
  int status = -1;
  std::string text;  // stdout and stderr
};

[[maybe_unused]] Output Lab(const std::string& args) {
  const std::string command =
      "env -u TSAN_OPTIONS '" + Runfile("labs/lab") + "' " + args + " 2>&1";
  Output o;
  FILE* child = popen(command.c_str(), "r");
  if (child == nullptr) return o;
  char buf[4096];
  while (std::fgets(buf, sizeof buf, child) != nullptr) o.text += buf;
  const int status = pclose(child);
  o.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return o;
}

[[maybe_unused]] constexpr char kRace[] = "WARNING: ThreadSanitizer: data race";

struct Unprotected {
  const char* args;
  const char* names;  // a file the report must name
};

class TsanUnprotected : public ::testing::TestWithParam<Unprotected> {};

TEST_P(TsanUnprotected, ReportsTheRaceNamingTheCode) {
#ifndef GILLAB_TSAN
  GTEST_SKIP() << "only meaningful in a ThreadSanitizer build (--config=tsan)";
#else
  const Output o = Lab(GetParam().args);
  EXPECT_EQ(o.status, 66) << o.text;
  EXPECT_NE(o.text.find(kRace), std::string::npos) << o.text;
  EXPECT_NE(o.text.find(GetParam().names), std::string::npos)
      << "the report should name " << GetParam().names << ":\n"
      << o.text;
  EXPECT_NE(o.text.find("lab: ThreadSanitizer build"), std::string::npos) << o.text;
#endif
}

INSTANTIATE_TEST_SUITE_P(
    Lessons, TsanUnprotected,
    ::testing::Values(
        Unprotected{"run refcount-race --iterations=100000", "runtime/memory/refcount.h"},
        Unprotected{"run contention --refcount=nonatomic --iterations=100000",
                    "runtime/memory/refcount.h"},
        Unprotected{"run list-race --iterations=20000", "runtime/objects/list_object.cc"},
        Unprotected{"run resize-read --iterations=100000",
                    "runtime/objects/list_object.cc"},
        // A freed int read through a borrowed reference: the use after free.
        Unprotected{"run borrowed-ref --iterations=20000", "runtime/memory/alloc.cc"}));

class TsanProtected : public ::testing::TestWithParam<const char*> {};

TEST_P(TsanProtected, RunsWithNoReport) {
#ifndef GILLAB_TSAN
  GTEST_SKIP() << "only meaningful in a ThreadSanitizer build (--config=tsan)";
#else
  const Output o = Lab(GetParam());
  EXPECT_EQ(o.status, 0) << o.text;
  EXPECT_EQ(o.text.find("ThreadSanitizer:"), std::string::npos) << o.text;
  EXPECT_NE(o.text.find("lab: ThreadSanitizer build"), std::string::npos) << o.text;
#endif
}

// Every lesson in each configuration that protects it: a GIL, atomic or biased
// counts, object locks (and QSBR) without a GIL. counter's and counter-call's
// lost updates under a GIL are the bytecode's race, not a data race: TSan is
// silent there, and rightly.
INSTANTIATE_TEST_SUITE_P(
    Lessons, TsanProtected,
    ::testing::Values("run objects", "run small-ints --iterations=20000",
                      "run refcount-race --refcount=atomic --iterations=100000",
                      "run refcount-race --refcount=biased --iterations=100000",
                      "run refcount-race --gil=new --iterations=100000",
                      "run counter --gil=new --iterations=20000",
                      "run counter --gil=none --refcount=biased --iterations=20000",
                      "run counter-call --gil=new --iterations=20000",
                      "run convoy --gil=new",
                      "run contention --refcount=atomic --iterations=20000",
                      "run contention --refcount=biased --iterations=20000",
                      "run gc-cycles --iterations=2000", "run memory --iterations=10000",
                      "run list-race --objects=locked --iterations=20000",
                      "run list-race --gil=new --iterations=20000",
                      "run borrowed-ref --objects=locked --iterations=20000",
                      "run borrowed-ref --gil=new --iterations=20000",
                      "run resize-read --objects=locked --iterations=100000",
                      "run resize-read --gil=new --iterations=100000",
                      "explore refcount-race", "explore list-race"));

TEST(TsanPython, ProtectedScriptsRunWithNoReport) {
#ifndef GILLAB_TSAN
  GTEST_SKIP() << "only meaningful in a ThreadSanitizer build (--config=tsan)";
#else
  for (const std::string& args :
       {"py '" + Runfile("labs/py/list_race.py") + "' --gil=none",
        "py '" + Runfile("labs/py/counter_lock.py") + "' --gil=none --refcount=biased",
        "py '" + Runfile("labs/py/counter.py") + "'"}) {
    const Output o = Lab(args);
    EXPECT_EQ(o.status, 0) << args << "\n" << o.text;
    EXPECT_EQ(o.text.find("ThreadSanitizer:"), std::string::npos) << args << "\n"
                                                                  << o.text;
  }
#endif
}

}  // namespace
}  // namespace gillab
