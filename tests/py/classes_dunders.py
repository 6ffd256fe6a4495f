# The dunder methods a class may define, and what calls them: print and str
# (__str__, else __repr__), repr and containers (__repr__), == and `in`
# (__eq__), dicts and hash (__hash__), len (__len__).
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return "$" + str(self.cents / 100)

    def __eq__(self, other):
        return self.cents == other.cents

    def __hash__(self):
        return hash(self.cents)


a = Money(150)
b = Money(150)
print(a, str(a), repr(a), [a, b], (a,), {"k": a})
print(f"{a} {a!r}")
print(a == b, a is b, a != b, a in [Money(1), Money(150)])
prices = {a: "one fifty"}
print(prices[b], len({a: 1, b: 2}))    # equal keys: one entry


class Plain:
    pass


x = Plain()
y = Plain()
print(x == x, x == y, x != y, hash(x) == hash(x))


class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"


print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


print(len(Bag()), len(Bag(1, 2, 3)))


# __eq__ without __hash__: instances are unhashable, as in Python.
class Unhashable:
    def __eq__(self, other):
        return True


print(Unhashable() == Unhashable())


# len() takes __len__'s value as an index: True is 1.
class Flag:
    def __len__(self):
        return True


print(len(Flag()), (5).__class__, "s".__class__.__name__, Flag().__class__.__name__)
