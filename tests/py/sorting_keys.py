# sorted() and list.sort(): keys, reverse, stability, tuples as keys.
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22), ("eve", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))

# Stable: equal keys keep their order, so two passes sort by two keys.
by_name = sorted(people, key=lambda p: p[0], reverse=True)
by_age_then_name_desc = sorted(by_name, key=lambda p: p[1])
print(by_age_then_name_desc)

words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(set(words), key=lambda w: (len(w), w)))
words.sort(key=lambda w: w[-1])
print(words)

# Tuples and lists compare item by item.
print((1, 2) < (1, 3), [1, 2, 3] < [1, 2], (2,) > (1, 99), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: (p[1], p[0])))

# What cannot be compared.
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
