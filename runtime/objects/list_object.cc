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
#include "runtime/objects/list_internal.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

namespace list_internal {

std::int64_t NewCapacity(std::int64_t size, std::int64_t new_size) {
  if (new_size == 0) return 0;
  const std::int64_t grown = (new_size + (new_size >> 3) + 6) & ~std::int64_t{3};
  // A large jump (extend by many) is not over-allocated past the need.
  if (new_size - size > grown - new_size) return (new_size + 3) & ~std::int64_t{3};
  return grown;
}

Object** NewArray(std::int64_t capacity, Object* const* from, std::int64_t keep) {
  auto* block = static_cast<std::int64_t*>(MemAlloc(ArrayBytes(capacity, true)));
  block[0] = capacity;
  auto** items = reinterpret_cast<Object**>(block + 1);
  if (keep > 0) std::copy(from, from + keep, items);
  std::fill(items + keep, items + capacity, nullptr);
  return items;
}

}  // namespace list_internal

namespace {

using namespace list_internal;  // NOLINT: the list type's own internals

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

// What a list holding `old` holds after lst[b] = items (with `items` null, del
// lst[b]); `b` adjusted, selecting `len` items. The items taken out of the list
// are added to *removed. Pointers only: no count changes.
std::vector<Object*> Splice(const std::vector<Object*>& old, const SliceBounds& b,
                            std::int64_t len, const std::vector<Object*>* items,
                            std::vector<Object*>* removed) {
  std::vector<Object*> out;
  const auto at = [&](std::int64_t k) {
    return static_cast<std::size_t>(b.start + k * b.step);
  };
  if (b.step == 1) {
    const auto start = static_cast<std::size_t>(b.start);
    const auto end = start + static_cast<std::size_t>(len);
    out.assign(old.begin(), old.begin() + static_cast<std::ptrdiff_t>(start));
    removed->insert(removed->end(), old.begin() + static_cast<std::ptrdiff_t>(start),
                    old.begin() + static_cast<std::ptrdiff_t>(end));
    if (items != nullptr) out.insert(out.end(), items->begin(), items->end());
    out.insert(out.end(), old.begin() + static_cast<std::ptrdiff_t>(end), old.end());
    return out;
  }
  if (items != nullptr) {  // as many items as the slice selects
    out = old;
    for (std::int64_t k = 0; k < len; ++k) {
      removed->push_back(old[at(k)]);
      out[at(k)] = (*items)[static_cast<std::size_t>(k)];
    }
    return out;
  }
  std::vector<bool> taken(old.size(), false);
  for (std::int64_t k = 0; k < len; ++k) taken[at(k)] = true;
  for (std::size_t i = 0; i < old.size(); ++i) {
    (taken[i] ? *removed : out).push_back(old[i]);
  }
  return out;
}

// ListSetSlice for an unlocked list: the new contents written back with the
// unlocked primitives, each racing as it does.
bool SetSliceUnlocked(ListObject* list, SliceBounds b, const std::vector<Object*>* items,
                      std::int64_t* selected) {
  const std::vector<Object*> old = SnapshotUnlocked(list);
  const auto size = static_cast<std::int64_t>(old.size());
  const std::int64_t len = AdjustSlice(size, &b);
  if (items != nullptr && b.step != 1 &&
      static_cast<std::int64_t>(items->size()) != len) {
    DecRefAll(old);
    *selected = len;
    return false;
  }
  std::vector<Object*> removed;
  const std::vector<Object*> now = Splice(old, b, len, items, &removed);
  const auto n = static_cast<std::int64_t>(now.size());
  for (std::int64_t i = 0; i < n; ++i) {
    MarkShared(now[static_cast<std::size_t>(i)]);
    if (i < size) {
      AssignUnlocked(list, i, now[static_cast<std::size_t>(i)]);
    } else {
      AppendUnlocked(list, now[static_cast<std::size_t>(i)]);
    }
  }
  for (std::int64_t i = n; i < size; ++i) {
    if (Object* popped = PopUnlocked(list)) DecRef(popped);
  }
  DecRefAll(old);
  return true;
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

std::vector<Object*> ListGetSlice(Object* ob, SliceBounds b) {
  ListObject* list = AsList(ob);
  std::vector<Object*> out;
  if (ThreadState::Current()->lists_unlocked()) [[unlikely]] {
    const std::vector<Object*> all = SnapshotUnlocked(list);
    const std::int64_t len = AdjustSlice(static_cast<std::int64_t>(all.size()), &b);
    for (std::int64_t k = 0; k < len; ++k) {
      out.push_back(NewRef(all[static_cast<std::size_t>(b.start + k * b.step)]));
    }
    DecRefAll(all);
    return out;
  }
  CriticalSection cs(ob, CriticalSection::kLeaf);
  const std::int64_t len = AdjustSlice(list->size, &b);
  out.reserve(static_cast<std::size_t>(len));
  for (std::int64_t k = 0; k < len; ++k)
    out.push_back(NewRef(list->items[b.start + k * b.step]));
  return out;
}

bool ListSetSlice(Object* ob, SliceBounds b, const std::vector<Object*>* items,
                  std::int64_t* selected) {
  ListObject* list = AsList(ob);
  const ThreadState* ts = ThreadState::Current();
  if (ts->lists_unlocked()) [[unlikely]]
    return SetSliceUnlocked(list, b, items, selected);
  std::vector<Object*> removed;
  {
    CriticalSection cs(ob, CriticalSection::kLeaf);
    if (ts->sharing()) ShareIfForeign(list);
    const std::int64_t size = list->size;
    const std::int64_t len = AdjustSlice(size, &b);
    if (items != nullptr && b.step != 1 &&
        static_cast<std::int64_t>(items->size()) != len) {
      *selected = len;
      return false;
    }
    const std::vector<Object*> old(list->items, list->items + size);
    const std::vector<Object*> now = Splice(old, b, len, items, &removed);
    const bool shared = ts->sharing() && IsMarkedShared(ob);
    if (items != nullptr) {
      for (Object* item : *items) {
        if (shared) MarkShared(item);
        IncRef(item);
      }
    }
    const auto n = static_cast<std::int64_t>(now.size());
    // Slots past the new size are emptied first: a lock-free reader that saw the
    // old size finds null and takes the lock (ListPop's rule).
    for (std::int64_t i = n; i < size; ++i) StoreItem(list->items, i, nullptr);
    Resize(list, n);
    for (std::int64_t i = 0; i < n; ++i) {
      StoreItem(list->items, i, now[static_cast<std::size_t>(i)]);
    }
  }
  DecRefAll(removed);  // unlocked: a deallocator may use this list
  return true;
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
