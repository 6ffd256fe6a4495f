// gillab/runtime/objects/callable_object.cc
#include "runtime/objects/callable_object.h"

#include <string>

#include "runtime/memory/alloc.h"

namespace gillab {

namespace {

void CallableDealloc(Object* self) { FreeObject(self); }

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
    .dealloc = CallableDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
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

Object* NewFunction(const void* code, const char* name) {
  Object* ob = AllocObject(kFunctionType, sizeof(FunctionObject));
  auto* f = reinterpret_cast<FunctionObject*>(ob);
  f->code = code;
  f->name = name;
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
