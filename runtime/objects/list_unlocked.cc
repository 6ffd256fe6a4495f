// gillab/runtime/objects/list_unlocked.cc
#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

#include "base/schedule_point.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/list_internal.h"

namespace gillab::list_internal {

// Unlocked lists (ObjectSafety::kUnlocked): the list lessons' deliberate races.
//
// Here a list does what CPython's list code would do with no GIL and no object
// lock: it reads the size, the array and the items with no lock, and frees an
// outgrown array at once. Two appenders then write the same slot (an append
// lost), a reader indexes an array that a resize has just freed, two poppers take
// the same item, a borrowed item is freed under its reader. In C each of these is
// undefined behaviour; here each is caught, counted (RuntimeState::list_damage)
// and turned into a wrong but memory-safe result:
//   - "Freeing" an array: the thread whose compare-and-swap marks its capacity
//     word kFreedArray (a loser would have freed it twice: kDoubleFree) moves
//     every slot out, leaving kPoisonedSlot, publishes the new array, and hands
//     the old one's memory to QSBR, which returns it to the allocator once no
//     thread can still hold its address. A slot read as kPoisonedSlot is a read
//     of freed memory (kFreedArrayRead); a write that finds one, a write into
//     freed memory (kFreedArrayWrite), and is dropped.
//   - Slots change only by compare-and-swap or exchange, so each reference is
//     owned by one slot or one thread: a race loses an append or returns None
//     (kSlotRace, kEmptySlot), but never frees an item twice. (CPython's would
//     also corrupt the counts; refcount-race shows that on its own.)
//   - Every index is checked against the capacity of the array actually loaded
//     (kPastTheEnd): the size races with resizes.
//   - An item freed between its read and the reader's increment (the
//     borrowed-ref lesson) is still memory, for items are retired through QSBR
//     (MarkShared); the increment is reported, and the reader gets None
//     (kFreedItem).
// The size is read and written plainly (RacySize), as CPython's list code does:
// a real data race, which ThreadSanitizer reports (`./lab --tsan run list-race`),
// and harmless to memory, for a size read is only a hint checked against the
// capacity of the array actually loaded. Every other field is accessed
// atomically: those races are logical, not C++ data races.
//
// A schedule point (base/schedule_point.h) comes before each access another
// thread's access could interleave with, so that the explorer (`lab explore
// list-race`, `borrowed-ref`) can try every order of them; outside the explorer
// each is one thread-local load. Copying a claimed array is one step: no other
// thread can write into a claimed array (its slots are taken by exchange).

namespace {

void Damage(ListDamage d) { RuntimeState::Current()->CountListDamage(d); }
Object* NewNoneRef() { return NewRef(RuntimeState::Current()->none()); }

struct Array {
  Object** items;
  std::int64_t capacity;
};

// The list's array and its capacity. If another thread has freed it and not yet
// published its replacement, waits for the replacement.
Array LoadLiveArray(ListObject* list) {
  SchedulePoint("load the item array");
  for (;;) {
    Object** items = ItemsRef(list).load(std::memory_order_acquire);
    if (items == nullptr) return {nullptr, 0};
    const std::int64_t capacity = HeaderRef(items).load(std::memory_order_acquire);
    if (capacity != kFreedArray) return {items, capacity};
    ScheduleWait("wait for the new item array");
    std::this_thread::yield();
  }
}

// Marks `a` freed, if no other thread has: true if this thread did.
bool ClaimFree(Array a) {
  std::int64_t expected = a.capacity;
  if (HeaderRef(a.items).compare_exchange_strong(expected, kFreedArray)) return true;
  Damage(ListDamage::kDoubleFree);
  return false;
}

// An unlocked list's size, plainly: the lessons' deliberate data race (see
// above). volatile keeps every access as written (none merged or dropped), as
// the nonatomic refcount mode's LoadVolatile does.
std::int64_t RacySize(ListObject* list) {
  return *static_cast<volatile std::int64_t*>(&list->size);
}
void SetRacySize(ListObject* list, std::int64_t size) {
  *static_cast<volatile std::int64_t*>(&list->size) = size;
}

// Hands a claimed array's memory to QSBR.
void Retire(Array a) { MemRetire(a.items - 1, ArrayBytes(a.capacity, true)); }

// Resize with no lock: returns the array the list was left with, whose capacity
// is at least `new_size`.
Array ResizeUnlocked(ListObject* list, std::int64_t new_size) {
  for (;;) {
    const Array old = LoadLiveArray(list);
    if (old.capacity >= new_size && new_size >= (old.capacity >> 1)) {
      SchedulePoint("store size", new_size);
      SetRacySize(list, new_size);
      return old;
    }
    const std::int64_t capacity = NewCapacity(RacySize(list), new_size);
    Object** fresh = capacity > 0 ? NewArray(capacity) : nullptr;
    if (old.items == nullptr) {
      SchedulePoint("install the first item array");
      Object** expected = nullptr;
      if (!ItemsRef(list).compare_exchange_strong(expected, fresh)) {
        if (fresh != nullptr) MemFree(fresh - 1, ArrayBytes(capacity, true));
        continue;  // another thread gave the list its first array
      }
    } else {
      SchedulePoint("free the old item array (claim it)");
      if (!ClaimFree(old)) {
        if (fresh != nullptr) MemFree(fresh - 1, ArrayBytes(capacity, true));
        continue;
      }
      for (std::int64_t i = 0; i < old.capacity; ++i) {
        Object* item = SlotRef(old.items, i).exchange(kPoisonedSlot);
        if (item == nullptr) continue;
        if (i < capacity && i < new_size) {
          fresh[i] = item;
        } else {
          Damage(ListDamage::kSlotRace);  // appended past the new size meanwhile
          DecRef(item);
        }
      }
      SchedulePoint("publish the new item array");
      ItemsRef(list).store(fresh, std::memory_order_release);
      Retire(old);
    }
    SchedulePoint("store size", new_size);
    AllocatedRef(list).store(capacity, std::memory_order_relaxed);
    SetRacySize(list, new_size);
    return {fresh, capacity};
  }
}

}  // namespace

void AppendUnlocked(ListObject* list, Object* item) {
  SchedulePoint("append: load size");
  const std::int64_t n = RacySize(list);
  ScheduleRead(n);
  const Array a = ResizeUnlocked(list, n + 1);
  SchedulePoint("append: store the item in slot");
  Object* expected = nullptr;
  if (SlotRef(a.items, n).compare_exchange_strong(expected, item)) {
    IncRef(item);
  } else {
    // The append is lost: another thread appended into the same slot, or freed
    // the array since the resize.
    Damage(expected == kPoisonedSlot ? ListDamage::kFreedArrayWrite
                                     : ListDamage::kSlotRace);
  }
}

Object* GetItemRefUnlocked(ListObject* list, std::int64_t i) {
  for (;;) {
    SchedulePoint("lst[i]: load size");
    std::int64_t index = i;
    const std::int64_t size = RacySize(list);
    ScheduleRead(size);
    if (!Normalize(size, &index)) return nullptr;
    const Array a = LoadLiveArray(list);
    if (index >= a.capacity) {
      Damage(ListDamage::kPastTheEnd);
      return NewNoneRef();
    }
    SchedulePoint("lst[i]: load the item (borrowed)");
    Object* item = SlotRef(a.items, index).load(std::memory_order_acquire);
    if (item == kPoisonedSlot) {
      Damage(ListDamage::kFreedArrayRead);
      continue;
    }
    if (item == nullptr) {
      Damage(ListDamage::kEmptySlot);
      return NewNoneRef();
    }
    // A borrowed reference until this increment: another thread may have
    // replaced and freed the item in between.
    IncRef(item);
    if (IsFreed(item)) {
      Damage(ListDamage::kFreedItem);
      return NewNoneRef();
    }
    return item;
  }
}

bool AssignUnlocked(ListObject* list, std::int64_t i, Object* item) {
  SchedulePoint("lst[i] = x: load size");
  std::int64_t index = i;
  const std::int64_t size = RacySize(list);
  ScheduleRead(size);
  if (!Normalize(size, &index)) return false;
  const Array a = LoadLiveArray(list);
  if (index >= a.capacity) {
    Damage(ListDamage::kPastTheEnd);
    return true;
  }
  IncRef(item);
  SchedulePoint("lst[i] = x: store the item in slot");
  Object* old = SlotRef(a.items, index).load(std::memory_order_acquire);
  while (old != kPoisonedSlot &&
         !SlotRef(a.items, index).compare_exchange_weak(old, item)) {
  }
  if (old == kPoisonedSlot) {
    Damage(ListDamage::kFreedArrayWrite);  // the assignment is lost
    DecRef(item);
  } else if (old == nullptr) {
    Damage(ListDamage::kEmptySlot);
  } else {
    DecRef(old);  // unlocked: old's deallocator may use this list
  }
  return true;
}

Object* PopUnlocked(ListObject* list) {
  for (;;) {
    SchedulePoint("pop: load size");
    const std::int64_t n = RacySize(list);
    ScheduleRead(n);
    if (n == 0) return nullptr;
    const Array a = LoadLiveArray(list);
    Object* item = nullptr;
    if (n - 1 >= a.capacity) {
      Damage(ListDamage::kPastTheEnd);
    } else {
      SchedulePoint("pop: take the item from slot");
      Object* expected = SlotRef(a.items, n - 1).load(std::memory_order_acquire);
      while (expected != kPoisonedSlot &&
             !SlotRef(a.items, n - 1).compare_exchange_weak(expected, nullptr)) {
      }
      if (expected == kPoisonedSlot) {
        Damage(ListDamage::kFreedArrayRead);
        continue;
      }
      item = expected;
      // Null: another thread popped the same item (or its append was lost).
      if (item == nullptr) Damage(ListDamage::kEmptySlot);
    }
    ResizeUnlocked(list, n - 1);
    return item != nullptr ? item : NewNoneRef();
  }
}

// pop(i) short of the last item, composed of the unlocked primitives above
// (read the item, move each later one down a slot, drop the last): each step
// races as they do and stays as memory-safe.
Object* PopAtUnlocked(ListObject* list, std::int64_t i) {
  const std::int64_t n = RacySize(list);
  if (!Normalize(n, &i)) return nullptr;
  if (i == n - 1) return PopUnlocked(list);
  Object* item = GetItemRefUnlocked(list, i);
  if (item == nullptr) return nullptr;  // another thread shrank the list
  for (std::int64_t j = i; j + 1 < n; ++j) {
    Object* next = GetItemRefUnlocked(list, j + 1);
    if (next == nullptr) break;
    AssignUnlocked(list, j, next);
    DecRef(next);
  }
  if (Object* last = PopUnlocked(list)) DecRef(last);
  return item;
}

std::vector<Object*> SnapshotUnlocked(ListObject* list) {
  std::vector<Object*> items;
  for (bool freed = true; freed;) {
    const Array a = LoadLiveArray(list);
    const std::int64_t n = std::min(RacySize(list), a.capacity);
    items.clear();
    freed = false;
    for (std::int64_t i = 0; i < n && !freed; ++i) {
      Object* item = SlotRef(a.items, i).load(std::memory_order_acquire);
      freed = item == kPoisonedSlot;
      if (item == nullptr) {
        Damage(ListDamage::kEmptySlot);
      } else if (!freed) {
        items.push_back(item);
      }
    }
    if (freed) Damage(ListDamage::kFreedArrayRead);
  }
  // Between the reads and these increments another thread may free an item.
  for (Object*& item : items) {
    IncRef(item);
    if (IsFreed(item)) {
      Damage(ListDamage::kFreedItem);
      item = NewNoneRef();
    }
  }
  return items;
}

// A dying list's array, which other threads may still be using (a list freed by
// a refcount race): its items are returned (NEW references, the array's) and the
// array freed as a resize frees one. Empty if another thread freed it first.
std::vector<Object*> TakeArrayUnlocked(Object** items) {
  std::vector<Object*> taken;
  const Array a{items, HeaderRef(items).load(std::memory_order_acquire)};
  if (a.capacity == kFreedArray || !ClaimFree(a)) return taken;
  for (std::int64_t i = 0; i < a.capacity; ++i) {
    Object* item = SlotRef(items, i).exchange(kPoisonedSlot);
    if (item != nullptr) taken.push_back(item);
  }
  Retire(a);
  return taken;
}

}  // namespace gillab::list_internal
