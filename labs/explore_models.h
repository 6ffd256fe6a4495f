// gillab/labs/explore_models.h — the lessons `lab explore` has a model of: each
// one's threads as the explorer (explore/explorer.h) runs them, what it reads of
// the command line, and its outcome in words.
#ifndef GILLAB_LABS_EXPLORE_MODELS_H_
#define GILLAB_LABS_EXPLORE_MODELS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "explore/explorer.h"
#include "labs/scenario.h"

namespace gillab::labs {

// One lesson's threads under the explorer. Made for one configuration; Make's
// functions refer to the model, which must outlive the Explorer running them.
class ExploreModel {
 public:
  virtual ~ExploreModel() = default;
  virtual explore::Model Make() = 0;
  // What the threads do, in words: "2 threads, each 2 IncRefs then 2 DecRefs on
  // one str".
  virtual std::string Describe() const = 0;
  // The last schedule's outcome, in a sentence. Valid once Model::ok was asked.
  virtual const std::string& Outcome() const = 0;
};

struct ExploreLesson {
  const char* name;
  // The options it reads, besides --preemptions, --schedule, --max-schedules and
  // --json (which every lesson reads): "gil refcount threads iterations".
  const char* reads;
  int max_threads;
  std::int64_t max_iterations;
  std::unique_ptr<ExploreModel> (*make)(const LabConfig& config);
};

// Every lesson with a model, in the order `lab explore` lists them.
const std::vector<ExploreLesson>& ExploreLessons();

// The models (explore_refcount.cc, explore_counter.cc).
std::unique_ptr<ExploreModel> MakeRefcountRaceModel(const LabConfig& config);
std::unique_ptr<ExploreModel> MakeCounterModel(const LabConfig& config);
std::unique_ptr<ExploreModel> MakeCounterCallModel(const LabConfig& config);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_EXPLORE_MODELS_H_
