# The gc module: the three generations' thresholds and counts, automatic
# collection switched off and on, which objects the collector tracks (the
# containers: lists, dicts, instances, classes; not ints or str), and every
# tracked object; sys.intern: one str object per text.
import gc
import sys

print(gc.get_threshold(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
count = gc.get_count()
print(type(count), len(count))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(None))


class C:
    pass


print(gc.is_tracked(C()), gc.is_tracked(C))
before = len(gc.get_objects())
keep = [[] for _ in range(100)]
after = len(gc.get_objects())
print(after - before >= 100)
a = sys.intern("hello world " + str(1))
b = sys.intern("hello world " + str(1))
c = "hello world " + str(1)
print(a is b, a == c, a is c)
