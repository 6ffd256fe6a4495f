// gillab/runtime/objects/list_object.h — growable sequences, with CPython's
// over-allocation.
//
// The items live in a separate buffer with room to grow. When a list grows past
// its capacity the new capacity is CPython 3.9+'s
//     new_allocated = (newsize + (newsize >> 3) + 6) & ~3
// (about 12.5% headroom, so appends are amortised O(1)); a list shrinking below
// half its capacity is reallocated down. A list owns one reference to each item.
//
// Not thread-safe: two threads appending to one list without a lock (no GIL) can
// lose items or corrupt the buffer. That is one of the labs.
#ifndef GILLAB_RUNTIME_OBJECTS_LIST_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_LIST_OBJECT_H_

#include <cstdint>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kListType;

struct ListObject {
  Object header;
  std::int64_t size;
  std::int64_t allocated;
  Object** items;
};

// Returns a NEW reference to an empty list.
Object* NewList();

inline bool IsList(const Object* ob) { return IsType(ob, kListType); }

inline std::int64_t ListSize(const Object* list) {
  return reinterpret_cast<const ListObject*>(list)->size;
}
inline std::int64_t ListCapacity(const Object* list) {
  return reinterpret_cast<const ListObject*>(list)->allocated;
}

// Appends `item`, taking a new reference to it (does not steal).
void ListAppend(Object* list, Object* item);

// Returns a BORROWED reference to item `i`. Requires: 0 <= i < ListSize(list).
inline Object* ListGetItem(const Object* list, std::int64_t i) {
  return reinterpret_cast<const ListObject*>(list)->items[i];
}

// Replaces item `i` with `item`, taking a new reference to it and dropping the
// list's reference to the old item. Requires: 0 <= i < ListSize(list).
void ListSetItem(Object* list, std::int64_t i, Object* item);

// Removes and returns the last item as a NEW reference (the list's reference is
// handed over). Requires: ListSize(list) > 0.
Object* ListPop(Object* list);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_LIST_OBJECT_H_
