#include "runtime/objects/list_object.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <thread>

#include "base/schedule_point.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/critical_section.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

namespace {

ListObject* AsList(Object* ob) { return reinterpret_cast<ListObject*>(ob); }

// Field access for lists that lock-free readers may see (list_object.h).
std::atomic_ref<std::int64_t> SizeRef(ListObject* list) {
  return std::atomic_ref<std::int64_t>(list->size);
}
std::atomic_ref<std::int64_t> AllocatedRef(ListObject* list) {
  return std::atomic_ref<std::int64_t>(list->allocated);
}
std::atomic_ref<Object**> ItemsRef(ListObject* list) {
  return std::atomic_ref<Object**>(list->items);
}
void StoreItem(Object** items, std::int64_t i, Object* item) {
  std::atomic_ref<Object*>(items[i]).store(item, std::memory_order_release);
}

// With object locks on, an item array is one word longer: its capacity comes
// first (CPython 3.13t's _PyListArray), so that a lock-free reader can check an
// index against the array it loaded, whichever array that turns out to be.
bool ArraysHaveHeader() { return ThreadState::Current()->object_locks(); }

std::size_t ArrayBytes(std::int64_t capacity, bool header) {
  return sizeof(Object*) * static_cast<std::size_t>(capacity + (header ? 1 : 0));
}

// Frees an array now (nobody else can be reading it).
void FreeArray(Object** items, std::int64_t capacity) {
  if (items == nullptr) return;
  const bool header = ArraysHaveHeader();
  MemFree(header ? items - 1 : items, ArrayBytes(capacity, header));
}

// The header word of an array with a header: its capacity, or kFreedArray.
std::atomic_ref<std::int64_t> HeaderRef(Object** items) {
  return std::atomic_ref<std::int64_t>(*reinterpret_cast<std::int64_t*>(items - 1));
}
std::int64_t ArrayCapacity(Object** items) {
  return HeaderRef(items).load(std::memory_order_relaxed);
}
Object* LoadItem(Object** items, std::int64_t i) {
  return std::atomic_ref<Object*>(items[i]).load(std::memory_order_acquire);
}

// CPython's over-allocation (list_resize, Objects/listobject.c, 3.9+): the
// capacity for a list of `size` items resized to `new_size`.
std::int64_t NewCapacity(std::int64_t size, std::int64_t new_size) {
  if (new_size == 0) return 0;
  const std::int64_t grown = (new_size + (new_size >> 3) + 6) & ~std::int64_t{3};
  // A large jump (extend by many) is not over-allocated past the need.
  if (new_size - size > grown - new_size) return (new_size + 3) & ~std::int64_t{3};
  return grown;
}

// A fresh array with a header: `capacity` slots, the first `keep` copied from
// `from`, the rest null. Requires: keep <= capacity.
Object** NewArray(std::int64_t capacity, Object* const* from = nullptr,
                  std::int64_t keep = 0) {
  auto* block = static_cast<std::int64_t*>(MemAlloc(ArrayBytes(capacity, true)));
  block[0] = capacity;
  auto** items = reinterpret_cast<Object**>(block + 1);
  if (keep > 0) std::copy(from, from + keep, items);
  std::fill(items + keep, items + capacity, nullptr);
  return items;
}

// CPython's list_resize. Requires: the list's owner or its critical section.
void Resize(ListObject* list, std::int64_t new_size) {
  const std::int64_t allocated = list->allocated;
  if (allocated >= new_size && new_size >= (allocated >> 1)) {
    SizeRef(list).store(new_size, std::memory_order_relaxed);
    return;
  }
  const std::int64_t new_allocated = NewCapacity(list->size, new_size);
  const bool header = ArraysHaveHeader();
  Object** old = list->items;
  if (!header || !IsMarkedShared(&list->header)) {
    // No lock-free reader can be in the old array (no object locks, or only the
    // list's creator has touched it): resize in place, as the GIL build does
    // (a capacity header moves with the items).
    Object** items = nullptr;
    if (new_allocated == 0) {
      FreeArray(old, allocated);
    } else {
      const std::size_t skip = header ? 1 : 0;
      auto** block = static_cast<Object**>(
          MemRealloc(old == nullptr ? nullptr : old - skip,
                     old == nullptr ? 0 : ArrayBytes(allocated, header),
                     ArrayBytes(new_allocated, header)));
      if (header) *reinterpret_cast<std::int64_t*>(block) = new_allocated;
      items = block + skip;
    }
    ItemsRef(list).store(items, std::memory_order_release);
  } else {
    // Readers may be indexing the old array: copy, publish, retire.
    Object** items = nullptr;
    if (new_allocated > 0) {
      items = NewArray(new_allocated, old, std::min(list->size, new_size));
    }
    ItemsRef(list).store(items, std::memory_order_release);
    if (old != nullptr) MemRetire(old - 1, ArrayBytes(allocated, true));
  }
  AllocatedRef(list).store(new_allocated, std::memory_order_relaxed);
  SizeRef(list).store(new_size, std::memory_order_relaxed);
}

// A thread other than the list's owner is touching it (in its critical section):
// from now on lock-free readers may be in its item array, so resizes must copy
// and retire (CPython 3.13t's _PyObject_GC_SET_SHARED on lists), and its items
// may be read by a thread that holds no reference, so each is marked shared
// (refcount.h): freed later, its memory waits for QSBR. Items stored from now on
// are marked as they come (ShareForStore); until now only the owner could read
// them, so an unshared list's stores cost no atomic flag. Slots past the size
// are cleared, as a copied array's are, so that a reader that sees a size before
// its slot was written finds null and takes the lock.
void ShareIfForeign(ListObject* list) {
  if (!MayReadLockFree(&list->header)) ListShare(&list->header);
}

// `item` is about to be stored in `list`: the list is shared if this thread is
// foreign to it, and the item is marked shared if the list is. Requires: object
// locks on, and the list's critical section.
void ShareForStore(ListObject* list, Object* item) {
  ShareIfForeign(list);
  if (IsMarkedShared(&list->header)) MarkShared(item);
}

// A Python index made absolute against `size`; false when out of range.
bool Normalize(std::int64_t size, std::int64_t* i) {
  if (*i < 0) *i += size;
  return *i >= 0 && *i < size;
}

// ---------------------------------------------------------------------------
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

constexpr std::int64_t kFreedArray = -1;
// 0xDDDD...: CPython's dead byte, in every byte of the slot.
Object* const kPoisonedSlot = reinterpret_cast<Object*>(~std::uintptr_t{0} / 0xFF * 0xDD);

void Damage(ListDamage d) { RuntimeState::Current()->CountListDamage(d); }
Object* NewNoneRef() { return NewRef(RuntimeState::Current()->none()); }

std::atomic_ref<Object*> SlotRef(Object** items, std::int64_t i) {
  return std::atomic_ref<Object*>(items[i]);
}

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

// The items a list really holds: its size, but (with unlocked lists, whose size
// races with their resizes) no more than its array's capacity. Requires: no
// other thread is changing the list.
std::int64_t UsableSize(ListObject* list) {
  Object** items = ItemsRef(list).load(std::memory_order_acquire);
  const std::int64_t size = SizeRef(list).load(std::memory_order_relaxed);
  if (items == nullptr) return 0;
  if (!ArraysHaveHeader()) return size;
  return std::min(size, ArrayCapacity(items));
}

// CPython's list_clear: detach the items first, so the list is consistent (empty)
// while the items' deallocators run. Called by the deallocator and by the
// collector with the world stopped: no other thread can read the list.
void ListClear(Object* self) {
  ListObject* list = AsList(self);
  Object** items = ItemsRef(list).load(std::memory_order_acquire);
  const std::int64_t n = UsableSize(list);
  const std::int64_t allocated = list->allocated;
  ItemsRef(list).store(nullptr, std::memory_order_relaxed);
  SizeRef(list).store(0, std::memory_order_relaxed);
  AllocatedRef(list).store(0, std::memory_order_relaxed);
  if (ThreadState::Current()->lists_unlocked() && items != nullptr) {
    std::vector<Object*> taken = TakeArrayUnlocked(items);
    for (auto it = taken.rbegin(); it != taken.rend(); ++it) DecRef(*it);
    return;
  }
  for (std::int64_t i = n - 1; i >= 0; --i) XDecRef(items[i]);
  FreeArray(items, allocated);
}

void ListDealloc(Object* self) {
  ListClear(self);
  FreeObject(self);
}

int ListTraverse(Object* self, VisitProc visit, void* arg) {
  ListObject* list = AsList(self);
  const std::int64_t n = UsableSize(list);
  for (std::int64_t i = 0; i < n; ++i) {
    if (list->items[i] == nullptr) continue;  // an unlocked list's lost item
    if (int r = visit(list->items[i], arg)) return r;
  }
  return 0;
}

std::size_t ListSizeOf(const Object* self) {
  return sizeof(ListObject) +
         sizeof(Object*) * static_cast<std::size_t>(ListCapacity(self));
}

bool ListEqual(const Object* self, const Object* other) {
  const std::vector<Object*> a = ListSnapshot(const_cast<Object*>(self));
  const std::vector<Object*> b = ListSnapshot(const_cast<Object*>(other));
  bool equal = a.size() == b.size();
  for (std::size_t i = 0; equal && i < a.size(); ++i) equal = Equal(a[i], b[i]);
  DecRefAll(a);
  DecRefAll(b);
  return equal;
}

void ListRepr(const Object* self, std::string* out) {
  const std::vector<Object*> items = ListSnapshot(const_cast<Object*>(self));
  out->push_back('[');
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out->append(", ");
    AppendRepr(items[i], out);
  }
  out->push_back(']');
  DecRefAll(items);
}

}  // namespace

const TypeObject kListType = {
    .name = TypeIndexName(TypeIndex::kList),
    .index = TypeIndex::kList,
    .basic_size = sizeof(ListObject),
    .item_size = 0,
    .dealloc = ListDealloc,
    .traverse = ListTraverse,
    .size_of = ListSizeOf,
    .hash = nullptr,  // unhashable
    .equal = ListEqual,
    .clear = ListClear,
    .repr = ListRepr,
};

Object* NewList() {
  Object* ob = AllocObject(kListType, sizeof(ListObject));
  ListObject* list = AsList(ob);
  list->size = 0;
  list->allocated = 0;
  list->items = nullptr;
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

void ListAppend(Object* ob, Object* item) {
  ListObject* list = AsList(ob);
  const ThreadState* ts = ThreadState::Current();
  if (ts->lists_unlocked()) [[unlikely]] {
    MarkShared(item);
    AppendUnlocked(list, item);
    return;
  }
  CriticalSection cs(ob, CriticalSection::kLeaf);
  if (ts->sharing()) ShareForStore(list, item);
  const std::int64_t n = list->size;
  Resize(list, n + 1);
  StoreItem(list->items, n, NewRef(item));
}

Object* ListGetItemRef(Object* ob, std::int64_t i) {
  ListObject* list = AsList(ob);
  const ThreadState* ts = ThreadState::Current();
  if (!ts->sharing()) {  // a GIL, or lock elision: no other thread is changing it
    if (!Normalize(list->size, &i)) return nullptr;
    return NewRef(list->items[i]);
  }
  if (ts->lists_unlocked()) [[unlikely]]
    return GetItemRefUnlocked(list, i);
  // CPython 3.13t's list_get_item_ref: no lock unless this races with a change,
  // or the list has not been shared yet.
  const bool lock_free = MayReadLockFree(ob);
  if (!Normalize(ListSize(ob), &i)) return nullptr;
  Object** items = ItemsRef(list).load(std::memory_order_acquire);
  if (lock_free && items != nullptr && i < ArrayCapacity(items)) {
    if (ts->explored()) [[unlikely]]
      SchedulePoint("lst[i]: load the item (no lock)");
    Object* item = LoadItem(items, i);
    if (item != nullptr && TryIncrefCompare(&items[i], item)) return item;
  }
  CriticalSection cs(ob, CriticalSection::kLeaf);
  ShareIfForeign(list);
  if (i >= list->size) return nullptr;
  return NewRef(list->items[i]);
}

bool ListAssign(Object* ob, std::int64_t i, Object* item) {
  ListObject* list = AsList(ob);
  const ThreadState* ts = ThreadState::Current();
  if (ts->lists_unlocked()) [[unlikely]] {
    MarkShared(item);
    return AssignUnlocked(list, i, item);
  }
  Object* old;
  {
    CriticalSection cs(ob, CriticalSection::kLeaf);
    if (ts->sharing()) ShareForStore(list, item);
    if (!Normalize(list->size, &i)) return false;
    old = list->items[i];
    StoreItem(list->items, i, NewRef(item));
  }
  DecRef(old);  // after the store, and unlocked: old's deallocator may use this list
  return true;
}

Object* ListPop(Object* ob) {
  ListObject* list = AsList(ob);
  const ThreadState* ts = ThreadState::Current();
  if (ts->lists_unlocked()) [[unlikely]]
    return PopUnlocked(list);
  CriticalSection cs(ob, CriticalSection::kLeaf);
  if (ts->sharing()) ShareIfForeign(list);
  const std::int64_t n = list->size;
  if (n == 0) return nullptr;
  Object* item = list->items[n - 1];
  // A reader that saw the old size finds null and takes the lock.
  StoreItem(list->items, n - 1, nullptr);
  Resize(list, n - 1);
  return item;
}

Object* ListPopAt(Object* ob, std::int64_t i) {
  ListObject* list = AsList(ob);
  const ThreadState* ts = ThreadState::Current();
  if (ts->lists_unlocked()) [[unlikely]]
    return PopAtUnlocked(list, i);
  CriticalSection cs(ob, CriticalSection::kLeaf);
  if (ts->sharing()) ShareIfForeign(list);
  const std::int64_t n = list->size;
  if (!Normalize(n, &i)) return nullptr;
  Object* item = list->items[i];
  // A lock-free reader of slot j finds the old item or the next one; it keeps
  // what it read only if the slot still holds it (TryIncrefCompare).
  for (std::int64_t j = i; j + 1 < n; ++j) StoreItem(list->items, j, list->items[j + 1]);
  StoreItem(list->items, n - 1, nullptr);
  Resize(list, n - 1);
  return item;
}

void ListExtend(Object* ob, const std::vector<Object*>& items) {
  ListObject* list = AsList(ob);
  const ThreadState* ts = ThreadState::Current();
  if (ts->lists_unlocked()) [[unlikely]] {
    for (Object* item : items) {
      MarkShared(item);
      AppendUnlocked(list, item);
    }
    return;
  }
  CriticalSection cs(ob, CriticalSection::kLeaf);
  if (ts->sharing()) ShareIfForeign(list);
  const bool shared = ts->sharing() && IsMarkedShared(ob);
  const std::int64_t n = list->size;
  // The new slots are null until stored: a reader that sees the new size first
  // finds null and takes the lock.
  Resize(list, n + static_cast<std::int64_t>(items.size()));
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (shared) MarkShared(items[k]);
    StoreItem(list->items, n + static_cast<std::int64_t>(k), NewRef(items[k]));
  }
}

std::string ListSlotsText(const RuntimeState& rt, Object* ob) {
  ListObject* list = AsList(ob);
  Object** items = ItemsRef(list).load(std::memory_order_acquire);
  std::string out =
      "size " + std::to_string(SizeRef(list).load(std::memory_order_relaxed));
  if (items == nullptr) return out + ", no slots";
  std::int64_t capacity = AllocatedRef(list).load(std::memory_order_relaxed);
  if (rt.options().objects != ObjectSafety::kGil) {  // ArraysHaveHeader, for rt
    capacity = HeaderRef(items).load(std::memory_order_acquire);
  }
  if (capacity == kFreedArray) return out + ", its array claimed for freeing";
  out += ", slots [";
  for (std::int64_t i = 0; i < capacity; ++i) {
    if (i > 0) out += ", ";
    Object* item = SlotRef(items, i).load(std::memory_order_acquire);
    if (item == nullptr) {
      out += "_";
    } else if (item == kPoisonedSlot) {
      out += "~";
    } else {
      AppendRepr(item, &out);
    }
  }
  return out + "]";
}

void ListShare(Object* ob) {
  ListObject* list = AsList(ob);
  for (std::int64_t i = 0; i < list->size; ++i) MarkShared(list->items[i]);
  for (std::int64_t i = list->size; i < list->allocated; ++i) list->items[i] = nullptr;
  MarkShared(ob);
}

std::vector<Object*> ListSnapshot(Object* ob) {
  ListObject* list = AsList(ob);
  if (ThreadState::Current()->lists_unlocked()) [[unlikely]] {
    return SnapshotUnlocked(list);
  }
  CriticalSection cs(ob, CriticalSection::kLeaf);
  std::vector<Object*> items(list->items, list->items + list->size);
  for (Object* item : items) IncRef(item);
  return items;
}

void DecRefAll(const std::vector<Object*>& items) {
  for (Object* item : items) DecRef(item);
}

}  // namespace gillab
