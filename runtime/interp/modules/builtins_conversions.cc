// gillab/runtime/interp/modules/builtins_conversions.cc — the builtins that
// convert or look at one value: int, float, bool, round, divmod, pow, ord, chr,
// hash and id, and int.bit_length; with CPython 3.11's results and messages. (str holds
// UTF-8 bytes: ord and chr read and write one character's bytes.)
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
#include "runtime/objects/int_ops.h"
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
// base 0), whitespace around. Null with CPython's ValueError when it is not one,
// or when it has more than kMaxIntStrDigits digits in a base that is not a power
// of two (CPython's limit on quadratic conversions).
Object* ParseIntText(BuiltinCall& call, Object* x, int base) {
  const int given_base = base;
  std::string_view s = Trim(StrView(x));
  auto invalid = [&] {
    return call.Raise("ValueError", "invalid literal for int() with base " +
                                        std::to_string(given_base) + ": " + Repr(x));
  };
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
      return invalid();  // int("010", 0) is refused, as a literal would be
  }
  if (s.empty() || s.front() == '_' || s.back() == '_') return invalid();
  std::string digits;  // without the underscores
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_') {
      if (s[i - 1] == '_') return invalid();
      continue;
    }
    const int digit = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'z' ? c - 'a' + 10
                      : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                             : 99;
    if (digit >= base) return invalid();
    digits += c;
  }
  if ((base & (base - 1)) != 0 &&
      digits.size() > static_cast<std::size_t>(kMaxIntStrDigits)) {
    return call.Raise("ValueError",
                      "Exceeds the limit (" + std::to_string(kMaxIntStrDigits) +
                          " digits) for integer string conversion: value has " +
                          std::to_string(digits.size()) +
                          " digits; use sys.set_int_max_str_digits() to "
                          "increase the limit");
  }
  if (static_cast<std::uint64_t>(digits.size()) * 6 > kMaxIntBits) {  // 36 < 2^6
    return call.Raise("OverflowError", "too many digits in integer");
  }
  BigInt value = BigInt::FromDigitText(digits, base);
  return NewIntFromBigInt(negative ? value.Negated() : value);
}

// A float as an int, toward zero; null with CPython's error for NaN and infinity.
Object* FloatToInt(BuiltinCall& call, double d) {
  if (std::isnan(d))
    return call.Raise("ValueError", "cannot convert float NaN to integer");
  if (std::isinf(d)) {
    return call.Raise("OverflowError", "cannot convert float infinity to integer");
  }
  return IntFromIntegralDouble(std::trunc(d));
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
  if (IsBool(x)) return NewInt(IntValue(x));  // True -> 1
  if (IsInt(x)) return NewRef(x);
  if (IsFloat(x)) return FloatToInt(call, FloatValue(x));
  if (!IsStr(x)) {
    return call.Raise("TypeError",
                      "int() argument must be a string, a bytes-like object or a real "
                      "number, not '" +
                          TypeName(x) + "'");
  }
  return ParseIntText(call, x, static_cast<int>(base));
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
  if (IsInt(x)) {
    double d;
    if (!IntToDouble(call.tc().err, x, &d)) return nullptr;
    return NewFloat(d);
  }
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

// An int rounded to 10**-ndigits (ndigits < 0), halves to even, as CPython's:
// q, r = divmod(x, unit); q + 1 when r is past half (or at half with q odd).
Object* RoundInt(Object* x, std::int64_t ndigits) {
  if (ndigits >= 0) return IsBool(x) ? NewInt(IntValue(x)) : NewRef(x);
  const BigInt value = IntToBigInt(x);
  // A unit with more digits than the value has (+1) rounds it to zero.
  if (static_cast<std::uint64_t>(-(ndigits + 1)) >
      value.BitLength() * 30103 / 100000 + 1) {
    return NewInt(0);
  }
  const BigInt unit =
      BigInt::Power(BigInt::FromInt64(10), static_cast<std::uint64_t>(-ndigits));
  BigInt q, r;
  BigInt::DivMod(value, unit, &q, &r);
  const int half = BigInt::Compare(BigInt::Add(r, r), unit);
  if (half > 0 || (half == 0 && !q.IsZero() && (q.digits()[0] & 1) != 0)) {
    q = BigInt::Add(q, BigInt::FromInt64(1));
  }
  return NewIntFromBigInt(BigInt::Multiply(q, unit));
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
  if (IsInt(x)) return RoundInt(x, n != nullptr ? IntValue(n) : 0);
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
  if (!IntIsWord(i)) {
    return call.Raise("OverflowError", "Python int too large to convert to C int");
  }
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

// x modulo m, as Python's % (the sign of m). Requires: m is not zero.
BigInt Mod(const BigInt& x, const BigInt& m) {
  BigInt q, r;
  BigInt::DivMod(x, m, &q, &r);
  return r;
}

// pow(base, exp[, mod]): base ** exp; with mod, by squaring and reducing at each
// step (a negative exp takes base's inverse modulo mod, as CPython 3.8+).
Object* Pow(BuiltinCall& call) {
  if (call.nargs() < 2) {
    return call.Raise("TypeError", call.nargs() == 0
                                       ? "pow() missing required argument 'base' (pos 1)"
                                       : "pow() missing required argument 'exp' (pos 2)");
  }
  if (call.nargs() > 3) {
    return call.Raise("TypeError", "pow() takes at most 3 arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  Object* m = call.nargs() == 3 ? call.arg(2) : nullptr;
  if (m != nullptr && IsNone(m)) m = nullptr;
  if (m == nullptr) {
    return BinaryOp(call.tc().err, BinaryOperator::kPower, call.arg(0), call.arg(1));
  }
  if (!IsInt(call.arg(0)) || !IsInt(call.arg(1)) || !IsInt(m)) {
    return call.Raise("TypeError",
                      "pow() 3rd argument not allowed unless all arguments are integers");
  }
  const BigInt mod = IntToBigInt(m);
  if (mod.IsZero()) return call.Raise("ValueError", "pow() 3rd argument cannot be 0");
  const BigInt abs_mod = mod.Abs();
  BigInt base = Mod(IntToBigInt(call.arg(0)), abs_mod);
  BigInt exp = IntToBigInt(call.arg(1));
  if (exp.negative()) {
    // The inverse by the extended Euclidean algorithm: r0 = s0 * base (mod m).
    BigInt r0 = abs_mod, r1 = base, s0, s1 = BigInt::FromInt64(1);
    while (!r1.IsZero()) {
      BigInt q, r;
      BigInt::DivMod(r0, r1, &q, &r);
      BigInt s = BigInt::Subtract(s0, BigInt::Multiply(q, s1));
      r0 = std::move(r1);
      r1 = std::move(r);
      s0 = std::move(s1);
      s1 = std::move(s);
    }
    if (BigInt::Compare(r0, BigInt::FromInt64(1)) != 0) {
      return call.Raise("ValueError", "base is not invertible for the given modulus");
    }
    base = Mod(s0, abs_mod);
    exp = exp.Negated();
  }
  BigInt result = Mod(BigInt::FromInt64(1), abs_mod);
  for (std::uint64_t bit = exp.BitLength(); bit-- > 0;) {
    result = Mod(BigInt::Multiply(result, result), abs_mod);
    if (((exp.digits()[bit / BigInt::kShift] >> (bit % BigInt::kShift)) & 1) == 0)
      continue;
    result = Mod(BigInt::Multiply(result, base), abs_mod);
  }
  // In [0, |m|); Python's answer has m's sign: subtract |m| from a nonzero one.
  if (mod.negative() && !result.IsZero()) result = BigInt::Subtract(result, abs_mod);
  return NewIntFromBigInt(result);
}

// int.bit_length(): the bits of |x|, 0 for 0.
Object* BitLength(BuiltinCall& call, Object* self) {
  if (call.nargs() != 0) {
    return call.Raise("TypeError", "int.bit_length() takes no arguments (" +
                                       std::to_string(call.nargs()) + " given)");
  }
  if (IntIsWord(self)) {
    const std::int64_t v = IntValue(self);
    const std::uint64_t m =
        v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    return NewInt(m == 0 ? 0 : 64 - __builtin_clzll(m));
  }
  return NewInt(static_cast<std::int64_t>(IntToBigInt(self).BitLength()));
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
  r.Add(Builtin::kPow, Pow);
  r.AddMethod(kIntType, "bit_length", BitLength);
  r.Add(Builtin::kOrd, Ord);
  r.Add(Builtin::kChr, Chr);
  r.Add(Builtin::kHash, HashBuiltin);
  r.Add(Builtin::kId, Id);
}

}  // namespace gillab
