// gillab/labs/explore_lists.cc — list-race and borrowed-ref under the explorer.
//
// What is shared: one list, which the exploring thread makes before each
// schedule. Who touches it: the lessons' threads, one at a time under the
// explorer, through the runtime's real list code (list_object.cc):
//   - list-race: each thread, per iteration, appends its number twice and pops
//     once, as labs/list_race.cc's threads do;
//   - borrowed-ref: thread 0 replaces lst[0] with a fresh int, per iteration;
//     every other thread reads lst[0] and takes a reference to what it read, as
//     labs/borrowed_ref.cc's threads do.
//
// Where the threads may switch depends on what protects the list:
//   - --objects=unlocked (the lessons' default): unlocked lists pass a schedule
//     point before each access to the size, the array and a slot, and the
//     explorer runs a thread that finds the array being replaced only once
//     another thread has stepped (a wait point). Two appenders that load the same
//     size write the same slot: an append lost. A reader preempted between its
//     load of lst[0] and its increment finds the item freed (the use is caught by
//     the debug allocator, and the item's memory waits for QSBR).
//   - --objects=locked (CPython 3.13t): each list operation's critical section
//     passes a schedule point at its lock, and a thread that finds it taken waits
//     there (critical_section.h); lst[i] reads without the lock, with schedule
//     points at its load and at each step of TryIncrefCompare (refcount.cc).
//     Every schedule is exact.
//   - a GIL: each operation is one step (AsOneStep), as a thread holding the GIL
//     runs it whole. Every schedule is exact.
// The items of list-race are small ints, immortal: the lesson is about the list.
// borrowed-ref's are ints above the small-int cache, so a replaced one is freed.
// Both lessons count references as CPython 3.13t does (biased), as their real
// runs do.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/schedule_point.h"
#include "labs/explore_models.h"
#include "labs/report.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"

namespace gillab::labs {
namespace {

// The runtime and the shared list, for both lessons.
class ListModel : public ExploreModel {
 public:
  explicit ListModel(const LabConfig& config)
      : config_(config),
        rt_({.mode = RefcountMode::kBiased,
             .debug_memory = true,
             .objects = ExploredObjects(config),
             .explored = true}) {}

  const std::string& Outcome() const override { return outcome_; }

 protected:
  // Runs a list operation: as one step under a GIL, else with the list code's
  // own schedule points.
  template <typename Op>
  auto Operation(const char* holding_the_gil, Op&& op) {
    if (config_.gil != GilKind::kNone) return AsOneStep(holding_the_gil, op);
    return op();
  }

  const LabConfig config_;
  Runtime rt_;
  Object* list_ = nullptr;
  std::string outcome_;
};

class ListRaceModel final : public ListModel {
 public:
  using ListModel::ListModel;

  explore::Model Make() override {
    explore::Model m;
    m.threads = config_.threads;
    m.setup = [this] {
      damage_before_ = CountsOfListDamage(rt_);
      empty_pops_ = 0;
      list_ = NewList();
    };
    m.run = [this](int t) {
      ThreadScope scope(rt_);
      Object* item = NewInt(t);  // small: immortal
      for (std::int64_t i = 0; i < config_.iterations; ++i) {
        Operation("append, holding the GIL", [&] { ListAppend(list_, item); });
        Operation("append, holding the GIL", [&] { ListAppend(list_, item); });
        Object* popped =
            Operation("pop, holding the GIL", [&] { return ListPop(list_); });
        // An item every time: the list never has fewer than one.
        if (popped == nullptr || !IsInt(popped)) empty_pops_++;
        if (popped != nullptr) DecRef(popped);
      }
    };
    m.ok = [this] {
      const std::int64_t expected = config_.threads * config_.iterations;
      const std::string damage = DescribeListDamage(rt_, damage_before_);
      const std::int64_t length = ListSize(list_);
      std::int64_t present = 0;  // slots that really hold an item
      for (Object* item : ListSnapshot(list_)) {
        if (IsInt(item)) ++present;
        DecRef(item);
      }
      const bool ok =
          length == expected && present == expected && empty_pops_ == 0 && damage.empty();
      outcome_ = "length " + std::to_string(length) + ", " + std::to_string(present) +
                 " of " + std::to_string(expected) + " items there; " +
                 Counted(empty_pops_, "pop found no item", "pops found no item") +
                 (damage.empty() ? "" : "; caught: " + damage) + (ok ? ": exact" : "");
      return ok;
    };
    m.state = [this] { return ListSlotsText(rt_, list_); };
    m.teardown = [this] { DecRef(list_); };
    return m;
  }

  std::string Describe() const override {
    return std::to_string(config_.threads) + " threads, each " +
           Counted(config_.iterations, "time", "times") +
           " appending its number twice and popping once, on one list";
  }

 private:
  ListDamageCounts damage_before_{};
  std::int64_t empty_pops_ = 0;
};

// Ints above the small-int cache: each replacement is a fresh object.
constexpr std::int64_t kFirstValue = 1000;

class BorrowedRefModel final : public ListModel {
 public:
  using ListModel::ListModel;

  explore::Model Make() override {
    explore::Model m;
    m.threads = config_.threads;
    m.setup = [this] {
      uaf_before_ = rt_.use_after_free();
      bad_reads_ = 0;
      held_.assign(static_cast<std::size_t>(config_.threads), nullptr);
      list_ = NewList();
      Object* first = NewInt(kFirstValue);
      // Biased counts: give up this thread's ownership (as if other threads had
      // long shared the int), so that the writer's DecRef frees it as it frees
      // the ints it made itself, instead of queueing it to this thread.
      MergeForCollector(first);
      ListAppend(list_, first);
      DecRef(first);
      // As a list other threads have touched already: readers go lock-free
      // (with object locks) from their first read, where CPython 3.13t's do.
      if (ExploredObjects(config_) == ObjectSafety::kLocked) ListShare(list_);
    };
    m.run = [this](int t) {
      ThreadScope scope(rt_);
      for (std::int64_t i = 0; i < config_.iterations; ++i) {
        if (t == 0) {
          Object* next = NewInt(kFirstValue + 1 + i);
          Operation("lst[0] = x, holding the GIL", [&] { ListAssign(list_, 0, next); });
          DecRef(next);
        } else {
          Operation("read lst[0] and keep it, holding the GIL", [&] { Read(t); });
        }
      }
    };
    m.ok = [this] {
      const std::int64_t uaf = rt_.use_after_free() - uaf_before_;
      outcome_ = uaf == 0 && bad_reads_ == 0
                     ? "every read took a reference to a live int: exact"
                     : Counted(uaf, "increment", "increments") +
                           " of a FREED int (caught by the debug allocator); " +
                           Counted(bad_reads_, "read kept a freed object",
                                   "reads kept a freed object");
      return uaf == 0 && bad_reads_ == 0;
    };
    m.state = [this] {
      std::string s = "lst[0] is ";
      AppendRepr(ListGetItem(list_, 0), &s);
      for (std::size_t t = 0; t < held_.size(); ++t) {
        Object* held = held_[t];
        if (held == nullptr) continue;
        s += "; t" + std::to_string(t) + " holds ";
        if (IsFreed(held)) {
          s += "a FREED int";
        } else {
          AppendRepr(held, &s);
          s += " (count " + std::to_string(RefCount(held)) + ")";
        }
      }
      return s;
    };
    m.teardown = [this] {
      DecRef(list_);
      // Biased counts: ints whose last reference another thread dropped wait in
      // their owner's queue (this thread's) until it merges them.
      ThreadState::Current()->MergeQueuedObjects();
    };
    return m;
  }

  std::string Describe() const override {
    return "thread 0 replaces lst[0] " + Counted(config_.iterations, "time", "times") +
           "; " + Counted(config_.threads - 1, "thread reads", "threads read") +
           " it as often, keeping what it read";
  }

 private:
  // One read of lst[0] by reader `t`, and the reference it takes to keep it.
  void Read(int t) {
    if (ExploredObjects(config_) == ObjectSafety::kUnlocked) {
      Object*& held = held_[static_cast<std::size_t>(t)];
      // PyList_GET_ITEM: a pointer, no reference...
      SchedulePoint("item = lst[0] (borrowed: no reference)");
      held = ListGetItem(list_, 0);
      IncRef(held);  // ...until this increment
      Object* const item = held;
      held = nullptr;
      if (IsFreed(item)) {
        bad_reads_++;
      } else {
        DecRef(item);
      }
      return;
    }
    // PyList_GetItemRef: a strong reference, taken with the read.
    Object* item = ListGetItemRef(list_, 0);
    if (item == nullptr || IsFreed(item) || IntValue(item) < kFirstValue) bad_reads_++;
    if (item != nullptr) DecRef(item);
  }

  std::int64_t uaf_before_ = 0;
  std::int64_t bad_reads_ = 0;
  // By thread: what an unlocked reader read and has not let go yet.
  std::vector<Object*> held_;
};

}  // namespace

std::unique_ptr<ExploreModel> MakeListRaceModel(const LabConfig& config) {
  return std::make_unique<ListRaceModel>(config);
}

std::unique_ptr<ExploreModel> MakeBorrowedRefModel(const LabConfig& config) {
  return std::make_unique<BorrowedRefModel>(config);
}

}  // namespace gillab::labs
