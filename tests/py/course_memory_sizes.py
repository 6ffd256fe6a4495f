# The same data as a tuple, a list, a dict, instances with and without
# __slots__, and an array: which takes more memory. (gillab's sizes are its
# own, with a 32-byte header; CPython 3.11's differ, but the order is the same.)
import array
import sys

xs = (1, 2, 3, 4, 5)
as_tuple = tuple(xs)
as_list = list(xs)
as_dict = {i: v for i, v in enumerate(xs)}
as_array = array.array("q", xs)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


print("tuple < list:", sys.getsizeof(as_tuple) < sys.getsizeof(as_list))
print("list < dict:", sys.getsizeof(as_list) < sys.getsizeof(as_dict))

# A list over-allocates as it grows; a tuple is exactly its items.
grown = []
for v in xs:
    grown.append(v)
print("a grown list >= a built one:", sys.getsizeof(grown) >= sys.getsizeof(as_list))
print("tuple size is header + 8 per item:", sys.getsizeof((1, 2, 3)) - sys.getsizeof(()) == 24)

# Instances: the __dict__ is where the memory goes.
p = Point(1, 2)
s = SlotPoint(1, 2)
with_dict = sys.getsizeof(p) + sys.getsizeof(p.__dict__)
print("slots < instance + its dict:", sys.getsizeof(s) < with_dict)
print("10,000 points, slots save memory:",
      10_000 * sys.getsizeof(s) < 10_000 * with_dict)

# An array of numbers against a list of int objects.
big_list = list(range(1000))
big_array = array.array("q", range(1000))
list_bytes = sys.getsizeof(big_list) + sum(sys.getsizeof(v) for v in big_list)
print("array < list and its ints:", sys.getsizeof(big_array) < list_bytes)

# Small ints are shared: a list of 1000 zeros holds 1000 pointers to one object.
zeros = [0] * 1000
print("one object:", all(z is zeros[0] for z in zeros), len({id(z) for z in zeros}))

# Strings: the same text twice may be two objects; sys.intern makes one.
a = "".join(["mem", "ory"])
b = "".join(["mem", "ory"])
print(a == b, a is b, sys.intern(a) is sys.intern(b))
