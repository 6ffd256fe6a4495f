// gillab/labs/scenario.h — what a lab scenario is, and what a run reports.
//
// A scenario is one file (labs/<name>.cc) that reads like a short lecture: what is
// shared, who touches it, what goes wrong, what prevents it. It is listed in
// AllScenarios() (scenarios.cc, in the order `lab list` shows) and, when run,
// fills a LabResult: what was expected, what was observed, and the damage counted
// (lost updates, use-after-free, leaks). The lab runner (cli.cc) prints that as a
// table or as one JSON object (report.h).
#ifndef GILLAB_LABS_SCENARIO_H_
#define GILLAB_LABS_SCENARIO_H_

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gil/gil.h"
#include "gil/strategies.h"
#include "labs/cpython.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/object.h"

namespace gillab::labs {

// The settings of one run (a scenario, the tour, or `lab py`), already validated
// by the command line (cli.cc's option table sets each field).
struct LabConfig {
  GilKind gil = GilKind::kNone;  // `lab py` defaults to kNew, as CPython
  PollPolicy poll = PollPolicy::kBackedgesAndCalls;
  std::int64_t switch_interval_us = 5000;  // the GIL's switch interval
  std::string trace_path{};  // --trace=FILE: GIL events as JSON (and FILE.svg)
  RefcountMode mode = RefcountMode::kNonAtomic;
  // --objects: set only with GilKind::kNone (the runner refuses it under a GIL).
  // Unset: kLocked without a GIL, as CPython 3.13t.
  std::optional<ObjectSafety> objects{};
  // What the run's objects use: the GIL's protection under a GIL, else `objects`.
  ObjectSafety object_safety() const {
    if (gil != GilKind::kNone) return ObjectSafety::kGil;
    return objects.value_or(ObjectSafety::kLocked);
  }
  int threads = 2;
  std::int64_t iterations = 1'000'000;  // per thread
  bool json = false;                    // one JSON object per run instead of a table
  bool stats = false;                   // `lab py`: per-thread GIL statistics at the end
  // --gil=all / --refcount=all, for a scenario that tabulates them itself
  // (Scenario::tabulates_gils / tabulates_modes); the runner expands them for the
  // others. `gil` / `mode` are then the first choice.
  bool all_gils = false;
  bool all_modes = false;
  // --cpython: run the lesson's Python form under python3 too (cpython.h).
  // kAuto: when python3 is installed, and say so when it is not.
  enum class CPython : std::uint8_t { kAuto, kYes, kNo };
  CPython cpython = CPython::kAuto;
  // `lab explore` (explore.h): the preemption bound, a schedule id to replay
  // (empty: search), and where to stop searching.
  int preemptions = 2;
  std::string schedule{};
  std::int64_t max_schedules = 1'000'000;
};

// What a run stands on: a Runtime in the config's refcount mode and the config's
// GIL strategy with its switch interval. Requires: made and destroyed on one
// thread (the Runtime attaches it).
struct LabMachine {
  // debug_memory: poison and quarantine freed objects, so that a deliberate race
  // reaching one is counted instead of crashing (runtime_state.h).
  LabMachine(const LabConfig& config, bool debug_memory);
  Runtime runtime;
  std::unique_ptr<Gil> gil;
};

// How long an unprotected lesson may repeat its rounds to show its race. Default
// runs show it in the first round or the first few; the budget matters only on a
// machine so busy that the threads seldom run at the same time.
inline constexpr double kShowBudgetSeconds = 5.0;

struct LabResult {
  std::string scenario;
  LabConfig config;
  std::string expected;  // one line, in words and numbers
  std::string observed;
  // The configuration is unprotected: the lesson exists to show its race, and
  // repeats rounds until it does or kShowBudgetSeconds are up. False: the outcome
  // must be exact.
  bool race_expected = false;
  int rounds = 1;
  // For an unprotected run that showed nothing: why, in a few words ("the threads
  // hardly ever ran at the same time").
  std::string why_not_shown;
  // The share of the reported round during which all threads ran at once (0..1),
  // where the scenario measures it; -1 where it does not.
  double overlap = -1;
  bool corrupted = false;  // anything other than the exact outcome
  std::int64_t lost_updates = 0;
  std::int64_t use_after_free = 0;  // operations that reached a freed object
  std::int64_t leaked_objects = 0;
  // With unlocked lists: unsafe accesses caught (RuntimeState::list_damage).
  std::int64_t list_damage = 0;
  double seconds = 0;
  std::vector<std::string> notes;  // extra lines of explanation for the table
  // CPython's run of the same lesson, where it has a Python form and --cpython
  // did not say no: python3's figures (cpython.values) and one line saying what
  // they show, or why there are none (cpython.problem).
  std::optional<CPythonRun> cpython;
  std::string cpython_observed;
};

// Runs `script` (a lesson's Python form, py_scripts.h) under python3 as
// config.cpython says, and records it in `result`: `describe` turns python3's
// result line into result.cpython_observed. Blocks while python3 runs.
void AddCPython(const LabConfig& config, const char* script, LabResult& result,
                std::string (*describe)(const CPythonRun& run));

struct Scenario {
  const char* name;
  const char* summary;  // one line, for `lab list`
  // Runs the scenario. Must not crash on any valid config; deliberate races are
  // made memory-safe with the runtime's quarantine.
  LabResult (*run)(const LabConfig& config);
  // The options a run reads, as `lab run` spells them, separated by spaces
  // ("gil poll refcount threads iterations trace cpython"). Any other option given
  // for this scenario is bad input (--json applies to every one). "trace": it runs
  // on the interpreter under a GIL, whose events --trace=FILE records; "cpython":
  // it has a Python form that python3 runs too.
  const char* options;
  // Its own defaults, where they differ from LabConfig's, as options
  // ("--gil=all --iterations=100"); the user's options apply after them.
  const char* defaults = "";
  // --gil=all / --refcount=all: true if the scenario shows every choice in one
  // table of its own; otherwise the runner runs it once per choice.
  bool tabulates_gils = false;
  bool tabulates_modes = false;
  // What --iterations counts, for the table ("per thread", "records").
  const char* iterations_unit = "per thread";

  // Whether `option` (without "--") is one it reads.
  bool Reads(std::string_view option) const;
};

// Whether `word` is one of the space-separated words of `list` ("gil poll").
bool ListHasWord(std::string_view list, std::string_view word);

// How much threads' loops overlapped in time, from each loop's (start, end): the
// span during which all of them were running, over the longest loop (1 = fully
// parallel, 0 = one after the other or no loops).
using Span = std::pair<std::chrono::steady_clock::time_point,
                       std::chrono::steady_clock::time_point>;
double Overlap(const std::vector<Span>& spans);

// Every scenario, in the order `lab list` shows them.
const std::vector<Scenario>& AllScenarios();
// The scenario called `name`, or null.
const Scenario* FindScenario(const std::string& name);
// "objects, refcount-race, ...": for error messages. `reading`: only those that
// read that option ("trace", "cpython").
std::string ScenarioNames(std::string_view reading = "");

}  // namespace gillab::labs

#endif  // GILLAB_LABS_SCENARIO_H_
