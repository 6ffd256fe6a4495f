// gillab/labs/explore_models.h — the lessons `lab explore` has a model of: each
// one's threads as the explorer (explore/explorer.h) runs them, what it reads of
// the command line, and its outcome in words.
#ifndef GILLAB_LABS_EXPLORE_MODELS_H_
#define GILLAB_LABS_EXPLORE_MODELS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/schedule_point.h"
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

// What protects a list lesson's objects under the explorer: the GIL, or
// --objects, unlocked unless the user said otherwise (the lessons' default).
inline ObjectSafety ExploredObjects(const LabConfig& config) {
  if (config.gil != GilKind::kNone) return ObjectSafety::kGil;
  return config.objects.value_or(ObjectSafety::kUnlocked);
}

// Runs `op` as ONE step of the schedule: a schedule point named `what`, then
// `op` with none inside (its own are silenced), as a thread holding a GIL runs
// an operation: the explorer may switch threads only where the lesson's threads
// would poll, between two operations. Requires: on a thread the explorer runs.
template <typename Op>
auto AsOneStep(const char* what, Op&& op) {
  SchedulePoint(what);
  struct Restore {
    SchedulePointHandler* handler;
    ~Restore() { SetSchedulePointHandler(handler); }
  } restore{CurrentSchedulePointHandler()};
  SetSchedulePointHandler(nullptr);
  return op();
}

struct ExploreLesson {
  const char* name;
  // The options it reads, besides --preemptions, --schedule, --max-schedules and
  // --json (which every lesson reads): "gil refcount threads iterations".
  const char* reads;
  int max_threads;
  std::int64_t max_iterations;
  std::int64_t default_iterations;  // when --iterations is not given
  RefcountMode default_refcount;    // when --refcount is not given
  std::unique_ptr<ExploreModel> (*make)(const LabConfig& config);
};

// Every lesson with a model, in the order `lab explore` lists them.
const std::vector<ExploreLesson>& ExploreLessons();

// The models (explore_refcount.cc, explore_counter.cc, explore_lists.cc).
std::unique_ptr<ExploreModel> MakeRefcountRaceModel(const LabConfig& config);
std::unique_ptr<ExploreModel> MakeListRaceModel(const LabConfig& config);
std::unique_ptr<ExploreModel> MakeBorrowedRefModel(const LabConfig& config);
std::unique_ptr<ExploreModel> MakeBiasedMergeModel(const LabConfig& config);
std::unique_ptr<ExploreModel> MakeCounterModel(const LabConfig& config);
std::unique_ptr<ExploreModel> MakeCounterCallModel(const LabConfig& config);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_EXPLORE_MODELS_H_
