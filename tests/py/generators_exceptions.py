# A generator's frame keeps its try blocks while it is paused.
def guarded(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            yield "skipped a zero"
        finally:
            print("  done with", v)

print(list(guarded([5, 0, 2])))

# An error inside the body comes out of next(), and ends the generator.
def failing():
    yield 1
    raise ValueError("broken at the second item")
    yield 2

g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(list(g))

# A yield inside an except clause: the exception being handled is still the
# context of one raised after the generator resumes.
def handler():
    try:
        raise KeyError("first")
    except KeyError:
        yield "handling"
        raise RuntimeError("second")

h = handler()
print(next(h))
try:
    next(h)
except RuntimeError as e:
    print(repr(e), "during", repr(e.__context__))

# PEP 479: StopIteration raised inside a generator does not silently end the
# loop over it; it becomes a RuntimeError.
def leaky():
    yield 1
    next(iter([]))  # raises StopIteration
    yield 2

try:
    for v in leaky():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("caused by", type(e.__cause__).__name__)

# A StopIteration caught inside the generator is just an exception.
def careful():
    it = iter([1])
    while True:
        try:
            yield next(it)
        except StopIteration:
            return

print(list(careful()))

# A generator that is running cannot be resumed from inside itself.
def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# try/finally around a loop over a generator that fails midway.
def source():
    yield "a"
    yield "b"
    raise IndexError("source ran dry")

collected = []
try:
    for item in source():
        collected.append(item)
except IndexError as e:
    print("IndexError:", e)
finally:
    print("collected", collected)
