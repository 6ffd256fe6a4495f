# What a memory course shows with big ints: they never overflow, they grow a
# digit at a time, and they are objects like any other (new ones made by each
# operation, small ones cached).
import sys


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


f = factorial(100)
print(f)
print(len(str(f)), "digits")
print(sum(int(c) for c in str(factorial(1000))))

# Fibonacci past 64 bits without noticing.
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)

# Each power of two past 2**29 needs another 30-bit digit now and then.
previous = sys.getsizeof(1)
for bits in range(0, 200, 10):
    size = sys.getsizeof(2 ** bits)
    if size != previous:
        print("2 **", bits, "takes", size - previous, "more bytes")
    previous = size

# A big int is immutable: += makes a new object.
n = 2 ** 80
m = n
n += 1
print(n - m, n is m)

# Two equal big ints are two objects; equal small ints are one.
p = 10 ** 30
q = int("1" + "0" * 30)
print(p == q, p is q)
r = 2 ** 100 - 2 ** 100 + 100
hundred = 100
print(r is hundred)

# Collatz on a big start.
n = 2 ** 100 + 1
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)

# Modular exponentiation by hand, and by pow()'s third argument.
def power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


print(power_mod(2, 10 ** 20, 10 ** 9 + 7), power_mod(3, 2 ** 100, 2 ** 61 - 1))
print(pow(2, 10 ** 20, 10 ** 9 + 7) == power_mod(2, 10 ** 20, 10 ** 9 + 7))

# How many bits, and how many 30-bit digits, the values above need.
for v in (255, 2 ** 30, f, a):
    print(v.bit_length(), (v.bit_length() + 29) // 30)
