#include "runtime/int_object.h"

#include <string>

#include "runtime/runtime.h"

namespace gillab {

namespace {

void IntDealloc(Object* self) { FreeObject(self); }

// CPython's numeric hash: the value modulo the Mersenne prime 2^61 - 1, with the
// sign kept, and -1 (CPython's error marker) replaced by -2; so hash(n) == n for
// small n, and hash(2.0) == hash(2) (see float_object.cc).
std::uint64_t IntHash(const Object* self) {
  constexpr std::int64_t kModulus = (std::int64_t{1} << 61) - 1;
  std::int64_t h = IntValue(self) % kModulus;
  if (h == -1) h = -2;
  return static_cast<std::uint64_t>(h);
}

void IntRepr(const Object* self, std::string* out) {
  out->append(std::to_string(IntValue(self)));
}

}  // namespace

const TypeObject kIntType = {
    .name = "int",
    .index = TypeIndex::kInt,
    .basic_size = sizeof(IntObject),
    .item_size = 0,
    .dealloc = IntDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = IntHash,
    .equal = nullptr,  // numeric equality is handled by Equal()
    .repr = IntRepr,
};

Object* NewIntUncached(std::int64_t value) {
  Object* ob = AllocObject(kIntType, sizeof(IntObject));
  reinterpret_cast<IntObject*>(ob)->value = value;
  return ob;
}

Object* NewInt(std::int64_t value) {
  if (value >= Runtime::kSmallIntMin && value <= Runtime::kSmallIntMax) {
    return Runtime::Current()->small_int(value);  // immortal: no IncRef needed
  }
  return NewIntUncached(value);
}

}  // namespace gillab
