#include "runtime/objects/singletons.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/objects/int_object.h"

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
    .name = TypeIndexName(TypeIndex::kNone),
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
    .name = TypeIndexName(TypeIndex::kBool),
    .index = TypeIndex::kBool,
    .basic_size = sizeof(IntObject),
    .item_size = 0,
    .dealloc = ImmortalDealloc,
    .traverse = nullptr,
    .size_of = IntObjectSizeOf,
    .hash = BoolHash,
    .equal = nullptr,  // numeric equality is handled by Equal() for int and bool
    .clear = nullptr,
    .repr = BoolRepr,
};

Object* NewNone() { return RuntimeState::Current()->none(); }

Object* NewBool(bool value) {
  RuntimeState* rt = RuntimeState::Current();
  return value ? rt->true_object() : rt->false_object();
}

}  // namespace gillab
