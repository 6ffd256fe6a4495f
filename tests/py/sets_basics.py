# A set holds each value once, with no order of its own: it is a hash table,
# and prints in table order (for small ints: ascending).
colors = {"red", "green", "blue", "red"}
print(len(colors), sorted(colors))  # str order depends on hashes: sort to print
numbers = {5, 3, 8, 3, 1}
print(numbers)
print(set(), frozenset(), set([2, 1, 2]), set("banana") == {"a", "b", "n"})

# Membership is one hash lookup, whatever the size.
big = set(range(100000))
print(99999 in big, -1 in big, 50000 not in big)

# Adding and removing.
seen = set()
for word in "the cat and the hat and the bat".split():
    if word in seen:
        print("again:", word)
    seen.add(word)
print(len(seen), sorted(seen))
seen.discard("cat")
seen.discard("dog")  # absent: nothing happens
seen.remove("hat")
try:
    seen.remove("hat")
except KeyError as e:
    print("KeyError:", e)
print(sorted(seen))

# pop() takes an arbitrary item: for ints, the first in table order.
stack = {4, 2, 9}
print(stack.pop(), stack)
stack.clear()
print(stack, bool(stack))
try:
    stack.pop()
except KeyError as e:
    print("KeyError:", e)

# Only hashable values go in: not lists, not sets (frozensets do).
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), sorted(pairs))
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(groups), frozenset({1, 2}) in groups)

# 1, 1.0 and True are equal, and hash alike: one of them stays (the first).
print({1, 1.0, True}, {True, 1})

# A set comprehension, and set() of any iterable.
print({n % 5 for n in range(20)})
print({c for c in "mississippi"} == set("mips"))
print(set(x * x for x in range(-3, 4)))
print(frozenset(range(3)), frozenset(frozenset([1])) == frozenset([1]))

# Iterating a set: each item once.
total = 0
for n in {10, 20, 10, 30}:
    total += n
print(total, sum({1, 2, 3}), max({4, 9, 2}), sorted({3, 1, 2}, reverse=True))
print(type(numbers).__name__, type(frozenset()).__name__, isinstance(numbers, set))
