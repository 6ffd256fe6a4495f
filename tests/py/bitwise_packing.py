# Packing small numbers into one int with shifts and masks, as C code and
# CPython's own object flags do.
def pack_rgb(r, g, b):
    return (r << 16) | (g << 8) | b


def unpack_rgb(c):
    return (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF


orange = pack_rgb(255, 165, 0)
print(orange, unpack_rgb(orange), unpack_rgb(pack_rgb(1, 2, 3)))

# Flags in one int: set, clear, toggle, test.
TRACKED, FINALIZED, SHARED, IMMORTAL = 1 << 0, 1 << 1, 1 << 2, 1 << 3
flags = 0
flags |= TRACKED | SHARED
print(flags, bool(flags & SHARED), bool(flags & IMMORTAL))
flags &= ~SHARED
flags ^= IMMORTAL
print(flags, [name for name, bit in [("tracked", TRACKED), ("finalized", FINALIZED),
                                     ("shared", SHARED), ("immortal", IMMORTAL)]
              if flags & bit])

# Swapping without a temporary, parity, and the lowest set bit.
a, b = 12, 37
a ^= b
b ^= a
a ^= b
print(a, b)


def parity(x):
    p = 0
    while x:
        p ^= x & 1
        x >>= 1
    return p


print([parity(x) for x in range(8)], [x & -x for x in [12, 40, 7, 64]])

# Gray code: neighbours differ in one bit.
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, all(bin_count == 1 for bin_count in
                [sum((gray[i] ^ gray[i + 1]) >> k & 1 for k in range(3)) for i in range(7)]))

# Rounding up to a multiple of 8, as an allocator aligns block sizes.
print([(n + 7) & ~7 for n in [1, 8, 9, 16, 17, 33]])
# pymalloc's size class: (size - 1) >> 4 for 16-byte classes.
print([(n - 1) >> 4 for n in [1, 16, 17, 32, 512]])
