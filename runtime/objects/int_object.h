// gillab/runtime/objects/int_object.h — ints of any size, and the small-int cache.
//
// Python has one int type; gillab keeps it in two layouts, both of type `int`
// (TypeIndex::kInt: type(), isinstance and the class see one type):
//   - a word int (kIntType): gillab's header and the value as an int64. Every
//     value that fits 64 bits is one, so the interpreter's fast paths read a
//     field and check for overflow, as they always have;
//   - a big int (kBigIntType): CPython 3.11's layout (Include/cpython/
//     longintrepr.h) after gillab's header: a signed digit count (CPython's
//     ob_size: the number of 30-bit digits, negated for a negative value) and the
//     digits, least significant first. Only values past 64 bits (three digits or
//     more) are big; arithmetic on them is BigInt's (base/bigint.h, via int_ops).
// NewIntFromBigInt picks the layout, so a result that fits 64 bits is a word int
// again (2**64 - 1 - 2**64 is the cached -1).
//
// sys.getsizeof grows by 4 bytes per 30-bit digit, as CPython's: 44 up to 2^30,
// 48 up to 2^60, 56 for 2**100 (CPython's 28, 32, 40: gillab's header is 16 bytes
// larger). A big int's figure is its layout; a word int's is what that layout
// would take for its digits, though the object itself is 40 bytes (a 48-byte
// pymalloc block) whatever the value (README, "Introspection").
//
// NewInt(v) for -5 <= v <= 256 returns the Runtime's cached, immortal object, as
// CPython does, so `NewInt(7) == NewInt(7)` (same object) while two NewInt(1000)
// are distinct objects.
#ifndef GILLAB_RUNTIME_OBJECTS_INT_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_INT_OBJECT_H_

#include <cstddef>
#include <cstdint>

#include "base/bigint.h"
#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kIntType;     // a word int
extern const TypeObject kBigIntType;  // an int past 64 bits

struct IntObject {  // kIntType, and bool's True and False
  Object header;
  std::int64_t value;
};

struct BigIntObject {  // kBigIntType
  Object header;
  std::int64_t size;       // at kVarSizeOffset: signed digit count, |size| >= 3
  BigInt::Digit digit[1];  // |size| of them
};

// Returns a NEW reference to an int with `value` (a cached one for small values).
Object* NewInt(std::int64_t value);

// Returns a NEW reference to a freshly allocated int, bypassing the cache. For the
// Runtime's cache itself and for tests that need a non-cached small value.
Object* NewIntUncached(std::int64_t value);

// Returns a NEW reference to an int of `value`, which may be of any size: a word
// int (a cached one for small values) when it fits 64 bits, else a big int.
Object* NewIntFromBigInt(const BigInt& value);

// The value of an int or bool, of any size. Requires: IsInt(ob).
BigInt IntToBigInt(const Object* ob);

// CPython's numeric hash of an integer value: the value modulo the Mersenne prime
// 2^61 - 1 with its sign kept, and -1 (CPython's error marker) replaced by -2. So
// hash(n) == n for small n; float uses it for integral values (hash(2.0) == hash(2)).
// (A big int's hash is BigInt::Hash, the same function of its value.)
std::uint64_t HashInt64(std::int64_t value);

// Python's decimal str() of an int is refused past this many digits, as CPython's
// is by default (ValueError, "Exceeds the limit (4300 digits) ..."; CVE-2020-10735).
inline constexpr int kMaxIntStrDigits = 4300;

// sys.getsizeof of an int or bool (CPython's int.__sizeof__ with gillab's header):
// the fixed part and |size| digits, one at least.
std::size_t IntObjectSizeOf(const Object* ob);

// True for int and bool (Python's isinstance(x, int)).
inline bool IsInt(const Object* ob);

// True when the value fits an int64: a word int or a bool. Requires: IsInt(ob).
[[gnu::always_inline]] inline bool IntIsWord(const Object* ob) {
  return !IsType(ob, kBigIntType);
}

// A word int's or bool's value. Requires: IntIsWord(ob).
[[gnu::always_inline]] inline std::int64_t IntWordValue(const Object* ob) {
  return reinterpret_cast<const IntObject*>(ob)->value;
}

// The value as an int64: exact for a word int or bool, else INT64_MAX or INT64_MIN
// by its sign (what an index or a count past 64 bits clamps to; IntIsWord tells).
// Requires: IsInt(ob).
[[gnu::always_inline]] inline std::int64_t IntValue(const Object* ob) {
  if (IntIsWord(ob)) [[likely]]
    return IntWordValue(ob);
  return reinterpret_cast<const BigIntObject*>(ob)->size < 0 ? INT64_MIN : INT64_MAX;
}

// Changes a word int's value. Ints are immutable to the program: only for an int
// whose one reference is the caller's (IsUniquelyReferenced), never a small int.
// Requires: IsType(ob, kIntType).
[[gnu::always_inline]] inline void SetIntValueInPlace(Object* ob, std::int64_t value) {
  reinterpret_cast<IntObject*>(ob)->value = value;
}

}  // namespace gillab

#include "runtime/objects/singletons.h"

namespace gillab {
inline bool IsInt(const Object* ob) {
  return IsType(ob, kIntType) || IsType(ob, kBoolType) || IsType(ob, kBigIntType);
}

// A word int (not a bool): the interpreter's fast paths, which read IntWordValue
// and check their arithmetic for overflow.
[[gnu::always_inline]] inline bool IsWordInt(const Object* ob) {
  return IsType(ob, kIntType);
}
}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_INT_OBJECT_H_
