#include "runtime/singletons.h"

#include <string>

#include "runtime/int_object.h"
#include "runtime/runtime.h"

namespace gillab {

namespace {

// Immortals are never deallocated by reference counting; reaching this is a bug
// (an immortal's count can only be written by Immortalize).
void ImmortalDealloc(Object* self) {
  std::fprintf(stderr, "gillab: fatal: deallocating immortal %s\n", self->type->name);
  std::abort();
}

std::uint64_t NoneHash(const Object*) { return 0xFCA86420u; }
void NoneRepr(const Object*, std::string* out) { out->append("None"); }

std::uint64_t BoolHash(const Object* self) {
  return static_cast<std::uint64_t>(IntValue(self));
}
void BoolRepr(const Object* self, std::string* out) {
  out->append(IntValue(self) != 0 ? "True" : "False");
}

}  // namespace

const TypeObject kNoneType = {
    .name = "NoneType",
    .index = TypeIndex::kNone,
    .basic_size = sizeof(NoneObject),
    .item_size = 0,
    .dealloc = ImmortalDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = NoneHash,
    .equal = nullptr,
    .clear = nullptr,
    .repr = NoneRepr,
};

const TypeObject kBoolType = {
    .name = "bool",
    .index = TypeIndex::kBool,
    .basic_size = sizeof(IntObject),
    .item_size = 0,
    .dealloc = ImmortalDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = BoolHash,
    .equal = nullptr,  // numeric equality is handled by Equal() for int and bool
    .clear = nullptr,
    .repr = BoolRepr,
};

Object* NewNone() { return Runtime::Current()->none(); }

Object* NewBool(bool value) {
  Runtime* rt = Runtime::Current();
  return value ? rt->true_object() : rt->false_object();
}

}  // namespace gillab
