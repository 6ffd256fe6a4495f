// base/bigint: each operation against __int128 arithmetic on values up to 126
// bits (so three to five 30-bit digits: Knuth's division, carries across digits,
// two's complement of several digits), and against CPython's figures where an
// int128 cannot say (hashes, 2**1000's digits, double rounding).
#include "base/bigint.h"

#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include "gtest/gtest.h"

namespace gillab {
namespace {

using i128 = __int128;
using u128 = unsigned __int128;

BigInt From128(i128 v) {
  const bool negative = v < 0;
  u128 m = negative ? -static_cast<u128>(v) : static_cast<u128>(v);
  BigInt::Digit digits[5] = {};
  std::size_t n = 0;
  while (m != 0) {
    digits[n++] = static_cast<BigInt::Digit>(m & BigInt::kMask);
    m >>= BigInt::kShift;
  }
  return BigInt::FromDigits(negative, digits, n);
}

std::string Text128(i128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  u128 m = negative ? -static_cast<u128>(v) : static_cast<u128>(v);
  std::string out;
  while (m != 0) {
    out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
    m /= 10;
  }
  return negative ? "-" + out : out;
}

i128 FloorDiv(i128 a, i128 b) {
  i128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

// A value of `bits` random bits (1..62 or 63..126), random sign.
i128 Random(std::mt19937_64& rng, int bits) {
  u128 m = (static_cast<u128>(rng()) << 64) | rng();
  m >>= 128 - bits;
  const auto v = static_cast<i128>(m);
  return (rng() & 1) != 0 ? -v : v;
}

void ExpectValue(const BigInt& got, i128 want, const std::string& what) {
  EXPECT_EQ(got.ToText(), Text128(want)) << what;
}

TEST(BigInt, ArithmeticMatchesInt128) {
  std::mt19937_64 rng(20261207);
  for (int i = 0; i < 20000; ++i) {
    const int abits = 1 + static_cast<int>(rng() % 62);
    const int bbits = 1 + static_cast<int>(rng() % 62);
    const i128 a = Random(rng, abits), b = Random(rng, bbits);
    const BigInt x = From128(a), y = From128(b);
    const std::string what = Text128(a) + " " + Text128(b);
    ExpectValue(BigInt::Add(x, y), a + b, "+ " + what);
    ExpectValue(BigInt::Subtract(x, y), a - b, "- " + what);
    ExpectValue(BigInt::Multiply(x, y), a * b, "* " + what);
    ExpectValue(BigInt::And(x, y), a & b, "& " + what);
    ExpectValue(BigInt::Or(x, y), a | b, "| " + what);
    ExpectValue(BigInt::Xor(x, y), a ^ b, "^ " + what);
    ExpectValue(BigInt::Invert(x), ~a, "~ " + what);
    EXPECT_EQ(BigInt::Compare(x, y), a < b ? -1 : a > b ? 1 : 0) << what;
    const auto shift = static_cast<std::uint64_t>(rng() % 70);
    ExpectValue(BigInt::ShiftRight(x, shift), a >> shift, ">> " + what);
    ExpectValue(BigInt::ShiftLeft(x, shift % 60), a * (i128{1} << (shift % 60)),
                "<< " + what);
  }
}

TEST(BigInt, DivisionMatchesInt128) {
  std::mt19937_64 rng(7);
  for (int i = 0; i < 20000; ++i) {
    // Dividends up to 126 bits, divisors of one to four digits: both of
    // DivMod's algorithms, and the quotient digit's correction (divisors
    // near a power of two).
    const i128 a = Random(rng, 1 + static_cast<int>(rng() % 126));
    i128 b = Random(rng, 1 + static_cast<int>(rng() % 120));
    if (rng() % 4 == 0) b = (i128{1} << (rng() % 120)) - static_cast<i128>(rng() % 3);
    if (b == 0) continue;
    BigInt q, r;
    BigInt::DivMod(From128(a), From128(b), &q, &r);
    const i128 want_q = FloorDiv(a, b);
    const std::string what = Text128(a) + " divmod " + Text128(b);
    ExpectValue(q, want_q, what);
    ExpectValue(r, a - want_q * b, what);
  }
}

// Knuth's step D6: the estimated quotient digit, after its two-digit test, is
// still one too large, and the divisor is added back. Rare with random operands
// (about 2 in 2^30 per digit); these were found by simulating the algorithm in
// base 2^30, and their quotients and remainders are python3's.
TEST(BigInt, DivisionAddsBackWhenTheQuotientDigitIsTooLarge) {
  struct Case {
    const char *a, *b, *q, *r;
  };
  const Case cases[] = {
      {"280000007ffffffe80000003fffffff", "1fffffffffffffff", "140000003fffffff",
       "1c0000007ffffffe"},
      {"1000000000000001000000000000002", "20000000000000020000001", "7fffffff",
       "1ffffffffffffffa0000003"},
      {"3ffffffe000000020000000", "1fffffff00000001fffffff", "1",
       "1fffffff000000000000001"},
      {"20000000800000010000000fffffffbfffffff", "3fffffff00000009fffffff",
       "80000003fffffff", "3ffffffe00000009ffffffe"},
  };
  for (const Case& c : cases) {
    BigInt q, r;
    BigInt::DivMod(BigInt::FromDigitText(c.a, 16), BigInt::FromDigitText(c.b, 16), &q,
                   &r);
    EXPECT_EQ(q.ToText(16), c.q) << c.a << " // " << c.b;
    EXPECT_EQ(r.ToText(16), c.r) << c.a << " % " << c.b;
  }
}

TEST(BigInt, ConversionsRoundTrip) {
  std::mt19937_64 rng(11);
  for (int i = 0; i < 5000; ++i) {
    const i128 a = Random(rng, 1 + static_cast<int>(rng() % 126));
    const BigInt x = From128(a);
    const std::string text = Text128(a);
    const bool negative = a < 0;
    BigInt parsed =
        BigInt::FromDigitText(std::string_view(text).substr(negative ? 1 : 0), 10);
    if (negative) parsed = parsed.Negated();
    EXPECT_EQ(BigInt::Compare(parsed, x), 0) << text;
    std::int64_t v = 0;
    EXPECT_EQ(x.ToInt64(&v), a >= INT64_MIN && a <= INT64_MAX) << text;
    if (a >= INT64_MIN && a <= INT64_MAX) {
      EXPECT_EQ(v, static_cast<std::int64_t>(a));
    }
    // The hardware's int128 -> double conversion rounds halves to even, as
    // CPython's int -> float does.
    double d = 0;
    ASSERT_TRUE(x.ToDouble(&d));
    EXPECT_EQ(d, static_cast<double>(a)) << text;
    EXPECT_EQ(
        BigInt::Compare(BigInt::FromDouble(std::trunc(d)), From128(static_cast<i128>(d))),
        0);
  }
  BigInt hex = BigInt::FromDigitText("ffffffffffffffffffffffff", 16);
  EXPECT_EQ(hex.ToText(16), "ffffffffffffffffffffffff");
  EXPECT_EQ(hex.ToText(10), "79228162514264337593543950335");
  EXPECT_EQ(BigInt::FromInt64(-10).ToText(2), "-1010");
}

// CPython 3.11's figures (python3 -c 'print(hash(2**100), ...)').
TEST(BigInt, HashesAreCPythons) {
  const BigInt one = BigInt::FromInt64(1);
  const BigInt p100 = BigInt::ShiftLeft(one, 100);
  EXPECT_EQ(static_cast<std::int64_t>(p100.Hash()), 549755813888);
  EXPECT_EQ(static_cast<std::int64_t>(p100.Negated().Hash()), -549755813888);
  EXPECT_EQ(static_cast<std::int64_t>(BigInt::ShiftLeft(one, 61).Hash()), 1);
  const BigInt mersenne = BigInt::Subtract(BigInt::ShiftLeft(one, 61), one);
  EXPECT_EQ(mersenne.Hash(), 0u);
  // -1 is CPython's error marker: a value hashing to it hashes to -2.
  EXPECT_EQ(static_cast<std::int64_t>(BigInt::FromInt64(-1).Hash()), -2);
  EXPECT_EQ(static_cast<std::int64_t>(BigInt::Subtract(mersenne.Negated(), one).Hash()),
            -2);
}

TEST(BigInt, LargeValuesMatchCPython) {
  const BigInt p1000 = BigInt::Power(BigInt::FromInt64(2), 1000);
  const std::string text = p1000.ToText();
  EXPECT_EQ(text.size(), 302u);
  EXPECT_EQ(text.substr(0, 12), "107150860718");
  EXPECT_EQ(text.substr(290), "205668069376");
  double d = 0;
  ASSERT_TRUE(p1000.ToDouble(&d));
  EXPECT_EQ(d, std::ldexp(1.0, 1000));
  EXPECT_FALSE(BigInt::ShiftLeft(BigInt::FromInt64(1), 1024).ToDouble(&d));
  // (2**2000 + 1) / 2**1990 == 1024.0; 1 / 10**400 underflows to 0.0
  const BigInt big =
      BigInt::Add(BigInt::ShiftLeft(BigInt::FromInt64(1), 2000), BigInt::FromInt64(1));
  ASSERT_TRUE(BigInt::TrueDivide(big, BigInt::ShiftLeft(BigInt::FromInt64(1), 1990), &d));
  EXPECT_EQ(d, 1024.0);
  const BigInt ten400 = BigInt::Power(BigInt::FromInt64(10), 400);
  ASSERT_TRUE(BigInt::TrueDivide(BigInt::FromInt64(1), ten400, &d));
  EXPECT_EQ(d, 0.0);
  EXPECT_FALSE(BigInt::TrueDivide(ten400, BigInt::FromInt64(3), &d));
  // A quotient of two large values, against the exact 10.0.
  ASSERT_TRUE(BigInt::TrueDivide(ten400, BigInt::Power(BigInt::FromInt64(10), 399), &d));
  EXPECT_EQ(d, 10.0);
}

}  // namespace
}  // namespace gillab
