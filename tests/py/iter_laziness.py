# Which builtins read everything at once, and which read one item at a time.
def noisy(name, items):
    for item in items:
        print("  " + name, "gives", item)
        yield item

print("zip stops at the shortest, after asking each in turn:")
print(list(zip(noisy("a", [1, 2, 3]), noisy("b", "xy"))))

print("enumerate and map ask only when asked:")
pairs = enumerate(map(str, noisy("n", [7, 8])))
print("made; first:", next(pairs))
print("rest:", list(pairs))

print("filter skips without building a list:")
odd = filter(lambda v: v % 2, noisy("f", range(5)))
print(next(odd), next(odd))

print("list() and sorted() take them all:")
print(sorted(noisy("s", [3, 1, 2])))

print("a generator shared by two loops is consumed once:")
shared = noisy("g", range(4))
for x in shared:
    if x == 1:
        break
print("second loop sees the rest:", list(shared))

print("`in` reads until it finds the item:")
found = 2 in noisy("i", range(5))
print(found)
