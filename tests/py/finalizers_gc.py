# Finalizers and the cyclic collector (PEP 442, CPython 3.4+): objects in a
# reference cycle are finalized by gc.collect(), each once, before any of
# them is cleared; one that a finalizer makes reachable again survives.
import gc

gc.disable()  # collections only where this script asks for them


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        partner = self.partner.name if self.partner is not None else None
        print("  __del__", self.name, "(its partner is still", str(partner) + ")")


print("1. a cycle outlives its names")
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a, b
print("   names gone, nothing finalized yet")
print("   gc.collect() freed", gc.collect())
print("   gc.collect() again:", gc.collect())

print("2. a finalizer that resurrects its cycle")
saved = []


class Clingy:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name, "saves itself")
        saved.append(self)


x = Clingy("x")
y = Clingy("y")
x.other = y
y.other = x
del x, y
print("   gc.collect() freed", gc.collect())
print("   saved:", sorted(c.name for c in saved))
print("   the cycle is intact:", saved[0].other.other is saved[0])
saved.clear()
print("   dropped again; gc.collect() freed", gc.collect(), "(no second __del__)")

print("3. a self-referencing object")
lonely = Node("lonely")
lonely.partner = lonely
del lonely
print("   gc.collect() freed", gc.collect())

print("4. a cycle holding a plain object")
holder = Node("holder")
holder.partner = holder
holder.payload = [Node("payload")]
del holder
print("   gc.collect() freed", gc.collect())

print("5. counting: cycles of instances without __del__")


class Plain:
    pass


for i in range(3):
    p = Plain()
    p.me = p
del p
print("   gc.collect() freed", gc.collect())
print("done")
