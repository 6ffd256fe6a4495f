// gillab/labs/explore.h — `lab explore NAME`: a lesson's threads under the
// explorer (explore/explorer.h), every interleaving of their real runtime steps
// up to --preemptions, and the shortest failing one as a table; --schedule=ID
// replays one exactly.
#ifndef GILLAB_LABS_EXPLORE_H_
#define GILLAB_LABS_EXPLORE_H_

#include <ostream>
#include <string>
#include <vector>

#include "labs/scenario.h"

namespace gillab::labs {

// The lessons `lab explore` has a model of, for messages ("refcount-race,
// counter, counter-call").
std::string ExploreModelNames();

// Explores lesson `name` in `config` (what the lesson reads of it, and
// preemptions, schedule, max_schedules, json) and writes the report to `out`.
// `given`: the options the command line named ("gil", "poll"), each of which
// the lesson must read. Requires: neither --gil=all nor --refcount=all (the
// command line refuses them). Returns 0; or 2 after one line on `err` when
// `name` has no model, an option does not apply to it, a count is out of the
// model's range, or --schedule names no schedule. Blocks while it runs.
int RunExplore(const std::string& name, LabConfig config,
               const std::vector<std::string>& given, std::ostream& out,
               std::ostream& err);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_EXPLORE_H_
