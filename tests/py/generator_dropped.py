# A generator dropped while paused inside a try block is closed first (CPython's
# _PyGen_Finalize): GeneratorExit at its yield, so its finally blocks run.
import gc


def reader(name):
    print("  open", name)
    try:
        for line in ["a", "b", "c"]:
            yield name + ":" + line
    finally:
        print("  close", name)


print("1. dropped after one item")
r = reader("first")
print(" ", next(r))
del r
print("   after del")

print("2. a for loop that breaks drops its generator")
for item in reader("second"):
    if item.endswith("b"):
        break
print("   after the loop")

print("3. any() stops early")
print("  ", any(x.endswith("a") for x in reader("third")))

print("4. paused outside any try: nothing to run")


def plain():
    yield 1
    yield 2


p = plain()
next(p)
del p
print("   dropped")

print("5. an error in finally is printed and ignored; so is ignoring GeneratorExit")


def stubborn():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


s = stubborn()
next(s)
del s


def deaf():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("  deaf to GeneratorExit")


d = deaf()
next(d)
del d
print("   the program goes on")

print("6. a generator in a cycle is closed by the collector")
gc.disable()


def loop():
    me = yield
    try:
        yield 1
    finally:
        print("  loop closed")


g = loop()
next(g)
g.send(g)
del g
print("   gc.collect() freed", gc.collect())
print("done")
