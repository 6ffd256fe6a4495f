// gillab/runtime/objects/sequence_ops.h — what +, * and the orderings do to the
// built-in sequences: str, list and tuple (CPython's sq_concat, sq_repeat,
// sq_inplace_concat, sq_inplace_repeat, and list and tuple richcompare).
//
// BinaryOp and Compare (object_ops.h) come here once neither operand is a
// number. Every function returns a NEW reference, or null with a Python
// exception in `err`; messages are CPython 3.11's.
#ifndef GILLAB_RUNTIME_OBJECTS_SEQUENCE_OPS_H_
#define GILLAB_RUNTIME_OBJECTS_SEQUENCE_OPS_H_

#include "base/compare_op.h"
#include "runtime/memory/object.h"
#include "runtime/objects/errors.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

// str, list or tuple.
bool IsSequence(const Object* ob);

// seq + other, for a sequence `seq`: a new sequence of seq's type. TypeError
// ("can only concatenate list (not "int") to list") when `other` is not of the
// same type; MemoryError past the size limits.
Object* SequenceConcat(ErrorSink& err, Object* seq, Object* other);

// seq * times (or times * seq), for a sequence `seq`: `times` copies, none for
// times <= 0. TypeError ("can't multiply sequence by non-int of type 'float'")
// when `times` is not an int (bool is one).
Object* SequenceRepeat(ErrorSink& err, Object* seq, Object* times);

// seq[slice] for a sequence `seq`: a new sequence of its type (a str: of the
// bytes selected). The slice's errors (UnpackSlice). Requires: IsSlice(slice).
Object* SequenceGetSlice(ErrorSink& err, Object* seq, Object* slice);

// list[slice] = value, or with `value` null del list[slice]. `value` may be any
// iterable (TypeError "must assign iterable to extended slice" otherwise, or
// "can only assign an iterable" for a step of 1); with a step other than 1 it
// must have as many items as the slice selects (ValueError "attempt to assign
// sequence of size 3 to extended slice of size 2"). Returns false with the
// error. Requires: IsList(list), IsSlice(slice).
bool ListAssignSlice(ErrorSink& err, Object* list, Object* slice, Object* value);

// a OP= b. A list is changed in place and returned: += extends it with the
// items of any iterable `b` (TypeError "'int' object is not iterable"),
// *= repeats it (or empties it); so is a set, by -=, &=, |= and ^= with a set
// or frozenset. Any other `a` or OP: BinaryOp, in place (a TypeError names "OP=").
Object* InPlaceOp(ErrorSink& err, BinaryOperator op, Object* a, Object* b);

// An ordering (CompareOp::kLt..kGe) of two lists or of two tuples, as Python's:
// the first items that are not equal decide, by `op`; when one sequence is a
// prefix of the other, their lengths do. A bool; null with the items' error
// (TypeError for items that do not order, RecursionError for sequences nested
// too deep). Requires: `a` and `b` both lists or both tuples.
Object* CompareSequences(ErrorSink& err, CompareOp op, Object* a, Object* b);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_SEQUENCE_OPS_H_
