// gillab/runtime/objects/tuple_object.h — fixed-size immutable sequences.
//
// The item pointers are stored inline after the fixed part, as in CPython. A tuple
// owns one reference to each item.
#ifndef GILLAB_RUNTIME_OBJECTS_TUPLE_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_TUPLE_OBJECT_H_

#include <cstdint>
#include <initializer_list>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kTupleType;

struct TupleObject {
  Object header;
  std::int64_t size;
  // followed by `size` Object* items
};

// Returns a NEW reference to a tuple of `items`; takes a new reference to each
// (does not steal). Requires: no item is null.
Object* NewTuple(std::initializer_list<Object*> items);

// Returns a NEW reference to a tuple of `size` null slots, to be filled with
// TupleInit before anyone else sees it. Requires: size >= 0.
Object* NewTupleUninitialized(std::int64_t size);

// Fills slot `i` of a tuple from NewTupleUninitialized; STEALS `item`.
void TupleInit(Object* tuple, std::int64_t i, Object* item);

inline bool IsTuple(const Object* ob) { return IsType(ob, kTupleType); }

inline std::int64_t TupleSize(const Object* tuple) {
  return reinterpret_cast<const TupleObject*>(tuple)->size;
}

// The items, in place (BORROWED): TupleSize(tuple) of them.
inline Object* const* TupleItems(const Object* tuple) {
  return reinterpret_cast<Object* const*>(reinterpret_cast<const TupleObject*>(tuple) +
                                          1);
}

// Returns a BORROWED reference to item `i`. Requires: 0 <= i < TupleSize(tuple).
inline Object* TupleGetItem(const Object* tuple, std::int64_t i) {
  return TupleItems(tuple)[i];
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_TUPLE_OBJECT_H_
