# Grouping with setdefault, merging with update: the dict idioms of a course.
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)

counts = {}
for ch in "mississippi":
    counts[ch] = counts.setdefault(ch, 0) + 1
print(counts)

d = {"a": 1}
print(d.setdefault("a", 99), d.setdefault("b"), d)

defaults = {"color": "red", "size": 10}
settings = dict(defaults)
settings.update({"size": 12, "shape": "round"})
settings.update([("weight", 3), ("color", "blue")])
settings.update()
print(settings, defaults)
print(settings.update({}) is None)

# The list setdefault returns is the one stored: references, not copies.
groups = {}
first = groups.setdefault("x", [])
first.append(1)
print(groups, groups.setdefault("x", []) is first)

for bad in (lambda: {}.setdefault([1], 2), lambda: {}.update(5), lambda: {}.update([(1, 2, 3)]),
            lambda: {}.update([1]), lambda: {}.setdefault()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
