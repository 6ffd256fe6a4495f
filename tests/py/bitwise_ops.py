# Bitwise operators: on ints, on bools, and on sets (where they are the algebra).
# Python's precedence, loosest first: | then ^ then & then << >> then + -.

print("ints:", 12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 5, 1000 >> 3)
print("negatives:", -12 & 10, -12 | 10, -12 ^ 10, ~-1, -1 << 3, -17 >> 2, -1 >> 60)
print("precedence:", 1 | 2 ^ 3 & 4 << 1, (1 | 2) ^ 3, 1 + 2 << 3, 6 & 3 == 2)
print("bools:", True & False, True | False, True ^ True, True & 3, ~True, ~False)
print("types:", type(True & True).__name__, type(True & 1).__name__)

# Flags, as a C programmer packs them.
READ, WRITE, EXEC = 1, 2, 4
mode = READ | WRITE
print("mode", mode, "can write:", bool(mode & WRITE), "can exec:", bool(mode & EXEC))
mode |= EXEC
mode &= ~WRITE
mode ^= READ
print("mode now", mode)

# Counting bits, and powers of two: x & (x - 1) clears the lowest set bit.
def popcount(x):
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n

print([popcount(x) for x in [0, 1, 7, 8, 255, 2 ** 40 - 1]])
print([x for x in range(1, 70) if x & (x - 1) == 0])

# A hash table's slot: the hash's low bits, as dicts and sets pick theirs.
size = 8
print([hash(k) & (size - 1) for k in [1, 9, 17, -1, 123456789]])

# Shifts at the edges of 64 bits (gillab's ints stop there; these stay inside).
print(1 << 62, (1 << 62) >> 61, -(1 << 62) >> 70, 5 >> 64, 3 << 0)
x = 1
x <<= 10
x >>= 3
print("x", x)

# Sets: | union, & intersection, ^ symmetric difference, - difference.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a ^ b, a - b, b - a)
f = frozenset([2, 3, 9])
print(sorted(f | a), type(f | a).__name__, type(a | f).__name__, f & a == {2, 3})
# In place: the same set object, as with a list's +=.
alias = a
a |= {10}
a &= {1, 3, 10, 11}
a ^= {3, 7}
print(a, a is alias, alias)
# A frozenset cannot change: |= makes a new one.
g = f
f |= {100}
print(sorted(f), f is g, sorted(g))

# What the operators refuse.
cases = [
    ("1 << -1", lambda: 1 << -1),
    ("1.5 & 1", lambda: 1.5 & 1),
    ("~1.5", lambda: ~1.5),
    ("{1} | [2]", lambda: {1} | [2]),
    ("'a' ^ 'b'", lambda: "a" ^ "b"),
    ("{1} << 1", lambda: {1} << 1),
]
for text, f in cases:
    try:
        print(text, "->", f())
    except (TypeError, ValueError) as e:
        print(text, "->", type(e).__name__ + ":", e)
