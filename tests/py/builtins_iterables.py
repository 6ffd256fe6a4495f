# The builtins that take an iterable.
scores = [72, 95, 88, 61, 95]
print(min(scores), max(scores), sum(scores), len(scores))
print(min(4, 2, 8), max("gil"), min([], default="empty"), max([], default=0))
words = ["refcount", "gc", "arena", "pool"]
print(min(words, key=len), max(words, key=len), sorted(words, key=len))
print(sorted(words), sorted(words, reverse=True), sorted(scores, reverse=True))
print(sum([0.5, 0.25]), sum([[1], [2, 3]], []), sum(range(101)), sum([], 10))
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]), any([]), all([]))

# enumerate and zip are lazy: they hand out one pair at a time.
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, start=1):
    print(i, w, end="; ")
print()
names = ["a", "b", "c"]
values = [1, 2]
for n, v in zip(names, values):
    print(n, v)
print(list(zip(names, values, "xy")), list(zip()))
print(dict(zip(names, values)))

# Constructors make new containers from any iterable.
print(list("abc"), list(range(4)), list((1, 2)), list({"k": 1}), list())
print(tuple([1, 2]), tuple("hi"), tuple(), tuple(range(3)))
print(dict([("a", 1), ("b", 2)]), dict({"k": [1]}), dict(), dict([[1, 2]]))
original = [1, 2, 3]
copy = list(original)
print(copy == original, copy is original)
t = (1, 2)
print(tuple(t) is t)

# Sorting is stable: equal keys keep their order.
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
