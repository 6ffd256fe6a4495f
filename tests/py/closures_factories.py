# Closures: functions that keep the variables of the function that made them.
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())


def make_multipliers():
    return [lambda x, k=k: x * k for k in range(4)]


def make_multipliers_late():
    return [lambda x: x * k for k in range(4)]


print([f(10) for f in make_multipliers()], [f(10) for f in make_multipliers_late()])


def make_accumulator():
    total = []

    def add(x):
        total.append(x)
        return sum(total)

    def reset():
        total.clear()

    return add, reset


add, reset = make_accumulator()
print(add(5), add(10), add(1))
reset()
print(add(2))

# A closure keeps its cell alive after the outer function returned.
import sys


def outer():
    big = [0] * 1000

    def inner():
        return len(big)

    return inner


f = outer()
print(f(), f.__name__)


def compose(*fs):
    def composed(x):
        for g in reversed(fs):
            x = g(x)
        return x

    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
