#include "runtime/objects/list_object.h"

#include <algorithm>
#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/critical_section.h"
#include "runtime/memory/refcount.h"
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

// The capacity of an array with a header.
std::int64_t ArrayCapacity(Object** items) {
  return std::atomic_ref<std::int64_t>(*reinterpret_cast<std::int64_t*>(items - 1))
      .load(std::memory_order_relaxed);
}

// CPython's list_resize (Objects/listobject.c, 3.9+). Requires: the list's owner
// or its critical section.
void Resize(ListObject* list, std::int64_t new_size) {
  const std::int64_t allocated = list->allocated;
  if (allocated >= new_size && new_size >= (allocated >> 1)) {
    SizeRef(list).store(new_size, std::memory_order_relaxed);
    return;
  }
  std::int64_t new_allocated = (new_size + (new_size >> 3) + 6) & ~std::int64_t{3};
  // A large jump (extend by many) is not over-allocated past the need.
  if (new_size - list->size > new_allocated - new_size) {
    new_allocated = (new_size + 3) & ~std::int64_t{3};
  }
  if (new_size == 0) new_allocated = 0;
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
      auto* block = static_cast<std::int64_t*>(MemAlloc(ArrayBytes(new_allocated, true)));
      block[0] = new_allocated;
      items = reinterpret_cast<Object**>(block + 1);
      const std::int64_t keep = std::min(list->size, new_size);
      for (std::int64_t i = 0; i < keep; ++i) items[i] = old[i];
      for (std::int64_t i = keep; i < new_allocated; ++i) items[i] = nullptr;
    }
    ItemsRef(list).store(items, std::memory_order_release);
    if (old != nullptr) MemRetire(old - 1, ArrayBytes(allocated, true));
  }
  AllocatedRef(list).store(new_allocated, std::memory_order_relaxed);
  SizeRef(list).store(new_size, std::memory_order_relaxed);
}

// A thread other than the list's owner is touching it (in its critical section):
// from now on lock-free readers may be in its item array, so resizes must copy
// and retire (CPython 3.13t's _PyObject_GC_SET_SHARED on lists). Slots past the
// size are cleared, as a copied array's are, so that a reader that sees a size
// before its slot was written finds null and takes the lock.
void ShareIfForeign(ListObject* list) {
  Object* ob = &list->header;
  if (MayReadLockFree(ob)) return;
  for (std::int64_t i = list->size; i < list->allocated; ++i) list->items[i] = nullptr;
  MarkShared(ob);
}

// CPython's list_clear: detach the items first, so the list is consistent (empty)
// while the items' deallocators run. Called by the deallocator and by the
// collector with the world stopped: no other thread can read the list.
void ListClear(Object* self) {
  ListObject* list = AsList(self);
  Object** items = list->items;
  const std::int64_t n = list->size;
  const std::int64_t allocated = list->allocated;
  ItemsRef(list).store(nullptr, std::memory_order_relaxed);
  SizeRef(list).store(0, std::memory_order_relaxed);
  AllocatedRef(list).store(0, std::memory_order_relaxed);
  for (std::int64_t i = n - 1; i >= 0; --i) DecRef(items[i]);
  FreeArray(items, allocated);
}

void ListDealloc(Object* self) {
  ListClear(self);
  FreeObject(self);
}

int ListTraverse(Object* self, VisitProc visit, void* arg) {
  ListObject* list = AsList(self);
  for (std::int64_t i = 0; i < list->size; ++i) {
    if (int r = visit(list->items[i], arg)) return r;
  }
  return 0;
}

std::size_t ListSizeOf(const Object* self) {
  return sizeof(ListObject) +
         sizeof(Object*) * static_cast<std::size_t>(ListCapacity(self));
}

void DecRefAll(const std::vector<Object*>& items) {
  for (Object* item : items) DecRef(item);
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

// A Python index made absolute against `size`; false when out of range.
bool Normalize(std::int64_t size, std::int64_t* i) {
  if (*i < 0) *i += size;
  return *i >= 0 && *i < size;
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
  const bool locks = ThreadState::Current()->object_locks();
  if (locks) MarkShared(item);
  CriticalSection cs(ob);
  if (locks) ShareIfForeign(list);
  const std::int64_t n = list->size;
  Resize(list, n + 1);
  StoreItem(list->items, n, NewRef(item));
}

Object* ListGetItemRef(Object* ob, std::int64_t i) {
  ListObject* list = AsList(ob);
  if (!ThreadState::Current()->object_locks()) {
    if (!Normalize(list->size, &i)) return nullptr;
    return NewRef(list->items[i]);
  }
  // CPython 3.13t's list_get_item_ref: no lock unless this races with a change,
  // or the list has not been shared yet.
  const bool lock_free = MayReadLockFree(ob);
  if (!Normalize(ListSize(ob), &i)) return nullptr;
  Object** items = ItemsRef(list).load(std::memory_order_acquire);
  if (lock_free && items != nullptr && i < ArrayCapacity(items)) {
    Object* item = std::atomic_ref<Object*>(items[i]).load(std::memory_order_acquire);
    if (item != nullptr && TryIncrefCompare(&items[i], item)) return item;
  }
  CriticalSection cs(ob);
  ShareIfForeign(list);
  if (i >= list->size) return nullptr;
  return NewRef(list->items[i]);
}

bool ListAssign(Object* ob, std::int64_t i, Object* item) {
  ListObject* list = AsList(ob);
  const bool locks = ThreadState::Current()->object_locks();
  if (locks) MarkShared(item);
  Object* old;
  {
    CriticalSection cs(ob);
    if (locks) ShareIfForeign(list);
    if (!Normalize(list->size, &i)) return false;
    old = list->items[i];
    StoreItem(list->items, i, NewRef(item));
  }
  DecRef(old);  // after the store, and unlocked: old's deallocator may use this list
  return true;
}

Object* ListPop(Object* ob) {
  ListObject* list = AsList(ob);
  CriticalSection cs(ob);
  if (ThreadState::Current()->object_locks()) ShareIfForeign(list);
  const std::int64_t n = list->size;
  if (n == 0) return nullptr;
  Object* item = list->items[n - 1];
  // A reader that saw the old size finds null and takes the lock.
  StoreItem(list->items, n - 1, nullptr);
  Resize(list, n - 1);
  return item;
}

std::vector<Object*> ListSnapshot(Object* ob) {
  ListObject* list = AsList(ob);
  CriticalSection cs(ob);
  std::vector<Object*> items(list->items, list->items + list->size);
  for (Object* item : items) IncRef(item);
  return items;
}

}  // namespace gillab
