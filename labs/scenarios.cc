// The registry of lab scenarios, in the order `lab list` and `lab tour` show them.
#include <string>
#include <vector>

#include "labs/scenario.h"

namespace gillab::labs {

LabResult RunObjects(const LabConfig& config);       // objects.cc
LabResult RunRefcountRace(const LabConfig& config);  // refcount_race.cc

const std::vector<Scenario>& AllScenarios() {
  static const std::vector<Scenario> scenarios = {
      {"objects",
       "the object header, each built-in type's size and repr, freed exactly once",
       RunObjects},
      {"refcount-race",
       "threads IncRef/DecRef one object with no GIL: lost updates per refcount mode",
       RunRefcountRace},
  };
  return scenarios;
}

const Scenario* FindScenario(const std::string& name) {
  for (const Scenario& s : AllScenarios()) {
    if (name == s.name) return &s;
  }
  return nullptr;
}

}  // namespace gillab::labs
