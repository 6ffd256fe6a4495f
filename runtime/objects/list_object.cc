#include "runtime/objects/list_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

namespace {

ListObject* AsList(Object* ob) { return reinterpret_cast<ListObject*>(ob); }

// CPython's list_resize (Objects/listobject.c, 3.9+).
void Resize(ListObject* list, std::int64_t new_size) {
  const std::int64_t allocated = list->allocated;
  if (allocated >= new_size && new_size >= (allocated >> 1)) {
    list->size = new_size;
    return;
  }
  std::int64_t new_allocated = (new_size + (new_size >> 3) + 6) & ~std::int64_t{3};
  // A large jump (extend by many) is not over-allocated past the need.
  if (new_size - list->size > new_allocated - new_size) {
    new_allocated = (new_size + 3) & ~std::int64_t{3};
  }
  const std::size_t old_bytes = sizeof(Object*) * static_cast<std::size_t>(allocated);
  if (new_size == 0) {
    MemFree(list->items, old_bytes);
    list->items = nullptr;
    new_allocated = 0;
  } else {
    list->items = static_cast<Object**>(
        MemRealloc(list->items, old_bytes,
                   sizeof(Object*) * static_cast<std::size_t>(new_allocated)));
  }
  list->allocated = new_allocated;
  list->size = new_size;
}

// CPython's list_clear: detach the items first, so the list is consistent (empty)
// while the items' deallocators run.
void ListClear(Object* self) {
  ListObject* list = AsList(self);
  Object** items = list->items;
  const std::int64_t n = list->size;
  const std::int64_t allocated = list->allocated;
  list->items = nullptr;
  list->size = 0;
  list->allocated = 0;
  for (std::int64_t i = n - 1; i >= 0; --i) DecRef(items[i]);
  MemFree(items, sizeof(Object*) * static_cast<std::size_t>(allocated));
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

bool ListEqual(const Object* self, const Object* other) {
  if (ListSize(self) != ListSize(other)) return false;
  for (std::int64_t i = 0; i < ListSize(self); ++i) {
    if (!Equal(ListGetItem(self, i), ListGetItem(other, i))) return false;
  }
  return true;
}

void ListRepr(const Object* self, std::string* out) {
  out->push_back('[');
  for (std::int64_t i = 0; i < ListSize(self); ++i) {
    if (i > 0) out->append(", ");
    AppendRepr(ListGetItem(self, i), out);
  }
  out->push_back(']');
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
  const std::int64_t n = list->size;
  Resize(list, n + 1);
  list->items[n] = NewRef(item);
}

void ListSetItem(Object* ob, std::int64_t i, Object* item) {
  ListObject* list = AsList(ob);
  Object* old = list->items[i];
  list->items[i] = NewRef(item);
  DecRef(old);  // after the store: old's deallocator may look at this list
}

Object* ListPop(Object* ob) {
  ListObject* list = AsList(ob);
  Object* item = list->items[list->size - 1];
  Resize(list, list->size - 1);
  return item;
}

}  // namespace gillab
