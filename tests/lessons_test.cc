// The lessons added on top of the first four (convoy, contention, gc-cycles,
// memory), the CPython comparison, `run all`'s JSON and the tour. Protected
// configurations must be exact; the unprotected one (plain counts on a shared
// object, no GIL) must show its race within the lesson's round budget, and is
// skipped under ThreadSanitizer, which would rightly stop it. Nothing here asserts
// a timing: latencies and throughputs are printed by the lessons, not checked.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "labs/cpython.h"
#include "labs/report.h"
#include "labs/scenario.h"
#include "tests/json.h"
#include "tests/lab_run.h"

namespace gillab::labs {
namespace {

using gillab::testing::Json;
using gillab::testing::JsonParser;

Json ParseLine(const std::string& line) {
  Json j;
  EXPECT_TRUE(JsonParser(line).Parse(&j)) << line;
  return j;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

int NotesStartingWith(const LabResult& r, const std::string& prefix) {
  int n = 0;
  for (const std::string& note : r.notes) n += note.rfind(prefix, 0) == 0;
  return n;
}

// --- convoy -------------------------------------------------------------------------

// Every strategy runs convoy.py to the end and frees what it made; one table row
// each. (The none row runs with biased counts: clean under ThreadSanitizer.)
TEST(ConvoyLesson, EveryStrategyCompletesAndFreesEverything) {
  LabConfig c;
  c.all_gils = true;
  c.cpython = LabConfig::CPython::kNo;
  const LabResult r = FindScenario("convoy")->run(c);
  EXPECT_FALSE(r.corrupted) << r.observed;
  EXPECT_EQ(Verdict(r), "EXACT: observed what was expected");
  EXPECT_EQ(r.leaked_objects, 0);
  EXPECT_EQ(r.use_after_free, 0);
  for (GilKind g : kGilKindNames.values()) {
    char prefix[32];
    std::snprintf(prefix, sizeof prefix, "%-14s ", GilKindName(g));
    EXPECT_EQ(NotesStartingWith(r, prefix), 1) << GilKindName(g);
  }
  EXPECT_FALSE(r.cpython.has_value());
}

// --- contention ---------------------------------------------------------------------

TEST(ContentionLesson, AtomicAndBiasedCountsAreExact) {
  for (RefcountMode mode : {RefcountMode::kAtomic, RefcountMode::kBiased}) {
    const LabResult r = FindScenario("contention")
                            ->run({.mode = mode, .threads = 3, .iterations = 20'000});
    EXPECT_FALSE(r.race_expected) << RefcountModeName(mode);
    EXPECT_FALSE(r.corrupted) << RefcountModeName(mode) << ": " << Verdict(r);
    EXPECT_EQ(r.lost_updates, 0);
    EXPECT_EQ(r.use_after_free, 0);
    EXPECT_EQ(r.leaked_objects, 0);
  }
}

TEST(ContentionLesson, OneNonAtomicThreadIsExact) {
  const LabResult r =
      FindScenario("contention")
          ->run({.mode = RefcountMode::kNonAtomic, .threads = 1, .iterations = 20'000});
  EXPECT_FALSE(r.race_expected);
  EXPECT_EQ(Verdict(r), "EXACT: observed what was expected");
}

// Plain counts on the shared object race; the immortal and private columns stay
// exact. A round is 10^6 IncRef/DecRef pairs per thread; the lesson repeats rounds
// for 5 s, and every round in which the threads overlap at all loses updates.
TEST(ContentionLesson, PlainCountsOnASharedObjectShowTheRace) {
#ifdef GILLAB_TSAN
  GTEST_SKIP() << "a deliberate C++ data race: ThreadSanitizer would stop it";
#else
  LabConfig c;
  c.all_modes = true;
  const LabResult r = FindScenario("contention")->run(c);
  EXPECT_TRUE(r.race_expected);
  EXPECT_TRUE(r.corrupted) << Verdict(r);
  EXPECT_EQ(Verdict(r).rfind("SHOWN: ", 0), 0u) << Verdict(r);
  EXPECT_EQ(NotesStartingWith(r, "nonatomic"), 1);
  EXPECT_EQ(NotesStartingWith(r, "atomic"), 1);
  EXPECT_EQ(NotesStartingWith(r, "biased"), 1);
#endif
}

// --- gc-cycles ----------------------------------------------------------------------

// The counts are exact whatever the timing: 2 objects a cycle, every one freed by
// the collector, the generations at work, nothing left after the threads' part.
TEST(GcCyclesLesson, CyclesLeakUntilCollectedAndNoneAreLeftAfterAnyPart) {
  const LabResult r = FindScenario("gc-cycles")->run({.threads = 3, .iterations = 1000});
  EXPECT_FALSE(r.corrupted) << r.observed;
  EXPECT_EQ(Verdict(r), "EXACT: observed what was expected");
  EXPECT_EQ(r.observed,
            "+2,000 live objects a round with the collector off; 10,000 freed by "
            "gc.collect(); 0 left after every part");
  EXPECT_EQ(NotesStartingWith(r, "   round 5: 10,000 objects"), 1);
  EXPECT_EQ(NotesStartingWith(r, "3. collector on (thresholds 700, 10, 10)"), 1);
  EXPECT_EQ(NotesStartingWith(r, "4. no GIL, 3 threads making cycles"), 1);
  EXPECT_EQ(r.leaked_objects, 0);
  EXPECT_EQ(r.use_after_free, 0);
}

// --- memory -------------------------------------------------------------------------

// Every layout gives back every object, and the bytes per record rank as the
// courses say: typed columns < columns < tuples < lists < dicts, and instances
// with __slots__ < instances with a __dict__, which cost more than a dict alone
// (the dict, and the instance that holds it). (Sizes, not timings: the same on
// every run.)
TEST(MemoryLesson, LayoutsRankAndFreeEverything) {
  LabConfig c;
  c.iterations = 20'000;
  c.cpython = LabConfig::CPython::kNo;
  const LabResult r = FindScenario("memory")->run(c);
  EXPECT_FALSE(r.corrupted) << r.observed;
  EXPECT_EQ(r.leaked_objects, 0);
  double tuples = 0, lists = 0, dicts = 0, columns = 0, typed = 0, with_dict = 0,
         with_slots = 0;
  ASSERT_EQ(std::sscanf(r.observed.c_str(),
                        "bytes per record: tuples %lf B, lists %lf B, dicts %lf B, "
                        "columns %lf B, typed %lf B, class_dict %lf B, class_slots %lf B",
                        &tuples, &lists, &dicts, &columns, &typed, &with_dict, &with_slots),
            7)
      << r.observed;
  EXPECT_LT(typed, columns);
  EXPECT_LT(columns, tuples);
  EXPECT_LT(tuples, lists);
  EXPECT_LT(lists, dicts);
  EXPECT_LT(with_slots, with_dict);
  EXPECT_LT(dicts, with_dict);
}

// --- CPython beside gillab ----------------------------------------------------------

TEST(CPython, ParsesTheResultLine) {
  const ResultLine v =
      ParseResultLine(" counter=286041 expected=400000 lost=113959 odd =x");
  EXPECT_EQ(v.values.size(), 3u);
  EXPECT_EQ(v.values.at("counter"), "286041");
  EXPECT_EQ(v.Number("lost"), 113959);
  EXPECT_FALSE(v.Number("missing").has_value());
}

// Where python3 is missing, --cpython=yes is bad input and auto says so.
TEST(CPython, AbsentPythonIsSaidPlainly) {
  ::setenv("GILLAB_PYTHON3", "/nonexistent/python3", 1);
  const LabRun yes =
      RunLabCaptured({"run", "memory", "--iterations=1000", "--cpython=yes"});
  const LabRun automatic = RunLabCaptured({"run", "memory", "--iterations=1000"});
  ::unsetenv("GILLAB_PYTHON3");
  EXPECT_EQ(yes.status, 2);
  EXPECT_EQ(yes.err,
            "lab: --cpython=yes: /nonexistent/python3 is not installed (valid: "
            "--cpython=auto, --cpython=no)\n");
  EXPECT_EQ(automatic.status, 0) << automatic.err;
  EXPECT_NE(automatic.out.find("cpython        not run: /nonexistent/python3 is not "
                               "installed"),
            std::string::npos)
      << automatic.out;
}

// Live: counter-call under python3 beside gillab's, in the JSON.
TEST(CPython, CounterCallRunsUnderPython3Too) {
  if (!CPythonAvailable()) {
    GTEST_SKIP() << CPythonPath() << " is not installed: no CPython to compare with";
  }
  const LabRun r =
      RunLabCaptured({"run", "counter-call", "--gil=new", "--refcount=atomic",
                      "--iterations=20000", "--cpython=yes", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const Json j = ParseLine(r.out);
  ASSERT_TRUE(j.Has("cpython")) << r.out;
  const Json& c = j["cpython"];
  EXPECT_EQ(c["python"].string, CPythonPath());
  ASSERT_TRUE(c["ran"].boolean) << r.out;
  EXPECT_EQ(c["version"].string.rfind("3.", 0), 0u);
  const Json& v = c["values"];
  EXPECT_EQ(v["expected"].number, 400000);
  EXPECT_EQ(v["counter"].number + v["lost"].number, v["expected"].number);
  EXPECT_NE(c["observed"].string.find("updates lost"), std::string::npos);
}

// Live: memory.py's seven layouts under python3; CPython's dicts cost more per
// record than its tuples, and __slots__ less than a __dict__.
TEST(CPython, MemoryMeasuresEveryLayoutUnderPython3) {
  if (!CPythonAvailable()) {
    GTEST_SKIP() << CPythonPath() << " is not installed: no CPython to compare with";
  }
  LabConfig c;
  c.iterations = 1000;
  c.cpython = LabConfig::CPython::kYes;
  const LabResult r = FindScenario("memory")->run(c);
  ASSERT_TRUE(r.cpython.has_value());
  ASSERT_TRUE(r.cpython->ok) << r.cpython->problem;
  for (const char* key :
       {"tuples", "lists", "dicts", "columns", "typed", "class_dict", "class_slots"}) {
    ASSERT_TRUE(r.cpython->Number(key).has_value()) << key;
    EXPECT_GT(*r.cpython->Number(key), 0) << key;
  }
  EXPECT_GT(*r.cpython->Number("dicts"), *r.cpython->Number("tuples"));
  EXPECT_LT(*r.cpython->Number("class_slots"), *r.cpython->Number("class_dict"));
}

// --- run all and the tour -----------------------------------------------------------

// Every lesson's JSON has the contract's fields. (Atomic counts under a GIL: no
// C++ race under ThreadSanitizer.)
// --- the list lessons ------------------------------------------------------------------

// Without a GIL and without object locks, each list lesson shows its race within
// its round budget (5 s of rounds; one round shows it in nearly every run), and
// never crashes: the unlocked list code catches what would touch freed memory.
// Repeated, so that a rare crash would be seen. With object locks, or any GIL,
// each is exact.
TEST(ListLessons, UnlockedShowsItsRaceAndNeverCrashes) {
#ifdef GILLAB_TSAN
  GTEST_SKIP() << "unlocked lists race on purpose (a plain size, a freed int read)";
#endif
  for (const char* name : {"list-race", "borrowed-ref", "resize-read"}) {
    for (int run = 0; run < 5; ++run) {
      LabConfig c;
      c.mode = RefcountMode::kBiased;
      c.objects = ObjectSafety::kUnlocked;
      c.iterations = 100'000;
      c.cpython = LabConfig::CPython::kNo;
      const LabResult r = FindScenario(name)->run(c);
      EXPECT_TRUE(r.race_expected) << name;
      EXPECT_EQ(Verdict(r).rfind("SHOWN: ", 0), 0u) << name << ": " << Verdict(r);
      EXPECT_EQ(r.leaked_objects, 0) << name;
    }
  }
}

TEST(ListLessons, LockedOrUnderAGilIsExact) {
  for (const char* name : {"list-race", "borrowed-ref", "resize-read"}) {
    for (GilKind gil : {GilKind::kNone, GilKind::kNew}) {
      LabConfig c;
      c.gil = gil;
      c.mode = RefcountMode::kBiased;
      if (gil == GilKind::kNone) c.objects = ObjectSafety::kLocked;
      c.threads = 3;
      c.iterations = 50'000;
      c.cpython = LabConfig::CPython::kNo;
      const LabResult r = FindScenario(name)->run(c);
      EXPECT_FALSE(r.race_expected) << name;
      EXPECT_EQ(Verdict(r), "EXACT: observed what was expected")
          << name << " " << GilKindName(gil) << ": " << r.observed;
      EXPECT_EQ(r.list_damage, 0) << name;
      EXPECT_EQ(r.use_after_free, 0) << name;
      EXPECT_EQ(r.leaked_objects, 0) << name;
    }
  }
}

// --objects is refused under a GIL (it would be ignored), and named in `lab list`.
TEST(ListLessons, ObjectsUnderAGilIsAnError) {
  const LabRun r =
      RunLabCaptured({"run", "list-race", "--gil=new", "--objects=unlocked"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--objects=unlocked applies only without a GIL"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  const LabRun bad = RunLabCaptured({"run", "list-race", "--objects=maybe"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("valid: locked, unlocked"), std::string::npos) << bad.err;
  // The lesson's own default (unlocked) gives way to a GIL the user chose.
  const LabRun gil = RunLabCaptured(
      {"run", "list-race", "--gil=new", "--cpython=no", "--iterations=1000"});
  EXPECT_EQ(gil.status, 0) << gil.err;
}

TEST(Contract, EveryLessonsJsonHasTheFields) {
  const LabRun r =
      RunLabCaptured({"run", "all", "--gil=new", "--refcount=atomic", "--iterations=5000",
                      "--switch-interval=100", "--cpython=no", "--json"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), AllScenarios().size());
  for (const std::string& line : lines) {
    const Json j = ParseLine(line);
    for (const char* field :
         {"scenario", "gil", "refcount", "objects", "threads", "iterations", "expected",
          "observed", "corrupted", "race_expected", "verdict", "rounds", "lost_updates",
          "use_after_free", "leaked_objects", "list_damage", "seconds"}) {
      EXPECT_TRUE(j.Has(field)) << field << " in " << line;
    }
    // A protected run is exact; counter-call's race is the bytecode's (a switch
    // between read and write), which these few iterations may or may not show.
    EXPECT_EQ(j["verdict"].string, j["race_expected"].boolean
                                       ? (j["corrupted"].boolean ? "shown" : "not_shown")
                                       : "exact")
        << line;
  }
}

// The tour: every step runs, in order; its unprotected steps show their race and
// the others are exact; the last, the explorer, finds the refcount race.
TEST(Tour, EveryStepRunsAndTheUnprotectedOnesShowTheirRace) {
#ifdef GILLAB_TSAN
  GTEST_SKIP() << "the tour shows deliberate C++ data races";
#else
  const LabRun r = RunLabCaptured({"tour", "--json", "--cpython=no"});
  ASSERT_EQ(r.status, 0) << r.err;
  const std::vector<std::string> lines = Lines(r.out);
  const std::vector<std::pair<std::string, std::string> > want = {
      {"objects", "exact"},       {"refcount-race", "shown"}, {"refcount-race", "exact"},
      {"refcount-race", "exact"}, {"small-ints", "exact"},    {"contention", "shown"},
      {"counter", "shown"},       {"counter", "exact"},       {"counter-call", "shown"},
      {"convoy", "exact"},        {"gc-cycles", "exact"},     {"memory", "exact"},
      {"list-race", "shown"},     {"list-race", "exact"},     {"borrowed-ref", "shown"},
      {"resize-read", "shown"},
  };
  // One line per lesson step, then the explorer's (labs/explore.h): the refcount
  // race has failing schedules, and the search was exhaustive.
  ASSERT_EQ(lines.size(), want.size() + 1) << r.out;
  const Json explored = ParseLine(lines.back());
  EXPECT_EQ(explored["scenario"].string, "refcount-race") << lines.back();
  EXPECT_GT(explored["corrupt"].number, 0) << lines.back();
  EXPECT_TRUE(explored["exhaustive"].boolean) << lines.back();
  EXPECT_TRUE(explored.Has("shortest_failing")) << lines.back();
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Json j = ParseLine(lines[i]);
    EXPECT_EQ(j["scenario"].string, want[i].first) << "step " << i + 1;
    EXPECT_EQ(j["verdict"].string, want[i].second)
        << "step " << i + 1 << ": " << lines[i];
  }
  // Every lesson is in the tour.
  for (const Scenario& s : AllScenarios()) {
    EXPECT_NE(r.out.find("\"scenario\": \"" + std::string(s.name) + "\""),
              std::string::npos)
        << s.name;
  }
#endif
}

}  // namespace
}  // namespace gillab::labs
