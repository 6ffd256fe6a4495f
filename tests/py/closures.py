# A closure keeps the variables of the call that made it: each call of
# make_counter has its own `count`, shared by the functions made in that call.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return increment, peek

inc_a, peek_a = make_counter()
inc_b, peek_b = make_counter()
inc_a()
inc_a()
inc_b()
print(peek_a(), peek_b(), inc_a(), peek_a())

# Late binding: the inner function reads the variable when it runs, not when
# it was made. All three see the loop's last value.
def late():
    funcs = []
    for i in [1, 2, 3]:
        def show():
            return i
        funcs.append(show)
    return funcs
print("late:", end=" ")
for f in late():
    print(f(), end=" ")
print()

# The cure: bind the value now, as a default argument.
def early():
    funcs = []
    for i in [1, 2, 3]:
        def show(i=i):
            return i
        funcs.append(show)
    return funcs
for f in early():
    print(f(), end=" ")
print()

# A parameter can be captured too, and rebinding it later is seen.
def adder(n):
    def add(x):
        return x + n
    n = n * 10
    return add
print(adder(2)(1))

# Three levels: the middle function passes the variable through.
def outer():
    message = "from outer"
    def middle():
        def inner():
            return message
        return inner
    return middle()
print(outer()())

# nonlocal reaches the nearest enclosing function that binds the name.
def accumulate():
    total = 0
    def add_all(items):
        nonlocal total
        for item in items:
            total += item
        return total
    add_all([1, 2, 3])
    return add_all([10])
print(accumulate())

# A module-level name is a global, not a cell: the function sees rebinding.
level = "first"
def read_level():
    def inner():
        return level
    return inner
reader = read_level()
level = "second"
print(reader())

# An inner function that calls itself (its own cell holds it).
def fib_upto(n):
    def fib(k):
        if k < 2:
            return k
        return fib(k - 1) + fib(k - 2)
    result = []
    for k in range(n):
        result.append(fib(k))
    return result
print(fib_upto(10))

# Each def runs anew: two calls make two different functions.
def make():
    def f():
        return 1
    return f
print(make() is make(), make()() == make()())
