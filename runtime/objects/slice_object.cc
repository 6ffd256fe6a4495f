#include "runtime/objects/slice_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

namespace {

SliceObject* AsSlice(Object* ob) { return reinterpret_cast<SliceObject*>(ob); }
const SliceObject* AsSlice(const Object* ob) {
  return reinterpret_cast<const SliceObject*>(ob);
}

void SliceClear(Object* self) {
  SliceObject* s = AsSlice(self);
  for (Object** field : {&s->start, &s->stop, &s->step}) {
    Object* v = *field;
    *field = nullptr;
    XDecRef(v);
  }
}

void SliceDealloc(Object* self) {
  SliceClear(self);
  FreeObject(self);
}

int SliceTraverse(Object* self, VisitProc visit, void* arg) {
  SliceObject* s = AsSlice(self);
  for (Object* v : {s->start, s->stop, s->step}) {
    if (v != nullptr) {
      if (int r = visit(v, arg)) return r;
    }
  }
  return 0;
}

std::size_t SliceSizeOf(const Object*) { return sizeof(SliceObject); }

bool SliceEqual(const Object* self, const Object* other) {
  const SliceObject* a = AsSlice(self);
  const SliceObject* b = AsSlice(other);
  return Equal(a->start, b->start) && Equal(a->stop, b->stop) && Equal(a->step, b->step);
}

void SliceRepr(const Object* self, std::string* out) {
  const SliceObject* s = AsSlice(self);
  out->append("slice(");
  AppendRepr(s->start, out);
  out->append(", ");
  AppendRepr(s->stop, out);
  out->append(", ");
  AppendRepr(s->step, out);
  out->push_back(')');
}

// One bound: an int (*present), or None. False when it is neither.
bool Bound(const Object* v, std::int64_t* out, bool* present) {
  *present = v != RuntimeState::Current()->none();
  if (!*present) return true;
  if (!IsInt(v)) return false;
  *out = IntValue(v);
  return true;
}

// One bound against `size`, as PySlice_AdjustIndices clamps it.
std::int64_t Clamp(std::int64_t v, std::int64_t size, std::int64_t step) {
  if (v < 0) {
    v += size;
    if (v < 0) v = step < 0 ? -1 : 0;
  } else if (v >= size) {
    v = step < 0 ? size - 1 : size;
  }
  return v;
}

}  // namespace

const TypeObject kSliceType = {
    .name = TypeIndexName(TypeIndex::kSlice),
    .index = TypeIndex::kSlice,
    .basic_size = sizeof(SliceObject),
    .item_size = 0,
    .dealloc = SliceDealloc,
    .traverse = SliceTraverse,
    .size_of = SliceSizeOf,
    .hash = nullptr,  // unhashable, as in CPython 3.11
    .equal = SliceEqual,
    .clear = SliceClear,
    .repr = SliceRepr,
};

Object* NewSlice(Object* start, Object* stop, Object* step) {
  Object* ob = AllocObject(kSliceType, sizeof(SliceObject));
  SliceObject* s = AsSlice(ob);
  s->start = NewRef(start);
  s->stop = NewRef(stop);
  s->step = NewRef(step);
  return ob;  // not tracked: ints and None make no cycle
}

bool UnpackSlice(ErrorSink& err, const Object* slice, SliceBounds* out) {
  const SliceObject* s = AsSlice(slice);
  bool has_step;
  if (!Bound(s->step, &out->step, &has_step) ||
      !Bound(s->start, &out->start, &out->has_start) ||
      !Bound(s->stop, &out->stop, &out->has_stop)) {
    err.Raise("TypeError",
              "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  if (!has_step) out->step = 1;
  if (out->step == 0) {
    err.Raise("ValueError", "slice step cannot be zero");
    return false;
  }
  // -step must not overflow (CPython clamps the step the same way).
  if (out->step < -INT64_MAX) out->step = -INT64_MAX;
  return true;
}

std::int64_t AdjustSlice(std::int64_t size, SliceBounds* b) {
  const std::int64_t step = b->step;
  // Absent bounds: the whole sequence, in the step's direction.
  b->start = b->has_start ? Clamp(b->start, size, step) : step < 0 ? size - 1 : 0;
  b->stop = b->has_stop ? Clamp(b->stop, size, step) : step < 0 ? -1 : size;
  b->has_start = b->has_stop = true;
  if (step < 0) {
    return b->stop < b->start ? (b->start - b->stop - 1) / (-step) + 1 : 0;
  }
  return b->start < b->stop ? (b->stop - b->start - 1) / step + 1 : 0;
}

}  // namespace gillab
