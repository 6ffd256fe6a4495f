// gillab/runtime/objects/array_object.cc
#include "runtime/objects/array_object.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "runtime/memory/alloc.h"
#include "runtime/memory/critical_section.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/int_ops.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"

namespace gillab {

namespace {

struct ArrayObject {
  Object header;
  char* items;  // malloc'd, `allocated` items of `itemsize` bytes; null when 0
  std::int64_t size;
  std::int64_t allocated;
  char typecode;
  std::uint8_t itemsize;
};

ArrayObject* AsArray(Object* ob) { return reinterpret_cast<ArrayObject*>(ob); }
const ArrayObject* AsArray(const Object* ob) {
  return reinterpret_cast<const ArrayObject*>(ob);
}

constexpr std::int64_t kMaxBytes = std::int64_t{1} << 30;  // MemoryError beyond

int ItemSizeOf(char typecode) {
  switch (typecode) {
    case 'b':
      return 1;
    case 'h':
      return 2;
    case 'i':
    case 'f':
      return 4;
    case 'l':
    case 'q':
    case 'd':
      return 8;
    default:
      return 0;
  }
}

bool IsFloatCode(char typecode) { return typecode == 'f' || typecode == 'd'; }

// The C type's name in CPython's overflow messages.
const char* CTypeName(char typecode) {
  switch (typecode) {
    case 'b':
      return "signed char";
    case 'h':
      return "signed short integer";
    case 'i':
      return "signed integer";
    default:
      return "signed long integer";
  }
}

// The item `value` stores as, in *bits (an int's or a float's), or false with
// the error raised.
bool Convert(ErrorSink& err, char typecode, Object* value, std::int64_t* ivalue,
             double* fvalue) {
  if (IsFloatCode(typecode)) {
    if (IsInt(value)) return IntToDouble(err, value, fvalue);
    if (!AsDouble(value, fvalue)) {
      err.Raise("TypeError", "must be real number, not " + TypeName(value));
      return false;
    }
    return true;
  }
  if (!IsInt(value)) {
    err.Raise("TypeError",
              "'" + TypeName(value) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!IntIsWord(value)) {  // CPython's messages: PyLong_AsLongLong's, PyLong_AsLong's
    err.Raise("OverflowError", typecode == 'q'
                                   ? "int too big to convert"
                                   : "Python int too large to convert to C long");
    return false;
  }
  const std::int64_t v = IntValue(value);
  const int bits = ItemSizeOf(typecode) * 8;
  if (bits < 64) {
    const std::int64_t hi = (std::int64_t{1} << (bits - 1)) - 1;
    if (v > hi || v < -hi - 1) {
      err.Raise("OverflowError",
                std::string(CTypeName(typecode)) +
                    (v > hi ? " is greater than maximum" : " is less than minimum"));
      return false;
    }
  }
  *ivalue = v;
  return true;
}

void Store(ArrayObject* a, std::int64_t i, std::int64_t ivalue, double fvalue) {
  char* p = a->items + i * a->itemsize;
  switch (a->typecode) {
    case 'b': {
      const auto v = static_cast<std::int8_t>(ivalue);
      std::memcpy(p, &v, sizeof v);
      return;
    }
    case 'h': {
      const auto v = static_cast<std::int16_t>(ivalue);
      std::memcpy(p, &v, sizeof v);
      return;
    }
    case 'i': {
      const auto v = static_cast<std::int32_t>(ivalue);
      std::memcpy(p, &v, sizeof v);
      return;
    }
    case 'f': {
      const auto v = static_cast<float>(fvalue);
      std::memcpy(p, &v, sizeof v);
      return;
    }
    case 'd':
      std::memcpy(p, &fvalue, sizeof fvalue);
      return;
    default:
      std::memcpy(p, &ivalue, sizeof ivalue);
      return;
  }
}

Object* Load(const ArrayObject* a, std::int64_t i) {
  const char* p = a->items + i * a->itemsize;
  switch (a->typecode) {
    case 'b': {
      std::int8_t v;
      std::memcpy(&v, p, sizeof v);
      return NewInt(v);
    }
    case 'h': {
      std::int16_t v;
      std::memcpy(&v, p, sizeof v);
      return NewInt(v);
    }
    case 'i': {
      std::int32_t v;
      std::memcpy(&v, p, sizeof v);
      return NewInt(v);
    }
    case 'f': {
      float v;
      std::memcpy(&v, p, sizeof v);
      return NewFloat(v);
    }
    case 'd': {
      double v;
      std::memcpy(&v, p, sizeof v);
      return NewFloat(v);
    }
    default: {
      std::int64_t v;
      std::memcpy(&v, p, sizeof v);
      return NewInt(v);
    }
  }
}

// Room for `newsize` items, grown as CPython's array_resize grows it. False
// past kMaxBytes (or when the system refuses).
bool Resize(ArrayObject* a, std::int64_t newsize) {
  if (newsize <= a->allocated && newsize >= a->allocated / 2) {
    a->size = newsize;
    return true;
  }
  const std::int64_t allocated =
      newsize == 0 ? 0 : (newsize >> 4) + (a->size < 8 ? 3 : 7) + newsize;
  if (allocated * a->itemsize > kMaxBytes) return false;
  void* items =
      allocated == 0
          ? nullptr
          : std::realloc(a->items, static_cast<std::size_t>(allocated * a->itemsize));
  if (allocated != 0 && items == nullptr) return false;
  if (allocated == 0) std::free(a->items);
  a->items = static_cast<char*>(items);
  a->allocated = allocated;
  a->size = newsize;
  return true;
}

bool Normalize(std::int64_t size, std::int64_t* i) {
  if (*i < 0) *i += size;
  return *i >= 0 && *i < size;
}

void ArrayDealloc(Object* self) {
  std::free(AsArray(self)->items);
  FreeObject(self);
}

std::size_t ArraySizeOf(const Object* self) {
  const ArrayObject* a = AsArray(self);
  return sizeof(ArrayObject) + static_cast<std::size_t>(a->allocated * a->itemsize);
}

bool ArrayEqual(const Object* self, const Object* other) {
  if (!IsArray(other)) return false;
  auto* a = const_cast<Object*>(self);
  auto* b = const_cast<Object*>(other);
  const std::vector<Object*> x = ArraySnapshot(a);
  const std::vector<Object*> y = ArraySnapshot(b);
  bool equal = x.size() == y.size();
  for (std::size_t i = 0; equal && i < x.size(); ++i) equal = Equal(x[i], y[i]);
  for (Object* ob : x) DecRef(ob);
  for (Object* ob : y) DecRef(ob);
  return equal;
}

void ArrayRepr(const Object* self, std::string* out) {  // array('q', [1, 2])
  const std::vector<Object*> items = ArraySnapshot(const_cast<Object*>(self));
  out->append("array('");
  out->push_back(ArrayTypecode(self));
  out->append("'");
  if (!items.empty()) {
    out->append(", [");
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out->append(", ");
      AppendRepr(items[i], out);
    }
    out->append("]");
  }
  out->append(")");
  for (Object* ob : items) DecRef(ob);
}

}  // namespace

const TypeObject kArrayType = {
    .name = TypeIndexName(TypeIndex::kArray),
    .index = TypeIndex::kArray,
    .basic_size = sizeof(ArrayObject),
    .item_size = 0,
    .dealloc = ArrayDealloc,
    .traverse = nullptr,  // numbers, not objects
    .size_of = ArraySizeOf,
    .hash = nullptr,
    .equal = ArrayEqual,
    .clear = nullptr,
    .repr = ArrayRepr,
};

Object* NewArray(char typecode) {
  const int itemsize = ItemSizeOf(typecode);
  if (itemsize == 0) return nullptr;
  Object* ob = AllocObject(kArrayType, sizeof(ArrayObject));
  ArrayObject* a = AsArray(ob);
  a->items = nullptr;
  a->size = 0;
  a->allocated = 0;
  a->typecode = typecode;
  a->itemsize = static_cast<std::uint8_t>(itemsize);
  return ob;
}

char ArrayTypecode(const Object* array) { return AsArray(array)->typecode; }
int ArrayItemSize(const Object* array) { return AsArray(array)->itemsize; }

std::int64_t ArraySize(const Object* array) {
  CriticalSection cs(const_cast<Object*>(array));
  return AsArray(array)->size;
}

bool ArrayInsert(ErrorSink& err, Object* array, std::int64_t i, Object* value) {
  ArrayObject* a = AsArray(array);
  std::int64_t ivalue = 0;
  double fvalue = 0;
  if (!Convert(err, a->typecode, value, &ivalue, &fvalue)) return false;
  CriticalSection cs(array);
  const std::int64_t n = a->size;
  if (i < 0) i = std::max<std::int64_t>(i + n, 0);
  if (i > n) i = n;
  if (!Resize(a, n + 1)) {
    err.Raise("MemoryError", "");
    return false;
  }
  std::memmove(a->items + (i + 1) * a->itemsize, a->items + i * a->itemsize,
               static_cast<std::size_t>((n - i) * a->itemsize));
  Store(a, i, ivalue, fvalue);
  return true;
}

bool ArrayAppend(ErrorSink& err, Object* array, Object* value) {
  return ArrayInsert(err, array, std::numeric_limits<std::int64_t>::max(), value);
}

Object* ArrayGetItem(Object* array, std::int64_t i) {
  CriticalSection cs(array);
  const ArrayObject* a = AsArray(array);
  if (!Normalize(a->size, &i)) return nullptr;
  return Load(a, i);
}

bool ArraySetItem(ErrorSink& err, Object* array, std::int64_t i, Object* value) {
  ArrayObject* a = AsArray(array);
  std::int64_t ivalue = 0;
  double fvalue = 0;
  if (!Convert(err, a->typecode, value, &ivalue, &fvalue)) return false;
  CriticalSection cs(array);
  if (!Normalize(a->size, &i)) {
    err.Raise("IndexError", "array assignment index out of range");
    return false;
  }
  Store(a, i, ivalue, fvalue);
  return true;
}

Object* ArrayPop(Object* array, std::int64_t i) {
  CriticalSection cs(array);
  ArrayObject* a = AsArray(array);
  const std::int64_t n = a->size;
  if (!Normalize(n, &i)) return nullptr;
  Object* item = Load(a, i);
  std::memmove(a->items + i * a->itemsize, a->items + (i + 1) * a->itemsize,
               static_cast<std::size_t>((n - i - 1) * a->itemsize));
  Resize(a, n - 1);  // shrinking: cannot fail
  return item;
}

void ArrayReverse(Object* array) {
  CriticalSection cs(array);
  ArrayObject* a = AsArray(array);
  std::vector<char> tmp(a->itemsize);
  for (std::int64_t i = 0, j = a->size - 1; i < j; ++i, --j) {
    char* p = a->items + i * a->itemsize;
    char* q = a->items + j * a->itemsize;
    std::memcpy(tmp.data(), p, a->itemsize);
    std::memcpy(p, q, a->itemsize);
    std::memcpy(q, tmp.data(), a->itemsize);
  }
}

std::vector<Object*> ArraySnapshot(Object* array) {
  CriticalSection cs(array);
  const ArrayObject* a = AsArray(array);
  std::vector<Object*> items;
  items.reserve(static_cast<std::size_t>(a->size));
  for (std::int64_t i = 0; i < a->size; ++i) items.push_back(Load(a, i));
  return items;
}

}  // namespace gillab
