// gillab/runtime/objects/int_object.h — boxed integers and the small-int cache.
//
// gillab's int holds a signed 64-bit value (CPython's is arbitrary precision; the
// labs never need more). NewInt(v) for -5 <= v <= 256 returns the Runtime's cached,
// immortal object, as CPython does, so `NewInt(7) == NewInt(7)` (same object) while
// two NewInt(1000) are distinct objects.
#ifndef GILLAB_RUNTIME_OBJECTS_INT_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_INT_OBJECT_H_

#include <cstdint>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kIntType;

struct IntObject {
  Object header;
  std::int64_t value;
};

// Returns a NEW reference to an int with `value` (a cached one for small values).
Object* NewInt(std::int64_t value);

// Returns a NEW reference to a freshly allocated int, bypassing the cache. For the
// Runtime's cache itself and for tests that need a non-cached small value.
Object* NewIntUncached(std::int64_t value);

// CPython's numeric hash of an integer value: the value modulo the Mersenne prime
// 2^61 - 1 with its sign kept, and -1 (CPython's error marker) replaced by -2. So
// hash(n) == n for small n; float uses it for integral values (hash(2.0) == hash(2)).
std::uint64_t HashInt64(std::int64_t value);

// True for int and bool (Python's isinstance(x, int)).
inline bool IsInt(const Object* ob);

// The value. Requires: IsInt(ob).
// Changes an int's value. Ints are immutable to the program: only for an int
// whose one reference is the caller's (IsUniquelyReferenced), never a small int.
inline void SetIntValueInPlace(Object* ob, std::int64_t value) {
  reinterpret_cast<IntObject*>(ob)->value = value;
}

inline std::int64_t IntValue(const Object* ob) {
  return reinterpret_cast<const IntObject*>(ob)->value;
}

}  // namespace gillab

#include "runtime/objects/singletons.h"

namespace gillab {
inline bool IsInt(const Object* ob) {
  return IsType(ob, kIntType) || IsType(ob, kBoolType);
}
}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_INT_OBJECT_H_
