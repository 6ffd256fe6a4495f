// The explorer over the runtime's own code: with RuntimeOptions::explored, the
// real IncRef of each refcount mode passes schedule points (refcount.cc), so the
// explorer interleaves the real loads and stores. Plain counts lose an update
// with one preemption, load-load-store-store; atomic and biased counts lose
// none within the bound.
#include <cstdint>
#include <string>
#include <vector>

#include "explore/explorer.h"
#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/critical_section.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/weakref_object.h"

namespace gillab::explore {
namespace {

// `threads` threads IncRef one str, which the exploring thread created.
struct IncRefModel {
  Runtime& rt;
  int threads = 2;
  Object* ob = nullptr;

  Model Make() {
    Model m;
    m.threads = threads;
    m.setup = [this] { ob = NewStr("shared"); };
    m.run = [this](int) {
      ThreadScope scope(rt);
      IncRef(ob);
    };
    m.ok = [this] { return RefCount(ob) == 1 + threads; };
    m.state = [this] { return "count " + std::to_string(RefCount(ob)); };
    m.teardown = [this] {
      for (std::int64_t c = RefCount(ob); c > 0; --c) DecRef(ob);
    };
    return m;
  }
};

TEST(ExploreRuntimeTest, PlainCountsLoseAnIncrementWithOnePreemption) {
  Runtime rt({.mode = RefcountMode::kNonAtomic, .explored = true});
  const std::int64_t live_before = rt.live_objects();
  {
    IncRefModel model{rt};
    Explorer explorer(model.Make());
    absl::StatusOr<Summary> none = explorer.Explore({.preemptions = 0});
    ASSERT_TRUE(none.ok()) << none.status();
    EXPECT_EQ(none->failing, 0);

    absl::StatusOr<Summary> one = explorer.Explore({.preemptions = 1});
    ASSERT_TRUE(one.ok()) << one.status();
    EXPECT_TRUE(one->exhaustive);
    ASSERT_TRUE(one->shortest_failing.has_value());
    const Schedule& s = *one->shortest_failing;
    EXPECT_EQ(s.preemptions, 1);
    std::vector<std::string> whats;
    std::vector<int> threads;
    for (const Step& step : s.steps) {
      if (step.what == "start") continue;
      whats.push_back(step.what);
      threads.push_back(step.thread);
    }
    EXPECT_EQ(whats,
              (std::vector<std::string>{"IncRef: load count", "IncRef: load count",
                                        "IncRef: store count", "IncRef: store count"}));
    ASSERT_EQ(threads.size(), 4u);
    EXPECT_NE(threads[0], threads[1]);
    EXPECT_EQ(s.steps.back().state_after, "count 2");  // 3 references, one lost

    // The same id, on the same code, the same corruption.
    absl::StatusOr<Schedule> again = explorer.Replay(s.id);
    ASSERT_TRUE(again.ok()) << again.status();
    EXPECT_FALSE(again->ok);
    EXPECT_EQ(again->steps.back().state_after, "count 2");
  }
  EXPECT_EQ(rt.live_objects(), live_before);
}

TEST(ExploreRuntimeTest, AtomicAndBiasedCountsLoseNothing) {
  for (RefcountMode mode : {RefcountMode::kAtomic, RefcountMode::kBiased}) {
    Runtime rt({.mode = mode, .explored = true});
    const std::int64_t live_before = rt.live_objects();
    {
      IncRefModel model{rt, 3};
      Explorer explorer(model.Make());
      absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 2});
      ASSERT_TRUE(s.ok()) << s.status();
      EXPECT_TRUE(s->exhaustive);
      EXPECT_GT(s->schedules, 1);
      EXPECT_EQ(s->failing, 0) << RefcountModeName(mode);
    }
    EXPECT_EQ(rt.live_objects(), live_before) << RefcountModeName(mode);
  }
}

// Without RuntimeOptions::explored the same IncRef passes no schedule point:
// the explorer sees each thread as one step, and the count is exact.
TEST(ExploreRuntimeTest, AnOrdinaryRunHasNoSchedulePoints) {
  Runtime rt({.mode = RefcountMode::kNonAtomic});
  IncRefModel model{rt};
  Explorer explorer(model.Make());
  absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 2});
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->schedules, 2);  // which thread goes first; nothing else to choose
  EXPECT_EQ(s->failing, 0);
}

// Object locks under the explorer: each thread takes a list's critical section
// and, inside it, IncRefs a str with plain counts (whose load and store are two
// steps). The lock's acquire is a schedule point, and a thread that finds it
// taken waits there (critical_section.h) until the holder steps: so no
// interleaving splits the other's increment, and none loses one. Without the
// section, one does.
struct LockedIncRefModel {
  Runtime& rt;
  bool lock = true;
  Object* list = nullptr;
  Object* ob = nullptr;

  Model Make() {
    Model m;
    m.threads = 2;
    m.setup = [this] {
      list = NewList();
      ob = NewStr("shared");
    };
    m.run = [this](int) {
      ThreadScope scope(rt);
      if (lock) {
        CriticalSection cs(list);
        IncRef(ob);
      } else {
        IncRef(ob);
      }
    };
    m.ok = [this] { return RefCount(ob) == 3; };
    m.state = [this] { return "count " + std::to_string(RefCount(ob)); };
    m.teardown = [this] {
      for (std::int64_t c = RefCount(ob); c > 0; --c) DecRef(ob);
      DecRef(list);
    };
    return m;
  }
};

TEST(ExploreRuntimeTest, AThreadWaitsAtATakenObjectLock) {
  Runtime rt({.mode = RefcountMode::kNonAtomic,
              .objects = ObjectSafety::kLocked,
              .explored = true});
  const std::int64_t live_before = rt.live_objects();
  {
    LockedIncRefModel model{rt};
    Explorer explorer(model.Make());
    absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 3});
    ASSERT_TRUE(s.ok()) << s.status();
    EXPECT_TRUE(s->exhaustive);
    EXPECT_GT(s->schedules, 2);
    EXPECT_EQ(s->failing, 0);

    // t0 takes the lock and stops before its load; t1 comes to the lock, finds
    // it taken and waits; t0 finishes; t1 takes the lock and increments.
    absl::StatusOr<Schedule> r = explorer.Replay("0*2-1*2-0*2-1*3");
    ASSERT_TRUE(r.ok()) << r.status();
    EXPECT_TRUE(r->ok);
    std::vector<std::string> rows;
    for (const Step& step : r->steps) {
      rows.push_back("t" + std::to_string(step.thread) + " " + step.what);
    }
    EXPECT_EQ(rows, (std::vector<std::string>{
                        "t0 start", "t0 lock the object", "t1 start",
                        "t1 lock the object", "t0 IncRef: load count",
                        "t0 IncRef: store count", "t1 wait for the object's lock",
                        "t1 IncRef: load count", "t1 IncRef: store count"}));
  }
  {
    LockedIncRefModel model{rt, /*lock=*/false};
    Explorer explorer(model.Make());
    absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 1});
    ASSERT_TRUE(s.ok()) << s.status();
    EXPECT_GT(s->failing, 0);
  }
  EXPECT_EQ(rt.live_objects(), live_before);
}

// weakref.ref's r() against the referent's last DecRef, in every interleaving
// of their steps (the count's loads and stores, the weakref table's lock):
// r() returns the live object, with a reference of its own, or None, never a
// dying or freed one (the debug allocator marks a freed one), and the object
// is freed once. The window that matters: the DecRef has stored a count of
// zero but its dealloc has not yet cleared the weakref; r() then finds the
// referent in the table and must refuse it (TryIncref), as CPython 3.13t's
// _PyWeakref_GET_REF does.
struct WeakrefGetModel {
  Runtime& rt;
  Object* ob = nullptr;
  Object* wr = nullptr;
  Object* got = nullptr;
  int saw_object = 0;
  int saw_none = 0;

  Model Make() {
    Model m;
    m.threads = 2;
    m.setup = [this] {
      ob = NewSet(/*frozen=*/false);  // weakly referenceable without an interpreter
      wr = NewWeakref(ob, nullptr);
      // Biased counts: the exploring thread owns ob, and a non-owner's last
      // DecRef would only queue it for the owner's merge. Merged, ob is
      // nobody's, and thread 1's DecRef frees it, as an owner's would.
      MergeForCollector(ob);
      got = nullptr;
    };
    m.run = [this](int thread) {
      ThreadScope scope(rt);
      if (thread == 0) {
        got = WeakrefGet(wr);
      } else {
        DecRef(ob);  // the last reference but the one r() may take
      }
    };
    m.ok = [this] {
      if (IsNone(got)) {
        ++saw_none;
        return true;
      }
      ++saw_object;
      return got == ob && !IsFreed(got) && RefCount(got) == 1;
    };
    m.state = [this] {
      if (got == nullptr) return std::string("r() not returned yet");
      return IsNone(got) ? std::string("r() is None")
                         : "r() is the object, count " + std::to_string(RefCount(got));
    };
    m.teardown = [this] {
      DecRef(got);
      DecRef(wr);
    };
    return m;
  }
};

TEST(ExploreRuntimeTest, AWeakrefNeverReturnsADyingObject) {
  for (RefcountMode mode : {RefcountMode::kAtomic, RefcountMode::kBiased}) {
    Runtime rt({.mode = mode, .debug_memory = true, .explored = true});
    const std::int64_t live_before = rt.live_objects();
    {
      WeakrefGetModel model{rt};
      Explorer explorer(model.Make());
      absl::StatusOr<Summary> s = explorer.Explore({.preemptions = 2});
      ASSERT_TRUE(s.ok()) << s.status();
      EXPECT_TRUE(s->exhaustive) << RefcountModeName(mode);
      EXPECT_EQ(s->failing, 0) << RefcountModeName(mode);
      // Both outcomes happen: r() before the DecRef, and after it.
      EXPECT_GT(model.saw_object, 0) << RefcountModeName(mode);
      EXPECT_GT(model.saw_none, 0) << RefcountModeName(mode);
    }
    EXPECT_EQ(rt.live_objects(), live_before) << RefcountModeName(mode);
  }
}

}  // namespace
}  // namespace gillab::explore
