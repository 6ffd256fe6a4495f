// gillab/runtime/objects/sequence_ops.cc
#include "runtime/objects/sequence_ops.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

// The largest str (1 GiB) and list or tuple (2^26 items, 512 MB of pointers)
// that + and * make; past them, MemoryError at once, as CPython raises when its
// allocation fails, rather than after taking all the memory the system gives (a
// refused allocation is MemoryError too: Interpreter::ThreadMain).
constexpr std::size_t kMaxStrBytes = std::size_t{1} << 30;
constexpr std::int64_t kMaxSequenceItems = std::int64_t{1} << 26;
// How deep CompareSequences may recurse into nested sequences (CPython: the
// recursion limit) before RecursionError.
constexpr int kMaxCompareDepth = 1000;
thread_local int compare_depth = 0;

// NEW references to the items of a list or tuple.
std::vector<Object*> ItemsOf(Object* seq) {
  if (IsList(seq)) return ListSnapshot(seq);
  std::vector<Object*> items(static_cast<std::size_t>(TupleSize(seq)));
  for (std::size_t i = 0; i < items.size(); ++i) {
    items[i] = NewRef(TupleGetItem(seq, static_cast<std::int64_t>(i)));
  }
  return items;
}

// A new list, or tuple when `tuple`, of `items` (borrowed).
Object* NewSequenceOf(bool tuple, const std::vector<Object*>& items) {
  if (!tuple) {
    Object* list = NewList();
    ListExtend(list, items);
    return list;
  }
  Object* t = NewTupleUninitialized(static_cast<std::int64_t>(items.size()));
  for (std::size_t i = 0; i < items.size(); ++i) {
    TupleInit(t, static_cast<std::int64_t>(i), NewRef(items[i]));
  }
  return t;
}

Object* TooLarge(ErrorSink& err, const Object* seq) {
  return err.Raise("MemoryError", TypeName(seq) + " too large");
}

}  // namespace

bool IsSequence(const Object* ob) { return IsStr(ob) || IsList(ob) || IsTuple(ob); }

Object* SequenceConcat(ErrorSink& err, Object* seq, Object* other) {
  if (other->type != seq->type) {
    return err.Raise("TypeError", "can only concatenate " + TypeName(seq) + " (not \"" +
                                      TypeName(other) + "\") to " + TypeName(seq));
  }
  if (IsStr(seq)) {
    if (StrView(seq).size() + StrView(other).size() > kMaxStrBytes) {
      return err.Raise("MemoryError", "string too large");
    }
    std::string s(StrView(seq));
    s += StrView(other);
    return NewStr(s);
  }
  std::vector<Object*> items = ItemsOf(seq);
  const std::vector<Object*> more = ItemsOf(other);
  Object* out = nullptr;
  if (static_cast<std::int64_t>(items.size() + more.size()) <= kMaxSequenceItems) {
    items.insert(items.end(), more.begin(), more.end());
    out = NewSequenceOf(IsTuple(seq), items);
    DecRefAll(items);
  } else {
    DecRefAll(items);
    DecRefAll(more);
  }
  return out != nullptr ? out : TooLarge(err, seq);
}

Object* SequenceRepeat(ErrorSink& err, Object* seq, Object* times) {
  if (!IsInt(times)) {
    return err.Raise("TypeError", "can't multiply sequence by non-int of type '" +
                                      TypeName(times) + "'");
  }
  if (!IntIsWord(times)) {
    return err.Raise("OverflowError", "cannot fit 'int' into an index-sized integer");
  }
  const std::int64_t n = std::max<std::int64_t>(IntValue(times), 0);
  if (IsStr(seq)) {
    const std::string_view text = StrView(seq);
    if (n > 0 && text.size() > kMaxStrBytes / static_cast<std::size_t>(n)) {
      return err.Raise("MemoryError", "string too large");
    }
    std::string s;
    s.reserve(text.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) s += text;
    return NewStr(s);
  }
  const std::vector<Object*> items = ItemsOf(seq);
  Object* out = nullptr;
  if (n == 0 || static_cast<std::int64_t>(items.size()) <= kMaxSequenceItems / n) {
    std::vector<Object*> repeated;
    repeated.reserve(items.size() * static_cast<std::size_t>(n));
    for (std::int64_t t = 0; t < n; ++t) {
      repeated.insert(repeated.end(), items.begin(), items.end());
    }
    out = NewSequenceOf(IsTuple(seq), repeated);
  }
  DecRefAll(items);
  return out != nullptr ? out : TooLarge(err, seq);
}

Object* InPlaceOp(ErrorSink& err, BinaryOperator op, Object* a, Object* b) {
  if (IsSet(a) && IsAnySet(b)) {  // a -= b, a &= b, a |= b, a ^= b: in place
    SetOp set_op;
    switch (op) {
      case BinaryOperator::kSubtract:
        set_op = SetOp::kDifference;
        break;
      case BinaryOperator::kAnd:
        set_op = SetOp::kIntersection;
        break;
      case BinaryOperator::kOr:
        set_op = SetOp::kUnion;
        break;
      case BinaryOperator::kXor:
        set_op = SetOp::kSymmetricDifference;
        break;
      default:
        return BinaryOp(err, op, a, b, /*in_place=*/true);
    }
    return SetAlgebraInPlace(err, set_op, a, b) ? NewRef(a) : nullptr;
  }
  if (!IsList(a)) return BinaryOp(err, op, a, b, /*in_place=*/true);
  if (op == BinaryOperator::kAdd) {
    // Every item first: `xs += xs` doubles the list once.
    std::vector<Object*> items;
    if (const int r = CollectItems(b, &items); r <= 0) {
      return r < 0
                 ? nullptr
                 : err.Raise("TypeError", "'" + TypeName(b) + "' object is not iterable");
    }
    if (ListSize(a) + static_cast<std::int64_t>(items.size()) > kMaxSequenceItems) {
      DecRefAll(items);
      return TooLarge(err, a);
    }
    ListExtend(a, items);
    DecRefAll(items);
    return NewRef(a);
  }
  if (op == BinaryOperator::kMultiply) {
    if (!IsInt(b) || !IntIsWord(b)) return SequenceRepeat(err, a, b);  // its error
    const std::int64_t n = IntValue(b);
    const std::vector<Object*> items = ListSnapshot(a);
    const auto size = static_cast<std::int64_t>(items.size());
    if (n > 1 && size > kMaxSequenceItems / n) {
      DecRefAll(items);
      return TooLarge(err, a);
    }
    if (n <= 0) {
      while (Object* item = ListPop(a)) DecRef(item);
    }
    for (std::int64_t t = 1; t < n; ++t) ListExtend(a, items);
    DecRefAll(items);
    return NewRef(a);
  }
  return BinaryOp(err, op, a, b, /*in_place=*/true);
}

Object* CompareSequences(ErrorSink& err, CompareOp op, Object* a, Object* b) {
  const std::vector<Object*> x = ItemsOf(a);
  const std::vector<Object*> y = ItemsOf(b);
  std::size_t i = 0;
  Object* result = nullptr;
  bool failed = false;
  for (; i < x.size() && i < y.size(); ++i) {
    bool equal;
    failed = !EqualOrRaise(err, x[i], y[i], &equal);
    if (failed || !equal) break;
  }
  if (!failed) {
    if (i == x.size() || i == y.size()) {
      result = NewBool(CompareInts(op, static_cast<std::int64_t>(x.size()),
                                   static_cast<std::int64_t>(y.size())));
    } else if (compare_depth >= kMaxCompareDepth) {
      err.Raise("RecursionError", "maximum recursion depth exceeded in comparison");
    } else {
      ++compare_depth;
      result = Compare(err, op, x[i], y[i]);
      --compare_depth;
    }
  }
  DecRefAll(x);
  DecRefAll(y);
  return result;
}

Object* SequenceGetSlice(ErrorSink& err, Object* seq, Object* slice) {
  SliceBounds b;
  if (!UnpackSlice(err, slice, &b)) return nullptr;
  if (IsStr(seq)) {
    const std::string_view text = StrView(seq);
    const std::int64_t len = AdjustSlice(static_cast<std::int64_t>(text.size()), &b);
    if (b.step == 1) {
      return NewStr(
          text.substr(static_cast<std::size_t>(b.start), static_cast<std::size_t>(len)));
    }
    std::string out;
    out.reserve(static_cast<std::size_t>(len));
    for (std::int64_t k = 0; k < len; ++k) {
      out.push_back(text[static_cast<std::size_t>(b.start + k * b.step)]);
    }
    return NewStr(out);
  }
  if (IsList(seq)) {
    const std::vector<Object*> items = ListGetSlice(seq, b);
    Object* list = NewSequenceOf(false, items);
    DecRefAll(items);
    return list;
  }
  const std::int64_t len = AdjustSlice(TupleSize(seq), &b);
  if (len == TupleSize(seq) && b.step == 1) return NewRef(seq);  // t[:] is t
  Object* t = NewTupleUninitialized(len);
  for (std::int64_t k = 0; k < len; ++k) {
    TupleInit(t, k, NewRef(TupleGetItem(seq, b.start + k * b.step)));
  }
  return t;
}

bool ListAssignSlice(ErrorSink& err, Object* list, Object* slice, Object* value) {
  SliceBounds b;
  if (!UnpackSlice(err, slice, &b)) return false;
  std::vector<Object*> items;
  if (value != nullptr) {
    // Every item first: `xs[:0] = xs` inserts the list's old items once.
    if (const int r = CollectItems(value, &items); r <= 0) {
      if (r == 0) {
        err.Raise("TypeError", b.step == 1 ? "can only assign an iterable"
                                           : "must assign iterable to extended slice");
      }
      return false;
    }
    if (ListSize(list) + static_cast<std::int64_t>(items.size()) > kMaxSequenceItems) {
      DecRefAll(items);
      TooLarge(err, list);
      return false;
    }
  }
  std::int64_t selected = 0;
  const bool ok = ListSetSlice(list, b, value != nullptr ? &items : nullptr, &selected);
  if (!ok) {
    err.Raise("ValueError", "attempt to assign sequence of size " +
                                std::to_string(items.size()) +
                                " to extended slice of size " + std::to_string(selected));
  }
  DecRefAll(items);
  return ok;
}

}  // namespace gillab
