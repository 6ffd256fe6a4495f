t = (1, 2, 3)
print(t, t[0], t[-1], len(t))
print((1,), (), (1, "a", None))
a, b, c = t
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
print(t + (4, 5), t == (1, 2, 3))
p = 1, 2
print(p)
(q, r) = [7, 8]
print(q, r)
