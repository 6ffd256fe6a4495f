#include "runtime/objects/int_ops.h"

#include <cmath>

#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"

namespace gillab {

namespace {

constexpr const char* kTooManyDigits = "too many digits in integer";

// The exponent or shift count as a uint64, when it is not negative and fits.
bool SmallCount(const BigInt& n, std::uint64_t* out) {
  std::int64_t v;
  if (n.negative() || !n.ToInt64(&v)) return false;
  *out = static_cast<std::uint64_t>(v);
  return true;
}

Object* Power(ErrorSink& err, const BigInt& base, const BigInt& exponent) {
  if (exponent.negative()) {  // a float, as CPython's: both operands as doubles
    if (base.IsZero()) {
      return err.Raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    }
    double x, y;
    if (!base.ToDouble(&x) || !exponent.ToDouble(&y)) {
      return err.Raise("OverflowError", "int too large to convert to float");
    }
    return NewFloat(std::pow(x, y));
  }
  // 0, 1 and -1 to any power stay small.
  const std::uint64_t bits = base.BitLength();
  if (bits <= 1) {
    if (base.IsZero()) return NewInt(exponent.IsZero() ? 1 : 0);
    const bool odd = !exponent.IsZero() && (exponent.digits()[0] & 1) != 0;
    return NewInt(base.negative() && odd ? -1 : 1);
  }
  std::uint64_t e;
  if (!SmallCount(exponent, &e) || e > kMaxIntBits || (bits - 1) * e >= kMaxIntBits) {
    return err.Raise("OverflowError", kTooManyDigits);
  }
  return NewIntFromBigInt(BigInt::Power(base, e));
}

Object* Shift(ErrorSink& err, BinaryOperator op, const BigInt& a, const BigInt& count) {
  if (count.negative()) return err.Raise("ValueError", "negative shift count");
  std::uint64_t n;
  const bool small = SmallCount(count, &n);
  if (op == BinaryOperator::kRShift) {
    if (!small) return NewInt(a.negative() ? -1 : 0);
    return NewIntFromBigInt(BigInt::ShiftRight(a, n));
  }
  if (a.IsZero()) return NewInt(0);
  if (!small || n > kMaxIntBits || a.BitLength() + n > kMaxIntBits) {
    return err.Raise("OverflowError", kTooManyDigits);
  }
  return NewIntFromBigInt(BigInt::ShiftLeft(a, n));
}

}  // namespace

Object* IntBinaryOp(ErrorSink& err, BinaryOperator op, const Object* a, const Object* b) {
  const BigInt x = IntToBigInt(a), y = IntToBigInt(b);
  switch (op) {
    case BinaryOperator::kAdd:
      return NewIntFromBigInt(BigInt::Add(x, y));
    case BinaryOperator::kSubtract:
      return NewIntFromBigInt(BigInt::Subtract(x, y));
    case BinaryOperator::kMultiply:
      if (x.BitLength() + y.BitLength() > kMaxIntBits + 1) {
        return err.Raise("OverflowError", kTooManyDigits);
      }
      return NewIntFromBigInt(BigInt::Multiply(x, y));
    case BinaryOperator::kFloorDivide:
    case BinaryOperator::kModulo: {
      if (y.IsZero()) {
        return err.Raise("ZeroDivisionError", op == BinaryOperator::kModulo
                                                  ? "integer modulo by zero"
                                                  : "integer division or modulo by zero");
      }
      BigInt q, r;
      BigInt::DivMod(x, y, &q, &r);
      return NewIntFromBigInt(op == BinaryOperator::kFloorDivide ? q : r);
    }
    case BinaryOperator::kTrueDivide: {
      if (y.IsZero()) return err.Raise("ZeroDivisionError", "division by zero");
      double d;
      if (!BigInt::TrueDivide(x, y, &d)) {
        return err.Raise("OverflowError",
                         "integer division result too large for a float");
      }
      return NewFloat(d);
    }
    case BinaryOperator::kPower:
      return Power(err, x, y);
    case BinaryOperator::kAnd:
      return NewIntFromBigInt(BigInt::And(x, y));
    case BinaryOperator::kOr:
      return NewIntFromBigInt(BigInt::Or(x, y));
    case BinaryOperator::kXor:
      return NewIntFromBigInt(BigInt::Xor(x, y));
    case BinaryOperator::kLShift:
    case BinaryOperator::kRShift:
      return Shift(err, op, x, y);
  }
  return err.Raise("SystemError", "bad int operator");
}

int CompareIntObjects(const Object* a, const Object* b) {
  if (IntIsWord(a) && IntIsWord(b)) {
    const std::int64_t x = IntValue(a), y = IntValue(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return BigInt::Compare(IntToBigInt(a), IntToBigInt(b));
}

int CompareIntWithFloat(const Object* i, double f) {
  if (std::isnan(f)) return 2;
  if (std::isinf(f)) return f > 0 ? -1 : 1;
  constexpr std::int64_t kExact = std::int64_t{1} << 53;  // every such int is a double
  if (IntIsWord(i) && IntValue(i) >= -kExact && IntValue(i) <= kExact) {
    const auto x = static_cast<double>(IntValue(i));
    return x < f ? -1 : x > f ? 1 : 0;
  }
  // Against the float's integral part exactly; a fraction above it decides a tie.
  const double whole = std::floor(f);
  const int c = BigInt::Compare(IntToBigInt(i), BigInt::FromDouble(whole));
  if (c != 0) return c;
  return f > whole ? -1 : 0;
}

Object* IntNegative(const Object* a) {
  if (IntIsWord(a) && IntValue(a) != INT64_MIN) return NewInt(-IntValue(a));
  return NewIntFromBigInt(IntToBigInt(a).Negated());
}

Object* IntInvert(const Object* a) {
  if (IntIsWord(a)) return NewInt(~IntValue(a));
  return NewIntFromBigInt(BigInt::Invert(IntToBigInt(a)));
}

Object* IntAbsolute(const Object* a) {
  if (IntIsWord(a) && IntValue(a) != INT64_MIN) {
    return NewInt(IntValue(a) < 0 ? -IntValue(a) : IntValue(a));
  }
  return NewIntFromBigInt(IntToBigInt(a).Abs());
}

bool IntToDouble(ErrorSink& err, const Object* ob, double* out) {
  if (IntIsWord(ob)) {
    *out = static_cast<double>(IntValue(ob));
    return true;
  }
  if (IntToBigInt(ob).ToDouble(out)) return true;
  err.Raise("OverflowError", "int too large to convert to float");
  return false;
}

Object* IntFromIntegralDouble(double d) {
  if (std::fabs(d) < 9223372036854775808.0)
    return NewInt(static_cast<std::int64_t>(d));  // 2^63
  return NewIntFromBigInt(BigInt::FromDouble(d));
}

}  // namespace gillab
