# Objects that refer to each other through attributes form a cycle: reference
# counting cannot free them, the cyclic collector (gc.collect) does.
import gc
import sys


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
print(sys.getrefcount(a))          # the name a, and the call's argument
b = Node("b")
a.other = b
b.other = a                        # a cycle: a -> b -> a
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b                           # unreachable now, but each is still referenced
print(gc.collect() >= 2)           # the collector finds the cycle and frees it
print(gc.collect())                # nothing left to free

# An instance that refers to itself.
n = Node("self")
n.other = n
del n
print(gc.collect() >= 1)

# A method object holds its instance: fetching one adds a reference.
m = Node("m")
before = sys.getrefcount(m)
bound = m.__init__
print(sys.getrefcount(m) - before)
del bound
print(sys.getrefcount(m) - before)

# A class and its instances: each instance refers to its class.
class Temp:
    pass


t = Temp()
print(type(t) is Temp)
