// gillab/labs/scenarios.cc — the list of lab scenarios, in the order `lab list`
// shows them, and what every scenario stands on (LabMachine).
#include <string>
#include <vector>

#include "labs/scenario.h"

namespace gillab::labs {

LabResult RunObjects(const LabConfig& config);       // objects.cc
LabResult RunRefcountRace(const LabConfig& config);  // refcount_race.cc
LabResult RunCounter(const LabConfig& config);       // counter_race.cc
LabResult RunCounterCall(const LabConfig& config);   // counter_race.cc
LabResult RunSmallInts(const LabConfig& config);     // small_ints.cc

const std::vector<Scenario>& AllScenarios() {
  static const std::vector<Scenario> scenarios = {
      {"objects",
       "the object header, each built-in type's size and repr, freed exactly once",
       RunObjects},
      {"refcount-race",
       "threads IncRef/DecRef one object: lost updates per refcount mode and GIL",
       RunRefcountRace},
      {"counter",
       "`counter = counter + 1` in bytecode on threads: what the poll policy lets "
       "through",
       RunCounter, /*traces_gil=*/true},
      {"counter-call",
       "the same with a call between the read and the write: lost again under a GIL",
       RunCounterCall, /*traces_gil=*/true},
      {"small-ints",
       "-5..256 are one immortal object each: identity, allocations saved, no race",
       RunSmallInts},
  };
  return scenarios;
}

std::string ScenarioNames(bool tracing_only) {
  std::string names;
  for (const Scenario& s : AllScenarios()) {
    if (tracing_only && !s.traces_gil) continue;
    if (!names.empty()) names += ", ";
    names += s.name;
  }
  return names;
}

LabMachine::LabMachine(const LabConfig& config, bool debug_memory)
    : runtime({.mode = config.mode, .debug_memory = debug_memory}),
      gil(MakeGil(config.gil, {.switch_interval_ns = config.switch_interval_us * 1000})) {
}

const Scenario* FindScenario(const std::string& name) {
  for (const Scenario& s : AllScenarios()) {
    if (name == s.name) return &s;
  }
  return nullptr;
}

}  // namespace gillab::labs
