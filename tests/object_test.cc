// Each type: create, use, free, in every refcount mode. Expected values that
// describe CPython (list capacities, dict regrowth points, reprs) were taken from
// CPython 3.11's sys.getsizeof and repr on the same machine.
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/lock_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "tests/test_util.h"

namespace gillab {
namespace {

class ObjectTest : public ::testing::TestWithParam<RefcountMode> {
 protected:
  void TearDown() override {
    EXPECT_EQ(rt_.live_objects(), 0) << "a test leaked objects";
    EXPECT_EQ(rt_.use_after_free(), 0);
  }
  std::int64_t Live(TypeIndex t) const { return rt_.live_objects(t); }

  Runtime rt_{{.mode = GetParam(), .debug_memory = true}};
};

TEST_P(ObjectTest, SmallIntsAreCachedAndImmortal) {
  for (std::int64_t v : {-5, -1, 0, 1, 100, 256}) {
    Object* a = NewInt(v);
    Object* b = NewInt(v);
    EXPECT_EQ(a, b) << v;
    EXPECT_TRUE(IsImmortal(a));
    EXPECT_EQ(IntValue(a), v);
    DecRef(a);
    DecRef(b);
  }
  EXPECT_EQ(Live(TypeIndex::kInt), 0);
}

TEST_P(ObjectTest, LargeIntsAreDistinctObjectsFreedAtZero) {
  Object* a = NewInt(257);
  Object* b = NewInt(257);
  Object* c = NewInt(-6);
  EXPECT_NE(a, b);
  EXPECT_FALSE(IsImmortal(a));
  EXPECT_TRUE(Equal(a, b));
  EXPECT_EQ(Live(TypeIndex::kInt), 3);
  DecRef(a);
  DecRef(b);
  DecRef(c);
  EXPECT_EQ(Live(TypeIndex::kInt), 0);
}

TEST_P(ObjectTest, NoneAndBools) {
  EXPECT_EQ(Repr(NewNone()), "None");
  EXPECT_EQ(Repr(NewBool(true)), "True");
  EXPECT_EQ(Repr(NewBool(false)), "False");
  EXPECT_TRUE(IsInt(NewBool(true)));
  EXPECT_EQ(IntValue(NewBool(true)), 1);
  Object* one = NewInt(1);
  EXPECT_TRUE(Equal(NewBool(true), one));  // True == 1 in Python
  EXPECT_EQ(NewNone(), rt_.none());
}

TEST_P(ObjectTest, FloatReprMatchesPython) {
  const std::pair<double, const char*> cases[] = {
      {1e16, "1e+16"},        {1e-05, "1e-05"},
      {100000.0, "100000.0"}, {0.1, "0.1"},
      {-2.5, "-2.5"},         {1.5e300, "1.5e+300"},
      {0.0001, "0.0001"},     {123456789012345.6, "123456789012345.6"},
      {0.0, "0.0"},           {1.0 / 3, "0.3333333333333333"}};
  for (const auto& [value, text] : cases) {
    Object* f = NewFloat(value);
    EXPECT_EQ(Repr(f), text);
    DecRef(f);
  }
}

TEST_P(ObjectTest, IntAndFloatCompareAndHashAlike) {
  Object* i = NewInt(2);
  Object* f = NewFloat(2.0);
  Object* g = NewFloat(2.5);
  EXPECT_TRUE(Equal(i, f));
  EXPECT_FALSE(Equal(i, g));
  std::uint64_t hi, hf;
  ASSERT_TRUE(Hash(i, &hi));
  ASSERT_TRUE(Hash(f, &hf));
  EXPECT_EQ(hi, hf);
  DecRef(f);
  DecRef(g);
}

TEST_P(ObjectTest, StrHoldsACopyAndReprQuotesLikePython) {
  std::string text = "it's";
  Object* s = NewStr(text);
  text[0] = 'X';
  EXPECT_EQ(StrView(s), "it's");
  EXPECT_EQ(Repr(s), "\"it's\"");
  Object* t = NewStr("a\n'b\"\\");
  EXPECT_EQ(Repr(t), "'a\\n\\'b\"\\\\'");
  EXPECT_EQ(SizeOf(s), sizeof(StrObject) + 4 + 1);
  Object* u = NewStr("it's");
  EXPECT_TRUE(Equal(s, u));
  std::uint64_t h1, h2;
  ASSERT_TRUE(Hash(s, &h1));
  ASSERT_TRUE(Hash(u, &h2));
  EXPECT_EQ(h1, h2);
  DecRef(s);
  DecRef(t);
  DecRef(u);
}

TEST_P(ObjectTest, ToStringIsPythonsStr) {
  Object* s = NewStr("it's");
  Object* n = NewInt(-42);
  Object* t = NewTuple({s, n});
  EXPECT_EQ(ToString(s), "it's") << "str() of a str is its characters, unquoted";
  EXPECT_EQ(ToString(n), "-42");
  EXPECT_EQ(ToString(t), "(\"it's\", -42)") << "containers show their items' repr";
  DecRef(s);
  DecRef(n);
  DecRef(t);
}

TEST_P(ObjectTest, TupleOwnsItsItems) {
  Object* a = NewStr("a");
  Object* t = NewTuple({a, NewInt(1), NewNone()});
  EXPECT_EQ(RefCount(a), 2);
  DecRef(a);
  EXPECT_EQ(TupleSize(t), 3);
  EXPECT_EQ(Repr(t), "('a', 1, None)");
  EXPECT_EQ(SizeOf(t), sizeof(TupleObject) + 3 * sizeof(Object*));
  Object* one = NewTuple({NewInt(7)});
  EXPECT_EQ(Repr(one), "(7,)");
  Object* empty = NewTuple({});
  EXPECT_EQ(Repr(empty), "()");
  EXPECT_EQ(Live(TypeIndex::kStr), 1);
  DecRef(t);
  DecRef(one);
  DecRef(empty);
  EXPECT_EQ(Live(TypeIndex::kStr), 0);
}

TEST_P(ObjectTest, TuplesOfHashablesAreHashable) {
  Object* x1 = NewStr("x");
  Object* x2 = NewStr("x");
  Object* a = NewTuple({NewInt(1), x1});
  Object* b = NewTuple({NewInt(1), x2});
  DecRef(x1);
  DecRef(x2);
  std::uint64_t ha, hb;
  ASSERT_TRUE(Hash(a, &ha));
  ASSERT_TRUE(Hash(b, &hb));
  EXPECT_EQ(ha, hb);
  EXPECT_TRUE(Equal(a, b));
  Object* list = NewList();
  Object* c = NewTuple({list});
  EXPECT_FALSE(Hash(c, &ha)) << "a tuple holding a list is unhashable";
  DecRef(list);
  DecRef(a);
  DecRef(b);
  DecRef(c);
}

// CPython's tuplehash (3.8+), recursively: what the iterative TupleHash must
// compute.
std::uint64_t RecursiveTupleHash(const Object* t) {
  constexpr std::uint64_t kPrime1 = 11400714785074694791ull;
  constexpr std::uint64_t kPrime2 = 14029467366897019727ull;
  constexpr std::uint64_t kPrime5 = 2870177450012600261ull;
  std::uint64_t acc = kPrime5;
  for (std::int64_t i = 0; i < TupleSize(t); ++i) {
    const Object* item = TupleGetItem(t, i);
    std::uint64_t lane = 0;
    if (IsTuple(item)) {
      lane = RecursiveTupleHash(item);
    } else {
      EXPECT_TRUE(Hash(item, &lane));
    }
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<std::uint64_t>(TupleSize(t)) ^ (kPrime5 ^ 3527539ull);
  return acc == ~std::uint64_t{0} ? 1546275796u : acc;
}

TEST_P(ObjectTest, NestedTuplesHashAsCPythonsAndDeepOnesDoNotOverflow) {
  const std::int64_t tuples_before = Live(TypeIndex::kTuple);
  Object* x = NewStr("x");
  Object* f = NewFloat(3.5);
  Object* empty = NewTuple({});
  Object* inner = NewTuple({NewInt(2), x});
  Object* mid = NewTuple({NewInt(1), inner, empty});
  Object* wrapped = NewTuple({mid});
  Object* outer = NewTuple({mid, wrapped, f, empty});
  for (Object* t : {empty, inner, mid, wrapped, outer}) {
    std::uint64_t h = 0;
    ASSERT_TRUE(Hash(t, &h)) << Repr(t);
    EXPECT_EQ(h, RecursiveTupleHash(t)) << Repr(t);
  }
  for (Object* o : {x, f, empty, inner, mid, wrapped, outer}) DecRef(o);

  // y = (y,) 200,000 times: hashed without recursion (and freed by the trashcan).
  Object* y = NewTuple({});
  for (int i = 0; i < 200'000; ++i) {
    Object* next = NewTuple({y});
    DecRef(y);
    y = next;
  }
  std::uint64_t h = 0;
  EXPECT_TRUE(Hash(y, &h));
  DecRef(y);
  EXPECT_EQ(Live(TypeIndex::kTuple), tuples_before);
}

TEST_P(ObjectTest, ListGrowsLikeCPython) {
  // (length after append, capacity) at each change, from CPython 3.11.
  const std::vector<std::pair<int, int>> expected = {
      {1, 4},   {5, 8},   {9, 16},  {17, 24}, {25, 32}, {33, 40},
      {41, 52}, {53, 64}, {65, 76}, {77, 92}, {93, 108}};
  Object* list = NewList();
  std::vector<std::pair<int, int>> seen;
  std::int64_t last = 0;
  for (int i = 0; i < 100; ++i) {
    Object* n = NewInt(i);
    ListAppend(list, n);
    DecRef(n);
    if (ListCapacity(list) != last) {
      last = ListCapacity(list);
      seen.emplace_back(i + 1, static_cast<int>(last));
    }
  }
  EXPECT_EQ(seen, expected);
  EXPECT_EQ(SizeOf(list), sizeof(ListObject) + 108 * sizeof(Object*));
  DecRef(list);
}

TEST_P(ObjectTest, ListSetPopAndRepr) {
  Object* list = NewList();
  for (int i = 0; i < 3; ++i) ListAppend(list, NewInt(i));
  Object* s = NewStr("s");
  ASSERT_TRUE(ListAssign(list, 1, s));
  DecRef(s);
  EXPECT_EQ(Repr(list), "[0, 's', 2]");
  Object* popped = ListPop(list);
  EXPECT_EQ(IntValue(popped), 2);
  DecRef(popped);
  EXPECT_EQ(ListSize(list), 2);
  ASSERT_TRUE(
      ListAssign(list, 1, NewNone()));  // drops the list's reference to "s": freed
  EXPECT_EQ(Live(TypeIndex::kStr), 0);
  DecRef(list);
}

TEST_P(ObjectTest, SelfReferencingListPrintsLikePython) {
  Object* list = NewList();
  ListAppend(list, list);
  EXPECT_EQ(Repr(list), "[[...]]");
  // A reference cycle: reference counting alone cannot free it (the cyclic GC's
  // job). Break it by hand.
  ASSERT_TRUE(ListAssign(list, 0, NewNone()));
  DecRef(list);
}

TEST_P(ObjectTest, DictSetGetDeleteInInsertionOrder) {
  Object* d = NewDict();
  Object* k1 = NewStr("one");
  Object* k2 = NewInt(2);
  Object* v = NewStr("value");
  ASSERT_TRUE(DictSetItem(d, k1, NewInt(1)));
  ASSERT_TRUE(DictSetItem(d, k2, v));
  DecRef(k2);
  ASSERT_TRUE(DictSetItem(d, NewNone(), NewBool(true)));
  EXPECT_EQ(DictSize(d), 3);
  EXPECT_EQ(Repr(d), "{'one': 1, 2: 'value', None: True}");
  Object* probe = NewStr("one");  // equal, not identical
  ASSERT_NE(DictGetItem(d, probe), nullptr);
  EXPECT_EQ(IntValue(DictGetItem(d, probe)), 1);
  Object* two_float = NewFloat(2.0);
  EXPECT_EQ(DictGetItem(d, two_float), v) << "2.0 finds the key 2";
  ASSERT_TRUE(DictSetItem(d, k1, NewInt(11)));  // replace (ints < 257 are cached)
  EXPECT_EQ(IntValue(DictGetItem(d, k1)), 11);
  EXPECT_TRUE(DictDelItem(d, probe));
  EXPECT_FALSE(DictDelItem(d, probe));
  EXPECT_EQ(DictGetItem(d, k1), nullptr);
  EXPECT_EQ(Repr(d), "{2: 'value', None: True}");
  DecRef(v);
  EXPECT_EQ(Live(TypeIndex::kStr), 3) << "k1, probe, and the dict's 'value'";
  DecRef(k1);
  DecRef(probe);
  DecRef(two_float);
  DecRef(d);
  EXPECT_EQ(Live(TypeIndex::kStr), 0);
}

TEST_P(ObjectTest, DictRejectsUnhashableKeys) {
  Object* d = NewDict();
  Object* list = NewList();
  EXPECT_FALSE(DictSetItem(d, list, NewNone()));
  EXPECT_EQ(DictGetItem(d, list), nullptr);
  EXPECT_FALSE(DictDelItem(d, list));
  EXPECT_EQ(DictSize(d), 0);
  EXPECT_EQ(RefCount(list), 1) << "a rejected key is not kept";
  DecRef(list);
  DecRef(d);
}

TEST_P(ObjectTest, DictRegrowsWhereCPythonDoes) {
  // CPython 3.11: sys.getsizeof(d) changes at the 6th, 11th, 22nd, 43rd and 86th
  // insertion (tables of 16, 32, 64, 128, 256 slots).
  const std::vector<std::pair<int, std::int64_t>> expected = {
      {6, 16}, {11, 32}, {22, 64}, {43, 128}, {86, 256}};
  Object* d = NewDict();
  EXPECT_EQ(DictTableSize(d), 8);
  std::vector<std::pair<int, std::int64_t>> seen;
  for (int i = 0; i < 100; ++i) {
    Object* k = NewInt(1000 + i);
    const std::int64_t before = DictTableSize(d);
    ASSERT_TRUE(DictSetItem(d, k, k));
    DecRef(k);
    if (DictTableSize(d) != before) seen.emplace_back(i + 1, DictTableSize(d));
  }
  EXPECT_EQ(seen, expected);
  for (int i = 0; i < 100; ++i) {
    Object* k = NewInt(1000 + i);
    ASSERT_NE(DictGetItem(d, k), nullptr) << i;
    EXPECT_EQ(IntValue(DictGetItem(d, k)), 1000 + i);
    DecRef(k);
  }
  DecRef(d);
}

TEST_P(ObjectTest, DictSurvivesManyDeletesAndReinserts) {
  Object* d = NewDict();
  for (int round = 0; round < 50; ++round) {
    for (int i = 0; i < 20; ++i) {
      Object* k = NewInt(i * 7919);
      ASSERT_TRUE(DictSetItem(d, k, k));
      DecRef(k);
    }
    for (int i = 0; i < 20; i += 2) {
      Object* k = NewInt(i * 7919);
      ASSERT_TRUE(DictDelItem(d, k));
      DecRef(k);
    }
  }
  EXPECT_EQ(DictSize(d), 10);
  std::int64_t pos = 0, count = 0;
  Object* k;
  Object* v;
  while (DictNext(d, &pos, &k, &v)) {
    EXPECT_EQ(IntValue(k) % (2 * 7919), 7919);
    ++count;
  }
  EXPECT_EQ(count, 10);
  DecRef(d);
}

// Collects what Traverse reports.
int Collect(Object* referent, void* arg) {
  static_cast<std::vector<Object*>*>(arg)->push_back(referent);
  return 0;
}

TEST_P(ObjectTest, TraverseVisitsExactlyTheReferencedObjects) {
  Object* a = NewStr("a");
  Object* b = NewInt(1000);
  Object* list = NewList();
  ListAppend(list, a);
  ListAppend(list, b);
  Object* tuple = NewTuple({a, list});
  Object* dict = NewDict();
  ASSERT_TRUE(DictSetItem(dict, a, b));

  std::vector<Object*> seen;
  Traverse(list, Collect, &seen);
  EXPECT_EQ(seen, (std::vector<Object*>{a, b}));
  seen.clear();
  Traverse(tuple, Collect, &seen);
  EXPECT_EQ(seen, (std::vector<Object*>{a, list}));
  seen.clear();
  Traverse(dict, Collect, &seen);
  EXPECT_EQ(seen, (std::vector<Object*>{a, b}));
  seen.clear();
  Traverse(a, Collect, &seen);
  EXPECT_TRUE(seen.empty());

  for (Object* ob : {a, b, list, tuple, dict}) DecRef(ob);
}

TEST_P(ObjectTest, InstanceSizesAreReported) {
  EXPECT_EQ(kIntType.basic_size, 40u);
  EXPECT_EQ(kFloatType.basic_size, 40u);
  EXPECT_EQ(kListType.basic_size, 56u);
  EXPECT_EQ(kTupleType.basic_size, 40u);
  EXPECT_EQ(kTupleType.item_size, 8u);
  Object* n = NewInt(12345);
  EXPECT_EQ(SizeOf(n), 44u);  // CPython's 28: one 30-bit digit
  Object* empty = NewList();
  EXPECT_EQ(SizeOf(empty), 56u);
  DecRef(n);
  DecRef(empty);
}

// An int's size grows by a 4-byte digit per 30 bits, as CPython's (each figure is
// CPython 3.11's plus gillab's 16 bytes more of header), whichever layout holds it:
// 0 and 1-digit values 44, then 48, 52 (to 2^63 - 1, still a word int), 56 for the
// first big int of four digits.
TEST_P(ObjectTest, IntSizesGrowPerThirtyBitDigit) {
  struct Case {
    BigInt value;
    std::size_t size;
    bool big;
  };
  const BigInt one = BigInt::FromInt64(1);
  auto pow2 = [&](int n) {
    return BigInt::ShiftLeft(one, static_cast<std::uint64_t>(n));
  };
  const Case cases[] = {
      {BigInt(), 44, false},
      {BigInt::Subtract(pow2(30), one), 44, false},
      {pow2(30), 48, false},
      {BigInt::FromInt64(-(std::int64_t{1} << 60)), 52, false},
      {BigInt::FromInt64(INT64_MAX), 52, false},
      {pow2(63), 52, true},
      {pow2(90).Negated(), 56, true},
      {pow2(100), 56, true},
  };
  for (const Case& c : cases) {
    Object* ob = NewIntFromBigInt(c.value);
    EXPECT_EQ(SizeOf(ob), c.size) << c.value.ToText();
    EXPECT_EQ(IsType(ob, kBigIntType), c.big) << c.value.ToText();
    EXPECT_EQ(BigInt::Compare(IntToBigInt(ob), c.value), 0) << c.value.ToText();
    EXPECT_EQ(Repr(ob), c.value.ToText());
    DecRef(ob);
  }
}

// A Lock freed while a thread waits for it (only a refcount race can do that: the
// waiter's reference should keep it alive) releases the waiter, which reports it,
// instead of leaving it blocked forever; the mutex it waits in stays valid.
TEST_P(ObjectTest, ALockFreedWhileAThreadWaitsReleasesTheWaiter) {
  Object* lock = NewLock();
  ASSERT_TRUE(LockTryAcquire(lock));  // held, and never released
  bool acquired = true;
  std::thread waiter([&] { acquired = LockAcquireBlocking(lock); });
  DecRef(lock);  // freed: the waiter held no reference of its own
  waiter.join();
  EXPECT_FALSE(acquired);
}

INSTANTIATE_TEST_SUITE_P(AllModes, ObjectTest, ::testing::ValuesIn(testing::kAllModes),
                         testing::ModeName);

// With debug_memory (the lab's deliberate races), a second Dealloc of one object
// (two threads whose lost updates both took the count to zero) is reported as a
// use of a freed object and does not free it twice.
TEST(DebugMemory, ASecondDeallocIsReportedNotDone) {
  Runtime rt_({.mode = RefcountMode::kNonAtomic, .debug_memory = true});
  const std::int64_t live = rt_.live_objects();
  Object* n = NewInt(1 << 20);
  Dealloc(n);
  EXPECT_EQ(rt_.live_objects(), live);
  EXPECT_EQ(rt_.use_after_free(), 0);
  Dealloc(n);
  EXPECT_EQ(rt_.use_after_free(), 1);
  EXPECT_EQ(rt_.live_objects(), live);
  EXPECT_NE(rt_.first_report().find("Dealloc: use of freed int"), std::string::npos)
      << rt_.first_report();
}

}  // namespace
}  // namespace gillab
