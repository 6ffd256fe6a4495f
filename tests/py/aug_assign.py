x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
print(x)
y = 2
y **= 8
print(y)
z = 7
z /= 2
print(z)
s = "a"
s += "b"
s *= 3
print(s)
xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 5
print(xs)
d = {"k": 1}
d["k"] += 1
print(d)
