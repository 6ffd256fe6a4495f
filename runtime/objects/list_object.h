// gillab/runtime/objects/list_object.h — growable sequences, with CPython's
// over-allocation.
//
// The items live in a separate buffer with room to grow. When a list grows past
// its capacity the new capacity is CPython 3.9+'s
//     new_allocated = (newsize + (newsize >> 3) + 6) & ~3
// (about 12.5% headroom, so appends are amortised O(1)); a list shrinking below
// half its capacity is reallocated down. A list owns one reference to each item.
//
// Threads. Under a GIL, the GIL serialises everything. Without one:
//   - with object locks on (ObjectSafety::kLocked, CPython 3.13t's way),
//     every change and every read of more than one item holds the list's
//     critical section (critical_section.h). `len` and `lst[i]`
//     (ListGetItemRef) read without it: the item array starts with its own
//     capacity, so a reader bounds-checks the array it actually loaded; an
//     outgrown array is retired to QSBR, not freed; the reader takes its
//     reference with TryIncrefCompare and falls back to the lock if that fails.
//   - with ObjectSafety::kUnlocked (the lessons' unprotected configuration),
//     lists take no lock at all: two threads appending to one list lose items,
//     a reader indexes a freed array, a borrowed item is freed under its
//     reader. list_object.cc makes each of these memory-safe and counts it
//     (RuntimeState::list_damage).
// Functions marked "owner only" read without any lock: call them on a list no
// other thread can reach (one being built), inside its critical section, or
// under a GIL.
#ifndef GILLAB_RUNTIME_OBJECTS_LIST_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_LIST_OBJECT_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/memory/object.h"
#include "runtime/objects/slice_object.h"

namespace gillab {

class RuntimeState;

extern const TypeObject kListType;

// size, allocated and items are written only by the list's owner or in its
// critical section, and read through std::atomic_ref (relaxed; items with
// acquire/release), so that len() and lst[i] may read them without the lock.
// With object locks on, items[-1] holds the array's capacity.
struct ListObject {
  Object header;
  std::int64_t size;
  std::int64_t allocated;
  Object** items;
};

// Returns a NEW reference to an empty list.
Object* NewList();

inline bool IsList(const Object* ob) { return IsType(ob, kListType); }

// len(list). Lock-free: a snapshot when another thread is changing it.
inline std::int64_t ListSize(const Object* list) {
  return std::atomic_ref<const std::int64_t>(
             reinterpret_cast<const ListObject*>(list)->size)
      .load(std::memory_order_relaxed);
}
inline std::int64_t ListCapacity(const Object* list) {
  return std::atomic_ref<const std::int64_t>(
             reinterpret_cast<const ListObject*>(list)->allocated)
      .load(std::memory_order_relaxed);
}

// Appends `item`, taking a new reference to it (does not steal).
void ListAppend(Object* list, Object* item);

// The list's fields as the explorer's tables show them: "size 2, slots [0, 1, _, _]"
// (every slot of the array it points to: _ empty, ~ poisoned by a freeing thread,
// an item's repr otherwise). `rt`: the list's runtime; the calling thread need
// not be attached. Requires: no other thread is changing the list.
std::string ListSlotsText(const RuntimeState& rt, Object* list);

// Returns a BORROWED reference to item `i` (CPython's PyList_GET_ITEM). Owner
// only (see the top of this file), except in the borrowed-ref lesson, which shows
// what goes wrong otherwise: the loads are atomic, but nothing keeps the item
// alive. Requires: 0 <= i < ListSize(list) <= ListCapacity(list).
inline Object* ListGetItem(const Object* list, std::int64_t i) {
  const auto* l = reinterpret_cast<const ListObject*>(list);
  Object* const* items =
      std::atomic_ref<Object** const>(l->items).load(std::memory_order_acquire);
  return std::atomic_ref<Object* const>(items[i]).load(std::memory_order_acquire);
}

// lst[i], safe from any thread: a NEW reference to item `i` (Python's negative
// indices allowed), or null when it is out of range. Lock-free unless it races
// with a change to that item (see the top of this file).
Object* ListGetItemRef(Object* list, std::int64_t i);

// lst[i] = item: takes a new reference to `item` and drops the list's reference
// to the old one. Python's negative indices allowed. Returns false, changing
// nothing, when `i` is out of range (checked in the critical section).
bool ListAssign(Object* list, std::int64_t i, Object* item);

// Removes and returns the last item as a NEW reference (the list's reference is
// handed over), or null when the list is empty.
Object* ListPop(Object* list);

// Removes item `i` (Python's negative indices allowed), moving the later ones
// down, and returns it as a NEW reference; null, changing nothing, when `i` is
// out of range. CPython's list.pop(i).
Object* ListPopAt(Object* list, std::int64_t i);

// Appends every one of `items` (borrowed; the list takes its own references),
// in one critical section: no other thread sees a part of them.
void ListExtend(Object* list, const std::vector<Object*>& items);

// lst[a:b:c]: NEW references to the items the bounds select once adjusted to
// the list's size (AdjustSlice), at one instant (in the critical section).
std::vector<Object*> ListGetSlice(Object* list, SliceBounds bounds);

// lst[a:b:c] = items, or with `items` null del lst[a:b:c], at one instant: the
// bounds are adjusted to the list's size in its critical section. With a step of
// 1 any number of items replace the slice (the list grows or shrinks); with
// another step there must be as many items as the slice selects, or nothing
// changes and false returns with *selected set to that number. `items` are
// borrowed (the list takes its own references).
bool ListSetSlice(Object* list, SliceBounds bounds, const std::vector<Object*>* items,
                  std::int64_t* selected);

// NEW references to every item, taken at one instant (in the critical section):
// for operations that read the whole list (repr, ==, +, unpacking, sorted).
// The caller DecRefs each (DecRefAll).
std::vector<Object*> ListSnapshot(Object* list);

// Gives back one reference to each of `items` (a ListSnapshot's, say).
void DecRefAll(const std::vector<Object*>& items);

// Marks `list` shared as its first foreign toucher does: the list and every item
// it holds (refcount.h's MarkShared), so that lock-free readers may read it and
// what they can reach is freed through QSBR. Requires: object locks on; the
// list's critical section, or no other thread can reach the list yet.
void ListShare(Object* list);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_LIST_OBJECT_H_
