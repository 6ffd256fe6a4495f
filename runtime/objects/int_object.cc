#include "runtime/objects/int_object.h"

#include <cstring>
#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/object_ops.h"

namespace gillab {

namespace {

constexpr std::size_t kDigitsOffset = offsetof(BigIntObject, digit);
static_assert(offsetof(BigIntObject, size) == kVarSizeOffset);

// Freed word ints go to the thread's free list while it has room (see FreeList).
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

void BigIntDealloc(Object* self) { FreeObject(self); }

std::uint64_t IntHash(const Object* self) { return HashInt64(IntWordValue(self)); }

std::uint64_t BigIntHash(const Object* self) { return IntToBigInt(self).Hash(); }

void IntRepr(const Object* self, std::string* out) {
  out->append(std::to_string(IntWordValue(self)));
}

// Past kMaxIntStrDigits decimal digits, "..." and NoteIntStrTooLong: refused
// before the (quadratic) conversion when the bits alone say so (log2(10) is
// 3.3219...), else counted after it.
void BigIntRepr(const Object* self, std::string* out) {
  const BigInt value = IntToBigInt(self);
  std::string text;
  if (value.BitLength() <=
      static_cast<std::uint64_t>(kMaxIntStrDigits) * 33219 / 10000 + 1) {
    text = value.ToText(10);
  }
  if (text.empty() || text.size() - (value.negative() ? 1 : 0) >
                          static_cast<std::size_t>(kMaxIntStrDigits)) {
    NoteIntStrTooLong();
    out->append("...");
    return;
  }
  out->append(text);
}

}  // namespace

const TypeObject kIntType = {
    .name = TypeIndexName(TypeIndex::kInt),
    .index = TypeIndex::kInt,
    .basic_size = sizeof(IntObject),
    .item_size = 0,
    .dealloc = IntDealloc,
    .traverse = nullptr,
    .size_of = IntObjectSizeOf,
    .hash = IntHash,
    .equal = nullptr,  // numeric equality is handled by Equal()
    .clear = nullptr,
    .repr = IntRepr,
};

const TypeObject kBigIntType = {
    .name = TypeIndexName(TypeIndex::kInt),
    .index = TypeIndex::kInt,
    .basic_size = kDigitsOffset,
    .item_size = sizeof(BigInt::Digit),  // |size| of them (AllocSizeOf)
    .dealloc = BigIntDealloc,
    .traverse = nullptr,
    .size_of = IntObjectSizeOf,
    .hash = BigIntHash,
    .equal = nullptr,
    .clear = nullptr,
    .repr = BigIntRepr,
};

std::size_t IntObjectSizeOf(const Object* ob) {
  std::uint64_t digits;
  if (IntIsWord(ob)) {
    const std::int64_t v = IntWordValue(ob);
    std::uint64_t m =
        v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    for (digits = 0; m != 0; m >>= BigInt::kShift) ++digits;
  } else {
    const std::int64_t size = reinterpret_cast<const BigIntObject*>(ob)->size;
    digits = static_cast<std::uint64_t>(size < 0 ? -size : size);
  }
  return kDigitsOffset + sizeof(BigInt::Digit) * (digits > 1 ? digits : 1);
}

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

Object* NewIntFromBigInt(const BigInt& value) {
  std::int64_t v;
  if (value.ToInt64(&v)) return NewInt(v);
  const std::size_t n = value.digits().size();  // 3 or more
  Object* ob = AllocObject(kBigIntType, kDigitsOffset + sizeof(BigInt::Digit) * n);
  auto* big = reinterpret_cast<BigIntObject*>(ob);
  big->size =
      value.negative() ? -static_cast<std::int64_t>(n) : static_cast<std::int64_t>(n);
  std::memcpy(big->digit, value.digits().data(), n * sizeof(BigInt::Digit));
  return ob;
}

BigInt IntToBigInt(const Object* ob) {
  if (IntIsWord(ob)) return BigInt::FromInt64(IntWordValue(ob));
  const auto* big = reinterpret_cast<const BigIntObject*>(ob);
  return BigInt::FromDigits(
      big->size < 0, big->digit,
      static_cast<std::size_t>(big->size < 0 ? -big->size : big->size));
}

}  // namespace gillab
