# Ints past 64 bits: arithmetic, comparisons, hashes and conversions, each as
# CPython computes it. Sizes are printed as differences, which gillab and CPython
# share (each int grows by a 4-byte digit per 30 bits; gillab's header is larger).
import sys

big = 2 ** 100
print(big, -big, big + 1, big - 2 ** 99, big * big)
print(2 ** 64, 2 ** 63, -2 ** 63, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(0xFFFFFFFFFFFFFFFFFFFF, 0b1 << 70, 0o7777777777777777777777777, 123_456_789_012_345_678_901)

# Floor division and modulo keep Python's signs.
for a in (big + 12345, -big - 12345):
    for b in (97, -97, 2 ** 70 + 3, -(2 ** 70) - 3):
        print(a // b, a % b, divmod(a, b) == (a // b, a % b))

# Two's complement on infinitely many bits.
print(big & 0xFFFF, (-big) & 0xFFFF, big | 1, (-big) | 1, big ^ -1, ~big, ~(-big))
print(big >> 90, (-big) >> 90, -1 >> 200, big << 30, (big << 30) >> 130)

# Back to a word when it fits: the small-int cache answers.
x = 2 ** 64
y = x - 2 ** 64 + 7
seven = 7
print(y, y is seven)

# Exact comparisons with floats.
print(2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, big == 2.0 ** 100, big < float("inf"))
print(float(big), big / 3, (2 ** 2000 + 1) / 2 ** 1990, 1 / 10 ** 400, float(2 ** 64 + 1))
print(int(1e30), int(-2.5e20), round(123456789012345678901234567890, -5), round(-15, -1))

# Hashes are CPython's, so sets and dicts of big ints come out in python3's order.
print(hash(big), hash(-big), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61) + 1))
s = {2 ** 64, 2 ** 65, 2 ** 61 - 1, 2 ** 61 + 5, -(2 ** 70), 3}
print(s)
d = {2 ** 100: "a", 2 ** 99: "b"}
print(d[2 ** 100], 2 ** 99 in d, sorted(d))

# Conversions.
print(int("1" * 40), int("-0x" + "f" * 25, 16), int("1" * 70, 2), str(2 ** 200), repr(-(3 ** 90)))
print(abs(-big), max(big, 3), min(-big, 2), sum([2 ** 62] * 5), pow(3, 45), pow(2, -2))
print(pow(3, 10 ** 30, 10 ** 9 + 7), pow(7, -1, 2 ** 61 - 1), pow(-2, 101, -(10 ** 20)))
print(big.bit_length(), (-big - 1).bit_length(), (2 ** 64 - 1).bit_length(), (0).bit_length())

# Growth per 30-bit digit, as differences.
base = sys.getsizeof(1)
print([sys.getsizeof(2 ** (30 * k)) - base for k in range(6)])
print(sys.getsizeof(0) == sys.getsizeof(1), sys.getsizeof(-big) == sys.getsizeof(big))

# Errors, with python3's words.
for f in (lambda: 1 << -big, lambda: big % 0, lambda: [0][big], lambda: float(2 ** 1024),
          lambda: 2 ** 2000 / 3, lambda: str(10 ** 4300), lambda: int("9" * 4301)):
    try:
        f()
    except (ValueError, ZeroDivisionError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
