# lambda: a function in an expression, as good as a def with one return.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), add(b=5, a=1))
print((lambda: "no parameters")())

# Functions are values: kept in lists and dicts, passed and returned.
ops = {"double": lambda x: 2 * x, "negate": lambda x: -x, "square": square}
for name in sorted(ops):
    print(name, ops[name](6))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(square, 3))

# Defaults are evaluated once, when the def runs.
start = 5
def from_start(n=start):
    return n
start = 100
print(from_start(), from_start(1))

# The classic trap: a mutable default is one object, shared by every call.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket
first = append_to(1)
second = append_to(2)
print(first, second, first is second)

# The cure: None as the default, and a new list per call.
def append_fresh(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_fresh(1), append_fresh(2))

# Keyword arguments fill any parameter; defaults fill what is left.
def describe(name, kind="thing", size=1, unit="kg"):
    return f"{name}: a {kind} of {size} {unit}"
print(describe("box"))
print(describe("cat", "pet", unit="lb"))
print(describe(size=3, name="crate"))

# A lambda captures like a def.
def multiplier(n):
    return lambda x: x * n
times3 = multiplier(3)
print(times3(5), multiplier(4)(5))
