total = (1 +
         2 +
         3)
xs = [
    1,
    2,
    3,
]
d = {
    "a": 1,
    "b": 2,
}
y = 1 + \
    2
print(total, xs, d, y); print("semicolons"); z = 4
print(z)
def f(a,
      b):
    return a * b
print(f(6,
        7))
