# sys.getrefcount(x): how many references point at x. The call's own argument
# is one of them, so a list only `x` names shows 2.
import sys

x = []
print(sys.getrefcount(x))
y = x                      # a second name: one more reference
print(sys.getrefcount(x))
holder = [x, x]            # a list holds a reference per slot
print(sys.getrefcount(x))
d = {"key": x}             # a dict value is a reference too
print(sys.getrefcount(x))
del holder                 # the list goes, and its two references with it
print(sys.getrefcount(x))
del d["key"]
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))

# A call's parameter is one more while the call runs.
def inside(obj):
    return sys.getrefcount(obj)
print(inside(x))

# A closure's cell holds its value: one reference, however many closures.
def keep(obj):
    def get():
        return obj
    return get
g1 = keep(x)
print(sys.getrefcount(x))
g2 = keep(x)
print(sys.getrefcount(x))
del g1, g2
print(sys.getrefcount(x))

# id is the object's identity: equal lists, different objects.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, id(a) == id(b), a is c, id(a) == id(c))
