// gillab/labs/explore_refcount.cc — refcount-race under the explorer.
//
// What is shared: one str, which the exploring thread creates; each of the
// lesson's threads takes `iterations` references to it (IncRef) and gives them
// back (DecRef), as refcount-race's threads do. Who touches it: the threads, one
// at a time under the explorer, through the runtime's real IncRef and DecRef,
// which with RuntimeOptions::explored pass a schedule point before each access
// to the count (refcount.cc). What goes wrong: with plain counts, a thread
// preempted between its load and its store writes back a stale count, and an
// update is lost: a lost IncRef frees the object under its holders (the
// debug allocator counts every later touch), a lost DecRef leaks it. What
// prevents it: an atomic or biased count (one indivisible step), or a GIL, which
// a thread holds for a whole operation: the explorer may then switch threads only
// between two operations, where the lab's own threads poll (labs/phase.h).
#include <cstdint>
#include <memory>
#include <string>

#include "base/schedule_point.h"
#include "labs/explore_models.h"
#include "labs/report.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/str_object.h"

namespace gillab::labs {
namespace {

class RefcountRaceModel final : public ExploreModel {
 public:
  explicit RefcountRaceModel(const LabConfig& config)
      : config_(config),
        rt_({.mode = config.mode, .debug_memory = true, .explored = true}) {}

  explore::Model Make() override {
    explore::Model m;
    m.threads = config_.threads;
    m.setup = [this] {
      live_before_ = rt_.live_objects(TypeIndex::kStr);
      uaf_before_ = rt_.use_after_free();
      ob_ = NewStr("shared");
    };
    m.run = [this](int) {
      ThreadScope scope(rt_);
      for (std::int64_t i = 0; i < config_.iterations; ++i) Operation(true);
      for (std::int64_t i = 0; i < config_.iterations; ++i) Operation(false);
    };
    m.ok = [this] {
      outcome_ = DescribeOutcome();
      return !Freed() && RefCount(ob_) == 1 && UsesOfFreed() == 0;
    };
    m.state = [this] {
      return Freed() ? std::string("freed") : "count " + std::to_string(RefCount(ob_));
    };
    m.teardown = [this] {
      if (!Freed()) {
        for (std::int64_t c = RefCount(ob_); c > 0; --c) DecRef(ob_);
      }
    };
    return m;
  }

  std::string Describe() const override {
    return std::to_string(config_.threads) + " threads, each " +
           Counted(config_.iterations, "IncRef", "IncRefs") + " then " +
           Counted(config_.iterations, "DecRef", "DecRefs") + " on one str";
  }

  const std::string& Outcome() const override { return outcome_; }

 private:
  std::string DescribeOutcome() const {
    if (Freed()) {
      return "FREED while still referenced; " +
             Counted(UsesOfFreed(), "later IncRef or DecRef",
                     "later IncRefs and DecRefs") +
             " reached the freed object (caught by the debug allocator)";
    }
    const std::int64_t count = RefCount(ob_);
    if (count == 1) return "count 1 at the end, as it began: exact";
    return "count " + std::to_string(count) +
           " at the end, expected 1: " + (count > 1 ? "the str leaks" : "corrupt");
  }

  // The shared str was the one str made since setup.
  bool Freed() const { return rt_.live_objects(TypeIndex::kStr) == live_before_; }
  std::int64_t UsesOfFreed() const { return rt_.use_after_free() - uaf_before_; }

  void Operation(bool incref) {
    if (config_.gil == GilKind::kNone) {
      incref ? IncRef(ob_) : DecRef(ob_);
      return;
    }
    // Under a GIL the thread may be switched out only where it polls, between
    // two operations; within one, its count's steps have no schedule point.
    SchedulePoint(incref ? "IncRef, holding the GIL" : "DecRef, holding the GIL");
    SchedulePointHandler* const handler = CurrentSchedulePointHandler();
    SetSchedulePointHandler(nullptr);
    incref ? IncRef(ob_) : DecRef(ob_);
    SetSchedulePointHandler(handler);
  }

  const LabConfig config_;
  Runtime rt_;
  Object* ob_ = nullptr;
  std::int64_t live_before_ = 0;
  std::int64_t uaf_before_ = 0;
  std::string outcome_;
};

}  // namespace

std::unique_ptr<ExploreModel> MakeRefcountRaceModel(const LabConfig& config) {
  return std::make_unique<RefcountRaceModel>(config);
}

}  // namespace gillab::labs
