// gillab/base/bigint.h — arbitrary-precision integer arithmetic, as
// CPython's Objects/longobject.c does it: a sign and a magnitude in 30-bit digits,
// least significant first.
//
// A value type with no objects in it: a big int (runtime/objects/int_object.h)
// keeps the same digits (CPython's layout), the slow paths of int arithmetic
// (int_ops) turn their operands into BigInts, compute, and make an int of the
// result, and the front end reads a literal past 64 bits with one. The fast paths
// never come here: an int that fits 64 bits is a word int, read as an int64.
//
// The algorithms are the schoolbook ones CPython uses below its Karatsuba cutoff
// (70 digits): multiplication digit by digit, division by Knuth's algorithm D
// (TAOCP vol. 2, 4.3.1; CPython's x_divrem), decimal conversion by repeated
// division by 10^9. Each is quadratic; gillab caps an int at kMaxBits so that no
// program can ask for more than a second or so of it (CPython has no cap; see
// int_ops.h for what is raised past it).
#ifndef GILLAB_BASE_BIGINT_H_
#define GILLAB_BASE_BIGINT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gillab {

class BigInt {
 public:
  using Digit = std::uint32_t;
  static constexpr int kShift = 30;  // CPython's PyLong_SHIFT
  static constexpr Digit kMask = (Digit{1} << kShift) - 1;

  // Zero.
  BigInt() = default;

  static BigInt FromInt64(std::int64_t value);
  // The value of `n` digits (each at most kMask), least significant first, negated
  // if `negative`. Leading zero digits are dropped.
  static BigInt FromDigits(bool negative, const Digit* digits, std::size_t n);
  // The integer `value` (requires: finite and integral, as std::trunc makes it).
  static BigInt FromDouble(double value);
  // The digits of `text` (no sign, prefix or underscore; requires: each one a digit
  // of `base`, 2 <= base <= 36, and text not empty).
  static BigInt FromDigitText(std::string_view text, int base);

  bool negative() const { return negative_; }
  bool IsZero() const { return magnitude_.empty(); }
  // The magnitude, least significant digit first; empty for zero.
  const std::vector<Digit>& digits() const { return magnitude_; }
  // Bits of the magnitude (0 for zero): Python's int.bit_length().
  std::uint64_t BitLength() const;

  // The value, when it fits: false (and *out untouched) when it does not.
  bool ToInt64(std::int64_t* out) const;
  // The nearest double, halves to even (CPython's rounding); false when the value
  // is too large for a double ("int too large to convert to float").
  bool ToDouble(double* out) const;
  // In `base` (2, 8, 10 or 16), lowercase, a '-' first when negative, no prefix.
  std::string ToText(int base = 10) const;
  // CPython's hash of an int: the value modulo 2^61 - 1 with the sign kept, and
  // -1 (CPython's error marker) replaced by -2.
  std::uint64_t Hash() const;

  BigInt Negated() const;
  BigInt Abs() const;

  // -1, 0 or 1 as a is less than, equal to or greater than b.
  static int Compare(const BigInt& a, const BigInt& b);

  static BigInt Add(const BigInt& a, const BigInt& b);
  static BigInt Subtract(const BigInt& a, const BigInt& b);
  static BigInt Multiply(const BigInt& a, const BigInt& b);
  // Python's floor division and modulo: a == q * b + r, r has b's sign and
  // |r| < |b|. Requires: b is not zero.
  static void DivMod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  // a / b correctly rounded to a double; false when the quotient is too large
  // for one. Requires: b is not zero.
  static bool TrueDivide(const BigInt& a, const BigInt& b, double* out);
  // base ** exponent. The caller bounds the result's size (see int_ops.cc).
  static BigInt Power(const BigInt& base, std::uint64_t exponent);
  // a * 2^n and floor(a / 2^n). The caller bounds the result's size.
  static BigInt ShiftLeft(const BigInt& a, std::uint64_t n);
  static BigInt ShiftRight(const BigInt& a, std::uint64_t n);
  // Python's &, |, ^ and ~ on ints: as if in two's complement, infinitely
  // sign-extended.
  static BigInt And(const BigInt& a, const BigInt& b);
  static BigInt Or(const BigInt& a, const BigInt& b);
  static BigInt Xor(const BigInt& a, const BigInt& b);
  static BigInt Invert(const BigInt& a);  // -a - 1

 private:
  void Normalize();

  bool negative_ = false;         // never true for zero
  std::vector<Digit> magnitude_;  // no leading (most significant) zero digit
};

}  // namespace gillab

#endif  // GILLAB_BASE_BIGINT_H_
