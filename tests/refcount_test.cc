// The refcount API behaves the same, single-threaded, in every mode; immortal
// objects' counts never change.
#include "runtime/memory/refcount.h"

#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/thread_state.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "tests/test_util.h"

namespace gillab {
namespace {

class RefcountTest : public ::testing::TestWithParam<RefcountMode> {
 protected:
  Runtime rt_{{.mode = GetParam(), .debug_memory = true}};
};

TEST_P(RefcountTest, NewObjectHasOneReference) {
  Object* s = NewStr("hello");
  EXPECT_EQ(s->mode, GetParam());
  EXPECT_EQ(RefCount(s), 1);
  EXPECT_FALSE(IsImmortal(s));
  DecRef(s);
}

TEST_P(RefcountTest, IncRefDecRefCountUpAndDown) {
  Object* s = NewStr("x");
  for (int i = 0; i < 100; ++i) IncRef(s);
  EXPECT_EQ(RefCount(s), 101);
  for (int i = 0; i < 100; ++i) DecRef(s);
  EXPECT_EQ(RefCount(s), 1);
  EXPECT_EQ(rt_.live_objects(TypeIndex::kStr), 1);
  DecRef(s);
  EXPECT_EQ(rt_.live_objects(TypeIndex::kStr), 0);
}

TEST_P(RefcountTest, NewRefReturnsSameObjectWithOneMore) {
  Object* s = NewStr("x");
  Object* t = NewRef(s);
  EXPECT_EQ(s, t);
  EXPECT_EQ(RefCount(s), 2);
  DecRef(t);
  DecRef(s);
}

TEST_P(RefcountTest, XVariantsAcceptNull) {
  XIncRef(nullptr);
  XDecRef(nullptr);
  Object* s = NewStr("x");
  XIncRef(s);
  EXPECT_EQ(RefCount(s), 2);
  XDecRef(s);
  XDecRef(s);
  EXPECT_EQ(rt_.live_objects(), 0);
}

TEST_P(RefcountTest, ReachingZeroFreesExactlyOnce) {
  Object* s = NewStr("once");
  IncRef(s);
  DecRef(s);
  EXPECT_EQ(rt_.Counts().freed[static_cast<int>(TypeIndex::kStr)] -
                rt_.startup_counts().freed[static_cast<int>(TypeIndex::kStr)],
            0);
  DecRef(s);
  EXPECT_EQ(rt_.Counts().freed[static_cast<int>(TypeIndex::kStr)] -
                rt_.startup_counts().freed[static_cast<int>(TypeIndex::kStr)],
            1);
  EXPECT_EQ(rt_.use_after_free(), 0);
}

TEST_P(RefcountTest, UseOfAFreedObjectIsReportedNotPerformed) {
  Object* s = NewStr("freed");
  const std::uint64_t me = ThreadState::Current()->id();
  DecRef(s);  // freed: the block is poisoned and quarantined
  EXPECT_EQ(rt_.use_after_free(), 0);
  EXPECT_EQ(Repr(s), "<freed str object>");
  DecRef(s);  // a bug in the caller: reported, and nothing is written
  IncRef(s);
  EXPECT_EQ(rt_.use_after_free(), 2);
  EXPECT_EQ(
      rt_.first_report(),
      "gillab: DecRef: use of freed str object, freed by thread " + std::to_string(me));
  EXPECT_EQ(rt_.live_objects(TypeIndex::kStr), 0) << "counted freed once only";
}

TEST_P(RefcountTest, FreedByAnotherThreadNamesThatThread) {
  Object* list = nullptr;
  std::uint64_t freer = 0;
  testing::RunOnOtherThread(rt_, [&] {
    freer = ThreadState::Current()->id();
    list = NewList();
    DecRef(list);  // freed on the other thread; `list` now dangles
  });
  IncRef(list);
  EXPECT_EQ(rt_.first_report(),
            "gillab: IncRef: use of freed list object, freed by thread " +
                std::to_string(freer));
}

TEST_P(RefcountTest, ImmortalCountsNeverChange) {
  std::vector<Object*> immortals = {rt_.none(), rt_.true_object(), rt_.false_object(),
                                    NewInt(-5), NewInt(0),         NewInt(256)};
  for (Object* ob : immortals) {
    ASSERT_TRUE(IsImmortal(ob));
    const std::uint32_t local = ob->ref_local;
    const std::int64_t shared = ob->ref_shared;
    const std::uint64_t tid = ob->tid;
    for (int i = 0; i < 1000; ++i) IncRef(ob);
    for (int i = 0; i < 5000; ++i) DecRef(ob);  // more than were ever added
    EXPECT_EQ(ob->ref_local, local) << Repr(ob);
    EXPECT_EQ(ob->ref_shared, shared) << Repr(ob);
    EXPECT_EQ(ob->tid, tid);
    EXPECT_EQ(RefCount(ob), refcount_internal::kImmortalInitialRefcnt);
  }
  EXPECT_EQ(rt_.live_objects(), 0);
}

TEST_P(RefcountTest, ImmortalCountsNeverChangeFromOtherThreads) {
  Object* none = rt_.none();
  const std::int64_t shared = none->ref_shared;
  const std::uint32_t local = none->ref_local;
  testing::RunOnOtherThread(rt_, [&] {
    for (int i = 0; i < 1000; ++i) IncRef(none);
    for (int i = 0; i < 1000; ++i) DecRef(none);
  });
  EXPECT_EQ(none->ref_shared, shared);
  EXPECT_EQ(none->ref_local, local);
}

TEST_P(RefcountTest, ImmortalizeStopsCounting) {
  Object* s = NewStr("forever");
  Immortalize(s);
  EXPECT_TRUE(IsImmortal(s));
  DecRef(s);
  DecRef(s);
  EXPECT_EQ(rt_.live_objects(TypeIndex::kStr), 1);  // never freed by refcounting
  EXPECT_EQ(rt_.use_after_free(), 0);
  // Give the memory back by hand so the sanitizer builds see no leak.
  FreeObject(s);
}

TEST_P(RefcountTest, ContainerReleasesItsItemsWhenFreed) {
  Object* list = NewList();
  Object* s = NewStr("item");
  ListAppend(list, s);
  EXPECT_EQ(RefCount(s), 2);
  DecRef(s);  // the list holds the only reference now
  EXPECT_EQ(rt_.live_objects(TypeIndex::kStr), 1);
  DecRef(list);
  EXPECT_EQ(rt_.live_objects(), 0);
}

INSTANTIATE_TEST_SUITE_P(AllModes, RefcountTest, ::testing::ValuesIn(testing::kAllModes),
                         testing::ModeName);

TEST(RefcountModeNames, RoundTrip) {
  for (RefcountMode m : testing::kAllModes) {
    RefcountMode parsed = RefcountMode::kNonAtomic;
    ASSERT_TRUE(ParseRefcountMode(RefcountModeName(m), &parsed));
    EXPECT_EQ(parsed, m);
  }
  RefcountMode unchanged = RefcountMode::kAtomic;
  EXPECT_FALSE(ParseRefcountMode("Biased", &unchanged));
  EXPECT_FALSE(ParseRefcountMode("", &unchanged));
  EXPECT_EQ(unchanged, RefcountMode::kAtomic);
}

TEST_P(RefcountTest, ImmortalCountFieldsHoldCPythonsValues) {
  Object* s = NewStr("immortal");
  Immortalize(s);
  EXPECT_EQ(ModeOf(s), GetParam()) << "the immortal bit keeps the mode readable";
  if (GetParam() == RefcountMode::kBiased) {
    EXPECT_EQ(s->ref_local, UINT32_MAX);  // CPython's free-threaded build
    EXPECT_EQ(s->ref_shared, 0);
    EXPECT_EQ(s->tid, 0u);
  } else {
    // PEP 683 on 64-bit: 3 << 30, whose low 32 bits are negative as an int32, and
    // ~2^30 away from both ends of that negative range.
    EXPECT_EQ(s->ref_shared, std::int64_t{3} << 30);
    EXPECT_LT(static_cast<std::int32_t>(static_cast<std::uint32_t>(s->ref_shared)), 0);
  }
  FreeObject(s);
}

}  // namespace
}  // namespace gillab
