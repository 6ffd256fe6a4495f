#include "runtime/objects/int_object.h"

#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"

namespace gillab {

namespace {

// Freed ints go to the thread's free list while it has room (see FreeList).
void IntDealloc(Object* self) {
  ThreadState* ts = ThreadState::Current();
  FreeList& free_ints = ts->int_free_list();
  // Not one that lock-free readers may still see: its block must stay a dead int
  // until QSBR frees it (FreeObject), not become a live one at once.
  if (free_ints.size < FreeList::kCapacity && !ts->runtime()->options().debug_memory &&
      !IsMarkedShared(self)) {
    ts->CountDeallocation(TypeIndex::kInt);
    free_ints.block_size = sizeof(IntObject);
    free_ints.items[free_ints.size++] = self;
    return;
  }
  FreeObject(self);
}

std::uint64_t IntHash(const Object* self) { return HashInt64(IntValue(self)); }

void IntRepr(const Object* self, std::string* out) {
  out->append(std::to_string(IntValue(self)));
}

}  // namespace

const TypeObject kIntType = {
    .name = TypeIndexName(TypeIndex::kInt),
    .index = TypeIndex::kInt,
    .basic_size = sizeof(IntObject),
    .item_size = 0,
    .dealloc = IntDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = IntHash,
    .equal = nullptr,  // numeric equality is handled by Equal()
    .clear = nullptr,
    .repr = IntRepr,
};

std::uint64_t HashInt64(std::int64_t value) {
  constexpr std::int64_t kModulus = (std::int64_t{1} << 61) - 1;
  std::int64_t h = value % kModulus;
  if (h == -1) h = -2;
  return static_cast<std::uint64_t>(h);
}

Object* NewIntUncached(std::int64_t value) {
  ThreadState* ts = ThreadState::Current();
  FreeList& free_ints = ts->int_free_list();
  Object* ob = free_ints.size > 0
                   ? InitObjectHeader(free_ints.items[--free_ints.size], kIntType, ts)
                   : AllocObject(kIntType, sizeof(IntObject));
  reinterpret_cast<IntObject*>(ob)->value = value;
  return ob;
}

Object* NewInt(std::int64_t value) {
  if (value >= RuntimeState::kSmallIntMin && value <= RuntimeState::kSmallIntMax) {
    return RuntimeState::Current()->small_int(value);  // immortal: no IncRef needed
  }
  return NewIntUncached(value);
}

}  // namespace gillab
