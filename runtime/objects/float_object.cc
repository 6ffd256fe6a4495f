#include "runtime/objects/float_object.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/memory/alloc.h"
#include "runtime/objects/int_object.h"

namespace gillab {

namespace {

void FloatDealloc(Object* self) { FreeObject(self); }

// CPython's _Py_HashDouble (Python/pyhash.c): the value modulo the Mersenne
// prime 2**61 - 1, read 28 bits of mantissa at a time, so that a float and an
// int that are equal hash alike. NaN hashes by identity, as in CPython 3.10+.
std::uint64_t FloatHash(const Object* self) {
  constexpr int kBits = 61;
  constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
  const double d = FloatValue(self);
  if (std::isinf(d)) return d > 0 ? 314159 : static_cast<std::uint64_t>(-314159);
  if (std::isnan(d)) return reinterpret_cast<std::uintptr_t>(self) >> 4;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  std::uint64_t x = 0;
  while (m != 0) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;
    e -= 28;
    const auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  x = sign < 0 ? 0 - x : x;
  if (x == static_cast<std::uint64_t>(-1)) x = static_cast<std::uint64_t>(-2);
  return x;
}

// Python's float repr: the shortest digits that round-trip, written in fixed
// notation when the decimal exponent is in [-4, 16), else as d.ddde+XX.
void FloatRepr(const Object* self, std::string* out) {
  const double d = FloatValue(self);
  if (std::isnan(d)) {
    out->append("nan");
    return;
  }
  if (std::isinf(d)) {
    out->append(d < 0 ? "-inf" : "inf");
    return;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // e.g. "-1.2345e+05"
  std::string sign;
  if (sci[0] == '-') {
    sign = "-";
    sci.erase(0, 1);
  }
  const std::size_t e = sci.find('e');
  const int exponent = std::atoi(sci.c_str() + e + 1);
  std::string digits = sci.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1);  // drop the '.'
  out->append(sign);
  if (exponent >= -4 && exponent < 16) {
    if (exponent < 0) {
      out->append("0.");
      out->append(static_cast<std::size_t>(-exponent - 1), '0');
      out->append(digits);
    } else if (static_cast<int>(digits.size()) <= exponent + 1) {
      out->append(digits);
      out->append(static_cast<std::size_t>(exponent + 1) - digits.size(), '0');
      out->append(".0");
    } else {
      out->append(digits, 0, static_cast<std::size_t>(exponent + 1));
      out->append(".");
      out->append(digits, static_cast<std::size_t>(exponent + 1));
    }
    return;
  }
  out->append(digits, 0, 1);
  if (digits.size() > 1) {
    out->append(".");
    out->append(digits, 1);
  }
  char exp_buf[16];
  std::snprintf(exp_buf, sizeof exp_buf, "e%c%02d", exponent < 0 ? '-' : '+',
                std::abs(exponent));
  out->append(exp_buf);
}

}  // namespace

const TypeObject kFloatType = {
    .name = TypeIndexName(TypeIndex::kFloat),
    .index = TypeIndex::kFloat,
    .basic_size = sizeof(FloatObject),
    .item_size = 0,
    .dealloc = FloatDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = FloatHash,
    .equal = nullptr,  // numeric equality is handled by Equal()
    .clear = nullptr,
    .repr = FloatRepr,
};

Object* NewFloat(double value) {
  Object* ob = AllocObject(kFloatType, sizeof(FloatObject));
  reinterpret_cast<FloatObject*>(ob)->value = value;
  return ob;
}

}  // namespace gillab
