# Augmented assignment changes a mutable object in place and rebinds the name to
# the same object; an immutable one (int, str, tuple) gets a new object.
a = [1]
b = a
a += [2]
print(a, b, a is b)

a += (3, 4)
a += "xy"
a += range(2)
a += {"k": 1}
print(b)

a *= 2
print(len(b), a is b)
a *= 0
print(a, b, a is b)

c = [1, 2]
c += c
print(c)

t = (1,)
u = t
t += (2,)
print(t, u, t is u)

s = "ab"
r = s
s += "c"
s *= 2
print(s, r)

n = 10
m = n
n += 5
print(n, m)

grid = {"row": [0]}
grid["row"] += [1]
grid["row"] *= 2
print(grid)

rows = [[0], [1]]
rows[1] += [2]
print(rows)


def grow(xs, k):
    for i in range(k):
        xs += [i]
    return xs


mine = []
print(grow(mine, 3) is mine, mine)

total = 0
for part in [[1], [2, 3]]:
    total += len(part)
print(total)

x = 1.5
x *= 2
print(x)
