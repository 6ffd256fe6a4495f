// Free-threaded object locks (RuntimeOptions::object_locks): critical sections,
// TryIncref, QSBR behind list and dict resizes, and shared lists and dicts hammered
// by real threads, which must come out exact. The sanitizer builds (tools/test)
// run these too: no report is allowed.
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/notification.h"
#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/critical_section.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str_object.h"
#include "tests/test_util.h"

namespace gillab {
namespace {

RuntimeOptions Locked(RefcountMode mode = RefcountMode::kBiased) {
  return {.mode = mode, .debug_memory = true, .objects = ObjectSafety::kLocked};
}

bool IsLocked(Object* ob) { return (ob->mutex.bits() & ByteMutex::kLocked) != 0; }

// Whether another thread could take `m` now (taken and given back at once).
// Out of clang's lock analysis, which cannot follow a conditional lock here.
bool Free(ByteMutex* m) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  if (!m->TryLock()) return false;
  m->Unlock();
  return true;
}

// A section on an object the innermost section already holds: a no-op (clang's
// analysis sees a second acquisition, which it is not).
void LockAgain(Object* a) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  CriticalSection again(a);
  EXPECT_TRUE(IsLocked(a));
}

using testing::RunThreads;

TEST(CriticalSectionTest, LocksTheObjectForItsScope) {
  Runtime rt(Locked());
  Object* a = NewList();
  {
    CriticalSection cs(a);
    EXPECT_TRUE(IsLocked(a));
    EXPECT_TRUE(CriticalSection::Holds(a));
    LockAgain(a);              // the innermost section holds it: no deadlock
    EXPECT_TRUE(IsLocked(a));  // still held by the outer section
  }
  EXPECT_FALSE(IsLocked(a));
  EXPECT_FALSE(CriticalSection::Holds(a));
  DecRef(a);
}

TEST(CriticalSectionTest, TwoObjectsLockBothAndOneWhenTheSame) {
  Runtime rt(Locked());
  Object* a = NewList();
  Object* b = NewList();
  {
    CriticalSection cs(b, a);
    EXPECT_TRUE(IsLocked(a));
    EXPECT_TRUE(IsLocked(b));
  }
  EXPECT_FALSE(IsLocked(a));
  EXPECT_FALSE(IsLocked(b));
  {
    CriticalSection cs(a, a);
    EXPECT_TRUE(IsLocked(a));
  }
  EXPECT_FALSE(IsLocked(a));
  DecRef(a);
  DecRef(b);
}

TEST(CriticalSectionTest, DoesNothingWithoutObjectLocks) {
  Runtime rt({.mode = RefcountMode::kNonAtomic});
  Object* a = NewList();
  {
    CriticalSection cs(a);
    EXPECT_FALSE(IsLocked(a));
    EXPECT_TRUE(CriticalSection::Holds(a));
  }
  DecRef(a);
}

TEST(CriticalSectionTest, BlockingSuspendsEverySectionAndResumesTheInnermost) {
  Runtime rt(Locked());
  Object* outer = NewList();
  Object* inner = NewList();
  ThreadState* ts = ThreadState::Current();
  {
    CriticalSection cs1(outer);
    {
      CriticalSection cs2(inner);
      ts->BeginBlocking();  // as a sleep or a contended lock would
      EXPECT_FALSE(IsLocked(outer));
      EXPECT_FALSE(IsLocked(inner));
      // Another thread may take them meanwhile.
      std::thread other([&] { EXPECT_TRUE(Free(&outer->mutex)); });
      other.join();
      ts->EndBlocking();
      EXPECT_TRUE(IsLocked(inner));
      EXPECT_FALSE(IsLocked(outer));  // resumed only when the inner one ends
    }
    EXPECT_TRUE(IsLocked(outer));
  }
  EXPECT_FALSE(IsLocked(outer));
  DecRef(outer);
  DecRef(inner);
}

// The lock-order inversion that deadlocks plain per-object mutexes: one thread
// nests x then y, the other y then x. A contended section suspends the ones
// below it, so both finish (a deadlock would hang until the test times out).
TEST(CriticalSectionTest, OppositeNestingOrdersDoNotDeadlock) {
  Runtime rt(Locked());
  Object* x = NewList();
  Object* y = NewList();
  std::atomic<std::int64_t> done{0};
  RunThreads(rt, 2, [&](int k) {
    Object* first = k == 0 ? x : y;
    Object* second = k == 0 ? y : x;
    for (int i = 0; i < 20000; ++i) {
      CriticalSection a(first);
      CriticalSection b(second);
      done.fetch_add(1, std::memory_order_relaxed);
    }
  });
  EXPECT_EQ(done.load(), 40000);
  EXPECT_FALSE(IsLocked(x));
  EXPECT_FALSE(IsLocked(y));
  DecRef(x);
  DecRef(y);
}

class TryIncrefTest : public ::testing::TestWithParam<RefcountMode> {};

TEST_P(TryIncrefTest, SucceedsOnALiveObjectFromAnyThread) {
  Runtime rt(Locked(GetParam()));
  Object* s = NewStr("shared");
  MarkShared(s);
  ASSERT_TRUE(TryIncref(s));
  EXPECT_EQ(RefCount(s), 2);
  DecRef(s);
  std::thread other([&] {
    ThreadScope scope(rt);
    // A non-owner in biased mode: works because MarkShared left state 0.
    EXPECT_TRUE(TryIncref(s));
    DecRef(s);
  });
  other.join();
  EXPECT_EQ(RefCount(s), 1);
  DecRef(s);
}

TEST_P(TryIncrefTest, FailsOnAFreedObjectAndComparesTheSlot) {
  Runtime rt(Locked(GetParam()));
  Object* s = NewStr("soon gone");
  MarkShared(s);
  Object* slot = s;
  Object* other = NewStr("other");
  EXPECT_TRUE(TryIncrefCompare(&slot, s));
  DecRef(s);
  slot = other;  // the slot moved on: a reference to s is not what it holds
  EXPECT_FALSE(TryIncrefCompare(&slot, s));
  EXPECT_EQ(RefCount(s), 1);
  DecRef(s);  // freed; its memory waits for QSBR, so reading it is safe
  EXPECT_FALSE(TryIncref(s));
  EXPECT_EQ(rt.use_after_free(), 0);
  DecRef(other);
}

INSTANTIATE_TEST_SUITE_P(Modes, TryIncrefTest,
                         ::testing::Values(RefcountMode::kAtomic, RefcountMode::kBiased),
                         [](const auto& info) { return RefcountModeName(info.param); });

// An unshared list (only its owner has touched it) grows in place: nothing to
// retire.
TEST(ListQsbrTest, AnUnsharedListGrowsInPlace) {
  Runtime rt(Locked());
  Object* list = NewList();
  Object* one = NewInt(1);
  for (int i = 0; i < 1000; ++i) ListAppend(list, one);
  EXPECT_EQ(ThreadState::Current()->qsbr()->pending(), 0u);
  EXPECT_FALSE(IsMarkedShared(list));
  std::thread other([&] {
    ThreadScope scope(rt);
    Object* v = ListGetItemRef(list, 999);  // a foreign reader shares it
    EXPECT_EQ(v, one);
    XDecRef(v);
  });
  other.join();
  EXPECT_TRUE(IsMarkedShared(list));
  for (int i = 0; i < 1000; ++i) ListAppend(list, one);
  EXPECT_GE(ThreadState::Current()->qsbr()->pending(), 1u);
  DecRef(list);
}

// A list outgrowing its array while another attached thread has not been
// quiescent: the old array is retired, not freed, until that thread passes a
// quiescent point.
TEST(ListQsbrTest, OutgrownArrayWaitsForEveryThreadToBeQuiescent) {
  Runtime rt(Locked());
  ThreadState* me = ThreadState::Current();
  absl::Notification reader_attached, resized, reader_quiescent, reader_may_go;
  std::thread reader([&] {
    ThreadScope scope(rt);
    reader_attached.Notify();
    resized.WaitForNotification();
    scope.state()->QuiescentPoint();
    reader_quiescent.Notify();
    reader_may_go.WaitForNotification();
  });
  reader_attached.WaitForNotification();
  Object* list = NewList();
  // As if another thread had read it: from now on its arrays are copied and
  // retired (an unshared list grows in place).
  MarkShared(list);
  Object* one = NewInt(1);
  for (int i = 0; i < 4; ++i) ListAppend(list, one);  // capacity 4
  me->QuiescentPoint();
  ASSERT_EQ(me->qsbr()->pending(), 0u);  // 0 -> 4 slots retired nothing
  me->QuiescentPoint();
  ListAppend(list, one);  // 4 -> 8: the 4-slot array is retired
  const std::size_t pending = me->qsbr()->pending();
  ASSERT_GE(pending, 1u);
  me->QuiescentPoint();
  EXPECT_EQ(me->qsbr()->pending(), pending) << "freed while the reader could read it";
  resized.Notify();
  reader_quiescent.WaitForNotification();
  me->QuiescentPoint();
  EXPECT_EQ(me->qsbr()->pending(), 0u);
  reader_may_go.Notify();
  reader.join();
  EXPECT_EQ(ListSize(list), 5);
  DecRef(one);
  DecRef(list);
}

// The test: 4 threads x 100,000 appends to one list, no GIL.
TEST(SharedListTest, FourThreadsAppendingLoseNothing) {
  Runtime rt(Locked());
  constexpr int kThreads = 4;
  constexpr int kPerThread = 100'000;
  Object* list = NewList();
  RunThreads(rt, kThreads, [&](int k) {
    ThreadState* ts = ThreadState::Current();
    for (int i = 0; i < kPerThread; ++i) {
      Object* v = NewInt(std::int64_t{k} * kPerThread + i + 1000);
      ListAppend(list, v);
      DecRef(v);
      if (i % 256 == 0) ts->QuiescentPoint();  // as the eval breaker does
    }
  });
  ASSERT_EQ(ListSize(list), kThreads * kPerThread);
  std::vector<int> seen(kThreads * kPerThread, 0);
  std::vector<std::int64_t> last(kThreads, -1);
  bool in_order = true;
  for (std::int64_t i = 0; i < ListSize(list); ++i) {
    const std::int64_t v = IntValue(ListGetItem(list, i)) - 1000;
    ASSERT_TRUE(v >= 0 && v < kThreads * kPerThread) << v;
    seen[static_cast<std::size_t>(v)]++;
    const std::int64_t k = v / kPerThread;
    in_order &= v > last[static_cast<std::size_t>(k)];
    last[static_cast<std::size_t>(k)] = v;
  }
  for (int count : seen) ASSERT_EQ(count, 1);
  EXPECT_TRUE(in_order) << "a thread's appends must keep their order";
  EXPECT_EQ(rt.use_after_free(), 0);
  DecRef(list);
  EXPECT_EQ(rt.live_objects(), 0);
}

// extend (`xs += ...`) and pop(0) from four threads on one list: every item
// taken exactly once, each thread's three-item blocks whole (one critical
// section), no report under TSan or ASan.
TEST(SharedListTest, ExtendAndPopAtFromFourThreadsLoseNothing) {
  Runtime rt(Locked());
  constexpr int kThreads = 4;
  constexpr int kBlocks = 5'000;
  Object* list = NewList();
  std::vector<std::vector<std::int64_t>> taken(kThreads);
  RunThreads(rt, kThreads, [&](int k) {
    ThreadState* ts = ThreadState::Current();
    for (int i = 0; i < kBlocks; ++i) {
      const std::int64_t base = (std::int64_t{k} * kBlocks + i) * 3 + 1000;
      std::vector<Object*> block = {NewInt(base), NewInt(base + 1), NewInt(base + 2)};
      ListExtend(list, block);
      for (Object* v : block) DecRef(v);
      if (i % 2 == 0) {
        if (Object* v = ListPopAt(list, 0)) {
          taken[static_cast<std::size_t>(k)].push_back(IntValue(v));
          DecRef(v);
        }
      }
      if (i % 256 == 0) ts->QuiescentPoint();
    }
  });
  std::vector<int> seen(kThreads * kBlocks * 3, 0);
  for (const auto& values : taken) {
    for (std::int64_t v : values) seen[static_cast<std::size_t>(v - 1000)]++;
  }
  std::int64_t popped = 0;
  for (const auto& values : taken) popped += static_cast<std::int64_t>(values.size());
  ASSERT_EQ(ListSize(list) + popped, kThreads * kBlocks * 3);
  for (std::int64_t i = 0; i < ListSize(list); ++i) {
    seen[static_cast<std::size_t>(IntValue(ListGetItem(list, i)) - 1000)]++;
  }
  for (int count : seen) ASSERT_EQ(count, 1);
  // A block's items are adjacent unless pop(0) took its first ones.
  for (std::int64_t i = 0; i + 1 < ListSize(list); ++i) {
    const std::int64_t v = IntValue(ListGetItem(list, i)) - 1000;
    if (v % 3 != 2) {
      EXPECT_EQ(IntValue(ListGetItem(list, i + 1)) - 1000, v + 1);
    }
  }
  EXPECT_EQ(rt.use_after_free(), 0);
  DecRef(list);
  EXPECT_EQ(rt.live_objects(), 0);
}

// Slice assignment and deletion (ListSetSlice) are one critical section each:
// four threads each insert a block of three at the front (xs[0:0] = block) and
// delete the first two (del xs[0:2]), while copying the list backwards
// (xs[::-1]). Every delete finds at least two items (its thread's block is
// there or was deleted by someone else's), so each removes exactly two: the
// list ends with one item per block, each a distinct value, nothing freed twice
// or leaked.
TEST(SharedListTest, SliceInsertsAndDeletesFromFourThreadsLoseNothing) {
  Runtime rt(Locked());
  constexpr int kThreads = 4;
  constexpr int kBlocks = 3'000;
  Object* list = NewList();
  std::atomic<std::int64_t> bad_reads{0};
  RunThreads(rt, kThreads, [&](int k) {
    ThreadState* ts = ThreadState::Current();
    for (int i = 0; i < kBlocks; ++i) {
      const std::int64_t base = (std::int64_t{k} * kBlocks + i) * 3;
      std::vector<Object*> block = {NewInt(base), NewInt(base + 1), NewInt(base + 2)};
      std::int64_t selected = -1;
      ASSERT_TRUE(
          ListSetSlice(list, SliceBounds{0, 0, 1, true, true}, &block, &selected));
      DecRefAll(block);
      ASSERT_TRUE(
          ListSetSlice(list, SliceBounds{0, 2, 1, true, true}, nullptr, &selected));
      if (i % 64 == 0) {
        const std::vector<Object*> backwards = ListGetSlice(list, SliceBounds{0, 0, -1});
        for (Object* v : backwards) {
          if (!IsInt(v) || IntValue(v) < 0 || IntValue(v) >= kThreads * kBlocks * 3)
            bad_reads++;
        }
        DecRefAll(backwards);
      }
      if (i % 256 == 0) ts->QuiescentPoint();
    }
  });
  EXPECT_EQ(bad_reads.load(), 0);
  ASSERT_EQ(ListSize(list), kThreads * kBlocks);
  std::vector<int> seen(kThreads * kBlocks * 3, 0);
  for (std::int64_t i = 0; i < ListSize(list); ++i) {
    seen[static_cast<std::size_t>(IntValue(ListGetItem(list, i)))]++;
  }
  for (int count : seen) ASSERT_LE(count, 1);
  EXPECT_EQ(rt.use_after_free(), 0);
  DecRef(list);
  EXPECT_EQ(rt.live_objects(), 0);
}

// Readers index the list without its lock while a writer appends and pops:
// every read is an int the writer put there, or out of range, never freed
// memory (ASan and the use-after-free count would say).
TEST(SharedListTest, LockFreeReadersRaceAWriterSafely) {
  Runtime rt(Locked());
  Object* list = NewList();
  std::atomic<bool> stop{false};
  std::atomic<std::int64_t> reads{0};
  RunThreads(rt, 3, [&](int k) {
    ThreadState* ts = ThreadState::Current();
    if (k == 0) {
      for (int round = 0; round < 200; ++round) {
        for (int i = 0; i < 300; ++i) {
          Object* v = NewInt(100'000 + i);
          ListAppend(list, v);
          DecRef(v);
        }
        while (Object* v = ListPop(list)) DecRef(v);
        ts->QuiescentPoint();
      }
      stop.store(true);
      return;
    }
    std::int64_t n = 0;
    while (!stop.load(std::memory_order_relaxed)) {
      for (std::int64_t i = 0; i < 300; i += 7) {
        if (Object* v = ListGetItemRef(list, i)) {
          EXPECT_EQ(IntValue(v), 100'000 + i);
          DecRef(v);
        }
        ++n;
      }
      ts->QuiescentPoint();
    }
    reads.fetch_add(n);
  });
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(ListSize(list), 0);
  EXPECT_EQ(rt.use_after_free(), 0);
  DecRef(list);
  EXPECT_EQ(rt.live_objects(), 0);
}

// 4 threads store 25,000 keys each into one dict (it grows from 8 slots to
// 262,144 on the way) and read their own back without its lock.
TEST(SharedDictTest, FourThreadsStoringLoseNothing) {
  Runtime rt(Locked());
  constexpr int kThreads = 4;
  constexpr int kPerThread = 25'000;
  Object* dict = NewDict();
  std::atomic<int> misread{0};
  RunThreads(rt, kThreads, [&](int k) {
    ThreadState* ts = ThreadState::Current();
    for (int i = 0; i < kPerThread; ++i) {
      Object* key = NewInt(std::int64_t{i} * kThreads + k + 1000);
      Object* value = NewInt(i + 1000);
      ASSERT_TRUE(DictSetItem(dict, key, value));
      Object* got = DictGetItemRef(dict, key);
      if (got == nullptr || IntValue(got) != i + 1000) misread.fetch_add(1);
      XDecRef(got);
      DecRef(key);
      DecRef(value);
      if (i % 256 == 0) ts->QuiescentPoint();
    }
  });
  EXPECT_EQ(misread.load(), 0);
  ASSERT_EQ(DictSize(dict), kThreads * kPerThread);
  for (int k = 0; k < kThreads; ++k) {
    for (int i = 0; i < kPerThread; i += 97) {
      Object* key = NewInt(std::int64_t{i} * kThreads + k + 1000);
      Object* got = DictGetItemRef(dict, key);
      ASSERT_NE(got, nullptr);
      EXPECT_EQ(IntValue(got), i + 1000);
      DecRef(got);
      DecRef(key);
    }
  }
  EXPECT_EQ(rt.use_after_free(), 0);
  DecRef(dict);
  EXPECT_EQ(rt.live_objects(), 0);
}

// Only a shared container's items can be read by a thread that holds no
// reference to them, so only they are marked shared (their memory then waits for
// QSBR when freed). A list its creator alone touches marks nothing; the first
// other thread to touch it marks every item there, and later stores are marked
// as they come.
TEST(SharingTest, AListMarksItsItemsWhenAnotherThreadFirstTouchesIt) {
  Runtime rt(Locked());
  Object* list = NewList();
  Object* before = NewStr("stored while unshared");
  ListAppend(list, before);
  EXPECT_FALSE(IsMarkedShared(list));
  EXPECT_FALSE(IsMarkedShared(before));
  RunThreads(rt, 1, [&](int) {
    Object* got = ListGetItemRef(list, 0);  // a foreign read: locks and shares
    EXPECT_EQ(got, before);
    XDecRef(got);
  });
  EXPECT_TRUE(IsMarkedShared(list));
  EXPECT_TRUE(IsMarkedShared(before));
  Object* after = NewStr("stored once shared");
  ListAppend(list, after);
  EXPECT_TRUE(IsMarkedShared(after));
  Object* assigned = NewStr("assigned once shared");
  ASSERT_TRUE(ListAssign(list, 0, assigned));
  EXPECT_TRUE(IsMarkedShared(assigned));
  DecRef(before);
  DecRef(after);
  DecRef(assigned);
  DecRef(list);
  EXPECT_EQ(rt.live_objects(), 0);
}

TEST(SharingTest, ADictMarksItsKeysAndValuesWhenAnotherThreadFirstTouchesIt) {
  Runtime rt(Locked());
  Object* dict = NewDict();
  Object* key = NewStr("key");
  Object* value = NewStr("value");
  ASSERT_TRUE(DictSetItem(dict, key, value));
  EXPECT_FALSE(IsMarkedShared(dict));
  EXPECT_FALSE(IsMarkedShared(key));
  EXPECT_FALSE(IsMarkedShared(value));
  RunThreads(rt, 1, [&](int) {
    Object* got = DictGetItemRef(dict, key);  // a foreign read: locks and shares
    EXPECT_EQ(got, value);
    XDecRef(got);
  });
  EXPECT_TRUE(IsMarkedShared(dict));
  EXPECT_TRUE(IsMarkedShared(key));
  EXPECT_TRUE(IsMarkedShared(value));
  Object* key2 = NewStr("key 2");
  Object* value2 = NewStr("value 2");
  ASSERT_TRUE(DictSetItem(dict, key2, value2));
  EXPECT_TRUE(IsMarkedShared(key2));
  EXPECT_TRUE(IsMarkedShared(value2));
  for (Object* ob : {key, value, key2, value2, dict}) DecRef(ob);
  EXPECT_EQ(rt.live_objects(), 0);
}

TEST(SharingTest, ShareWithThreadsMarksAContainersContents) {
  Runtime rt(Locked());
  Object* list = NewList();
  Object* item = NewStr("item");
  ListAppend(list, item);
  Object* dict = NewDict();
  Object* key = NewStr("key");
  Object* value = NewStr("value");
  ASSERT_TRUE(DictSetItem(dict, key, value));
  Object* str = NewStr("a str");
  for (Object* ob : {list, item, dict, key, value, str}) EXPECT_FALSE(IsMarkedShared(ob));
  ShareWithThreads(list);
  ShareWithThreads(dict);
  ShareWithThreads(str);
  for (Object* ob : {list, item, dict, key, value, str}) EXPECT_TRUE(IsMarkedShared(ob));
  for (Object* ob : {list, item, dict, key, value, str}) DecRef(ob);
  EXPECT_EQ(rt.live_objects(), 0);
}

// Lock elision (critical_section.h): a thread nobody else can disturb opens and
// closes sections without locking; when it stops eliding, the sections it has
// open take their locks (the innermost at once, the others as the inner ones
// end), and new ones lock.
TEST(LockElisionTest, SectionsTakeTheirLocksWhenElisionEnds) {
  Runtime rt(Locked());
  ThreadState* ts = ThreadState::Current();
  Object* a = NewList();
  Object* b = NewList();
  ts->ElideLocks();
  ASSERT_TRUE(ts->locks_elided());
  EXPECT_FALSE(ts->sharing());
  {
    CriticalSection outer(a);
    EXPECT_FALSE(IsLocked(a));
    EXPECT_TRUE(CriticalSection::Holds(a));
    {
      CriticalSection inner(b);
      EXPECT_FALSE(IsLocked(b));
      ts->StopElidingLocks();
      EXPECT_FALSE(ts->locks_elided());
      EXPECT_TRUE(ts->sharing());
      EXPECT_TRUE(IsLocked(b));
      EXPECT_FALSE(IsLocked(a));  // suspended until the inner section ends
    }
    EXPECT_FALSE(IsLocked(b));
    EXPECT_TRUE(IsLocked(a));
    EXPECT_TRUE(CriticalSection::Holds(a));
  }
  EXPECT_FALSE(IsLocked(a));
  {
    CriticalSection cs(a);
    EXPECT_TRUE(IsLocked(a));
  }
  DecRef(a);
  DecRef(b);
}

// A leaf section (its scope runs no Python code, so no thread can start inside
// it) begun while the thread elides is not even pushed; otherwise it is a
// section like any other.
TEST(LockElisionTest, LeafSectionsRecordNothingWhileEliding) {
  Runtime rt(Locked());
  ThreadState* ts = ThreadState::Current();
  Object* a = NewList();
  ts->ElideLocks();
  {
    CriticalSection cs(a, CriticalSection::kLeaf);
    EXPECT_FALSE(IsLocked(a));
    EXPECT_FALSE(CriticalSection::Holds(a));  // nothing pushed
  }
  ts->StopElidingLocks();
  {
    CriticalSection cs(a, CriticalSection::kLeaf);
    EXPECT_TRUE(IsLocked(a));
    EXPECT_TRUE(CriticalSection::Holds(a));
  }
  EXPECT_FALSE(IsLocked(a));
  DecRef(a);
}

TEST(LockElisionTest, AnElidingThreadMarksNothingAndReadsWithoutLocks) {
  Runtime rt(Locked());
  Object* list = nullptr;
  testing::RunOnOtherThread(rt, [&] { list = NewList(); });  // foreign to this thread
  Object* item = NewStr("item");
  ThreadState* ts = ThreadState::Current();
  ts->ElideLocks();
  ListAppend(list, item);
  Object* got = ListGetItemRef(list, 0);
  EXPECT_EQ(got, item);
  DecRef(got);
  EXPECT_FALSE(IsMarkedShared(list));  // without elision, the append marks both
  EXPECT_FALSE(IsMarkedShared(item));
  ts->StopElidingLocks();
  ListAppend(list, item);
  EXPECT_TRUE(IsMarkedShared(list));
  EXPECT_TRUE(IsMarkedShared(item));
  DecRef(item);
  DecRef(list);
  EXPECT_EQ(rt.live_objects(), 0);
}

TEST(LockElisionTest, OnlyWithObjectLocksAndNotForUnlockedLists) {
  for (ObjectSafety objects : {ObjectSafety::kGil, ObjectSafety::kUnlocked}) {
    Runtime rt({.mode = RefcountMode::kBiased, .objects = objects});
    ThreadState::Current()->ElideLocks();
    EXPECT_FALSE(ThreadState::Current()->locks_elided());
  }
}

}  // namespace
}  // namespace gillab
