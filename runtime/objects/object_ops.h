// gillab/runtime/objects/object_ops.h — operations on any object (CPython's
// abstract.c): through its type's slots, or by Python's rules for the built-in
// types.
//
// Two kinds. The queries (Repr, Equal, Hash, SizeOf, ...) cannot fail. The
// generic operations (BinaryOp, Compare, Contains, GetItem, SetItem, Negative)
// are what the interpreter runs for an instruction once its fast path does not
// apply; they can raise a Python exception, which they record in the ErrorSink
// they are given (errors.h) before returning their failure value. Messages are
// CPython 3.11's.
#ifndef GILLAB_RUNTIME_OBJECTS_OBJECT_OPS_H_
#define GILLAB_RUNTIME_OBJECTS_OBJECT_OPS_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "base/compare_op.h"
#include "runtime/memory/object.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/int_object.h"

namespace gillab {

// Marks `ob` shared for other threads about to reach it (refcount.h's
// MarkShared): a list or dict with everything it holds (ListShare, DictShare),
// since marking a container lets other threads read it without its lock.
// Requires: object locks on; no other thread can reach `ob` yet.
void ShareWithThreads(Object* ob);

// Python's repr(ob). A container that contains itself prints "[...]" / "{...}" at
// the inner occurrence, as Python does.
std::string Repr(const Object* ob);
// An object's address as its default repr shows it ("0x7f3a..."): what
// "<__main__.A object at 0x...>" and "<generator object f at 0x...>" end in.
void AppendAddress(const void* p, std::string* out);
// Appends repr(ob) to *out (what containers call for their items).
void AppendRepr(const Object* ob, std::string* out);

// Python's str(ob): a str's characters, otherwise repr.
std::string ToString(const Object* ob);

// Repr and ToString for a caller that can raise. Containers nested more than
// kMaxReprDepth deep (x = [x] a million times) would recurse past the C stack:
// past that depth Repr writes "..." and these raise RecursionError instead, as
// CPython does ("maximum recursion depth exceeded while getting the repr of an
// object"). Return false, with the error in `err`, or true and the text in *out.
inline constexpr int kMaxReprDepth = 1000;
bool ReprOrRaise(ErrorSink& err, const Object* ob, std::string* out);
// An instance's __repr__, __str__, __eq__ or __hash__ (class_object.h's hooks)
// raised, in the running thread, while a query that cannot fail ran it: the
// ...OrRaise functions then return false with that error (the plain queries go
// on with a fallback: the default repr, identity).
void NoteMethodError();
// Whether one did since the flag was last taken, clearing it: for an operation
// that runs them through the plain queries (a dict's lookups: GetItem, SetItem,
// DelItem and Contains check it, as the interpreter's dict displays and
// hash() do).
bool TakeMethodError();
bool ToStringOrRaise(ErrorSink& err, const Object* ob, std::string* out);
// An int's repr met more than kMaxIntStrDigits digits (int_object.h) and wrote
// "..." instead: ReprOrRaise and ToStringOrRaise then raise CPython's ValueError.
void NoteIntStrTooLong();

// Value equality (Python's ==, for the built-in types): identical objects are
// equal; otherwise the type's equal slot decides. int, bool and float compare by
// numeric value across types, as in Python.
bool Equal(const Object* a, const Object* b);

// Computes hash(ob) into *hash. Returns false for unhashable objects (list, dict,
// and tuples containing them). Objects that are Equal have equal hashes.
bool Hash(const Object* ob, std::uint64_t* hash);

// Python's sys.getsizeof without the 16-byte GC header: the bytes the object uses,
// including out-of-line buffers (a list's item array, a dict's table), but not the
// objects it references.
std::size_t SizeOf(const Object* ob);

// The deep size of `ob`: SizeOf summed over `ob` and every object reachable from
// it, each counted once; immortal objects (None, True, False, small ints) are
// shared by everything and not counted. Requires: no other thread mutates them.
std::size_t DeepSizeOf(const Object* ob);

// The type's name, for messages: "int", "NoneType".
inline std::string TypeName(const Object* ob) { return ob->type->name; }

// True for an int that is not a bool (the interpreter's fast paths).
inline bool IsExactInt(const Object* ob) {
  return IsType(ob, kIntType) || IsType(ob, kBigIntType);
}

// Python's truth value: bool(ob).
bool IsTrue(const Object* ob);

// The numeric value of an int, bool or float as a double; false for other types.
bool AsDouble(const Object* ob, double* out);

// Python's floor division and modulo of ints (the result takes the divisor's
// sign). Requires: b != 0, and not (a == INT64_MIN and b == -1).
inline std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline std::int64_t FloorMod(std::int64_t a, std::int64_t b) {
  std::int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// The binary operators BinaryOp knows.
enum class BinaryOperator : std::uint8_t {
  kAdd,          // +: numbers; str, list and tuple concatenation
  kSubtract,     // -
  kMultiply,     // *: numbers; str, list and tuple repetition by an int
  kFloorDivide,  // //
  kTrueDivide,   // /: always a float
  kModulo,       // %: Python's sign rule
  kPower,        // **: an int for a non-negative int exponent, else a float
  kAnd,          // &: ints (two bools: a bool); sets: intersection
  kOr,           // |: ints (two bools: a bool); sets: union
  kXor,          // ^: ints (two bools: a bool); sets: symmetric difference
  kLShift,       // <<: ints (a negative count: ValueError)
  kRShift,       // >>: ints, rounding toward minus infinity
};

// An ordering of two ints (CompareOp::kLt..kGe).
[[gnu::always_inline]] inline bool CompareInts(CompareOp op, std::int64_t x,
                                               std::int64_t y) {
  switch (op) {
    case CompareOp::kLt:
      return x < y;
    case CompareOp::kLe:
      return x <= y;
    case CompareOp::kEq:
      return x == y;
    case CompareOp::kNe:
      return x != y;
    case CompareOp::kGt:
      return x > y;
    default:
      return x >= y;
  }
}

// Equal(a, b) for a caller that can raise: false with RecursionError in `err`
// when the comparison nested too deep (two lists inside themselves).
bool EqualOrRaise(ErrorSink& err, const Object* a, const Object* b, bool* equal);

// a <op> b. Returns a NEW reference, or null with an error in `err`
// (ZeroDivisionError, OverflowError past int_ops.h's cap or the float range,
// TypeError for unsupported
// operand types, MemoryError for a repetition over 1 GiB). `in_place`: for
// `a <op>= b` on an object that is not changed in place (the TypeError then
// names "<op>=", as CPython's does).
Object* BinaryOp(ErrorSink& err, BinaryOperator op, Object* a, Object* b,
                 bool in_place = false);

// a <op> b as a bool: a NEW reference, or null with a TypeError in `err` for an
// ordering of unorderable types or `in` on a non-container.
Object* Compare(ErrorSink& err, CompareOp op, Object* a, Object* b);

// `a in b`: 1, 0, or -1 with an error in `err`.
int Contains(ErrorSink& err, Object* a, Object* b);

// container[key]: a NEW reference, or null with an error (KeyError, IndexError,
// TypeError). A slice key (slice_object.h) slices a str, list or tuple.
Object* GetItem(ErrorSink& err, Object* container, Object* key);

// container[key] = value (the container takes its own reference); a list's
// slice takes the items of any iterable. False with an error when it cannot.
bool SetItem(ErrorSink& err, Object* container, Object* key, Object* value);

// del container[key]: a dict's key, a list's item or slice. False with an
// error (KeyError, IndexError, TypeError) when it cannot.
bool DelItem(ErrorSink& err, Object* container, Object* key);

// -a: a NEW reference, or null with an error.
Object* Negative(ErrorSink& err, Object* a);

// ~a (an int or a bool: -a - 1): a NEW reference, or null with a TypeError.
Object* Invert(ErrorSink& err, Object* a);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_OBJECT_OPS_H_
