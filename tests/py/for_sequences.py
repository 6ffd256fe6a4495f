for ch in "abc":
    print(ch)
for x in [1, "two", (3,)]:
    print(x)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
xs = [1, 2, 3]
for x in xs:
    if x == 2:
        xs.append(4)
    print("x", x)
print(xs)
