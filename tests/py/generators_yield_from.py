# `yield from it` hands the consumer every value of another iterable, and is
# worth what that generator returns.
def inner(tag):
    yield tag + "1"
    yield tag + "2"
    return tag.upper()

def outer():
    a = yield from inner("a")
    b = yield from inner("b")
    yield a + b

print(list(outer()))

# Any iterable works; only a generator returns a value.
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], (3,), "xy", range(2))))

# Recursion: walking a nested structure depth first.
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

# A binary tree in nested tuples (left, value, right), in order.
def in_order(node):
    if node is None:
        return
    left, value, right = node
    yield from in_order(left)
    yield value
    yield from in_order(right)

tree = ((None, 1, None), 2, ((None, 3, None), 4, (None, 5, None)))
print(list(in_order(tree)))

# Values sent to the outer generator go through to the inner one.
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received

def relay():
    got = yield from echo()
    yield "inner got " + str(got)

r = relay()
print(next(r))
print(r.send("a"))
print(r.send("b"))
print(r.send("c"))

# The depth of delegation is only the recursion limit's business.
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(sum(countdown(200)))
