// gillab/runtime/objects/list_internal.h — what list_object.cc and
// list_unlocked.cc share: field access for lists that lock-free readers may see,
// item arrays, and the unlocked lists' operations. Internal to the list type;
// list_object.h is the contract.
#ifndef GILLAB_RUNTIME_OBJECTS_LIST_INTERNAL_H_
#define GILLAB_RUNTIME_OBJECTS_LIST_INTERNAL_H_

#include <atomic>
#include <cstdint>
#include <vector>

#include "runtime/memory/alloc.h"
#include "runtime/memory/thread_state.h"
#include "runtime/objects/list_object.h"

namespace gillab::list_internal {

inline ListObject* AsList(Object* ob) { return reinterpret_cast<ListObject*>(ob); }

// Field access for lists that lock-free readers may see (list_object.h).
inline std::atomic_ref<std::int64_t> SizeRef(ListObject* list) {
  return std::atomic_ref<std::int64_t>(list->size);
}
inline std::atomic_ref<std::int64_t> AllocatedRef(ListObject* list) {
  return std::atomic_ref<std::int64_t>(list->allocated);
}
inline std::atomic_ref<Object**> ItemsRef(ListObject* list) {
  return std::atomic_ref<Object**>(list->items);
}
inline void StoreItem(Object** items, std::int64_t i, Object* item) {
  std::atomic_ref<Object*>(items[i]).store(item, std::memory_order_release);
}

// With object locks on, an item array is one word longer: its capacity comes
// first (CPython 3.13t's _PyListArray), so that a lock-free reader can check an
// index against the array it loaded, whichever array that turns out to be.
inline bool ArraysHaveHeader() { return ThreadState::Current()->object_locks(); }

inline std::size_t ArrayBytes(std::int64_t capacity, bool header) {
  return sizeof(Object*) * static_cast<std::size_t>(capacity + (header ? 1 : 0));
}

// Frees an array now (nobody else can be reading it).
inline void FreeArray(Object** items, std::int64_t capacity) {
  if (items == nullptr) return;
  const bool header = ArraysHaveHeader();
  MemFree(header ? items - 1 : items, ArrayBytes(capacity, header));
}

// The header word of an array with a header: its capacity, or kFreedArray.
inline std::atomic_ref<std::int64_t> HeaderRef(Object** items) {
  return std::atomic_ref<std::int64_t>(*reinterpret_cast<std::int64_t*>(items - 1));
}
inline std::int64_t ArrayCapacity(Object** items) {
  return HeaderRef(items).load(std::memory_order_relaxed);
}
inline Object* LoadItem(Object** items, std::int64_t i) {
  return std::atomic_ref<Object*>(items[i]).load(std::memory_order_acquire);
}

// A Python index made absolute against `size`; false when out of range.
inline bool Normalize(std::int64_t size, std::int64_t* i) {
  if (*i < 0) *i += size;
  return *i >= 0 && *i < size;
}

// CPython's over-allocation (list_resize, Objects/listobject.c, 3.9+): the
// capacity for a list of `size` items resized to `new_size`.
std::int64_t NewCapacity(std::int64_t size, std::int64_t new_size);

// A fresh array with a header: `capacity` slots, the first `keep` copied from
// `from`, the rest null. Requires: keep <= capacity.
Object** NewArray(std::int64_t capacity, Object* const* from = nullptr,
                  std::int64_t keep = 0);

// --- Unlocked lists (list_unlocked.cc) ---------------------------------------
// ObjectSafety::kUnlocked: the list lessons' deliberate races. See
// list_unlocked.cc for what each does and how it stays memory-safe.

inline constexpr std::int64_t kFreedArray = -1;
// 0xDDDD...: CPython's dead byte, in every byte of the slot.
inline Object* const kPoisonedSlot =
    reinterpret_cast<Object*>(~std::uintptr_t{0} / 0xFF * 0xDD);

inline std::atomic_ref<Object*> SlotRef(Object** items, std::int64_t i) {
  return std::atomic_ref<Object*>(items[i]);
}

void AppendUnlocked(ListObject* list, Object* item);
Object* GetItemRefUnlocked(ListObject* list, std::int64_t i);
bool AssignUnlocked(ListObject* list, std::int64_t i, Object* item);
Object* PopUnlocked(ListObject* list);
Object* PopAtUnlocked(ListObject* list, std::int64_t i);
std::vector<Object*> SnapshotUnlocked(ListObject* list);
std::vector<Object*> TakeArrayUnlocked(Object** items);

}  // namespace gillab::list_internal

#endif  // GILLAB_RUNTIME_OBJECTS_LIST_INTERNAL_H_
