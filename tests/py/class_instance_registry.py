# Class attributes shared by every instance: a counter of instances made and a
# registry of them (which keeps them alive, as a cache would).
import sys


class Particle:
    created = 0
    registry = []

    def __init__(self, name):
        Particle.created += 1
        self.id = Particle.created
        self.name = name
        Particle.registry.append(self)

    def __repr__(self):
        return f"Particle({self.id}, {self.name!r})"


a = Particle("electron")
b = Particle("proton")
print(Particle.created, a.created, Particle.registry)

# The registry holds a reference: dropping our name does not free it.
before = sys.getrefcount(b)
del b
print(len(Particle.registry), Particle.registry[1])
c = Particle.registry[1]
print(sys.getrefcount(c) == before)
Particle.registry.clear()
print(sys.getrefcount(c) == before - 1)

# Shadowing: an instance attribute hides the class attribute of the same name.
a.created = 99
print(a.created, Particle.created, "created" in a.__dict__)
del a.created
print(a.created)


class Neutron(Particle):
    pass


n = Neutron("neutron")
print(Particle.created, n.id, isinstance(n, Particle), type(n).__name__, Particle.registry)
