# A generator function: calling it runs nothing yet. It returns a generator,
# which runs the body up to each `yield` when asked for the next value.
def countdown(n):
    print("starting at", n)
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print("made the generator; nothing printed by its body yet")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration: the body has returned")

# A finished generator stays finished.
print(list(g))

# A for loop, list(), sum() ask for values until StopIteration.
for v in countdown(2):
    print("loop got", v)
print(list(countdown(4)))
print(sum(countdown(5)))

# `return value` ends the generator; the value rides on StopIteration.
def with_result():
    yield "a"
    return "the result"

r = with_result()
print(next(r))
try:
    next(r)
except StopIteration as e:
    print("returned:", e.value if hasattr(e, "value") else e.args[0])

# next() with a default never raises at the end.
empty = countdown(0)
print(next(empty, "no more"))

# Local state survives between values: a running average.
def averages(values):
    total = 0
    count = 0
    for v in values:
        total += v
        count += 1
        yield total / count

print(list(averages([10, 20, 30, 40])))

# Infinite generators are fine when the consumer stops.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

firsts = []
for n in naturals():
    if n >= 5:
        break
    firsts.append(n)
print(firsts)

# A generator is its own iterator.
g = naturals()
print(iter(g) is g)
print(type(g).__name__)

# Two generators from one function are independent.
a = countdown(2)
b = countdown(2)
print(next(a), next(a), next(b))

# Unpacking and enumerate/zip read generators too.
x, y, z = countdown(3)
print(x, y, z)
print(list(enumerate(countdown(2), 1)))
print(list(zip(naturals(), "abc")))
