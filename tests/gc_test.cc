// The cyclic garbage collector: cycles are found and freed, exactly once; what is
// reachable from outside survives; generations, thresholds and the switch behave
// as CPython's; and without a GIL a collection stops the world, with attached
// threads parked at their safe points (clean under --config=tsan).
#include "runtime/memory/gc.h"

#include <atomic>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "tests/test_util.h"

namespace gillab {
namespace {

class GcTest : public ::testing::TestWithParam<RefcountMode> {
 protected:
  void SetUp() override { rt_.gc().set_enabled(false); }  // collections by hand
  void TearDown() override {
    EXPECT_EQ(rt_.live_objects(), 0) << "live objects back at their baseline";
    EXPECT_EQ(rt_.use_after_free(), 0);
  }
  std::int64_t Live() const { return rt_.live_objects(); }

  Runtime rt_{{.mode = GetParam(), .debug_memory = true}};
};

TEST_P(GcTest, ContainersAreTrackedOthersAreNot) {
  Object* list = NewList();
  Object* tuple = NewTuple({list});
  Object* dict = NewDict();
  EXPECT_TRUE(rt_.gc().IsTracked(list));
  EXPECT_TRUE(rt_.gc().IsTracked(tuple));
  EXPECT_TRUE(rt_.gc().IsTracked(dict));
  EXPECT_EQ(rt_.gc().sizes()[0], 3);
  for (Object* ob : {tuple, list, dict}) DecRef(ob);
  EXPECT_EQ(rt_.gc().sizes()[0], 0);
}

TEST_P(GcTest, SelfReferencingListIsCollected) {
  Object* list = NewList();
  ListAppend(list, list);
  DecRef(list);
  EXPECT_EQ(Live(), 1) << "reference counting alone cannot free it";
  EXPECT_EQ(rt_.gc().Collect(), 1);
  EXPECT_EQ(Live(), 0);
}

TEST_P(GcTest, TwoObjectCycleIsCollectedWithWhatItHolds) {
  Object* a = NewList();
  Object* b = NewDict();
  Object* key = NewStr("back");
  ListAppend(a, b);
  ASSERT_TRUE(DictSetItem(b, key, a));
  DecRef(key);
  DecRef(a);
  DecRef(b);
  EXPECT_EQ(Live(), 3);
  EXPECT_EQ(rt_.gc().Collect(), 2) << "two unreachable containers";
  EXPECT_EQ(Live(), 0) << "the str they held is freed with them";
}

TEST_P(GcTest, HundredThousandNodeCycleIsCollected) {
  constexpr int kNodes = 100'000;
  Object* first = NewList();
  Object* prev = first;
  for (int i = 1; i < kNodes; ++i) {
    Object* node = NewList();
    ListAppend(prev, node);
    if (prev != first) DecRef(prev);
    prev = node;
  }
  ListAppend(prev, first);  // close the ring
  DecRef(prev);
  DecRef(first);
  EXPECT_EQ(Live(), kNodes);
  EXPECT_EQ(rt_.gc().Collect(), kNodes);
  EXPECT_EQ(Live(), 0);
}

TEST_P(GcTest, CycleReachableFromALiveObjectIsKept) {
  Object* a = NewList();
  Object* b = NewList();
  ListAppend(a, b);
  ListAppend(b, a);
  Object* holder = NewTuple({a});  // a live object outside the cycle
  DecRef(a);
  DecRef(b);
  EXPECT_EQ(rt_.gc().Collect(), 0);
  EXPECT_EQ(Live(), 3);
  EXPECT_EQ(ListSize(a), 1) << "the survivors are untouched";
  DecRef(holder);  // now the cycle is unreachable
  EXPECT_EQ(rt_.gc().Collect(), 2);
}

TEST_P(GcTest, SurvivorsMoveUpAGeneration) {
  Object* list = NewList();
  EXPECT_EQ(rt_.gc().sizes()[0], 1);
  rt_.gc().Collect(0);
  EXPECT_EQ(rt_.gc().sizes()[0], 0);
  EXPECT_EQ(rt_.gc().sizes()[1], 1);
  rt_.gc().Collect(1);
  EXPECT_EQ(rt_.gc().sizes()[2], 1);
  const auto stats = rt_.gc().stats();
  EXPECT_EQ(stats[0].collections, 1);
  EXPECT_EQ(stats[1].collections, 1);
  DecRef(list);
}

TEST_P(GcTest, AutomaticCollectionRunsPastTheThreshold) {
  EXPECT_EQ(rt_.gc().thresholds(), (std::array<std::int64_t, 3>{700, 10, 10}));
  rt_.gc().set_enabled(true);
  for (int i = 0; i < 701; ++i) {  // 701 garbage cycles: the 702nd container triggers
    Object* list = NewList();
    ListAppend(list, list);
    DecRef(list);
  }
  EXPECT_EQ(rt_.gc().stats()[0].collections, 0);
  Object* one_more = NewList();
  EXPECT_EQ(rt_.gc().stats()[0].collections, 1);
  EXPECT_EQ(rt_.gc().stats()[0].collected, 701);
  EXPECT_EQ(Live(), 1);
  DecRef(one_more);
}

TEST_P(GcTest, DisabledMeansNoAutomaticCollection) {
  ASSERT_FALSE(rt_.gc().enabled());
  for (int i = 0; i < 2000; ++i) {
    Object* list = NewList();
    ListAppend(list, list);
    DecRef(list);
  }
  EXPECT_EQ(rt_.gc().stats()[0].collections, 0);
  EXPECT_EQ(Live(), 2000);
  EXPECT_EQ(rt_.gc().Collect(), 2000);  // an explicit collection still works
}

TEST_P(GcTest, DeepSizeCountsEachObjectOnce) {
  Object* s = NewStr("shared");
  Object* inner = NewList();
  ListAppend(inner, s);
  Object* outer = NewTuple({inner, s, inner});
  EXPECT_EQ(DeepSizeOf(outer), SizeOf(outer) + SizeOf(inner) + SizeOf(s));
  ListAppend(inner, outer);  // a cycle: still each once
  EXPECT_EQ(DeepSizeOf(outer), SizeOf(outer) + SizeOf(inner) + SizeOf(s));
  DecRef(s);
  DecRef(inner);
  DecRef(outer);
  EXPECT_EQ(rt_.gc().Collect(), 2);
}

// Without a GIL: worker threads create garbage cycles, then park at safe points
// while the test's thread collects; the collector must find exactly their cycles.
TEST_P(GcTest, CollectionStopsTheWorldAtSafePoints) {
  constexpr int kWorkers = 2;
  constexpr int kCyclesEach = 300;
  std::atomic<int> done{0};
  std::atomic<bool> quit{false};
  std::vector<std::thread> workers;
  for (int w = 0; w < kWorkers; ++w) {
    workers.emplace_back([&] {
      ThreadScope scope(rt_);
      Object* mine = NewList();  // mutated between safe points
      for (int i = 0; i < kCyclesEach; ++i) {
        Object* cycle = NewList();
        ListAppend(cycle, cycle);
        DecRef(cycle);
        Object* item = NewStr("x");
        ListAppend(mine, item);
        DecRef(item);
        scope.state()->PollSafePoint();
      }
      done.fetch_add(1);
      while (!quit.load()) scope.state()->PollSafePoint();  // parked when asked
      DecRef(mine);
    });
  }
  while (done.load() < kWorkers) std::this_thread::yield();
  EXPECT_EQ(rt_.gc().Collect(), kWorkers * kCyclesEach);
  quit.store(true);
  for (std::thread& t : workers) t.join();
}

INSTANTIATE_TEST_SUITE_P(AllModes, GcTest, ::testing::ValuesIn(testing::kAllModes),
                         testing::ModeName);

}  // namespace
}  // namespace gillab
