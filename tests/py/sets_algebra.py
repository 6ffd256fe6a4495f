# Set algebra: union, intersection, difference, symmetric difference, as
# methods (any iterable) and as `-` between sets.
python = {"ana", "ben", "cid", "dee"}
rust = {"cid", "dee", "eve"}
print(sorted(python.union(rust)))
print(sorted(python.intersection(rust)))
print(sorted(python.difference(rust)), sorted(rust - python))
print(sorted(python.symmetric_difference(rust)))
print(sorted(python.union(["zed"], ("yan",))))  # several iterables

a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a - b, b - a, a.intersection(b), a.union(b), a.symmetric_difference(b))
print(a.intersection(range(3, 10)), a.difference([1, 2]))

# Subsets and supersets: <=, <, >=, > compare sets by inclusion.
small = {2, 3}
print(small <= a, small < a, a < a, a <= a, a >= small, a > small, {9} <= a)
print(small.issubset(range(10)), a.issuperset([1, 2]), small.isdisjoint({7, 8}))

# == compares the items; a set equals a frozenset of the same items.
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), {1} != {1, 2})

# In place: -= and the *_update methods change the set itself.
s = {1, 2, 3, 4}
alias = s
s -= {1}
print(s, alias is s)
s.update([9, 10])
s.intersection_update({2, 3, 9, 99})
s.difference_update([3])
s.symmetric_difference_update({2, 5})
print(s, alias)

# A frozenset never changes: its operations make new frozensets.
f = frozenset([1, 2, 3])
print(f.union([4]), f - frozenset([1]), f.copy() is f)
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)

# Deduplicating while keeping the first occurrence's order: a set for the
# lookups, a list for the order.
def unique(items):
    seen = set()
    out = []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out

print(unique([3, 1, 3, 2, 1, 4]))
