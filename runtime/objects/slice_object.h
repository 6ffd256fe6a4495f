// gillab/runtime/objects/slice_object.h — slice objects: what `xs[a:b:c]` makes
// (BUILD_SLICE) and hands to a subscript, as CPython's PySliceObject.
//
// A slice holds three objects, each an int or None. What they select from a
// sequence of a given size is worked out only when the size is known
// (AdjustSlice): a list's, inside its critical section, so that the slice and the
// list agree even while other threads change the list.
#ifndef GILLAB_RUNTIME_OBJECTS_SLICE_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_SLICE_OBJECT_H_

#include <cstdint>

#include "runtime/memory/object.h"
#include "runtime/objects/errors.h"

namespace gillab {

extern const TypeObject kSliceType;

struct SliceObject {
  Object header;
  Object* start;
  Object* stop;
  Object* step;
};

// slice(start, stop, step): a NEW reference; takes a new reference to each.
Object* NewSlice(Object* start, Object* stop, Object* step);

inline bool IsSlice(const Object* ob) { return IsType(ob, kSliceType); }

// A slice's bounds as ints, before they meet a size (a bound that is None is
// absent), then after (AdjustSlice: both present, and in range).
struct SliceBounds {
  std::int64_t start = 0;
  std::int64_t stop = 0;
  std::int64_t step = 1;
  bool has_start = false;
  bool has_stop = false;
};

// CPython's PySlice_Unpack: the bounds of `slice`. False with TypeError ("slice
// indices must be integers or None or have an __index__ method") or ValueError
// ("slice step cannot be zero"). Requires: IsSlice(slice).
bool UnpackSlice(ErrorSink& err, const Object* slice, SliceBounds* out);

// CPython's PySlice_AdjustIndices: `b` made to select from a sequence of `size`
// items, clamped as Python clamps (out-of-range bounds are not errors). Returns
// how many items it selects: start, start + step, ... (length of them).
std::int64_t AdjustSlice(std::int64_t size, SliceBounds* b);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_SLICE_OBJECT_H_
