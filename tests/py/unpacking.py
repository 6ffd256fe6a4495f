a, (b, c) = 1, (2, 3)
print(a, b, c)
[x, y] = "xy"[0], "xy"[1]
print(x, y)
first, second = [10, 20]
print(first + second)
pairs = [(1, "one"), (2, "two")]
for n, word in pairs:
    print(n, word)
i = j = k = 0
i += 1
print(i, j, k)
