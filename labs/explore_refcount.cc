// gillab/labs/explore_refcount.cc — refcount-race and biased-merge under the
// explorer: threads taking and dropping references to one str, through the
// runtime's real IncRef and DecRef, which with RuntimeOptions::explored pass a
// schedule point before each access to the count (refcount.cc).
//
// refcount-race. What is shared: one str, which the exploring thread creates;
// each of the lesson's threads takes `iterations` references to it (IncRef) and
// gives them back (DecRef), as refcount-race's threads do. What goes wrong: with
// plain counts, a thread preempted between its load and its store writes back a
// stale count, and an update is lost: a lost IncRef frees the object under its
// holders (the debug allocator counts every later touch), a lost DecRef leaks
// it. What prevents it: an atomic or biased count (one indivisible step), or a
// GIL, which a thread holds for a whole operation: the explorer may then switch
// threads only between two operations, where the lab's own threads poll
// (labs/phase.h).
//
// biased-merge. What is shared: one str, made by thread 0, which therefore OWNS
// its count (PEP 703's biased counting): thread 0 counts in the object's local
// word with plain loads and stores; the others count in its shared word with
// atomic operations. Thread 0 hands one reference to each other thread; then
// every thread takes and drops `iterations` references, and drops its own. The
// explorer interleaves the owner's local steps, every atomic operation on the
// shared word, and the steps of the merges (refcount.cc's notes: 1. the owner's
// local count reaches zero and it gives up ownership, merging the counts; 2. a
// non-owner's decrement would take the shared count below zero and queues the
// object to its owner instead, which merges at its safe point; 3. the owner has
// gone, and the non-owner merges). What could go wrong: the true count is local +
// shared, zero only when both say so; an owner that freed on seeing its local
// count at zero, or a merge that was not one atomic step, would free the str while
// another thread holds it, or never free it. With biased counts (the lesson's
// default) every interleaving within the bound frees the str exactly once, at
// the last release; plain counts (--refcount=nonatomic) lose updates; atomic
// counts are exact too, at the price of an atomic instruction for every update,
// the owner's too.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/schedule_point.h"
#include "labs/explore_models.h"
#include "labs/report.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/str_object.h"

namespace gillab::labs {
namespace {

// What both lessons share: the runtime, the count of strs and of uses of freed
// objects since the schedule began, and an operation's steps.
class StrCountModel : public ExploreModel {
 public:
  explicit StrCountModel(const LabConfig& config)
      : config_(config),
        rt_({.mode = config.mode, .debug_memory = true, .explored = true}) {}

  const std::string& Outcome() const override { return outcome_; }

 protected:
  // At the start of each schedule, before its str is made.
  void Begin() {
    live_before_ = rt_.live_objects(TypeIndex::kStr);
    uaf_before_ = rt_.use_after_free();
  }

  // Every str made since Begin has been freed.
  bool Freed() const { return rt_.live_objects(TypeIndex::kStr) == live_before_; }
  std::int64_t UsesOfFreed() const { return rt_.use_after_free() - uaf_before_; }

  // "FREED while still referenced; 2 later IncRefs and DecRefs reached ...".
  std::string FreedWhileReferenced() const {
    return "FREED while still referenced; " +
           Counted(UsesOfFreed(), "later IncRef or DecRef", "later IncRefs and DecRefs") +
           " reached the freed object (caught by the debug allocator)";
  }

  // `ob`'s count, and what a count left above zero means.
  static std::string Leaks(Object* ob, const char* when) {
    return "count " + std::to_string(RefCount(ob)) + " " + when + ": the str leaks";
  }

  // Gives back the references a lost decrement left on `ob`, if it is alive.
  void DropLeftovers(Object* ob) {
    if (ob == nullptr || Freed()) return;
    for (std::int64_t c = RefCount(ob); c > 0; --c) DecRef(ob);
  }

  // IncRef or DecRef. Under a GIL the thread may be switched out only where it
  // polls, between two operations; within one, its count's steps have no
  // schedule point.
  void Operation(Object* ob, bool incref) {
    if (config_.gil == GilKind::kNone) {
      incref ? IncRef(ob) : DecRef(ob);
      return;
    }
    AsOneStep(incref ? "IncRef, holding the GIL" : "DecRef, holding the GIL",
              [&] { incref ? IncRef(ob) : DecRef(ob); });
  }

  const LabConfig config_;
  Runtime rt_;
  std::string outcome_;

 private:
  std::int64_t live_before_ = 0;
  std::int64_t uaf_before_ = 0;
};

class RefcountRaceModel final : public StrCountModel {
 public:
  using StrCountModel::StrCountModel;

  explore::Model Make() override {
    explore::Model m;
    m.threads = config_.threads;
    m.setup = [this] {
      Begin();
      ob_ = NewStr("shared");
    };
    m.run = [this](int) {
      ThreadScope scope(rt_);
      for (std::int64_t i = 0; i < config_.iterations; ++i) Operation(ob_, true);
      for (std::int64_t i = 0; i < config_.iterations; ++i) Operation(ob_, false);
    };
    m.ok = [this] {
      outcome_ = DescribeOutcome();
      return !Freed() && RefCount(ob_) == 1 && UsesOfFreed() == 0;
    };
    m.state = [this] {
      return Freed() ? std::string("freed") : "count " + std::to_string(RefCount(ob_));
    };
    m.teardown = [this] { DropLeftovers(ob_); };
    return m;
  }

  std::string Describe() const override {
    return std::to_string(config_.threads) + " threads, each " +
           Counted(config_.iterations, "IncRef", "IncRefs") + " then " +
           Counted(config_.iterations, "DecRef", "DecRefs") + " on one str";
  }

 private:
  std::string DescribeOutcome() const {
    if (Freed()) return FreedWhileReferenced();
    const std::int64_t count = RefCount(ob_);
    if (count == 1) return "count 1 at the end, as it began: exact";
    if (count > 1) return Leaks(ob_, "at the end, expected 1");
    return "count " + std::to_string(count) + " at the end, expected 1: corrupt";
  }

  Object* ob_ = nullptr;
};

class BiasedMergeModel final : public StrCountModel {
 public:
  using StrCountModel::StrCountModel;

  explore::Model Make() override {
    explore::Model m;
    m.threads = config_.threads;
    m.setup = [this] {
      Begin();
      ob_ = nullptr;
      ids_.assign(static_cast<std::size_t>(config_.threads), 0);
    };
    m.run = [this](int t) {
      ThreadScope scope(rt_);
      ids_[static_cast<std::size_t>(t)] = ThreadState::Current()->id();
      Object* ob;
      if (t == 0) {
        ob = NewStr("shared");  // owned by this thread
        for (int other = 1; other < config_.threads; ++other) Operation(ob, true);
        SchedulePoint("share the str with the other threads");
        ob_ = ob;
      } else {
        while (ob_ == nullptr) ScheduleWait("wait for thread 0 to share the str");
        ob = ob_;
      }
      for (std::int64_t i = 0; i < config_.iterations; ++i) {
        Operation(ob, true);
        Operation(ob, false);
      }
      Operation(ob, false);  // its own reference
      if (t == 0) {
        // The owner's safe point: it merges what other threads queued to it.
        const char* what = "owner: merge its queue (a safe point)";
        const auto merge = [] { ThreadState::Current()->MergeQueuedObjects(); };
        if (config_.gil != GilKind::kNone) {
          AsOneStep(what, merge);
        } else {
          SchedulePoint(what);
          merge();
        }
      }
    };
    m.ok = [this] {
      outcome_ = DescribeOutcome();
      return ob_ != nullptr && Freed() && UsesOfFreed() == 0;
    };
    m.state = [this] { return State(); };
    m.teardown = [this] { DropLeftovers(ob_); };
    return m;
  }

  std::string Describe() const override {
    return "thread 0 makes a str and hands a reference to " +
           Counted(config_.threads - 1, "other thread", "other threads") +
           "; each thread takes and drops " +
           Counted(config_.iterations, "reference", "references") +
           ", then drops its own";
  }

 private:
  std::string DescribeOutcome() const {
    if (ob_ == nullptr) return "internal error: the str was never shared";
    if (UsesOfFreed() > 0) return FreedWhileReferenced();
    if (!Freed()) return Leaks(ob_, "after every reference was dropped");
    return "freed once, when the last reference was dropped: exact";
  }

  // "owner t0, local 2, shared 1", "no owner, shared 1 (merged)", "freed".
  std::string State() const {
    if (ob_ == nullptr) return "not shared yet";
    if (Freed()) return "freed";
    if (config_.mode != RefcountMode::kBiased) {
      return "count " + std::to_string(RefCount(ob_));
    }
    const BiasedFields f = ReadBiasedFields(ob_);
    std::string owner = "no owner";
    for (std::size_t t = 0; t < ids_.size(); ++t) {
      if (f.owner_tid != 0 && f.owner_tid == ids_[t]) {
        owner = "owner t" + std::to_string(t) + ", local " + std::to_string(f.local);
      }
    }
    static constexpr const char* kStates[] = {"", " (may have weakrefs)", " (queued)",
                                              " (merged)"};
    return owner + ", shared " + std::to_string(f.shared) +
           kStates[static_cast<std::size_t>(f.state) & 3];
  }

  Object* ob_ = nullptr;  // published by thread 0
  std::vector<std::uint64_t> ids_;
};

}  // namespace

std::unique_ptr<ExploreModel> MakeRefcountRaceModel(const LabConfig& config) {
  return std::make_unique<RefcountRaceModel>(config);
}

std::unique_ptr<ExploreModel> MakeBiasedMergeModel(const LabConfig& config) {
  return std::make_unique<BiasedMergeModel>(config);
}

}  // namespace gillab::labs
