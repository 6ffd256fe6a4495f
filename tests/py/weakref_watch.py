# weakref.ref: watching an object die without keeping it alive.
import gc
import sys
import weakref

gc.disable()


class Tracked:
    def __init__(self, name):
        self.name = name


print("1. a weak reference does not count")
obj = Tracked("obj")
before = sys.getrefcount(obj)
r = weakref.ref(obj)
print("   refcount unchanged:", sys.getrefcount(obj) == before)
print("   r() is obj:", r() is obj)
print("   weak references to obj:", weakref.getweakrefcount(obj))
print("   a second ref() without callback is the same object:", weakref.ref(obj) is r)

print("2. when the last strong reference goes, r() is None")
del obj
print("   r():", r())
print("   dead:", repr(r).endswith("; dead>"))

print("3. a callback, called with the weakref, when the object dies")
def gone(w):
    print("   callback: the object is gone, w() is", w())

watched = Tracked("watched")
w = weakref.ref(watched, gone)
print("   callback weakrefs are separate:", weakref.ref(watched) is not w)
print("   weak references now:", weakref.getweakrefcount(watched))
watched = None
print("   after watched = None")

print("4. an object in a cycle dies only at gc.collect()")
node = Tracked("node")
node.me = node
wn = weakref.ref(node, lambda w: print("   callback for the cycle"))
del node
print("   after del: still alive?", wn() is not None)
print("   gc.collect() freed", gc.collect())
print("   after collect:", wn())

print("5. what can be weakly referenced")
for value in [[1, 2], (1, 2), {"a": 1}, 42, "text", None]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print("  ", e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("  ", e)
sw = SlottedWeak()
print("   with a __weakref__ slot:", weakref.ref(sw)() is sw)


def function():
    pass


print("   a function:", weakref.ref(function)() is function)
print("   a class:", weakref.ref(Tracked)() is Tracked)
s = {1, 2}
print("   a set:", weakref.ref(s)() is s)

print("6. a cache that does not keep its entries alive")
cache = {}


def lookup(key):
    ref = cache.get(key)
    value = ref() if ref is not None else None
    if value is None:
        value = Tracked(key)
        cache[key] = weakref.ref(value)
        print("   made", key)
    return value


first = lookup("x")
again = lookup("x")
print("   same object:", first is again)
del first, again
third = lookup("x")
print("   made again after the last user let go")
print("done")
