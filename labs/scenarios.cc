// gillab/labs/scenarios.cc — the list of lab scenarios, in the order `lab list`
// shows them, and what every scenario stands on (LabMachine).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "labs/scenario.h"

namespace gillab::labs {

LabResult RunObjects(const LabConfig& config);       // objects.cc
LabResult RunRefcountRace(const LabConfig& config);  // refcount_race.cc
LabResult RunCounter(const LabConfig& config);       // counter_race.cc
LabResult RunCounterCall(const LabConfig& config);   // counter_race.cc
LabResult RunSmallInts(const LabConfig& config);     // small_ints.cc
LabResult RunConvoy(const LabConfig& config);        // convoy.cc
LabResult RunContention(const LabConfig& config);    // contention.cc
LabResult RunGcCycles(const LabConfig& config);      // gc_cycles.cc
LabResult RunMemory(const LabConfig& config);        // memory.cc
LabResult RunListRace(const LabConfig& config);      // list_race.cc
LabResult RunBorrowedRef(const LabConfig& config);   // borrowed_ref.cc
LabResult RunResizeRead(const LabConfig& config);    // resize_read.cc

const std::vector<Scenario>& AllScenarios() {
  static const std::vector<Scenario> scenarios = {
      {"objects",
       "the object header, each built-in type's size and repr, freed exactly once",
       RunObjects, "refcount"},
      {"refcount-race",
       "threads IncRef/DecRef one object: lost updates per refcount mode and GIL",
       RunRefcountRace, "gil switch-interval refcount threads iterations"},
      {"counter",
       "`counter = counter + 1` in bytecode on threads: what the poll policy lets "
       "through",
       RunCounter, "gil poll switch-interval refcount threads iterations trace cpython"},
      {"counter-call",
       "the same with a call between the read and the write: lost again under a GIL",
       RunCounterCall,
       "gil poll switch-interval refcount threads iterations trace cpython"},
      {"small-ints",
       "-5..256 are one immortal object each: identity, allocations saved, no race",
       RunSmallInts, "refcount threads iterations"},
      {"convoy",
       "short I/O next to a CPU-bound thread: I/O latency and CPU throughput per GIL",
       RunConvoy, "gil switch-interval trace cpython", "--gil=all",
       /*tabulates_gils=*/true},
      {"contention",
       "threads counting references to a shared, an immortal and private objects",
       RunContention, "refcount threads iterations", "--refcount=all",
       /*tabulates_gils=*/false, /*tabulates_modes=*/true},
      {"gc-cycles",
       "cycles leak under reference counting; the collector, its generations, its "
       "pause",
       RunGcCycles, "threads iterations", "--iterations=20000", false, false,
       "cycles per round"},
      {"memory",
       "100,000 records as tuples, lists, dicts, columns: bytes and objects each",
       RunMemory, "iterations cpython", "--iterations=100000", false, false, "records"},
      {"list-race",
       "threads append to and pop from one list: lost appends without object locks",
       RunListRace, "gil objects threads iterations cpython",
       "--refcount=biased --objects=unlocked --iterations=100000"},
      {"borrowed-ref",
       "a borrowed lst[0] freed under its reader; the conditional increment's cure",
       RunBorrowedRef, "gil objects threads iterations cpython",
       "--refcount=biased --objects=unlocked --iterations=100000"},
      {"resize-read", "a lock-free reader in an array a resize just freed; QSBR's cure",
       RunResizeRead, "gil objects threads iterations cpython",
       "--refcount=biased --objects=unlocked --iterations=1000000"},
  };
  return scenarios;
}

bool ListHasWord(std::string_view list, std::string_view word) {
  while (!list.empty()) {
    const std::size_t space = list.find(' ');
    if (list.substr(0, space) == word) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

bool Scenario::Reads(std::string_view option) const {
  return ListHasWord(options, option);
}

std::string ScenarioNames(std::string_view reading) {
  std::string names;
  for (const Scenario& s : AllScenarios()) {
    if (!reading.empty() && !s.Reads(reading)) continue;
    if (!names.empty()) names += ", ";
    names += s.name;
  }
  return names;
}

double Overlap(const std::vector<Span>& spans) {
  if (spans.empty()) return 0;
  auto latest_start = spans[0].first;
  auto earliest_end = spans[0].second;
  std::chrono::steady_clock::duration longest{0};
  for (const auto& [start, end] : spans) {
    latest_start = std::max(latest_start, start);
    earliest_end = std::min(earliest_end, end);
    longest = std::max(longest, end - start);
  }
  if (longest.count() <= 0 || earliest_end <= latest_start) return 0;
  return std::chrono::duration<double>(earliest_end - latest_start).count() /
         std::chrono::duration<double>(longest).count();
}

void AddCPython(const LabConfig& config, const char* script, LabResult& result,
                std::string (*describe)(const CPythonRun& run)) {
  if (config.cpython == LabConfig::CPython::kNo) return;
  result.cpython = RunCPython(script);
  if (result.cpython->ok) {
    result.cpython_observed = describe(*result.cpython);
  } else {
    result.cpython_observed = "not run: " + result.cpython->problem;
  }
}

LabMachine::LabMachine(const LabConfig& config, bool debug_memory)
    : runtime({.mode = config.mode,
               .debug_memory = debug_memory,
               // Without a GIL, objects lock themselves, as in CPython 3.13t,
               // unless --objects=unlocked.
               .objects = config.object_safety()}),
      gil(MakeGil(config.gil, {.switch_interval_ns = config.switch_interval_us * 1000})) {
}

const Scenario* FindScenario(const std::string& name) {
  for (const Scenario& s : AllScenarios()) {
    if (name == s.name) return &s;
  }
  return nullptr;
}

}  // namespace gillab::labs
