# del unbinds a name: the object lives on while another name refers to it.
x = [1, 2, 3]
y = x
del x
print(y)

# del on items: a list closes the gap, a dict forgets the key.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d, "b" in d, len(d))

# Several targets, left to right.
p, q, r = 1, 2, 3
del p, q
print(r)
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)

# In a function, del makes the name local, as assignment does.
def drop_first(items):
    first = items[0]
    del items[0]
    del first
    return items
print(drop_first([5, 6, 7]))

def rebind():
    v = 1
    del v
    v = 2
    return v
print(rebind())
