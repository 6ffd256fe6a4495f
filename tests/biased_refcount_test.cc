// Biased reference counting, path by path. Each test steps two threads through an
// exact interleaving (RunOnOtherThread runs the other thread to completion while
// the test's thread waits), then checks the header fields and the accounting, so a
// broken path fails its own test:
//   owner fast path, non-owner shared path, merge when the local count reaches
//   zero, the queued path (and its merge by the owner), the owner-gone path, and
//   the local count reaching zero while the object is queued.
#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/thread_state.h"
#include "runtime/objects/str_object.h"
#include "tests/test_util.h"

namespace gillab {
namespace {

using refcount_internal::kStateDefault;
using refcount_internal::kStateMerged;
using refcount_internal::kStateQueued;
using testing::RunOnOtherThread;

class BiasedTest : public ::testing::Test {
 protected:
  std::int64_t LiveStrs() const { return rt_.live_objects(TypeIndex::kStr); }
  ThreadState* me() const { return ThreadState::Current(); }

  Runtime rt_{{.mode = RefcountMode::kBiased, .debug_memory = true}};
};

TEST_F(BiasedTest, NewObjectIsOwnedByItsCreator) {
  Object* s = NewStr("mine");
  const BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.owner_tid, me()->id());
  EXPECT_EQ(f.local, 1u);
  EXPECT_EQ(f.shared, 0);
  EXPECT_EQ(f.state, kStateDefault);
  DecRef(s);
}

TEST_F(BiasedTest, OwnerUpdatesOnlyTheLocalCount) {
  Object* s = NewStr("mine");
  IncRef(s);
  IncRef(s);
  EXPECT_EQ(ReadBiasedFields(s).local, 3u);
  EXPECT_EQ(s->ref_shared, 0);
  DecRef(s);
  EXPECT_EQ(ReadBiasedFields(s).local, 2u);
  EXPECT_EQ(s->ref_shared, 0);
  DecRef(s);
  DecRef(s);  // local 0, shared 0: freed at once (the fast path of the merge)
  EXPECT_EQ(LiveStrs(), 0);
  EXPECT_EQ(rt_.use_after_free(), 0);
}

TEST_F(BiasedTest, NonOwnerUpdatesOnlyTheSharedCount) {
  Object* s = NewStr("mine");
  RunOnOtherThread(rt_, [&] {
    IncRef(s);
    IncRef(s);
    DecRef(s);
  });
  const BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.local, 1u);
  EXPECT_EQ(f.shared, 1);
  EXPECT_EQ(f.state, kStateDefault);
  EXPECT_EQ(f.owner_tid, me()->id());
  EXPECT_EQ(RefCount(s), 2);
  RunOnOtherThread(rt_, [&] { DecRef(s); });
  DecRef(s);
  EXPECT_EQ(LiveStrs(), 0);
}

TEST_F(BiasedTest, LocalZeroWithSharedReferencesMergesInsteadOfFreeing) {
  Object* s = NewStr("shared");
  RunOnOtherThread(rt_, [&] { IncRef(s); });  // another thread keeps a reference
  DecRef(s);                                  // the owner's last: local 0, but shared 1
  BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.owner_tid, 0u) << "merged objects are unowned";
  EXPECT_EQ(f.local, 0u);
  EXPECT_EQ(f.shared, 1);
  EXPECT_EQ(f.state, kStateMerged);
  EXPECT_EQ(LiveStrs(), 1);
  // Merged: even the former owner now uses the shared count.
  IncRef(s);
  EXPECT_EQ(ReadBiasedFields(s).shared, 2);
  DecRef(s);
  RunOnOtherThread(rt_, [&] { DecRef(s); });  // shared 0 and merged: freed
  EXPECT_EQ(LiveStrs(), 0);
  EXPECT_EQ(rt_.use_after_free(), 0);
}

TEST_F(BiasedTest, NonOwnerDecrementBelowZeroIsQueuedToTheOwner) {
  Object* s = NewStr("handed over");
  // The owner hands its only reference to another thread, which drops it: the
  // shared count would go to -1, so the object is queued to its owner instead.
  RunOnOtherThread(rt_, [&] { DecRef(s); });
  BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.state, kStateQueued);
  EXPECT_EQ(f.shared, 0) << "the queued decrement is not applied";
  EXPECT_EQ(f.local, 1u);
  EXPECT_EQ(LiveStrs(), 1) << "not freed until the owner merges";
  EXPECT_TRUE(me()->HasQueuedObjects());

  EXPECT_EQ(me()->MergeQueuedObjects(), 1u);  // 1 local + 0 shared - 1 queued = 0
  EXPECT_FALSE(me()->HasQueuedObjects());
  EXPECT_EQ(LiveStrs(), 0);
  EXPECT_EQ(rt_.use_after_free(), 0);
}

TEST_F(BiasedTest, QueuedObjectThatIsStillReferencedSurvivesTheMerge) {
  Object* s = NewStr("kept");
  IncRef(s);  // the owner holds one reference and hands the other away
  RunOnOtherThread(rt_, [&] { DecRef(s); });
  EXPECT_EQ(ReadBiasedFields(s).state, kStateQueued);
  me()->MergeQueuedObjects();  // 2 + 0 - 1 = 1
  BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.state, kStateMerged);
  EXPECT_EQ(f.shared, 1);
  EXPECT_EQ(f.owner_tid, 0u);
  EXPECT_EQ(LiveStrs(), 1);
  DecRef(s);
  EXPECT_EQ(LiveStrs(), 0);
}

TEST_F(BiasedTest, SharedCountMayGoNegativeWhileQueued) {
  Object* s = NewStr("three");
  IncRef(s);
  IncRef(s);  // local 3: all three references go to the other thread
  RunOnOtherThread(rt_, [&] {
    DecRef(s);  // queued (shared stays 0)
    DecRef(s);  // shared -1
    DecRef(s);  // shared -2
  });
  BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.state, kStateQueued);
  EXPECT_EQ(f.shared, -2);
  EXPECT_EQ(LiveStrs(), 1);
  me()->MergeQueuedObjects();  // 3 + (-2) - 1 = 0
  EXPECT_EQ(LiveStrs(), 0);
}

TEST_F(BiasedTest, LocalReachingZeroWhileQueuedDoesNotFree) {
  Object* s = NewStr("subtle");
  IncRef(s);  // local 2; both references go to the other thread
  RunOnOtherThread(rt_, [&] {
    DecRef(s);  // queued: the queue holds a pending decrement
    IncRef(s);  // shared 1
    IncRef(s);  // shared 2; these two references go back to the owner
  });
  DecRef(s);
  DecRef(s);  // local 0 while queued: must merge, not free (true count is 1)
  BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.state, kStateMerged);
  EXPECT_EQ(f.shared, 2) << "1 real reference + 1 pending in the queue";
  EXPECT_EQ(LiveStrs(), 1);
  me()->MergeQueuedObjects();  // 2 + 0 - 1 = 1
  EXPECT_EQ(ReadBiasedFields(s).shared, 1);
  EXPECT_EQ(LiveStrs(), 1);
  RunOnOtherThread(rt_, [&] { DecRef(s); });  // the other thread's last reference
  EXPECT_EQ(LiveStrs(), 0);
  EXPECT_EQ(rt_.use_after_free(), 0);
}

TEST_F(BiasedTest, OwnerGoneMergesImmediately) {
  Object* s = nullptr;
  std::uint64_t owner = 0;
  RunOnOtherThread(rt_, [&] {
    s = NewStr("orphan");  // owned by the other thread, which then exits
    owner = ThreadState::Current()->id();
  });
  ASSERT_EQ(ReadBiasedFields(s).owner_tid, owner);
  DecRef(s);  // would queue, but the owner has gone: merged here, and freed
  EXPECT_EQ(LiveStrs(), 0);
  EXPECT_FALSE(me()->HasQueuedObjects());
  EXPECT_EQ(rt_.use_after_free(), 0);
}

TEST_F(BiasedTest, OwnerGoneMergeKeepsLiveReferences) {
  Object* s = nullptr;
  RunOnOtherThread(rt_, [&] {
    s = NewStr("orphan");
    IncRef(s);  // local 2: both references are handed to the test thread
  });
  DecRef(s);  // owner gone: merged here, 2 + 0 - 1 = 1
  BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.state, kStateMerged);
  EXPECT_EQ(f.shared, 1);
  EXPECT_EQ(f.local, 0u);
  EXPECT_EQ(LiveStrs(), 1);
  DecRef(s);
  EXPECT_EQ(LiveStrs(), 0);
}

TEST_F(BiasedTest, DetachingOwnerDrainsItsQueue) {
  Object* s = nullptr;
  std::thread owner([&] {
    ThreadScope scope(rt_);
    s = NewStr("queued at exit");
    std::thread other([&] {
      ThreadScope other_scope(rt_);
      DecRef(s);  // queued to `owner`, which is alive
    });
    other.join();
    EXPECT_TRUE(ThreadState::Current()->HasQueuedObjects());
    EXPECT_EQ(LiveStrs(), 1);
  });  // ThreadScope's destructor merges the queue
  owner.join();
  EXPECT_EQ(LiveStrs(), 0);
}

TEST_F(BiasedTest, ImmortalsAreUnownedAndNeverCounted) {
  Object* s = NewStr("immortal");
  Immortalize(s);
  const BiasedFields f = ReadBiasedFields(s);
  EXPECT_EQ(f.local, refcount_internal::kImmortalLocalRefcnt);
  EXPECT_EQ(f.owner_tid, 0u);
  RunOnOtherThread(rt_, [&] {
    IncRef(s);
    DecRef(s);
    DecRef(s);
  });
  EXPECT_EQ(s->ref_shared, 0);
  EXPECT_EQ(ReadBiasedFields(s).local, refcount_internal::kImmortalLocalRefcnt);
  FreeObject(s);
}

}  // namespace
}  // namespace gillab
