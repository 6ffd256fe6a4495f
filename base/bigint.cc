#include "base/bigint.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace gillab {

namespace {

using Digit = BigInt::Digit;
using Digits = std::vector<Digit>;
constexpr int kShift = BigInt::kShift;
constexpr Digit kMask = BigInt::kMask;
constexpr std::uint64_t kBase = std::uint64_t{1} << kShift;

void Trim(Digits* v) {
  while (!v->empty() && v->back() == 0) v->pop_back();
}

int CompareMagnitudes(const Digits& a, const Digits& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (std::size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

Digits AddMagnitudes(const Digits& a, const Digits& b) {
  const Digits& longer = a.size() >= b.size() ? a : b;
  const Digits& shorter = a.size() >= b.size() ? b : a;
  Digits r(longer.size() + 1);
  Digit carry = 0;
  for (std::size_t i = 0; i < longer.size(); ++i) {
    carry += longer[i] + (i < shorter.size() ? shorter[i] : 0);
    r[i] = carry & kMask;
    carry >>= kShift;
  }
  r[longer.size()] = carry;
  Trim(&r);
  return r;
}

// a - b. Requires: |a| >= |b|.
Digits SubtractMagnitudes(const Digits& a, const Digits& b) {
  Digits r(a.size());
  Digit borrow = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    borrow = a[i] - (i < b.size() ? b[i] : 0) - borrow;
    r[i] = borrow & kMask;
    borrow = (borrow >> kShift) & 1;
  }
  Trim(&r);
  return r;
}

Digits MultiplyMagnitudes(const Digits& a, const Digits& b) {
  if (a.empty() || b.empty()) return {};
  Digits r(a.size() + b.size(), 0);
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::uint64_t carry = 0;
    const std::uint64_t ai = a[i];
    for (std::size_t j = 0; j < b.size(); ++j) {
      carry += r[i + j] + ai * b[j];  // < 2^60 + 2^31: no overflow
      r[i + j] = static_cast<Digit>(carry & kMask);
      carry >>= kShift;
    }
    r[i + b.size()] = static_cast<Digit>(carry);
  }
  Trim(&r);
  return r;
}

// a / d in place; returns a % d. Requires: 0 < d <= kMask.
Digit DivideBySmall(Digits* a, Digit d) {
  std::uint64_t rem = 0;
  for (std::size_t i = a->size(); i-- > 0;) {
    const std::uint64_t cur = (rem << kShift) | (*a)[i];
    (*a)[i] = static_cast<Digit>(cur / d);
    rem = cur % d;
  }
  Trim(a);
  return static_cast<Digit>(rem);
}

// a * m + add in place. Requires: m, add <= kMask.
void MultiplyAddSmall(Digits* a, Digit m, Digit add) {
  std::uint64_t carry = add;
  for (Digit& d : *a) {
    carry += std::uint64_t{d} * m;
    d = static_cast<Digit>(carry & kMask);
    carry >>= kShift;
  }
  while (carry != 0) {
    a->push_back(static_cast<Digit>(carry & kMask));
    carry >>= kShift;
  }
}

int BitLengthOfDigit(Digit d) { return d == 0 ? 0 : 32 - __builtin_clz(d); }

// Knuth's algorithm D: the quotient and remainder of magnitudes. Requires:
// w has at least two digits and |v| >= |w|. (CPython's x_divrem.)
void DivideMagnitudes(const Digits& v1, const Digits& w1, Digits* quotient,
                      Digits* remainder) {
  const std::size_t size_w = w1.size();
  // Normalize: shift so that w's top digit has its top bit (bit 29) set.
  const int d = kShift - BitLengthOfDigit(w1.back());
  Digits w(size_w), v(v1.size() + 1);
  Digit carry = 0;
  for (std::size_t i = 0; i < size_w; ++i) {
    const std::uint64_t x = (std::uint64_t{w1[i]} << d) | carry;
    w[i] = static_cast<Digit>(x & kMask);
    carry = static_cast<Digit>(x >> kShift);
  }
  carry = 0;
  for (std::size_t i = 0; i < v1.size(); ++i) {
    const std::uint64_t x = (std::uint64_t{v1[i]} << d) | carry;
    v[i] = static_cast<Digit>(x & kMask);
    carry = static_cast<Digit>(x >> kShift);
  }
  std::size_t size_v = v1.size();
  if (carry != 0 || v[size_v - 1] >= w[size_w - 1]) v[size_v++] = carry;
  const std::size_t k = size_v - size_w;  // the quotient's digits
  Digits a(k, 0);
  const Digit wm1 = w[size_w - 1], wm2 = w[size_w - 2];
  for (std::size_t j = k; j-- > 0;) {
    Digit* vk = v.data() + j;
    // Estimate q from the top two digits of the remainder and w's top digit, then
    // correct it with w's second digit: at most one too large afterwards.
    const Digit vtop = vk[size_w];
    const std::uint64_t vv = (std::uint64_t{vtop} << kShift) | vk[size_w - 1];
    std::uint64_t q = vv / wm1;
    std::uint64_t r = vv - q * wm1;
    while (std::uint64_t{wm2} * q > ((r << kShift) | vk[size_w - 2])) {
      --q;
      r += wm1;
      if (r >= kBase) break;
    }
    // vk[0 : size_w + 1] -= q * w
    std::int64_t zhi = 0;
    for (std::size_t i = 0; i < size_w; ++i) {
      const std::int64_t z =
          static_cast<std::int64_t>(vk[i]) + zhi -
          static_cast<std::int64_t>(q) * static_cast<std::int64_t>(w[i]);
      vk[i] = static_cast<Digit>(z) & kMask;
      zhi = z >> kShift;  // arithmetic: a borrow is negative
    }
    // q was one too large: add w back.
    if (static_cast<std::int64_t>(vtop) + zhi < 0) {
      Digit c = 0;
      for (std::size_t i = 0; i < size_w; ++i) {
        c += vk[i] + w[i];
        vk[i] = c & kMask;
        c >>= kShift;
      }
      --q;
    }
    a[j] = static_cast<Digit>(q);
  }
  // The remainder is v's low size_w digits, shifted back.
  Digits rem(size_w);
  carry = 0;
  for (std::size_t i = size_w; i-- > 0;) {
    const std::uint64_t x = (std::uint64_t{carry} << kShift) | v[i];
    rem[i] = static_cast<Digit>(x >> d);
    carry = static_cast<Digit>(x & ((Digit{1} << d) - 1));
  }
  Trim(&a);
  Trim(&rem);
  *quotient = std::move(a);
  *remainder = std::move(rem);
}

// Magnitudes' quotient and remainder. Requires: b not empty.
void DivModMagnitudes(const Digits& a, const Digits& b, Digits* q, Digits* r) {
  if (CompareMagnitudes(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    *q = a;
    const Digit rem = DivideBySmall(q, b[0]);
    *r = rem == 0 ? Digits{} : Digits{rem};
    return;
  }
  DivideMagnitudes(a, b, q, r);
}

// The bits of `a` from bit `shift` up (shift may exceed its length).
Digits ShiftRightMagnitude(const Digits& a, std::uint64_t shift) {
  const std::uint64_t whole = shift / kShift;
  if (whole >= a.size()) return {};
  const int bits = static_cast<int>(shift % kShift);
  Digits r(a.size() - whole);
  for (std::size_t i = 0; i < r.size(); ++i) {
    std::uint64_t x = a[i + whole] >> bits;
    if (bits != 0 && i + whole + 1 < a.size()) {
      x |= (std::uint64_t{a[i + whole + 1]} << (kShift - bits)) & kMask;
    }
    r[i] = static_cast<Digit>(x);
  }
  Trim(&r);
  return r;
}

// True when any of a's bits below `shift` is set.
bool AnyBitBelow(const Digits& a, std::uint64_t shift) {
  const std::uint64_t whole = shift / kShift;
  for (std::size_t i = 0; i < a.size() && i < whole; ++i) {
    if (a[i] != 0) return true;
  }
  const int bits = static_cast<int>(shift % kShift);
  return whole < a.size() && bits != 0 && (a[whole] & ((Digit{1} << bits) - 1)) != 0;
}

// The top bits of a 55-bit mantissa (its lowest bit sticky) rounded to 53, halves
// to even, times 2^exponent: CPython's _PyLong_Frexp and PyLong_AsDouble.
double RoundMantissa(std::uint64_t m55, std::int64_t exponent) {
  static constexpr int kCorrection[8] = {0, -1, -2, 1, 0, -1, 2, 1};
  m55 = static_cast<std::uint64_t>(static_cast<std::int64_t>(m55) + kCorrection[m55 & 7]);
  return std::ldexp(static_cast<double>(m55), static_cast<int>(exponent));
}

// The two's complement of a's value in `n` digits (n > a's size), for bitwise
// operations: the magnitude itself when non-negative, else its complement + 1.
Digits TwosComplement(const BigInt& a, std::size_t n) {
  Digits r(n, 0);
  std::copy(a.digits().begin(), a.digits().end(), r.begin());
  if (!a.negative()) return r;
  Digit carry = 1;
  for (Digit& d : r) {
    carry += (~d) & kMask;
    d = carry & kMask;
    carry >>= kShift;
  }
  return r;
}

template <typename Op>
BigInt Bitwise(const BigInt& a, const BigInt& b, Op op) {
  const std::size_t n = std::max(a.digits().size(), b.digits().size()) + 1;
  Digits x = TwosComplement(a, n), y = TwosComplement(b, n);
  const bool negative = op(a.negative() ? 1u : 0u, b.negative() ? 1u : 0u) != 0;
  for (std::size_t i = 0; i < n; ++i) x[i] = op(x[i], y[i]) & kMask;
  if (negative) {  // back from two's complement: complement + 1
    Digit carry = 1;
    for (Digit& d : x) {
      carry += (~d) & kMask;
      d = carry & kMask;
      carry >>= kShift;
    }
  }
  return BigInt::FromDigits(negative, x.data(), x.size());
}

}  // namespace

void BigInt::Normalize() {
  Trim(&magnitude_);
  if (magnitude_.empty()) negative_ = false;
}

BigInt BigInt::FromInt64(std::int64_t value) {
  BigInt r;
  r.negative_ = value < 0;
  std::uint64_t m = value < 0 ? 0 - static_cast<std::uint64_t>(value)
                              : static_cast<std::uint64_t>(value);
  while (m != 0) {
    r.magnitude_.push_back(static_cast<Digit>(m & kMask));
    m >>= kShift;
  }
  return r;
}

BigInt BigInt::FromDigits(bool negative, const Digit* digits, std::size_t n) {
  BigInt r;
  r.negative_ = negative;
  r.magnitude_.assign(digits, digits + n);
  r.Normalize();
  return r;
}

BigInt BigInt::FromDouble(double value) {
  BigInt r;
  r.negative_ = value < 0;
  int exponent;
  const double fraction = std::frexp(std::fabs(value), &exponent);  // [0.5, 1)
  if (exponent <= 0) return BigInt();
  // 53 bits of mantissa, as an integer, then shifted into place.
  const auto mantissa = static_cast<std::uint64_t>(std::ldexp(fraction, 53));
  BigInt m = FromInt64(static_cast<std::int64_t>(mantissa));
  r.magnitude_ =
      exponent >= 53
          ? ShiftLeft(m, static_cast<std::uint64_t>(exponent - 53)).magnitude_
          : ShiftRightMagnitude(m.magnitude_, static_cast<std::uint64_t>(53 - exponent));
  r.Normalize();
  return r;
}

BigInt BigInt::FromDigitText(std::string_view text, int base) {
  BigInt r;
  // Several text digits at a time: the largest power of base that fits a Digit.
  Digit chunk_base = static_cast<Digit>(base);
  int per_chunk = 1;
  while (std::uint64_t{chunk_base} * static_cast<std::uint64_t>(base) <= kMask) {
    chunk_base *= static_cast<Digit>(base);
    ++per_chunk;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    Digit value = 0, scale = 1;
    for (int k = 0; k < per_chunk && i < text.size(); ++k, ++i) {
      const char c = text[i];
      const int digit = c >= '0' && c <= '9'   ? c - '0'
                        : c >= 'a' && c <= 'z' ? c - 'a' + 10
                                               : c - 'A' + 10;
      value = value * static_cast<Digit>(base) + static_cast<Digit>(digit);
      scale *= static_cast<Digit>(base);
    }
    MultiplyAddSmall(&r.magnitude_, scale, value);
  }
  r.Normalize();
  return r;
}

std::uint64_t BigInt::BitLength() const {
  if (magnitude_.empty()) return 0;
  return (magnitude_.size() - 1) * std::uint64_t{kShift} +
         static_cast<std::uint64_t>(BitLengthOfDigit(magnitude_.back()));
}

bool BigInt::ToInt64(std::int64_t* out) const {
  if (BitLength() > 64) return false;
  std::uint64_t m = 0;
  for (std::size_t i = magnitude_.size(); i-- > 0;) m = (m << kShift) | magnitude_[i];
  if (negative_) {
    if (m > (std::uint64_t{1} << 63)) return false;
    *out = static_cast<std::int64_t>(0 - m);
  } else {
    if (m > static_cast<std::uint64_t>(INT64_MAX)) return false;
    *out = static_cast<std::int64_t>(m);
  }
  return true;
}

bool BigInt::ToDouble(double* out) const {
  const std::uint64_t bits = BitLength();
  double magnitude;
  if (bits <= 63) {  // the hardware's conversion rounds halves to even
    std::int64_t v = 0;
    ToInt64(&v);
    magnitude = std::fabs(static_cast<double>(v));
  } else {
    if (bits > 1024) return false;
    const std::uint64_t shift = bits - 55;
    const Digits top = ShiftRightMagnitude(magnitude_, shift);
    std::uint64_t m = 0;
    for (std::size_t i = top.size(); i-- > 0;) m = (m << kShift) | top[i];
    if (AnyBitBelow(magnitude_, shift)) m |= 1;  // sticky
    magnitude = RoundMantissa(m, static_cast<std::int64_t>(shift));
    if (std::isinf(magnitude)) return false;
  }
  *out = negative_ ? -magnitude : magnitude;
  return true;
}

std::string BigInt::ToText(int base) const {
  std::string out;
  if (magnitude_.empty()) return "0";
  Digits m = magnitude_;
  if (base == 10) {
    // Nine decimal digits per division by 10^9.
    constexpr Digit kChunk = 1000000000;
    while (!m.empty()) {
      Digit chunk = DivideBySmall(&m, kChunk);
      for (int k = 0; k < 9 && (chunk != 0 || !m.empty()); ++k) {
        out.push_back(static_cast<char>('0' + chunk % 10));
        chunk /= 10;
      }
    }
  } else {
    const int bits_per = base == 2 ? 1 : base == 8 ? 3 : 4;
    const std::uint64_t total = BitLength();
    for (std::uint64_t bit = 0; bit < total;
         bit += static_cast<std::uint64_t>(bits_per)) {
      unsigned v = 0;
      for (int k = bits_per; k-- > 0;) {
        const std::uint64_t b = bit + static_cast<std::uint64_t>(k);
        const std::size_t di = static_cast<std::size_t>(b / kShift);
        v = (v << 1) | (di < m.size() ? (m[di] >> (b % kShift)) & 1 : 0);
      }
      out.push_back("0123456789abcdef"[v]);
    }
  }
  if (negative_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

std::uint64_t BigInt::Hash() const {
  constexpr int kHashBits = 61;
  constexpr std::uint64_t kModulus = (std::uint64_t{1} << kHashBits) - 1;
  std::uint64_t x = 0;
  for (std::size_t i = magnitude_.size(); i-- > 0;) {
    x = ((x << kShift) & kModulus) | (x >> (kHashBits - kShift));
    x += magnitude_[i];
    if (x >= kModulus) x -= kModulus;
  }
  if (negative_) x = 0 - x;
  if (x == static_cast<std::uint64_t>(-1)) x = static_cast<std::uint64_t>(-2);
  return x;
}

BigInt BigInt::Negated() const {
  BigInt r = *this;
  r.negative_ = !negative_ && !magnitude_.empty();
  return r;
}

BigInt BigInt::Abs() const {
  BigInt r = *this;
  r.negative_ = false;
  return r;
}

int BigInt::Compare(const BigInt& a, const BigInt& b) {
  if (a.negative_ != b.negative_) return a.negative_ ? -1 : 1;
  const int c = CompareMagnitudes(a.magnitude_, b.magnitude_);
  return a.negative_ ? -c : c;
}

BigInt BigInt::Add(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.negative_ == b.negative_) {
    r.magnitude_ = AddMagnitudes(a.magnitude_, b.magnitude_);
    r.negative_ = a.negative_;
  } else if (CompareMagnitudes(a.magnitude_, b.magnitude_) >= 0) {
    r.magnitude_ = SubtractMagnitudes(a.magnitude_, b.magnitude_);
    r.negative_ = a.negative_;
  } else {
    r.magnitude_ = SubtractMagnitudes(b.magnitude_, a.magnitude_);
    r.negative_ = b.negative_;
  }
  r.Normalize();
  return r;
}

BigInt BigInt::Subtract(const BigInt& a, const BigInt& b) { return Add(a, b.Negated()); }

BigInt BigInt::Multiply(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.magnitude_ = MultiplyMagnitudes(a.magnitude_, b.magnitude_);
  r.negative_ = a.negative_ != b.negative_;
  r.Normalize();
  return r;
}

void BigInt::DivMod(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt quotient, remainder;
  DivModMagnitudes(a.magnitude_, b.magnitude_, &quotient.magnitude_,
                   &remainder.magnitude_);
  // Truncated division gives the magnitudes; Python floors: when the signs differ
  // and something remains, the quotient is one further from zero and the
  // remainder is |b| - remainder, with b's sign.
  if (a.negative_ != b.negative_) {
    quotient.negative_ = true;
    if (!remainder.magnitude_.empty()) {
      quotient.magnitude_ = AddMagnitudes(quotient.magnitude_, Digits{1});
      remainder.magnitude_ = SubtractMagnitudes(b.magnitude_, remainder.magnitude_);
    }
  }
  remainder.negative_ = b.negative_;
  quotient.Normalize();
  remainder.Normalize();
  *q = std::move(quotient);
  *r = std::move(remainder);
}

bool BigInt::TrueDivide(const BigInt& a, const BigInt& b, double* out) {
  const bool negative = a.negative_ != b.negative_;
  const std::uint64_t la = a.BitLength(), lb = b.BitLength();
  if (la <= 53 && lb <= 53) {  // both exact as doubles: one correctly rounded division
    double x, y;
    a.ToDouble(&x);
    b.ToDouble(&y);
    *out = x / y;
    return true;
  }
  if (la == 0) {
    *out = negative ? -0.0 : 0.0;
    return true;
  }
  const std::int64_t diff = static_cast<std::int64_t>(la) - static_cast<std::int64_t>(lb);
  if (diff > 1025) return false;
  if (diff < -1080) {  // below the smallest subnormal
    *out = negative ? -0.0 : 0.0;
    return true;
  }
  // A quotient of 55 or 56 bits: |a| * 2^shift // |b|, the remainder sticky.
  const std::int64_t shift = 55 - diff;
  BigInt x = a.Abs(), y = b.Abs();
  if (shift >= 0) {
    x = ShiftLeft(x, static_cast<std::uint64_t>(shift));
  } else {
    y = ShiftLeft(y, static_cast<std::uint64_t>(-shift));
  }
  Digits q, r;
  DivModMagnitudes(x.magnitude_, y.magnitude_, &q, &r);
  std::uint64_t m = 0;
  for (std::size_t i = q.size(); i-- > 0;) m = (m << kShift) | q[i];
  bool sticky = !r.empty();
  std::int64_t exponent = -shift;
  if (m >> 55 != 0) {  // 56 bits: one more to the sticky bit
    sticky = sticky || (m & 1) != 0;
    m >>= 1;
    exponent += 1;
  }
  if (sticky) m |= 1;
  const double magnitude = RoundMantissa(m, exponent);
  if (std::isinf(magnitude)) return false;
  *out = negative ? -magnitude : magnitude;
  return true;
}

BigInt BigInt::Power(const BigInt& base, std::uint64_t exponent) {
  BigInt result = FromInt64(1), b = base;
  while (exponent != 0) {
    if (exponent & 1) result = Multiply(result, b);
    exponent >>= 1;
    if (exponent != 0) b = Multiply(b, b);
  }
  return result;
}

BigInt BigInt::ShiftLeft(const BigInt& a, std::uint64_t n) {
  if (a.IsZero()) return a;
  const std::size_t whole = static_cast<std::size_t>(n / kShift);
  const int bits = static_cast<int>(n % kShift);
  BigInt r;
  r.negative_ = a.negative_;
  r.magnitude_.assign(whole, 0);
  Digit carry = 0;
  for (Digit d : a.magnitude_) {
    const std::uint64_t x = (std::uint64_t{d} << bits) | carry;
    r.magnitude_.push_back(static_cast<Digit>(x & kMask));
    carry = static_cast<Digit>(x >> kShift);
  }
  r.magnitude_.push_back(carry);
  r.Normalize();
  return r;
}

BigInt BigInt::ShiftRight(const BigInt& a, std::uint64_t n) {
  if (!a.negative_) {
    BigInt r;
    r.magnitude_ = ShiftRightMagnitude(a.magnitude_, n);
    return r;
  }
  // floor(-m / 2^n) == -((m - 1) / 2^n) - 1
  BigInt m_minus_1;
  m_minus_1.magnitude_ = SubtractMagnitudes(a.magnitude_, Digits{1});
  BigInt r;
  r.magnitude_ = AddMagnitudes(ShiftRightMagnitude(m_minus_1.magnitude_, n), Digits{1});
  r.negative_ = true;
  r.Normalize();
  return r;
}

BigInt BigInt::And(const BigInt& a, const BigInt& b) {
  return Bitwise(a, b, [](Digit x, Digit y) { return x & y; });
}

BigInt BigInt::Or(const BigInt& a, const BigInt& b) {
  return Bitwise(a, b, [](Digit x, Digit y) { return x | y; });
}

BigInt BigInt::Xor(const BigInt& a, const BigInt& b) {
  return Bitwise(a, b, [](Digit x, Digit y) { return x ^ y; });
}

BigInt BigInt::Invert(const BigInt& a) { return Subtract(a.Negated(), FromInt64(1)); }

}  // namespace gillab
