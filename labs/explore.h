// gillab/labs/explore.h — `lab explore NAME`: a lesson's threads under the
// explorer (explore/explorer.h), every interleaving of their real runtime steps
// up to --preemptions, and the shortest failing one as a table; --schedule=ID
// replays one exactly.
#ifndef GILLAB_LABS_EXPLORE_H_
#define GILLAB_LABS_EXPLORE_H_

#include <ostream>
#include <string>

#include "labs/scenario.h"

namespace gillab::labs {

// The lessons `lab explore` has a model of, and those it has not yet, for
// messages ("refcount-race").
std::string ExploreModelNames();

// Explores lesson `name` in `config` (its gil, mode, threads, iterations,
// preemptions, schedule, max_schedules, json) and writes the report to `out`.
// Requires: neither --gil=all nor --refcount=all (the command line refuses them).
// Returns 0; or 2 after one line on `err` when `name` has no model, a count is
// out of the model's range, or --schedule names no schedule. Blocks while it runs.
int RunExplore(const std::string& name, const LabConfig& config, std::ostream& out,
               std::ostream& err);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_EXPLORE_H_
