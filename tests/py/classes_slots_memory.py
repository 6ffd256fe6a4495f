# __slots__: fixed attributes stored in the instance itself, no per-instance
# __dict__. The same data takes less memory. (Absolute sizes differ between
# CPython and gillab, whose header is 32 bytes; the comparisons do not.)
import sys


class WithDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


d = WithDict(1, 2)
s = WithSlots(1, 2)
print(hasattr(d, "__dict__"), hasattr(s, "__dict__"))
dict_total = sys.getsizeof(d) + sys.getsizeof(d.__dict__)
print(sys.getsizeof(s) < dict_total)
print(s.x + s.y, d.x + d.y)

# A slotted instance takes no attribute outside its slots.
print(hasattr(s, "z"))
s.x = 10
del s.y
print(s.x, hasattr(s, "y"))
s.y = 20
print(s.y)

# A subclass adds slots after its base's; without __slots__ it has a __dict__.
class Point3(WithSlots):
    __slots__ = ("z",)


class Loose(WithSlots):
    pass


p = Point3(1, 2)
p.z = 3
print(p.x, p.y, p.z, hasattr(p, "__dict__"), hasattr(Loose(1, 2), "__dict__"))
print(sys.getsizeof(p) > sys.getsizeof(s))

# A million points would show it: here a thousand of each.
dicts = [WithDict(i, i) for i in range(1000)]
slots = [WithSlots(i, i) for i in range(1000)]
dict_bytes = sum([sys.getsizeof(o) + sys.getsizeof(o.__dict__) for o in dicts])
slot_bytes = sum([sys.getsizeof(o) for o in slots])
print(slot_bytes < dict_bytes, slot_bytes * 2 < dict_bytes)
