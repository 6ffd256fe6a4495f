# Locals used as operands of a subscript, a method call or a test, which the
# interpreter reads without taking a reference (its superinstructions, quicken.h):
# each must behave as the written code, whatever the value and however the loop
# reaches it.


def subscripts():
    xs = [10, 20, 30]
    d = {'a': 1, 'b': 2}
    t = (7, 8, 9)
    s = 'hello'
    total = 0
    for i in range(3):
        total += xs[i] + t[i]
        total += xs[-1]
    for k in ['a', 'b']:
        total += d[k]
    print(total, s[1], s[-1], d['b'], t[0])
    rows = [[1, 2], [3, 4]]
    for i in range(2):
        row = rows[i]
        print(row[0] + row[1])


def methods():
    xs = []
    for i in range(5):
        xs.append(i)
        xs.append('x')
    print(xs)
    while xs:
        v = xs.pop()
        if v == 'x':
            continue
        print(v)
    d = {}
    for w in ['a', 'b', 'a']:
        d[w] = d.get(w, 0) + 1
    keys = d.keys()
    print(d, sorted(keys))
    key = 'a'
    print(d.pop(key), d, d.pop('b'), d)
    vals = d.values()
    print(sorted(vals))


def branches():
    n = 0
    empty = []
    full = [0]
    zero = 0
    text = ''
    if empty:
        n += 1
    if full:
        n += 10
    if not zero:
        n += 100
    if text:
        n += 1000
    flag = True
    while flag:
        n += 1
        flag = n < 115
    print(n)


def arithmetic():
    total = 0
    for i in range(1, 30):
        a = i % 7
        b = i // 3
        c = i * i - a
        d = b ** 2
        e = i / 4
        f = 2 ** i
        total += a + b + c + d + f
        if i % 10 == 0:
            print(a, b, c, d, e, f)
    big = 2 ** 62
    neg = -7
    print(total, big // 3, neg % 3, neg // 2, 7 / 2, 2.5 * 2)
    s = 'ab'
    n = 3
    print(s * n, s + s)


def shadowing():
    # The local rebinds between uses: each use sees its value at that moment.
    xs = [1, 2, 3]
    ys = xs
    xs = [4, 5, 6]
    print(ys[0], xs[0])
    ys.append(xs.pop())
    print(ys, xs)


subscripts()
methods()
branches()
arithmetic()
shadowing()
