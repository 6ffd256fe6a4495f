# A generator expression is a list comprehension that makes its items one at a
# time: (expr for x in xs) instead of [expr for x in xs].
squares = (n * n for n in range(5))
print(next(squares), next(squares))
print(list(squares))  # what is left
print(list(squares))  # nothing: it is spent

# As the only argument of a call, it needs no parentheses of its own.
print(sum(n * n for n in range(10)))
print(max(len(w) for w in ["gc", "arena", "refcount"]))
print(min(abs(x - 7) for x in [1, 5, 9, 12]))
print(sorted(c.upper() for c in "cab"))
print("-".join(str(d) for d in range(5)))
print(tuple(x for x in "abc"), list(x for x in range(3)))
print(dict((k, len(k)) for k in ["a", "bb"]))

# any() and all() stop at their answer: they never see the rest.
def noisy(values):
    for v in values:
        print("  checking", v)
        yield v

print(any(v > 1 for v in noisy([0, 1, 2, 3, 4])))
print(all(v < 2 for v in noisy([0, 1, 2, 3, 4])))

# Several clauses and conditions, as in comprehensions.
pairs = ((a, b) for a in range(3) for b in range(3) if a < b)
print(list(pairs))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))

# The first iterable is evaluated at once; the rest only when iterated.
xs = [1, 2, 3]
g = (x * 10 for x in xs)
xs = [7, 8, 9]
print(list(g))  # the old list: it was taken when g was made

# Its variables stay inside.
x = "outer"
print(list(x for x in "ab"), x)

# A pipeline of generators: each stage pulls from the one before, one item
# at a time, so nothing in between is ever a whole list.
numbers = range(1, 11)
evens = (n for n in numbers if n % 2 == 0)
squared = (n * n for n in evens)
labelled = ("#" + str(n) for n in squared)
print(list(labelled))

def scaled(values, factor):
    return (v * factor for v in values)  # a closure over factor

print(list(scaled([1, 2, 3], 100)))
print(type(x for x in []).__name__)
