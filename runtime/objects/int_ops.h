// gillab/runtime/objects/int_ops.h — int arithmetic past the machine word.
//
// BinaryOp (object_ops.h) and the interpreter compute with int64s while both
// operands are word-sized and nothing overflows; everything else about ints comes
// here: a big int operand, a result past 64 bits, a comparison with a float
// (exact, as CPython's: 2**53 + 1 != 2.0**53). Each function turns its operands
// into BigInts (base/bigint.h), computes, and makes an int of the result, which
// NewIntFromBigInt shrinks back to a word (or cached) int when it fits.
//
// gillab caps an int at kMaxIntBits bits; past it, an operation raises CPython's
// own message for its (far larger) cap, OverflowError "too many digits in
// integer". The schoolbook algorithms are quadratic: the cap keeps the slowest
// operation near a second. CPython would go on (2 ** 2**40 runs it out of memory).
#ifndef GILLAB_RUNTIME_OBJECTS_INT_OPS_H_
#define GILLAB_RUNTIME_OBJECTS_INT_OPS_H_

#include <cstdint>

#include "runtime/memory/object.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

inline constexpr std::uint64_t kMaxIntBits = std::uint64_t{1} << 20;

// a <op> b for two ints (or bools) of any size. Returns a NEW reference, or null
// with the error in `err`: ZeroDivisionError, ValueError "negative shift count",
// OverflowError (past kMaxIntBits; a true division too large for a float).
// Requires: IsInt(a) && IsInt(b).
Object* IntBinaryOp(ErrorSink& err, BinaryOperator op, const Object* a, const Object* b);

// -1, 0 or 1 as int a is less than, equal to or greater than int b.
int CompareIntObjects(const Object* a, const Object* b);

// -1, 0 or 1 as the int `i` is less than, equal to or greater than `f`, exactly;
// 2 when f is NaN (unordered). Requires: IsInt(i).
int CompareIntWithFloat(const Object* i, double f);

// -a, ~a and abs(a) of an int of any size. NEW references.
Object* IntNegative(const Object* a);
Object* IntInvert(const Object* a);
Object* IntAbsolute(const Object* a);

// The int nearest to a double, as a float: false with OverflowError "int too
// large to convert to float" in `err` past the double range. Requires: IsInt(ob).
bool IntToDouble(ErrorSink& err, const Object* ob, double* out);

// An int of a float's integral value: a NEW reference. Requires: std::isfinite(d)
// and d integral.
Object* IntFromIntegralDouble(double d);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_INT_OPS_H_
