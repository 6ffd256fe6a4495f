# The same membership two ways: a set of small ints, and a bitmask int.
def to_mask(s):
    m = 0
    for x in s:
        m |= 1 << x
    return m


def from_mask(m):
    out = set()
    i = 0
    while m:
        if m & 1:
            out.add(i)
        m >>= 1
        i += 1
    return out


a = {1, 3, 5, 7}
b = {3, 4, 5}
ma, mb = to_mask(a), to_mask(b)
print(ma, mb)
for name, s, m in [("&", a & b, ma & mb), ("|", a | b, ma | mb), ("^", a ^ b, ma ^ mb),
                   ("-", a - b, ma & ~mb)]:
    print(name, sorted(s), m, from_mask(m) == s)
print(3 in a, bool(ma & (1 << 3)), 4 in a, bool(ma & (1 << 4)))
print(len(a), sum(1 for i in range(10) if ma >> i & 1))
print(from_mask(0), to_mask(set()), from_mask(to_mask(range(60))) == set(range(60)))
