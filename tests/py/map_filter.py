# map(f, xs) and filter(f, xs) are lazy: they call f only as items are asked for.
def double(x):
    print("  double", x)
    return x * 2

m = map(double, [1, 2, 3])
print("made the map; nothing called yet")
print(next(m))
print(list(m))

print(list(map(str, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))  # shortest wins
print(list(map(len, ["gc", "arena", ""])))

print(list(filter(lambda n: n % 3 == 0, range(10))))
print(list(filter(None, [0, 1, "", "x", [], [0], None])))  # None: the true items

# They chain, and work on generators and with sum, sorted, ...
def naturals():
    n = 0
    while True:
        yield n
        n += 1

evens = filter(lambda n: n % 2 == 0, naturals())
squares = map(lambda n: n * n, evens)
firsts = []
for s in squares:
    if s > 100:
        break
    firsts.append(s)
print(firsts)
print(sum(map(int, ["1", "2", "3"])), sorted(map(abs, [-3, 1, -2])))

# An error inside f comes out where the item is asked for.
def risky(x):
    return 10 // x

safe = map(risky, [5, 2, 0, 1])
print(next(safe), next(safe))
try:
    next(safe)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(list(map(risky, [1, 0])))
except ZeroDivisionError as e:
    print("in list():", e)
try:
    for v in filter(risky, [1, 0]):
        print("kept", v)
except ZeroDivisionError as e:
    print("in a for loop:", e)
