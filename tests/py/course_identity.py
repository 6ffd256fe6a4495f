# Identity (is) against equality (==), and the objects CPython shares.
x = [1, 2]
y = [1, 2]
print(x == y, x is y)
z = x
print(z is x)

# Small ints (-5 to 256) are made once and shared: every 100 is one object.
def make(n):
    return int(str(n))  # a fresh int from text, not a constant


print(make(100) is make(100), make(256) is make(256))
print(make(257) is make(257), make(257) == make(257))
print(make(-5) is make(-5), make(-6) is make(-6))

# Results of arithmetic too.
big = 1000
print((big - 900) is (big - 900), (big + 1) is (big + 1))

# None, True and False are singletons: compare them with `is`.
def nothing():
    pass


print(nothing() is None, (1 < 2) is True, bool(0) is False)

# One empty tuple, as in CPython.
e1, e2, e3 = (), tuple(), tuple([])
print(e1 is e2, e2 is e3)

# Strings: equal text may be two objects; sys.intern gives one.
import sys

s1 = "".join(["gil", "lab"])
s2 = "".join(["gil", "lab"])
print(s1 == s2, s1 is s2, sys.intern(s1) is sys.intern(s2))

# id() is the identity while the object lives.
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and a is not [1])

# == is whatever a class says; is cannot be overridden.
class AlwaysEqual:
    def __eq__(self, other):
        return True


e, f = AlwaysEqual(), AlwaysEqual()
print(e == f, e is f, e is e)
