a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c)
x = None
print(x is None, x == None)
print(True is True, x is not None)

# There is one empty tuple, however it is made.
empty = ()
other = ()
print(empty is other, (1,) * 0 is empty, () + () is empty, empty == ())
