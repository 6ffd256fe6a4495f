def identity(n):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(1 if i == j else 0)
        m.append(row)
    return m
def mul(a, b):
    n = len(a)
    out = []
    for i in range(n):
        row = []
        for j in range(n):
            s = 0
            for k in range(n):
                s += a[i][k] * b[k][j]
            row.append(s)
        out.append(row)
    return out
a = [[1, 2], [3, 4]]
print(mul(a, identity(2)))
print(mul(a, a))
