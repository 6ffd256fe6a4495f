# Assigning to a slice changes the list in place: every name for it sees it.
a = [1, 2, 3, 4, 5]
b = a
a[1:3] = ["x", "y", "z"]
print(a, b, a is b)

# Step 1: any number of items replace the slice (the list grows or shrinks).
a[1:4] = []
print(a)
a[:0] = [-1, 0]
print(a)
a[len(a):] = (6, 7)
print(a)
a[2:2] = "ab"
print(a)

# Any other step: exactly as many items as the slice selects.
c = [0, 0, 0, 0, 0, 0]
c[::2] = [1, 2, 3]
print(c)
c[::-2] = (7, 8, 9)
print(c)

# The list itself on the right: its old items, once.
d = [1, 2]
d[:0] = d
print(d)
d[1:] = d
print(d)

# Clearing in place, which `d = []` would not do for the other names.
alias = d
d[:] = []
print(d, alias, len(alias))

# Augmented assignment on a slice: read, add, write back.
e = [1, 2, 3]
e[:2] += [9]
print(e)
