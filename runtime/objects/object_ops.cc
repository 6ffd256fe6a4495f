#include "runtime/objects/object_ops.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/memory/refcount.h"
#include "runtime/objects/array_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/int_ops.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/sequence_ops.h"
#include "runtime/objects/set_object.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/slice_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

void ShareWithThreads(Object* ob) {
  if (IsList(ob)) {
    ListShare(ob);
  } else if (IsDict(ob)) {
    DictShare(ob);
  } else if (IsInstance(ob)) {
    InstanceShare(ob);
  } else {
    MarkShared(ob);
  }
}

namespace {

// The containers whose repr is being built on this thread (CPython's
// Py_ReprEnter), so that a container inside itself prints as "[...]"; and
// whether one was nested past kMaxReprDepth since ReprOrRaise began.
thread_local std::vector<const Object*> repr_stack;
thread_local bool repr_too_deep = false;
// An instance's dunder method raised inside a query (NoteMethodError).
thread_local bool method_failed = false;
// An int too long for str() was met (NoteIntStrTooLong).
thread_local bool int_str_too_long = false;

bool IsNumber(const Object* ob) { return IsInt(ob) || IsFloat(ob); }

// Two numbers, one of them a float, compared exactly (an int is not rounded to
// a double first): -1, 0, 1, or 2 when a NaN makes them unordered.
int CompareWithFloat(const Object* a, const Object* b) {
  if (IsInt(a)) return CompareIntWithFloat(a, FloatValue(b));
  if (IsInt(b)) {
    const int c = CompareIntWithFloat(b, FloatValue(a));
    return c == 2 ? 2 : -c;
  }
  const double x = FloatValue(a), y = FloatValue(b);
  return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
}

// The result of an ordering from a three-way comparison (2: unordered, false).
bool Ordered(CompareOp op, int c) {
  if (c == 2) return op == CompareOp::kNe;
  return CompareInts(op, c, 0);
}

// CPython's tuple hash (3.8+), built on xxHash's mixing. Iterative: a tuple
// nested a million deep (y = (y,) in a loop) hashes without recursing (CPython
// 3.11 overflows its C stack there).
bool TupleHash(const Object* t, std::uint64_t* out) {
  constexpr std::uint64_t kPrime1 = 11400714785074694791ull;
  constexpr std::uint64_t kPrime2 = 14029467366897019727ull;
  constexpr std::uint64_t kPrime5 = 2870177450012600261ull;
  struct Frame {
    const Object* tuple;
    std::int64_t next;  // the item to hash next
    std::uint64_t acc;
  };
  std::vector<Frame> stack = {{t, 0, kPrime5}};
  for (;;) {
    Frame& f = stack.back();
    const std::int64_t n = TupleSize(f.tuple);
    std::uint64_t lane;
    if (f.next < n) {
      const Object* item = TupleGetItem(f.tuple, f.next);
      if (IsTuple(item)) {
        stack.push_back({item, 0, kPrime5});  // its hash is this one's lane
        continue;
      }
      if (!Hash(item, &lane)) return false;
    } else {
      std::uint64_t acc =
          f.acc + (static_cast<std::uint64_t>(n) ^ (kPrime5 ^ 3527539ull));
      acc = acc == ~std::uint64_t{0} ? 1546275796u : acc;
      stack.pop_back();
      if (stack.empty()) {
        *out = acc;
        return true;
      }
      lane = acc;
    }
    Frame& parent = stack.back();
    parent.acc += lane * kPrime2;
    parent.acc = (parent.acc << 31) | (parent.acc >> 33);
    parent.acc *= kPrime1;
    parent.next++;
  }
}

}  // namespace

void AppendRepr(const Object* ob, std::string* out) {
  // A container: guard against recursion. (An instance's __repr__ is Python
  // code, which the interpreter's recursion limit guards.)
  if (ob->type->traverse != nullptr && !IsInstance(ob)) {
    if (std::find(repr_stack.begin(), repr_stack.end(), ob) != repr_stack.end()) {
      const char* name = ob->type->name;
      out->append(name[0] == 'l' ? "[...]" : name[0] == 'd' ? "{...}" : "(...)");
      return;
    }
    if (repr_stack.size() >= static_cast<std::size_t>(kMaxReprDepth)) {
      repr_too_deep = true;
      out->append("...");
      return;
    }
    repr_stack.push_back(ob);
    ob->type->repr(ob, out);
    repr_stack.pop_back();
    return;
  }
  ob->type->repr(ob, out);
}

std::string Repr(const Object* ob) {
  std::string out;
  AppendRepr(ob, &out);
  return out;
}

std::string ToString(const Object* ob) {
  if (IsStr(ob)) return std::string(StrView(ob));
  if (IsInstance(ob)) {  // its __str__, else its __repr__
    std::string out;
    if (InstanceStr(ob, &out)) return out;
  }
  return Repr(ob);
}

void AppendAddress(const void* p, std::string* out) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  out->append(buf);
}

void NoteMethodError() { method_failed = true; }

void NoteIntStrTooLong() { int_str_too_long = true; }

bool TakeMethodError() {
  const bool failed = method_failed;
  method_failed = false;
  return failed;
}

bool ReprOrRaise(ErrorSink& err, const Object* ob, std::string* out) {
  repr_too_deep = false;
  method_failed = false;
  int_str_too_long = false;
  *out = Repr(ob);
  if (method_failed) {  // the error is already raised
    method_failed = false;
    int_str_too_long = false;
    out->clear();
    return false;
  }
  if (int_str_too_long) {
    int_str_too_long = false;
    repr_too_deep = false;
    out->clear();
    err.Raise("ValueError", "Exceeds the limit (" + std::to_string(kMaxIntStrDigits) +
                                " digits) for integer string conversion; use "
                                "sys.set_int_max_str_digits() to increase the limit");
    return false;
  }
  if (!repr_too_deep) return true;
  repr_too_deep = false;
  out->clear();
  err.Raise("RecursionError",
            "maximum recursion depth exceeded while getting the repr of an object");
  return false;
}

bool ToStringOrRaise(ErrorSink& err, const Object* ob, std::string* out) {
  if (IsStr(ob)) {
    *out = std::string(StrView(ob));
    return true;
  }
  if (IsInstance(ob)) {
    method_failed = false;
    out->clear();
    if (InstanceStr(ob, out)) return true;
    if (method_failed) {
      method_failed = false;
      return false;
    }
  }
  return ReprOrRaise(err, ob, out);
}

namespace {

// Comparing containers recurses through their items; two lists that contain
// themselves (a = [a], b = [b]) would recurse without end. Past kMaxEqualDepth
// nested comparisons Equal answers false and notes it, and the comparison that
// started it raises RecursionError, as CPython does.
constexpr int kMaxEqualDepth = 1000;
thread_local int equal_depth = 0;
thread_local bool equal_too_deep = false;

}  // namespace

bool EqualOrRaise(ErrorSink& err, const Object* a, const Object* b, bool* equal) {
  equal_too_deep = false;
  method_failed = false;
  *equal = Equal(a, b);
  if (method_failed) {  // the error is already raised
    method_failed = false;
    return false;
  }
  if (!equal_too_deep) return true;
  equal_too_deep = false;
  err.Raise("RecursionError", "maximum recursion depth exceeded in comparison");
  return false;
}

bool Equal(const Object* a, const Object* b) {
  if (a == b) return true;
  if (IsNumber(a) && IsNumber(b)) {
    if (IsFloat(a) || IsFloat(b)) return CompareWithFloat(a, b) == 0;
    return CompareIntObjects(a, b) == 0;
  }
  // Of one type, but a set equals a frozenset of the same items.
  if ((a->type != b->type && !(IsAnySet(a) && IsAnySet(b))) || a->type->equal == nullptr)
    return false;
  if (equal_depth >= kMaxEqualDepth) {
    equal_too_deep = true;
    return false;
  }
  ++equal_depth;
  const bool equal = a->type->equal(a, b);
  --equal_depth;
  return equal;
}

bool Hash(const Object* ob, std::uint64_t* hash) {
  if (IsTuple(ob)) return TupleHash(ob, hash);
  if (ob->type->hash == nullptr) return false;
  *hash = ob->type->hash(ob);
  return true;
}

std::size_t SizeOf(const Object* ob) {
  return ob->type->size_of != nullptr ? ob->type->size_of(ob) : ob->type->basic_size;
}

std::size_t DeepSizeOf(const Object* ob) {
  std::unordered_set<const Object*> seen;
  std::vector<Object*> work = {const_cast<Object*>(ob)};
  std::size_t total = 0;
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (IsImmortal(o) || !seen.insert(o).second) continue;
    total += SizeOf(o);
    Traverse(
        o,
        [](Object* referent, void* arg) {
          static_cast<std::vector<Object*>*>(arg)->push_back(referent);
          return 0;
        },
        &work);
  }
  return total;
}

// --- Generic operations (CPython's abstract.c) ---------------------------------

namespace {

const char* OperatorSymbol(BinaryOperator op) {
  switch (op) {
    case BinaryOperator::kAdd:
      return "+";
    case BinaryOperator::kSubtract:
      return "-";
    case BinaryOperator::kMultiply:
      return "*";
    case BinaryOperator::kFloorDivide:
      return "//";
    case BinaryOperator::kTrueDivide:
      return "/";
    case BinaryOperator::kModulo:
      return "%";
    case BinaryOperator::kPower:
      return "** or pow()";
    case BinaryOperator::kAnd:
      return "&";
    case BinaryOperator::kOr:
      return "|";
    case BinaryOperator::kXor:
      return "^";
    case BinaryOperator::kLShift:
      return "<<";
    case BinaryOperator::kRShift:
      return ">>";
    default:
      return "?";
  }
}

const char* CompareOpSymbol(CompareOp op) {
  constexpr const char* kSymbols[] = {"<",  "<=", "==",     "!=", ">",
                                      ">=", "is", "is not", "in", "not in"};
  return kSymbols[static_cast<int>(op)];
}

// CPython's message; an augmented assignment names its operator ("-=", "**=").
[[gnu::noinline]] Object* Unsupported(ErrorSink& err, BinaryOperator op, const Object* a,
                                      const Object* b, bool in_place) {
  const std::string symbol = !in_place ? OperatorSymbol(op)
                             : op == BinaryOperator::kPower
                                 ? std::string("**=")
                                 : OperatorSymbol(op) + std::string("=");
  return err.Raise("TypeError", "unsupported operand type(s) for " + symbol + ": '" +
                                    TypeName(a) + "' and '" + TypeName(b) + "'");
}

// Python's index rules: negative counts from the end. False when out of range.
bool NormalizeIndex(std::int64_t size, std::int64_t* i) {
  if (*i < 0) *i += size;
  return *i >= 0 && *i < size;
}

// An int key past 64 bits: CPython's IndexError (true after raising it).
bool IndexTooBig(ErrorSink& err, const Object* key) {
  if (IntIsWord(key)) return false;
  err.Raise("IndexError", "cannot fit 'int' into an index-sized integer");
  return true;
}

}  // namespace

bool IsTrue(const Object* ob) {
  if (IsBool(ob) || IsExactInt(ob)) return IntValue(ob) != 0;
  if (IsNone(ob)) return false;
  if (IsFloat(ob)) return FloatValue(ob) != 0.0;
  if (IsStr(ob)) return !StrView(ob).empty();
  if (IsList(ob)) return ListSize(ob) != 0;
  if (IsTuple(ob)) return TupleSize(ob) != 0;
  if (IsDict(ob)) return DictSize(ob) != 0;
  if (IsAnySet(ob)) return SetSize(ob) != 0;
  if (IsArray(ob)) return ArraySize(ob) != 0;
  return true;
}

bool AsDouble(const Object* ob, double* out) {
  if (IsInt(ob)) {
    if (IntIsWord(ob)) {
      *out = static_cast<double>(IntValue(ob));
    } else if (!IntToBigInt(ob).ToDouble(out)) {
      *out = IntValue(ob) < 0 ? -HUGE_VAL : HUGE_VAL;  // past the double range
    }
    return true;
  }
  if (IsFloat(ob)) {
    *out = FloatValue(ob);
    return true;
  }
  return false;
}

Object* BinaryOp(ErrorSink& err, BinaryOperator op, Object* a, Object* b, bool in_place) {
  // Two word ints or bools (each test one compare for an int), else a big int.
  if ((IsWordInt(a) || IsBool(a)) && (IsWordInt(b) || IsBool(b))) [[likely]] {
    const std::int64_t x = IntWordValue(a), y = IntWordValue(b);
    std::int64_t r = 0;
    bool overflow = false;
    switch (op) {
      case BinaryOperator::kAdd:
        overflow = __builtin_add_overflow(x, y, &r);
        break;
      case BinaryOperator::kSubtract:
        overflow = __builtin_sub_overflow(x, y, &r);
        break;
      case BinaryOperator::kMultiply:
        overflow = __builtin_mul_overflow(x, y, &r);
        break;
      case BinaryOperator::kFloorDivide:
      case BinaryOperator::kModulo:
        if (y == 0)
          return err.Raise("ZeroDivisionError",
                           op == BinaryOperator::kModulo
                               ? "integer modulo by zero"
                               : "integer division or modulo by zero");
        if (x == INT64_MIN && y == -1) return IntBinaryOp(err, op, a, b);  // 2^63
        r = op == BinaryOperator::kFloorDivide ? FloorDiv(x, y) : FloorMod(x, y);
        break;
      case BinaryOperator::kTrueDivide:
        if (y == 0) return err.Raise("ZeroDivisionError", "division by zero");
        // Correctly rounded: exact operands (|v| <= 2^53) divide in one rounding.
        if (x < -(1LL << 53) || x > (1LL << 53) || y < -(1LL << 53) || y > (1LL << 53)) {
          return IntBinaryOp(err, op, a, b);
        }
        return NewFloat(static_cast<double>(x) / static_cast<double>(y));
      case BinaryOperator::kPower: {
        if (y < 0) {
          if (x == 0) {
            return err.Raise("ZeroDivisionError",
                             "0.0 cannot be raised to a negative power");
          }
          return NewFloat(std::pow(static_cast<double>(x), static_cast<double>(y)));
        }
        r = 1;
        std::int64_t base = x;
        for (std::int64_t e = y; e > 0 && !overflow; e >>= 1) {
          if (e & 1) overflow = __builtin_mul_overflow(r, base, &r);
          if (e > 1 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
        }
        break;
      }
      case BinaryOperator::kAnd:
      case BinaryOperator::kOr:
      case BinaryOperator::kXor:
        r = op == BinaryOperator::kAnd  ? (x & y)
            : op == BinaryOperator::kOr ? (x | y)
                                        : (x ^ y);
        if (IsBool(a) && IsBool(b)) return NewBool(r != 0);  // True & False is False
        break;
      case BinaryOperator::kLShift:
      case BinaryOperator::kRShift:
        if (y < 0) return err.Raise("ValueError", "negative shift count");
        if (op == BinaryOperator::kRShift) {
          r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);  // an arithmetic shift: floor
        } else if (x == 0) {
          r = 0;
        } else {
          // Past 64 bits when the shift pushes out a bit that differs from the sign.
          overflow = y > 63 || (x >> (63 - y)) != (x < 0 ? -1 : 0);
          r = overflow ? 0
                       : static_cast<std::int64_t>(static_cast<std::uint64_t>(x) << y);
        }
        break;
      default:
        return Unsupported(err, op, a, b, in_place);
    }
    if (overflow) return IntBinaryOp(err, op, a, b);  // past 64 bits
    return NewInt(r);
  }
  if (IsInt(a) && IsInt(b)) return IntBinaryOp(err, op, a, b);
  double x, y;
  // An int past the double range cannot meet a float (CPython converts it first).
  if ((IsInt(a) && IsFloat(b) && !IntToDouble(err, a, &x)) ||
      (IsFloat(a) && IsInt(b) && !IntToDouble(err, b, &y))) {
    return nullptr;
  }
  if (AsDouble(a, &x) && AsDouble(b, &y)) {
    switch (op) {
      case BinaryOperator::kAdd:
        return NewFloat(x + y);
      case BinaryOperator::kSubtract:
        return NewFloat(x - y);
      case BinaryOperator::kMultiply:
        return NewFloat(x * y);
      case BinaryOperator::kTrueDivide:
        if (y == 0) return err.Raise("ZeroDivisionError", "float division by zero");
        return NewFloat(x / y);
      case BinaryOperator::kFloorDivide:
        if (y == 0) return err.Raise("ZeroDivisionError", "float floor division by zero");
        return NewFloat(std::floor(x / y));
      case BinaryOperator::kModulo: {
        if (y == 0) return err.Raise("ZeroDivisionError", "float modulo");
        double m = std::fmod(x, y);
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return NewFloat(m);
      }
      case BinaryOperator::kPower:
        if (x == 0 && y < 0) {
          return err.Raise("ZeroDivisionError",
                           "0.0 cannot be raised to a negative power");
        }
        return NewFloat(std::pow(x, y));
      default:
        return Unsupported(err, op, a, b, in_place);
    }
  }
  if (IsAnySet(a) && IsAnySet(b)) {
    switch (op) {
      case BinaryOperator::kSubtract:
        return SetAlgebra(err, SetOp::kDifference, a, b);
      case BinaryOperator::kAnd:
        return SetAlgebra(err, SetOp::kIntersection, a, b);
      case BinaryOperator::kOr:
        return SetAlgebra(err, SetOp::kUnion, a, b);
      case BinaryOperator::kXor:
        return SetAlgebra(err, SetOp::kSymmetricDifference, a, b);
      default:
        break;
    }
  }
  if (op == BinaryOperator::kAdd && IsSequence(a)) return SequenceConcat(err, a, b);
  if (op == BinaryOperator::kMultiply) {
    if (IsSequence(a)) return SequenceRepeat(err, a, b);
    if (IsSequence(b)) return SequenceRepeat(err, b, a);
  }
  return Unsupported(err, op, a, b, in_place);
}

int Contains(ErrorSink& err, Object* a, Object* b) {
  if (IsAnySet(b)) return SetContains(err, b, a);
  if (IsArray(b)) {
    for (std::int64_t i = 0;; ++i) {
      Object* item = ArrayGetItem(b, i);
      if (item == nullptr) return 0;
      const bool equal = Equal(a, item);  // numbers: no method to raise
      DecRef(item);
      if (equal) return 1;
    }
  }
  if (IsTuple(b)) {
    for (std::int64_t i = 0; i < TupleSize(b); ++i) {
      bool equal;
      if (!EqualOrRaise(err, a, TupleGetItem(b, i), &equal)) return -1;
      if (equal) return 1;
    }
    return 0;
  }
  if (IsList(b)) {
    // Item by item, each a strong reference (CPython 3.13t's list_contains): the
    // list may change meanwhile.
    for (std::int64_t i = 0;; ++i) {
      Object* item = ListGetItemRef(b, i);
      if (item == nullptr) return 0;
      bool equal;
      const bool ok = EqualOrRaise(err, a, item, &equal);
      DecRef(item);
      if (!ok) return -1;
      if (equal) return 1;
    }
  }
  if (IsDict(b)) {
    method_failed = false;  // a key's __hash__ or __eq__ may raise
    std::uint64_t h;
    if (!Hash(a, &h)) {
      err.Raise("TypeError", "unhashable type: '" + TypeName(a) + "'");
      return -1;
    }
    Object* v = DictGetItemRef(b, a);
    XDecRef(v);
    if (TakeMethodError()) return -1;
    return v != nullptr ? 1 : 0;
  }
  if (IsStr(b)) {
    if (!IsStr(a)) {
      err.Raise("TypeError",
                "'in <string>' requires string as left operand, not " + TypeName(a));
      return -1;
    }
    return StrView(b).find(StrView(a)) != std::string_view::npos ? 1 : 0;
  }
  // A range, an iterator, a generator, an instance with __iter__: read until
  // the item is found (a generator is left after it, as in CPython).
  Object* it = IsIterator(b) ? NewRef(b) : NewIterator(b);
  if (it == nullptr) {
    if (TakeIterError()) return -1;  // its __iter__ raised
    err.Raise("TypeError", "argument of type '" + TypeName(b) + "' is not iterable");
    return -1;
  }
  int found = 0;
  while (Object* v = IteratorNext(it)) {
    bool equal;
    const bool ok = EqualOrRaise(err, a, v, &equal);
    DecRef(v);
    if (!ok) {
      found = -1;
      break;
    }
    if (equal) {
      found = 1;
      break;
    }
  }
  DecRef(it);
  if (found == 0 && TakeIterError()) return -1;
  return found;
}

Object* Compare(ErrorSink& err, CompareOp op, Object* a, Object* b) {
  switch (op) {
    case CompareOp::kEq:
    case CompareOp::kNe: {
      bool equal;
      if (a == b && IsFloat(a)) {
        // No identity shortcut for a float itself: NaN is not equal to itself.
        // (Inside a container it is, as in CPython: [nan] == [nan].)
        equal = FloatValue(a) == FloatValue(a);
      } else if (!EqualOrRaise(err, a, b, &equal)) {
        return nullptr;
      }
      return NewBool(equal == (op == CompareOp::kEq));
    }
    case CompareOp::kIs:
      return NewBool(a == b);
    case CompareOp::kIsNot:
      return NewBool(a != b);
    case CompareOp::kIn:
    case CompareOp::kNotIn: {
      const int c = Contains(err, a, b);
      if (c < 0) return nullptr;
      return NewBool((c == 1) == (op == CompareOp::kIn));
    }
    default:
      break;
  }
  if (IsInt(a) && IsInt(b)) return NewBool(CompareInts(op, CompareIntObjects(a, b), 0));
  // Exactly, every ordering with a NaN false.
  if (IsNumber(a) && IsNumber(b)) return NewBool(Ordered(op, CompareWithFloat(a, b)));
  if (IsStr(a) && IsStr(b)) {
    // UTF-8's byte order is its code points' order, which is Python's.
    const int r = StrView(a).compare(StrView(b));
    return NewBool(CompareInts(op, r, 0));
  }
  if ((IsList(a) && IsList(b)) || (IsTuple(a) && IsTuple(b))) {
    return CompareSequences(err, op, a, b);
  }
  if (IsAnySet(a) && IsAnySet(b)) {  // subset order: a < b is a proper subset
    const std::int64_t na = SetSize(a), nb = SetSize(b);
    if ((op == CompareOp::kLt && na >= nb) || (op == CompareOp::kGt && na <= nb)) {
      return NewBool(false);
    }
    const int r = op == CompareOp::kLt || op == CompareOp::kLe ? SetIsSubset(err, a, b)
                                                               : SetIsSuperset(err, a, b);
    return r < 0 ? nullptr : NewBool(r == 1);
  }
  return err.Raise("TypeError", std::string("'") + CompareOpSymbol(op) +
                                    "' not supported between instances of '" +
                                    TypeName(a) + "' and '" + TypeName(b) + "'");
}

Object* GetItem(ErrorSink& err, Object* container, Object* key) {
  if (IsDict(container)) {
    method_failed = false;  // a key's __hash__ or __eq__ may raise
    Object* v = DictGetItemRef(container, key);
    if (TakeMethodError()) {
      XDecRef(v);
      return nullptr;
    }
    if (v == nullptr) {
      std::uint64_t h;
      if (!Hash(key, &h)) {
        return err.Raise("TypeError", "unhashable type: '" + TypeName(key) + "'");
      }
      return err.RaiseWithArg("KeyError", Repr(key), key);
    }
    return v;
  }
  if (IsArray(container)) {
    if (!IsInt(key)) {
      return err.Raise("TypeError", "array indices must be integers");
    }
    if (IndexTooBig(err, key)) return nullptr;
    Object* item = ArrayGetItem(container, IntValue(key));
    return item != nullptr ? item : err.Raise("IndexError", "array index out of range");
  }
  if (IsList(container) || IsTuple(container) || IsStr(container)) {
    if (IsSlice(key)) return SequenceGetSlice(err, container, key);
    if (!IsInt(key)) {
      if (IsStr(container)) {
        return err.Raise("TypeError",
                         "string indices must be integers, not '" + TypeName(key) + "'");
      }
      return err.Raise("TypeError", TypeName(container) +
                                        " indices must be integers or slices, not " +
                                        TypeName(key));
    }
    if (IndexTooBig(err, key)) return nullptr;
    std::int64_t i = IntValue(key);
    if (IsList(container)) {
      Object* item = ListGetItemRef(container, i);
      if (item == nullptr) return err.Raise("IndexError", "list index out of range");
      return item;
    }
    if (IsTuple(container)) {
      if (!NormalizeIndex(TupleSize(container), &i)) {
        return err.Raise("IndexError", "tuple index out of range");
      }
      return NewRef(TupleGetItem(container, i));
    }
    std::string_view s = StrView(container);
    if (!NormalizeIndex(static_cast<std::int64_t>(s.size()), &i)) {
      return err.Raise("IndexError", "string index out of range");
    }
    return NewStr(s.substr(static_cast<std::size_t>(i), 1));
  }
  return err.Raise("TypeError",
                   "'" + TypeName(container) + "' object is not subscriptable");
}

bool SetItem(ErrorSink& err, Object* container, Object* key, Object* value) {
  if (IsDict(container)) {
    method_failed = false;  // a key's __hash__ or __eq__ may raise
    if (!DictSetItem(container, key, value)) {
      if (TakeMethodError()) return false;
      err.Raise("TypeError", "unhashable type: '" + TypeName(key) + "'");
      return false;
    }
    return !TakeMethodError();
  }
  if (IsList(container)) {
    if (IsSlice(key)) return ListAssignSlice(err, container, key, value);
    if (!IsInt(key)) {
      err.Raise("TypeError",
                "list indices must be integers or slices, not " + TypeName(key));
      return false;
    }
    if (IndexTooBig(err, key)) return false;
    if (!ListAssign(container, IntValue(key), value)) {
      err.Raise("IndexError", "list assignment index out of range");
      return false;
    }
    return true;
  }
  if (IsArray(container)) {
    if (!IsInt(key)) {
      err.Raise("TypeError", "array indices must be integers");
      return false;
    }
    if (IndexTooBig(err, key)) return false;
    return ArraySetItem(err, container, IntValue(key), value);
  }
  err.Raise("TypeError",
            "'" + TypeName(container) + "' object does not support item assignment");
  return false;
}

bool DelItem(ErrorSink& err, Object* container, Object* key) {
  if (IsDict(container)) {
    method_failed = false;  // a key's __hash__ or __eq__ may raise
    if (DictDelItem(container, key)) return !TakeMethodError();
    if (TakeMethodError()) return false;
    std::uint64_t h;
    if (!Hash(key, &h)) {
      err.Raise("TypeError", "unhashable type: '" + TypeName(key) + "'");
    } else {
      err.RaiseWithArg("KeyError", Repr(key), key);
    }
    return false;
  }
  if (IsList(container)) {
    if (IsSlice(key)) return ListAssignSlice(err, container, key, nullptr);
    if (!IsInt(key)) {
      err.Raise("TypeError",
                "list indices must be integers or slices, not " + TypeName(key));
      return false;
    }
    if (IndexTooBig(err, key)) return false;
    Object* item = ListPopAt(container, IntValue(key));
    if (item == nullptr) {
      err.Raise("IndexError", "list assignment index out of range");
      return false;
    }
    DecRef(item);
    return true;
  }
  err.Raise("TypeError",
            "'" + TypeName(container) + "' object doesn't support item deletion");
  return false;
}

Object* Negative(ErrorSink& err, Object* a) {
  if (IsInt(a)) return IntNegative(a);
  if (IsFloat(a)) return NewFloat(-FloatValue(a));
  return err.Raise("TypeError", "bad operand type for unary -: '" + TypeName(a) + "'");
}

Object* Invert(ErrorSink& err, Object* a) {
  if (IsInt(a)) return IntInvert(a);  // -x - 1
  return err.Raise("TypeError", "bad operand type for unary ~: '" + TypeName(a) + "'");
}

}  // namespace gillab
