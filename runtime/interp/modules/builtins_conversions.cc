// gillab/runtime/interp/modules/builtins_conversions.cc — the builtins that
// convert or look at one value: int, float, bool, round, divmod, ord, chr, hash
// and id; with CPython 3.11's results and messages. (str holds UTF-8 bytes:
// ord and chr read and write one character's bytes.)
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

// Python's int(text, base): an optional sign, digits of the base with single
// underscores between them, a 0x/0o/0b prefix for base 16/8/2 (or any, with
// base 0), whitespace around. False when it is not one (or past 64 bits).
bool ParseIntText(std::string_view text, int base, std::int64_t* out) {
  std::string_view s = Trim(text);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (s.size() >= 2 && s[0] == '0') {
    const char p = static_cast<char>(s[1] | 0x20);
    const int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixed != 0 && (base == 0 || base == prefixed)) {
      base = prefixed;
      s.remove_prefix(2);
      if (!s.empty() && s[0] == '_') s.remove_prefix(1);
    }
  }
  if (base == 0) {
    base = 10;
    if (s.size() > 1 && s[0] == '0' &&
        s.find_first_not_of("0_") != std::string_view::npos)
      return false;  // int("010", 0) is refused, as a literal would be
  }
  if (s.empty() || s.front() == '_' || s.back() == '_') return false;
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      if (s[i - 1] == '_') return false;
      continue;
    }
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'z' ? c - 'a' + 10
                : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                       : 99;
    if (digit >= base) return false;
    if (__builtin_mul_overflow(value, static_cast<std::uint64_t>(base), &value) ||
        __builtin_add_overflow(value, static_cast<std::uint64_t>(digit), &value)) {
      return false;
    }
  }
  const std::uint64_t limit =
      negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  if (value > limit) return false;
  *out =
      negative ? static_cast<std::int64_t>(0 - value) : static_cast<std::int64_t>(value);
  return true;
}

// A float as an int, toward zero; null with CPython's error (or gillab's
// OverflowError past 64 bits).
Object* FloatToInt(BuiltinCall& call, double d) {
  if (std::isnan(d))
    return call.Raise("ValueError", "cannot convert float NaN to integer");
  if (std::isinf(d)) {
    return call.Raise("OverflowError", "cannot convert float infinity to integer");
  }
  d = std::trunc(d);
  if (d < -9223372036854775808.0 || d >= 9223372036854775808.0) {
    return call.Raise("OverflowError", "integer overflow (gillab ints are 64-bit)");
  }
  return NewInt(static_cast<std::int64_t>(d));
}

// int(x=0), int(text, base=10)
Object* Int(BuiltinCall& call) {
  if (call.nargs() > 2) {
    return call.Raise("TypeError", "int() takes at most 2 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  if (call.nargs() == 0) return NewInt(0);
  Object* x = call.arg(0);
  if (call.nargs() == 2) {
    if (!IsStr(x)) {
      return call.Raise("TypeError", "int() can't convert non-string with explicit base");
    }
    if (!IsInt(call.arg(1))) return call.RaiseNotAnInteger(call.arg(1));
  }
  const std::int64_t base = call.nargs() == 2 ? IntValue(call.arg(1)) : 10;
  if (base != 0 && (base < 2 || base > 36)) {
    return call.Raise("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  if (IsInt(x)) return NewInt(IntValue(x));  // True -> 1
  if (IsFloat(x)) return FloatToInt(call, FloatValue(x));
  if (!IsStr(x)) {
    return call.Raise("TypeError",
                      "int() argument must be a string, a bytes-like object or a real "
                      "number, not '" +
                          TypeName(x) + "'");
  }
  std::int64_t v;
  if (!ParseIntText(StrView(x), static_cast<int>(base), &v)) {
    return call.Raise("ValueError", "invalid literal for int() with base " +
                                        std::to_string(base) + ": " + Repr(x));
  }
  return NewInt(v);
}

// float(x=0.0): from an int, a float, or text ("1.5", "1e3", " inf ", "nan").
Object* Float(BuiltinCall& call) {
  if (call.nargs() > 1) {
    return call.Raise("TypeError", "float expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  if (call.nargs() == 0) return NewFloat(0.0);
  Object* x = call.arg(0);
  if (IsFloat(x)) return NewRef(x);
  if (IsInt(x)) return NewFloat(static_cast<double>(IntValue(x)));
  if (!IsStr(x)) {
    return call.Raise(
        "TypeError",
        "float() argument must be a string or a real number, not '" + TypeName(x) + "'");
  }
  std::string text(Trim(StrView(x)));
  std::string digits;  // without the underscores between digits
  bool ok = !text.empty() && text.find_first_of("xXpP") == std::string::npos;
  for (std::size_t i = 0; ok && i < text.size(); ++i) {
    if (text[i] != '_') {
      digits += text[i];
      continue;
    }
    ok = i > 0 && i + 1 < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
         std::isdigit(static_cast<unsigned char>(text[i + 1]));
  }
  char* end = nullptr;
  errno = 0;
  const double d = ok ? std::strtod(digits.c_str(), &end) : 0;
  if (!ok || end != digits.c_str() + digits.size()) {
    return call.Raise("ValueError", "could not convert string to float: " + Repr(x));
  }
  return NewFloat(d);
}

// bool(x=False)
Object* Bool(BuiltinCall& call) {
  if (call.nargs() > 1) {
    return call.Raise("TypeError", "bool expected at most 1 argument, got " +
                                       std::to_string(call.nargs()));
  }
  return NewBool(call.nargs() == 1 && IsTrue(call.arg(0)));
}

// An int rounded to 10**-ndigits (ndigits < 0), halves to even.
Object* RoundInt(BuiltinCall& call, std::int64_t v, std::int64_t ndigits) {
  if (ndigits >= 0) return NewInt(v);
  if (ndigits < -18) return NewInt(0);
  std::int64_t unit = 1;
  for (std::int64_t i = 0; i < -ndigits; ++i) unit *= 10;
  std::int64_t q = v / unit, r = v % unit;
  if (r < 0) {  // floor division
    q -= 1;
    r += unit;
  }
  if (2 * r > unit || (2 * r == unit && q % 2 != 0)) q += 1;
  std::int64_t out;
  if (__builtin_mul_overflow(q, unit, &out)) {
    return call.Raise("OverflowError", "integer overflow (gillab ints are 64-bit)");
  }
  return NewInt(out);
}

// round(number, ndigits=None): to the nearest, halves to even; with ndigits, a
// float correctly rounded to that many decimals (as CPython, through the exact
// decimal value: round(2.675, 2) is 2.67).
Object* Round(BuiltinCall& call) {
  if (call.nargs() < 1 || call.nargs() > 2) {
    return call.Raise("TypeError", "round() takes at most 2 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  Object* x = call.arg(0);
  Object* n = call.nargs() == 2 ? call.arg(1) : nullptr;
  if (n != nullptr && IsNone(n)) n = nullptr;
  if (n != nullptr && !IsInt(n)) return call.RaiseNotAnInteger(n);
  if (IsInt(x)) return RoundInt(call, IntValue(x), n != nullptr ? IntValue(n) : 0);
  if (!IsFloat(x)) {
    return call.Raise("TypeError",
                      "type " + TypeName(x) + " doesn't define __round__ method");
  }
  const double d = FloatValue(x);
  if (n == nullptr) return FloatToInt(call, std::nearbyint(d));
  const std::int64_t digits = IntValue(n);
  if (!std::isfinite(d) || digits > 323) return NewFloat(d);
  if (digits < -308) return NewFloat(std::copysign(0.0, d));
  if (digits >= 0) {
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, "%.*f", static_cast<int>(digits), d);
    return NewFloat(std::strtod(buffer, nullptr));
  }
  const double unit = std::pow(10.0, static_cast<double>(-digits));
  double y = std::nearbyint(d / unit) * unit;
  if (std::isinf(y))
    return call.Raise("OverflowError", "rounded value too large to represent");
  return NewFloat(y == 0 ? std::copysign(0.0, d) : y);
}

// divmod(a, b): (a // b, a % b).
Object* DivMod(BuiltinCall& call) {
  if (call.nargs() != 2) {
    return call.Raise("TypeError",
                      "divmod expected 2 arguments, got " + std::to_string(call.nargs()));
  }
  ErrorSink& err = call.tc().err;
  Object* q = BinaryOp(err, BinaryOperator::kFloorDivide, call.arg(0), call.arg(1));
  if (q == nullptr) return nullptr;
  Object* r = BinaryOp(err, BinaryOperator::kModulo, call.arg(0), call.arg(1));
  if (r == nullptr) {
    DecRef(q);
    return nullptr;
  }
  Object* t = NewTupleUninitialized(2);
  TupleInit(t, 0, q);
  TupleInit(t, 1, r);
  return t;
}

// The code point of the UTF-8 character `s` holds, or -1 when it holds
// anything else (none, several, or bytes that are not UTF-8).
std::int64_t OneCodePoint(std::string_view s) {
  if (s.empty()) return -1;
  const auto b0 = static_cast<unsigned char>(s[0]);
  const std::size_t len = b0 < 0x80       ? 1
                          : b0 >> 5 == 6  ? 2
                          : b0 >> 4 == 14 ? 3
                          : b0 >> 3 == 30 ? 4
                                          : 0;
  if (len == 0 || s.size() != len) return -1;
  std::int64_t cp = len == 1 ? b0 : b0 & (0x7F >> len);
  for (std::size_t i = 1; i < len; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >> 6 != 2) return -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  return cp;
}

// The length Python gives `s`: its code points (bytes that are not UTF-8 count
// one each).
std::int64_t CodePoints(std::string_view s) {
  std::int64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) >> 6) != 2;
  return n;
}

Object* Ord(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* c = call.arg(0);
  if (!IsStr(c)) {
    return call.Raise("TypeError",
                      "ord() expected string of length 1, but " + TypeName(c) + " found");
  }
  const std::int64_t cp = OneCodePoint(StrView(c));
  if (cp < 0) {
    return call.Raise("TypeError", "ord() expected a character, but string of length " +
                                       std::to_string(CodePoints(StrView(c))) + " found");
  }
  return NewInt(cp);
}

Object* Chr(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* i = call.arg(0);
  if (!IsInt(i)) return call.RaiseNotAnInteger(i);
  const std::int64_t cp = IntValue(i);
  if (cp < 0 || cp > 0x10FFFF) {
    return call.Raise("ValueError", "chr() arg not in range(0x110000)");
  }
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return NewStr(out);
}

// hash(x): CPython's for ints and floats (and so for bools, and tuples of
// them); str hashes are gillab's own (CPython's are randomized per run).
Object* HashBuiltin(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  std::uint64_t h;
  TakeMethodError();  // an instance's __hash__ may raise
  const bool hashable = Hash(call.arg(0), &h);
  if (TakeMethodError()) return nullptr;
  if (!hashable) {
    return call.Raise("TypeError", "unhashable type: '" + TypeName(call.arg(0)) + "'");
  }
  return NewInt(static_cast<std::int64_t>(h));
}

// id(x): the object's address, as CPython's.
Object* Id(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  return NewInt(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(call.arg(0))));
}

}  // namespace

void RegisterConversionsModule(BuiltinRegistry& r) {
  r.Add(Builtin::kInt, Int);
  r.Add(Builtin::kFloat, Float);
  r.Add(Builtin::kBool, Bool);
  r.Add(Builtin::kRound, Round);
  r.Add(Builtin::kDivmod, DivMod);
  r.Add(Builtin::kOrd, Ord);
  r.Add(Builtin::kChr, Chr);
  r.Add(Builtin::kHash, HashBuiltin);
  r.Add(Builtin::kId, Id);
}

}  // namespace gillab
