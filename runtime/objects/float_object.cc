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

std::uint64_t FloatHash(const Object* self) {
  const double d = FloatValue(self);
  // Integral values hash like the equal int (Python: hash(2.0) == hash(2)).
  if (d == std::trunc(d) && std::fabs(d) < 9.2e18) {
    return HashInt64(static_cast<std::int64_t>(d));
  }
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return bits * 0x9E3779B97F4A7C15ull;
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
