# __del__: a finalizer runs when the last reference goes, once (PEP 442).
# Reference counting decides when; these are the moments a course shows.

class Noisy:
    def __init__(self, name):
        self.name = name
        print("  made", name)

    def __del__(self):
        print("  __del__", self.name)


print("1. del of the only name")
a = Noisy("a")
del a
print("   after del a")

print("2. del of one of two names")
b = Noisy("b")
c = b
del b
print("   b deleted, c still refers:", c.name)
c = None
print("   after c = None")

print("3. a local dies when its function returns")
def work():
    tmp = Noisy("tmp")
    print("   working with", tmp.name)
    return 42
print("   work() returned", work())

print("4. a container's items die with it (a list's last first)")
items = [Noisy("first"), Noisy("second"), Noisy("third")]
del items
print("   after del items")
pair = (Noisy("left"), Noisy("right"))
pair = None
print("   after pair = None")
d = {"k1": Noisy("v1"), "k2": Noisy("v2")}
d.clear()
print("   after d.clear()")

print("5. replacing an item or popping it")
box = [Noisy("old")]
box[0] = Noisy("new")
print("   replaced")
box.pop()
print("   popped")

print("6. inherited __del__ and super().__del__()")
class Child(Noisy):
    def __del__(self):
        print("  Child.__del__ then", end="")
        print(" ->", end="")
        super().__del__()
kid = Child("kid")
del kid

print("7. resurrection: __del__ stores self; it never runs twice")
graveyard = []
class Phoenix:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  Phoenix", self.n, "finalized; rising")
        graveyard.append(self)
p = Phoenix(1)
del p
print("   risen:", len(graveyard), graveyard[0].n)
graveyard.clear()
print("   cleared the graveyard: no second __del__")

print("8. an exception in __del__ is printed and ignored")
class Faulty:
    def __del__(self):
        raise ValueError("broken finalizer")
f = Faulty()
del f
print("   the program goes on")

print("9. __del__ added to the class later")
class Late:
    pass
def late_del(self):
    print("  late __del__")
Late.__del__ = late_del
x = Late()
del x

print("10. __del__ while an exception is handled")
try:
    raise KeyError("k")
except KeyError as e:
    victim = Noisy("victim")
    del victim
    print("   handler still sees", repr(e))

print("11. at exit: the module's instances, in the order they were bound")
z = Noisy("z")
_hidden = Noisy("_hidden")
keep = [Noisy("in list 1"), Noisy("in list 2")]
last = Noisy("last")
print("end of program")
