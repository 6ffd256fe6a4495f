// The lab runner: its command line (bad input -> exit 2 and one line naming the
// problem and the valid choices), its verdicts, and its scenarios: every protected
// configuration exact, every unprotected one showing its race. The one deliberate
// C++ data race (nonatomic counts, several threads, no GIL) is skipped under
// ThreadSanitizer, which would rightly stop it.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "labs/cli.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "tests/lab_run.h"

namespace gillab::labs {
namespace {

LabRun Lab(const std::vector<std::string>& args) { return RunLabCaptured(args); }

TEST(LabCli, BadInputExitsTwoWithOneLineNamingTheChoices) {
  struct Case {
    std::vector<std::string> args;
    std::string must_mention;
  };
  const std::vector<Case> cases = {
      {{}, "valid: list, run, tour, py, dis, explore, help"},
      {{"frobnicate"}, "unknown command 'frobnicate'"},
      // --tsan belongs to the ./lab script, before the command.
      {{"--tsan", "run", "objects"}, "read by the ./lab script, not by the lab binary"},
      {{"run", "objects", "--tsan"}, "--tsan goes first, before the command"},
      {{"run"},
       "valid: objects, refcount-race, counter, counter-call, small-ints, convoy, "
       "contention, gc-cycles, memory, list-race, borrowed-ref, resize-read, all"},
      {{"run", "nope"},
       "unknown scenario 'nope' (valid: objects, refcount-race, counter, counter-call, "
       "small-ints, convoy, contention, gc-cycles, memory, list-race, borrowed-ref, "
       "resize-read, all)"},
      {{"run", "counter", "--gil=newer"},
       "unknown GIL strategy 'newer' (valid: none, new, old, mutex, fair, spin, absl, "
       "priority, all)"},
      {{"run", "counter", "--poll=sometimes"},
       "unknown poll policy 'sometimes' (valid: every-instruction, backedges-and-calls)"},
      {{"run", "counter", "--switch-interval=0"},
       "--switch-interval='0' is not a whole number from 1 to 1000000"},
      {{"run", "counter", "--trace="}, "--trace needs a file name"},
      {{"run", "objects", "--refcount=Atomic"},
       "unknown refcount mode 'Atomic' (valid: nonatomic, atomic, biased, all)"},
      {{"run", "refcount-race", "--threads=-1"}, "--threads='-1'"},
      {{"run", "refcount-race", "--threads=0"}, "from 1 to 64"},
      {{"run", "refcount-race", "--threads=65"}, "from 1 to 64"},
      {{"run", "refcount-race", "--threads=two"}, "not a whole number"},
      {{"run", "refcount-race", "--iterations=99999999999999999999"},
       "not a whole number"},
      {{"run", "refcount-race", "--iterations=100000001"}, "from 1 to 100000000"},
      {{"run", "refcount-race", "--iterations="}, "--iterations=''"},
      {{"run", "counter", "--cpython=maybe"}, "--cpython='maybe' (valid: auto, yes, no)"},
      {{"run", "refcount-race", "--threads"}, "--threads needs a value"},
      {{"run", "refcount-race", "--colour=red"}, "unknown option '--colour=red'"},
      {{"run", "refcount-race", "--json=yes"}, "--json takes no value"},
      {{"run", "objects", "refcount-race"}, "one scenario name"},
      {{"list", "extra"}, "list takes no arguments"},
      {{"tour", "objects"}, "tour takes no scenario name"},
      // An option a command or a lesson would ignore is an error, not silence.
      {{"list", "--gil=new"}, "--gil does not apply to list"},
      {{"tour", "--trace=t.json"}, "--trace does not apply to tour"},
      {{"tour", "--gil=new"}, "--gil does not apply to tour (valid: --cpython, --json)"},
      // ... and so is one the named scenario does not read.
      {{"run", "objects", "--threads=3"},
       "--threads does not apply to objects (it reads --refcount, --json)"},
      {{"run", "memory", "--gil=new"},
       "--gil does not apply to memory (it reads --iterations, --cpython, --json)"},
      {{"run", "objects", "--cpython=yes"}, "--cpython does not apply to objects"},
      {{"run", "convoy", "--gil=all", "--trace=t.json"},
       "--trace records one run: --gil=all makes several (name one)"},
      {{"py", "labs/py/counter.py", "--gil=all"}, "py runs a script once"},
      {{"run", "objects", "--gil=new", "--trace=t.json"},
       "--trace does not apply to objects: it records no GIL events (valid: counter, "
       "counter-call, convoy)"},
      {{"run", "counter", "--trace=t.json"}, "--trace needs a GIL to trace"},
      // A trace that cannot be written is reported before the run.
      {{"run", "counter", "--gil=new", "--trace=/nonexistent/dir/t.json"},
       "cannot write the trace to /nonexistent/dir/t.json: No such file or directory"},
      {{"py", "labs/py/counter.py", "--trace=/nonexistent/dir/t.json"},
       "cannot write the trace to /nonexistent/dir/t.json"},
      // lab explore: lessons it has a model of, bounds, ids.
      {{"explore"},
       "explore takes one lesson name (valid: refcount-race, counter, counter-call, "
       "list-race, borrowed-ref, biased-merge)"},
      {{"explore", "nope"}, "unknown lesson 'nope' (valid: refcount-race, counter"},
      {{"explore", "convoy"}, "lesson 'convoy' has no explorer model yet"},
      {{"explore", "refcount-race", "--preemptions=-1"},
       "--preemptions='-1' is not a whole number from 0 to 6"},
      {{"explore", "refcount-race", "--schedule=0*99"}, "no schedule of refcount-race"},
      {{"explore", "refcount-race", "--schedule=zero"}, "no schedule of refcount-race"},
      {{"explore", "refcount-race", "--threads=5"},
       "valid: threads 1..4, iterations 1..4"},
      {{"explore", "refcount-race", "--objects=locked"},
       "--objects does not apply to explore"},
      {{"explore", "refcount-race", "--refcount=all"}, "explore runs one configuration"},
      {{"explore", "refcount-race", "--poll=every-instruction"},
       "--poll does not apply to explore refcount-race (it reads --gil, --refcount"},
      {{"explore", "counter", "--gil=none", "--poll=every-instruction"},
       "--poll applies only under a GIL"},
      {{"explore", "counter-call", "--iterations=5"}, "valid: threads 1..4, iterations"},
      {{"explore", "counter", "--gil=new", "--schedule=1*1"}, "no schedule of counter"},
      {{"explore", "list-race", "--refcount=atomic"},
       "--refcount does not apply to explore list-race (it reads --gil, --objects"},
      {{"explore", "list-race", "--gil=new", "--objects=locked"},
       "--objects=locked applies only without a GIL"},
      {{"explore", "list-race", "--objects=gil"}, "unknown object safety 'gil'"},
      {{"explore", "list-race", "--iterations=3"},
       "valid: threads 1..3, iterations 1..2"},
      {{"explore", "borrowed-ref", "--threads=4"},
       "valid: threads 1..3, iterations 1..3"},
      {{"run", "refcount-race", "--preemptions=1"},
       "--preemptions does not apply to run"},
  };
  for (const Case& c : cases) {
    const LabRun r = Lab(c.args);
    std::string joined;
    for (const std::string& a : c.args) joined += a + " ";
    EXPECT_EQ(r.status, 2) << joined;
    EXPECT_EQ(CountLines(r.err), 1) << joined << "\n" << r.err;
    EXPECT_EQ(r.err.rfind("lab: ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find(c.must_mention), std::string::npos) << joined << "\n" << r.err;
    EXPECT_TRUE(r.out.empty()) << joined;
  }
}

TEST(LabCli, HelpListsCommandsAndExitsZero) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"help"}, {"--help"}, {"-h"}, {"run", "objects", "--help"}}) {
    const LabRun r = Lab(args);
    EXPECT_EQ(r.status, 0);
    EXPECT_NE(r.out.find("usage: lab COMMAND"), std::string::npos);
    EXPECT_NE(r.out.find("--refcount=M"), std::string::npos);
    EXPECT_TRUE(r.err.empty());
  }
}

TEST(LabCli, ListNamesEveryScenario) {
  const LabRun r = Lab({"list"});
  EXPECT_EQ(r.status, 0);
  ASSERT_FALSE(AllScenarios().empty());
  for (const Scenario& s : AllScenarios()) {
    EXPECT_NE(r.out.find(s.name), std::string::npos) << s.name;
    EXPECT_NE(r.out.find(s.summary), std::string::npos) << s.name;
  }
}

TEST(LabCli, JsonRunHasTheContractFields) {
  const LabRun r = Lab({"run", "objects", "--refcount", "biased", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(CountLines(r.out), 1);
  for (const char* field :
       {"\"scenario\": \"objects\"", "\"gil\": \"none\"", "\"refcount\": \"biased\"",
        "\"threads\": 2", "\"iterations\": 1000000",
        "\"expected\": ", "\"observed\": ", "\"corrupted\": false", "\"lost_updates\": 0",
        "\"use_after_free\": 0", "\"leaked_objects\": 0", "\"race_expected\": false",
        "\"verdict\": \"exact\"", "\"rounds\": 1"}) {
    EXPECT_NE(r.out.find(field), std::string::npos) << field << "\n" << r.out;
  }
}

// `run all`: every scenario once, in `lab list` order, one JSON object per line.
// Under a GIL and with atomic counts, so that no C++ data race runs under
// ThreadSanitizer (convoy, which reads neither, runs every GIL; its none row uses
// biased counts).
TEST(LabCli, RunAllRunsEveryScenarioOnce) {
  const LabRun r = Lab({"run", "all", "--gil=new", "--refcount=atomic",
                        "--iterations=20000", "--cpython=no", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_EQ(CountLines(r.out), static_cast<int>(AllScenarios().size())) << r.out;
  std::istringstream lines(r.out);
  std::string line;
  for (const Scenario& s : AllScenarios()) {
    std::getline(lines, line);
    EXPECT_EQ(line.rfind("{\"scenario\": \"" + std::string(s.name) + "\"", 0), 0u)
        << line;
    EXPECT_NE(line.find("\"verdict\": "), std::string::npos) << line;
  }
}

// --gil=all on a scenario that does not tabulate it: one run per strategy. (Atomic
// counts: exact, and clean under ThreadSanitizer, under every strategy.)
TEST(LabCli, GilAllRunsTheScenarioOncePerStrategy) {
  const LabRun r = Lab({"run", "refcount-race", "--gil=all", "--refcount=atomic",
                        "--iterations=2000", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  ASSERT_EQ(CountLines(r.out), 8) << r.out;
  for (const char* gil :
       {"none", "new", "old", "mutex", "fair", "spin", "absl", "priority"}) {
    EXPECT_NE(r.out.find("\"gil\": \"" + std::string(gil) + "\""), std::string::npos)
        << gil;
  }
}

// `lab list`: every scenario with the options it reads.
TEST(LabCli, ListSaysWhatEachScenarioReads) {
  const LabRun r = Lab({"list"});
  EXPECT_NE(r.out.find("reads --refcount, --json\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("defaults --gil=all"), std::string::npos) << r.out;
  // A setting a lesson fixes is not offered as a default the user could change.
  EXPECT_NE(r.out.find("defaults --objects=unlocked --iterations=100000; always "
                       "--refcount=biased\n"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("defaults --refcount=biased"), std::string::npos) << r.out;
}

TEST(LabReport, CountedAgreesWithItsNumber) {
  EXPECT_EQ(Counted(0, "update lost", "updates lost"), "0 updates lost");
  EXPECT_EQ(Counted(1, "update lost", "updates lost"), "1 update lost");
  EXPECT_EQ(Counted(2, "update lost", "updates lost"), "2 updates lost");
}

TEST(LabReport, JsonStringEscapes) {
  EXPECT_EQ(JsonString("a\"b\\c\nd\x01"), "\"a\\\"b\\\\c\\nd\\u0001\"");
}

// The verdict names what the configuration expects: exactness where it is
// protected, the race where it is not, and never "OK" for a race that did not show.
TEST(LabReport, TableShowsTheVerdict) {
  LabResult r;
  r.scenario = "x";
  r.expected = "e";
  r.observed = "o";
  EXPECT_NE(FormatTable(r).find("verdict        EXACT"), std::string::npos);
  r.corrupted = true;
  r.lost_updates = 7;
  EXPECT_EQ(Verdict(r), "CORRUPTED: 7 updates lost in a protected configuration");
  r.race_expected = true;
  r.use_after_free = 1;
  EXPECT_EQ(Verdict(r), "SHOWN: 7 updates lost, 1 operation on a freed object");
  r.rounds = 3;
  EXPECT_EQ(Verdict(r),
            "SHOWN: 7 updates lost, 1 operation on a freed object (in round 3)");
  r.corrupted = false;
  r.why_not_shown = "the threads hardly ever ran at the same time";
  const std::string table = FormatTable(r);
  EXPECT_NE(table.find("verdict        NOT SHOWN: nothing was lost in 3 rounds"),
            std::string::npos)
      << table;
  EXPECT_NE(table.find("the threads hardly ever ran at the same time"),
            std::string::npos);
  EXPECT_NE(table.find("rounds         3"), std::string::npos) << table;
}

// --- Unprotected configurations show their race -------------------------------------
// Each lesson repeats rounds until its race shows or kShowBudgetSeconds (5 s) are
// spent. The bounds are safe: under a GIL polling at every instruction (or with a
// call between read and write) each of a round's ~40 switches lands between the
// read and the write of `counter` with probability ~1/3, so a round shows nothing
// with probability ~(2/3)^40 = 1e-7, and 5 s hold hundreds of rounds.

LabConfig Counter(PollPolicy poll) {
  return {.gil = GilKind::kNew,
          .poll = poll,
          .switch_interval_us = 100,
          .iterations = 200'000};
}

TEST(Unprotected, CounterPollingEveryInstructionLosesUpdates) {
  const LabResult r =
      FindScenario("counter")->run(Counter(PollPolicy::kEveryInstruction));
  EXPECT_TRUE(r.race_expected);
  EXPECT_TRUE(r.corrupted) << Verdict(r);
  EXPECT_GT(r.lost_updates, 0);
  EXPECT_EQ(Verdict(r).rfind("SHOWN: ", 0), 0u) << Verdict(r);
  EXPECT_EQ(r.use_after_free, 0) << "the GIL protects the objects themselves";
}

TEST(Unprotected, CounterWithACallLosesUpdates) {
  const LabResult r =
      FindScenario("counter-call")->run(Counter(PollPolicy::kBackedgesAndCalls));
  EXPECT_TRUE(r.race_expected);
  EXPECT_GT(r.lost_updates, 0) << Verdict(r);
  EXPECT_EQ(Verdict(r).rfind("SHOWN: ", 0), 0u) << Verdict(r);
}

TEST(Protected, CounterPollingAtBackedgesIsExact) {
  const LabResult r =
      FindScenario("counter")->run(Counter(PollPolicy::kBackedgesAndCalls));
  EXPECT_FALSE(r.race_expected);
  EXPECT_EQ(r.lost_updates, 0);
  EXPECT_EQ(r.rounds, 1);
  EXPECT_EQ(Verdict(r), "EXACT: observed what was expected");
}

// Plain counts, two threads, no GIL, the defaults `lab run refcount-race` uses. A
// round loses updates unless neither thread is ever preempted or overlapped
// between a load and its store (each takes 10^6 IncRefs or more, until both are
// done, so even on one CPU the first runs out its time slice mid-loop); 5 s of
// rounds cannot all miss on a working machine.
TEST(Unprotected, RefcountRaceShowsItsRace) {
#ifdef GILLAB_TSAN
  GTEST_SKIP() << "a deliberate C++ data race: ThreadSanitizer would stop it "
                  "(tsan_sees_race_test checks that it does)";
#else
  const LabResult r = FindScenario("refcount-race")->run({});
  EXPECT_TRUE(r.race_expected);
  EXPECT_TRUE(r.corrupted) << Verdict(r);
  EXPECT_GT(r.lost_updates + r.use_after_free + r.leaked_objects, 0);
  EXPECT_EQ(Verdict(r).rfind("SHOWN: ", 0), 0u) << Verdict(r);
  EXPECT_GE(r.overlap, 0.0);
  EXPECT_LE(r.overlap, 1.0);
#endif
}

// The exact outcome of a refcount-race run: "count 1 -> N+1 after N IncRefs -> 1",
// with N at least threads x iterations (each thread takes its share, then goes on
// until the last has taken its own: RunTogether, labs/phase.h).
void ExpectExactCount(const LabResult& r, long long at_least) {
  long long top = 0, taken = 0;
  char rest[16] = {};
  ASSERT_EQ(std::sscanf(r.observed.c_str(), "count 1 -> %lld after %lld IncRefs -> %15s",
                        &top, &taken, rest),
            3)
      << r.observed;
  EXPECT_EQ(top, taken + 1) << r.observed;
  EXPECT_GE(taken, at_least) << r.observed;
  EXPECT_STREQ(rest, "1") << r.observed;
}

class RefcountRaceProtected : public ::testing::TestWithParam<RefcountMode> {};

// Without a GIL, atomic and biased counts lose nothing: the exact counts, no free
// while referenced, no leak. (Clean under --config=tsan: no deliberate race here.)
TEST_P(RefcountRaceProtected, LosesNoUpdates) {
  const LabResult r = FindScenario("refcount-race")
                          ->run({.mode = GetParam(), .threads = 4, .iterations = 20'000});
  EXPECT_FALSE(r.corrupted) << r.observed;
  EXPECT_EQ(r.lost_updates, 0);
  EXPECT_EQ(r.use_after_free, 0);
  EXPECT_EQ(r.leaked_objects, 0);
  ExpectExactCount(r, 4 * 20'000);
}

INSTANTIATE_TEST_SUITE_P(AtomicAndBiased, RefcountRaceProtected,
                         ::testing::Values(RefcountMode::kAtomic, RefcountMode::kBiased),
                         [](const auto& info) {
                           return std::string(RefcountModeName(info.param));
                         });

TEST(RefcountRace, OneNonAtomicThreadIsExact) {
  // One thread cannot race with itself: the plain counts are exact.
  const LabResult r =
      FindScenario("refcount-race")
          ->run({.mode = RefcountMode::kNonAtomic, .threads = 1, .iterations = 50'000});
  EXPECT_FALSE(r.corrupted) << r.observed;
  ExpectExactCount(r, 50'000);
}

class RefcountRaceUnderGil : public ::testing::TestWithParam<GilKind> {};

// Plain (non-atomic) counts under any GIL: exact, and clean under TSan.
TEST_P(RefcountRaceUnderGil, PlainCountsAreExact) {
  LabConfig c;
  c.mode = RefcountMode::kNonAtomic;
  c.gil = GetParam();
  c.switch_interval_us = 100;
  c.threads = 3;
  c.iterations = 20'000;
  const LabResult r = FindScenario("refcount-race")->run(c);
  EXPECT_FALSE(r.corrupted) << r.observed;
  EXPECT_EQ(r.lost_updates, 0);
  ExpectExactCount(r, 3 * 20'000);
}

INSTANTIATE_TEST_SUITE_P(EveryGil, RefcountRaceUnderGil,
                         ::testing::Values(GilKind::kNew, GilKind::kOld, GilKind::kMutex,
                                           GilKind::kFair, GilKind::kSpin, GilKind::kAbsl,
                                           GilKind::kPriority),
                         [](const auto& info) {
                           return std::string(GilKindName(info.param));
                         });

// counter: nothing lost under a GIL polling at back edges and calls; the trace is
// written where --trace says.
TEST(CounterScenario, BackedgesLoseNothingAndTheTraceIsWritten) {
  LabConfig c;
  c.gil = GilKind::kNew;
  c.switch_interval_us = 100;
  c.iterations = 50'000;
  c.trace_path = ::testing::TempDir() + "/counter_trace.json";
  const LabResult r = FindScenario("counter")->run(c);
  EXPECT_FALSE(r.corrupted) << r.observed;
  EXPECT_EQ(r.lost_updates, 0);
  EXPECT_EQ(r.leaked_objects, 0);
  std::ifstream json(c.trace_path), svg(c.trace_path + ".svg");
  std::string first_line;
  ASSERT_TRUE(std::getline(json, first_line));
  EXPECT_EQ(first_line.rfind("{\"displayTimeUnit\"", 0), 0u) << first_line;
  ASSERT_TRUE(std::getline(svg, first_line));
  EXPECT_EQ(first_line.rfind("<svg", 0), 0u);
}

// The small-int cache: exactly the values outside -5..256 make objects, on every
// thread at once, with no GIL, in every mode (the cached ints are immortal, so even
// plain counts are exact: ThreadSanitizer checks that no count is written).
TEST(SmallIntsScenario, OnlyValuesOutsideTheCacheMakeObjects) {
  for (RefcountMode mode :
       {RefcountMode::kNonAtomic, RefcountMode::kAtomic, RefcountMode::kBiased}) {
    const LabResult r =
        FindScenario("small-ints")->run({.mode = mode, .threads = 3, .iterations = 1000});
    EXPECT_FALSE(r.race_expected);
    EXPECT_FALSE(r.corrupted) << RefcountModeName(mode) << ": " << r.observed;
    // 1000 values of range(-10, 290) repeated: three full loops with 5 + 33 values
    // outside the cache each (-10..-6, 257..289), then -10..89 with 5: 3 threads x
    // 119 objects.
    EXPECT_EQ(r.observed.rfind("357 int objects made; 256 is 256: True; 257 is 257 "
                               "(two computations): False",
                               0),
              0u)
        << r.observed;
    EXPECT_EQ(r.leaked_objects, 0);
    EXPECT_EQ(r.use_after_free, 0);
  }
}

TEST(ObjectsScenario, EveryObjectIsFreedExactlyOnceInEveryMode) {
  for (RefcountMode mode :
       {RefcountMode::kNonAtomic, RefcountMode::kAtomic, RefcountMode::kBiased}) {
    const LabResult r = FindScenario("objects")->run({.mode = mode});
    EXPECT_FALSE(r.corrupted) << RefcountModeName(mode) << ": " << r.observed;
    EXPECT_EQ(r.leaked_objects, 0);
    EXPECT_NE(r.observed.find("0 after"), std::string::npos) << r.observed;
  }
}

}  // namespace
}  // namespace gillab::labs
