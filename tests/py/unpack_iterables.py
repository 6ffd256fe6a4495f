# Any iterable unpacks, not only lists and tuples: a str into its characters, a
# dict into its keys, a range into its numbers.
a, b = "hi"
print(a, b)
for x, y in ["xy", "ab"]:
    print(y + x)
p, q = range(2)
print(p, q)
k1, k2 = {"u": 1, "v": 2}
print(k1, k2)
(m, n), o = "ab", "c"
print(m, n, o)
for key, (first, last) in {"w": "ok"}.items():
    print(key, first, last)
for i, (c,) in [(0, "a"), (1, "b")]:
    print(i, c)
