#include "runtime/objects/tuple_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

namespace {

Object** Items(Object* tuple) {
  return reinterpret_cast<Object**>(reinterpret_cast<TupleObject*>(tuple) + 1);
}

void TupleClear(Object* self) {
  Object** items = Items(self);
  // Last to first, as CPython's tupledealloc (the order __del__ methods see).
  for (std::int64_t i = TupleSize(self) - 1; i >= 0; --i) {
    Object* item = items[i];
    items[i] = nullptr;
    XDecRef(item);
  }
}

void TupleDealloc(Object* self) {
  TupleClear(self);
  FreeObject(self);
}

int TupleTraverse(Object* self, VisitProc visit, void* arg) {
  Object** items = Items(self);
  for (std::int64_t i = 0; i < TupleSize(self); ++i) {
    if (items[i] != nullptr) {
      if (int r = visit(items[i], arg)) return r;
    }
  }
  return 0;
}

std::size_t TupleSizeOf(const Object* self) {
  return sizeof(TupleObject) +
         sizeof(Object*) * static_cast<std::size_t>(TupleSize(self));
}

bool TupleEqual(const Object* self, const Object* other) {
  if (TupleSize(self) != TupleSize(other)) return false;
  for (std::int64_t i = 0; i < TupleSize(self); ++i) {
    if (!Equal(TupleGetItem(self, i), TupleGetItem(other, i))) return false;
  }
  return true;
}

void TupleRepr(const Object* self, std::string* out) {
  out->push_back('(');
  for (std::int64_t i = 0; i < TupleSize(self); ++i) {
    if (i > 0) out->append(", ");
    AppendRepr(TupleGetItem(self, i), out);
  }
  if (TupleSize(self) == 1) out->push_back(',');
  out->push_back(')');
}

static_assert(offsetof(TupleObject, size) == kVarSizeOffset);

}  // namespace

const TypeObject kTupleType = {
    .name = TypeIndexName(TypeIndex::kTuple),
    .index = TypeIndex::kTuple,
    .basic_size = sizeof(TupleObject),
    .item_size = sizeof(Object*),
    .dealloc = TupleDealloc,
    .traverse = TupleTraverse,
    .size_of = TupleSizeOf,
    .hash = nullptr,  // Hash() combines the items' hashes (object_ops.cc)
    .equal = TupleEqual,
    .clear = TupleClear,
    .repr = TupleRepr,
};

Object* NewTupleUninitialized(std::int64_t size) {
  if (size == 0) {
    // The one empty tuple (immortal: no count to take), once the runtime has it.
    if (Object* empty = RuntimeState::Current()->empty_tuple()) return empty;
  }
  Object* ob = AllocObject(
      kTupleType, sizeof(TupleObject) + sizeof(Object*) * static_cast<std::size_t>(size));
  reinterpret_cast<TupleObject*>(ob)->size = size;
  Object** items = Items(ob);
  for (std::int64_t i = 0; i < size; ++i) items[i] = nullptr;
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

void TupleInit(Object* tuple, std::int64_t i, Object* item) { Items(tuple)[i] = item; }

Object* NewTuple(std::initializer_list<Object*> items) {
  Object* t = NewTupleUninitialized(static_cast<std::int64_t>(items.size()));
  std::int64_t i = 0;
  for (Object* item : items) TupleInit(t, i++, NewRef(item));
  return t;
}

}  // namespace gillab
