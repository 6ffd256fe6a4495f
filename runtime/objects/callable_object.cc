// gillab/runtime/objects/callable_object.cc
#include "runtime/objects/callable_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/gc.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/objects/weakref_object.h"

namespace gillab {

namespace {

void CallableDealloc(Object* self) { FreeObject(self); }

FunctionObject* AsMutableFunction(Object* ob) {
  return reinterpret_cast<FunctionObject*>(ob);
}

void FunctionClear(Object* self) {
  FunctionObject* f = AsMutableFunction(self);
  Object* defaults = f->defaults;
  Object* closure = f->closure;
  f->defaults = f->closure = nullptr;
  XDecRef(defaults);
  XDecRef(closure);
}

void FunctionDealloc(Object* self) {
  if (HasGcBit(self, kGcWeakrefs)) ClearWeakrefs(self);
  FunctionClear(self);
  FreeObject(self);
}

int FunctionTraverse(Object* self, VisitProc visit, void* arg) {
  FunctionObject* f = AsMutableFunction(self);
  if (f->defaults != nullptr) {
    if (int r = visit(f->defaults, arg)) return r;
  }
  if (f->closure != nullptr) return visit(f->closure, arg);
  return 0;
}

void CellClear(Object* self) {
  XDecRef(AsCell(self)->ref.exchange(nullptr, std::memory_order_acq_rel));
}

void CellDealloc(Object* self) {
  CellClear(self);
  FreeObject(self);
}

int CellTraverse(Object* self, VisitProc visit, void* arg) {
  Object* v = AsCell(self)->ref.load(std::memory_order_acquire);
  return v != nullptr ? visit(v, arg) : 0;
}

void CellRepr(const Object* self, std::string* out) {
  Object* v = AsCell(const_cast<Object*>(self))->ref.load(std::memory_order_acquire);
  out->append(v == nullptr ? "<cell: empty>"
                           : "<cell: " + std::string(v->type->name) + " object>");
}

void FunctionRepr(const Object* self, std::string* out) {
  out->append("<function ");
  out->append(AsFunction(self)->name);
  out->append(">");
}

void BuiltinRepr(const Object* self, std::string* out) {
  out->append("<built-in function ");
  out->append(AsBuiltin(self)->name);
  out->append(">");
}

}  // namespace

const TypeObject kFunctionType = {
    .name = TypeIndexName(TypeIndex::kFunction),
    .index = TypeIndex::kFunction,
    .basic_size = sizeof(FunctionObject),
    .item_size = 0,
    .dealloc = FunctionDealloc,
    .traverse = FunctionTraverse,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = FunctionClear,
    .repr = FunctionRepr,
};

const TypeObject kBuiltinType = {
    .name = TypeIndexName(TypeIndex::kBuiltin),
    .index = TypeIndex::kBuiltin,
    .basic_size = sizeof(BuiltinObject),
    .item_size = 0,
    .dealloc = CallableDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = BuiltinRepr,
};

const TypeObject kCellType = {
    .name = TypeIndexName(TypeIndex::kCell),
    .index = TypeIndex::kCell,
    .basic_size = sizeof(CellObject),
    .item_size = 0,
    .dealloc = CellDealloc,
    .traverse = CellTraverse,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = CellClear,
    .repr = CellRepr,
};

Object* NewFunction(const void* code, const char* name) {
  Object* ob = AllocObject(kFunctionType, sizeof(FunctionObject));
  auto* f = reinterpret_cast<FunctionObject*>(ob);
  f->code = code;
  f->name = name;
  f->defaults = nullptr;
  f->closure = nullptr;
  return ob;
}

Object* NewClosure(const void* code, const char* name, Object* defaults,
                   Object* closure) {
  Object* ob = NewFunction(code, name);
  auto* f = reinterpret_cast<FunctionObject*>(ob);
  if (defaults != nullptr) f->defaults = NewRef(defaults);
  if (closure != nullptr) f->closure = NewRef(closure);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

Object* NewCell(Object* value) {
  Object* ob = AllocObject(kCellType, sizeof(CellObject));
  new (&AsCell(ob)->ref) std::atomic<Object*>(value != nullptr ? NewRef(value) : nullptr);
  RuntimeState::Current()->gc().Track(ob);
  return ob;
}

Object* NewBuiltin(int id, const char* name) {
  Object* ob = AllocObject(kBuiltinType, sizeof(BuiltinObject));
  auto* b = reinterpret_cast<BuiltinObject*>(ob);
  b->id = id;
  b->name = name;
  return ob;
}

}  // namespace gillab
