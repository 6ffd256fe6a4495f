# send(v): the paused `yield` expression evaluates to v. A coroutine-style
# running total: each value sent in is added, the total comes back out.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(next(acc))  # runs to the first yield: a new generator must start with None
print(acc.send(10))
print(acc.send(5))
print(acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final total", e.value)

# A just-started generator takes only None.
fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)

# throw(exc): the exception is raised at the paused yield, inside the body.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("recovered from", e)

r = resilient()
print(next(r))
print(r.throw(ValueError("bad input")))
print("(a class works too)")
print(r.throw(ValueError))

# An exception the body does not catch comes back out of throw().
def fragile():
    yield 1
    yield 2

f = fragile()
next(f)
try:
    f.throw(KeyError("k"))
except KeyError as e:
    print("came back out:", repr(e))
print(list(f))  # and the generator is finished

# close(): GeneratorExit at the yield, so finally blocks run.
def resource():
    print("open")
    try:
        yield "data 1"
        yield "data 2"
    finally:
        print("release")

res = resource()
print(next(res))
res.close()
print("after close:", list(res))
resource().close()  # never started: nothing runs, nothing to release
print("closing twice is fine:", res.close())

# A generator that yields in answer to GeneratorExit is an error.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# Catching GeneratorExit to clean up, then returning, is the right way.
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("cleaning up")
        return

p = polite()
next(p)
print(p.close())
