# Instances as set members and dict keys: __eq__ and __hash__ decide what is
# "the same", and must agree (equal objects, equal hashes).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


pts = {Point(1, 2), Point(1, 2), Point(3, 4)}
print(len(pts), Point(1, 2) in pts, Point(2, 1) in pts)
names = {Point(0, 0): "origin"}
print(names[Point(0, 0)], Point(0, 0) == Point(0, 0), Point(0, 0) is Point(0, 0))

a = {Point(1, 1), Point(2, 2)}
b = {Point(2, 2), Point(3, 3)}
print(sorted(repr(p) for p in a & b), len(a | b), sorted(repr(p) for p in a ^ b))


# Without __hash__, an instance hashes by identity: equal-looking ones differ.
class Plain:
    def __init__(self, v):
        self.v = v


print(len({Plain(1), Plain(1)}))


# Defining __eq__ alone makes instances unhashable, as in Python 3.
class OnlyEq:
    def __eq__(self, other):
        return True


try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError:", e)
