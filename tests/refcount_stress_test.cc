// Several threads hammering reference counts at once. In the modes that are safe
// without a GIL (atomic, biased) the final counts must be exact and nothing may
// leak or be freed twice, and the run must be clean under --config=tsan and
// --config=asan. The nonatomic mode is exercised only under a lock (a stand-in for
// the GIL): unprotected, it is a data race by design, shown by the labs, not here.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
#include <tuple>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/thread_state.h"
#include "runtime/objects/str_object.h"
#include "tests/test_util.h"

namespace gillab {
namespace {

constexpr int kOpsPerThread = 1'000'000;  // increments, and as many decrements
constexpr int kBatch = 64;                // counts rise by up to this, then fall
constexpr int kSharedObjects = 8;

using testing::RunThreads;

class SafeModeStress : public ::testing::TestWithParam<std::tuple<RefcountMode, int>> {
 protected:
  RefcountMode mode() const { return std::get<0>(GetParam()); }
  int threads() const { return std::get<1>(GetParam()); }
};

TEST_P(SafeModeStress, SharedObjectsEndWithExactCounts) {
  Runtime rt({.mode = mode()});
  std::vector<Object*> objects;
  for (int i = 0; i < kSharedObjects; ++i) objects.push_back(NewStr("shared"));

  RunThreads(rt, threads(), [&](int t) {
    for (int done = 0; done < kOpsPerThread; done += kBatch) {
      for (int i = 0; i < kBatch; ++i) IncRef(objects[(t + i) % kSharedObjects]);
      for (int i = 0; i < kBatch; ++i) DecRef(objects[(t + i) % kSharedObjects]);
    }
  });

  for (Object* ob : objects) EXPECT_EQ(RefCount(ob), 1);
  EXPECT_EQ(rt.live_objects(TypeIndex::kStr), kSharedObjects);
  for (Object* ob : objects) DecRef(ob);
  EXPECT_EQ(rt.live_objects(), 0);
}

TEST_P(SafeModeStress, ObjectsHandedBetweenThreadsAreFreedExactlyOnce) {
  // Every thread creates objects, takes extra references on objects others made,
  // and releases objects it did not create: in biased mode this drives the
  // queue-to-owner, merge and owner-gone paths concurrently.
  Runtime rt({.mode = mode(), .debug_memory = false});
  constexpr int kObjectsPerThread = 20'000;
  struct Pool {
    absl::Mutex mu;
    std::vector<Object*> items ABSL_GUARDED_BY(mu);
  } pool;
  std::atomic<std::int64_t> released{0};

  RunThreads(rt, threads(), [&](int) {
    ThreadState* me = ThreadState::Current();
    // Objects move through the pool in batches, so the test spends its time in
    // reference counting rather than in handing a contended mutex around.
    constexpr int kBatch = 32;
    std::vector<Object*> taken;
    for (int made = 0; made < kObjectsPerThread; made += kBatch) {
      std::vector<Object*> mine;
      for (int i = 0; i < kBatch; ++i) {
        Object* ob = NewStr("handed over");
        IncRef(ob);  // two references go into the pool
        mine.push_back(ob);
        mine.push_back(ob);
      }
      {
        absl::MutexLock lock(&pool.mu);
        pool.items.insert(pool.items.end(), mine.begin(), mine.end());
        // Take as many as were put in, oldest first: mostly other threads' objects.
        const size_t n = std::min(mine.size(), pool.items.size() - 16);
        taken.assign(pool.items.begin(), pool.items.begin() + static_cast<long>(n));
        pool.items.erase(pool.items.begin(), pool.items.begin() + static_cast<long>(n));
      }
      for (Object* theirs : taken) {
        IncRef(theirs);
        DecRef(theirs);
        DecRef(theirs);
      }
      released.fetch_add(static_cast<std::int64_t>(taken.size()),
                         std::memory_order_relaxed);
      if (me->HasQueuedObjects()) me->MergeQueuedObjects();  // a safe point
    }
  });

  {
    absl::MutexLock lock(&pool.mu);
    for (Object* ob : pool.items) DecRef(ob);  // the rest, from the test's thread
    released += static_cast<std::int64_t>(pool.items.size());
    pool.items.clear();
  }
  ThreadState::Current()->MergeQueuedObjects();
  EXPECT_EQ(released.load(), 2LL * kObjectsPerThread * threads());
  EXPECT_EQ(rt.live_objects(), 0);
  const TypeCounts counts = rt.Counts();
  EXPECT_EQ(counts.allocated[static_cast<int>(TypeIndex::kStr)],
            counts.freed[static_cast<int>(TypeIndex::kStr)]);
}

INSTANTIATE_TEST_SUITE_P(
    AtomicAndBiased, SafeModeStress,
    ::testing::Combine(::testing::Values(RefcountMode::kAtomic, RefcountMode::kBiased),
                       ::testing::Values(2, 4)),
    [](const ::testing::TestParamInfo<SafeModeStress::ParamType>& info) {
      return std::string(RefcountModeName(std::get<0>(info.param))) + "_" +
             std::to_string(std::get<1>(info.param)) + "threads";
    });

TEST(NonAtomicUnderALock, ExactCountsWhenSerialised) {
  Runtime rt({.mode = RefcountMode::kNonAtomic});
  Object* ob = NewStr("guarded");
  absl::Mutex gil;  // what the GIL does for CPython's default build
  RunThreads(rt, 4, [&](int) {
    for (int done = 0; done < kOpsPerThread / 4; done += kBatch) {
      absl::MutexLock lock(&gil);
      for (int i = 0; i < kBatch; ++i) IncRef(ob);
      for (int i = 0; i < kBatch; ++i) DecRef(ob);
    }
  });
  EXPECT_EQ(RefCount(ob), 1);
  DecRef(ob);
  EXPECT_EQ(rt.live_objects(), 0);
}

}  // namespace
}  // namespace gillab
