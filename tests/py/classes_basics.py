# A class: methods, __init__, instance attributes in the instance's __dict__,
# class attributes shared by every instance, and methods fetched as values.
class Point:
    dimensions = 2          # a class attribute: one object, on the class

    def __init__(self, x, y):
        self.x = x          # instance attributes: in p.__dict__
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dimensions, Point.dimensions)
print(p.__dict__)
q = p.moved(1)
print(q.x, q.y, q.moved(dy=2, dx=0).y)

# Names are references: q2 is p, not a copy.
q2 = p
q2.x = 30
print(p.x, q2 is p, p is q)

# A class attribute read through an instance until the instance shadows it.
p.dimensions = 3
print(p.dimensions, Point.dimensions, q.dimensions)
Point.dimensions = 4
print(p.dimensions, Point.dimensions, q.dimensions)
del p.dimensions
print(p.dimensions)

# A method fetched from an instance is bound to it.
f = q.norm2
print(f(), f() == Point.norm2(q))

# getattr, setattr, hasattr, and a new attribute on an instance.
setattr(q, "label", "origin-ish")
print(getattr(q, "label"), getattr(q, "color", "none"), hasattr(q, "x"), hasattr(q, "z"))
print(sorted(q.__dict__))
del q.label
print(hasattr(q, "label"))

# type() and isinstance.
print(type(p), type(p) is Point, type(p).__name__, Point.__name__)
print(isinstance(p, Point), isinstance(3, Point), isinstance(p, (int, Point)))
print(type(3), type("s"), type([]), type(None), type(3.5), type(True))
print(isinstance(True, int), isinstance(3, float), isinstance("x", (int, str)))
print(type(int), type(Point), isinstance(p, object), isinstance(Point, type))

# Counting instances in a class attribute.
class Ticket:
    issued = 0

    def __init__(self):
        Ticket.issued += 1
        self.number = Ticket.issued


tickets = [Ticket() for _ in range(5)]
print([t.number for t in tickets], Ticket.issued)
