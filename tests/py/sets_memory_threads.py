# What a set costs, and sets shared by threads.
import sys
import gc
import threading

# A set's table is a power of two of (key, hash) entries, at most 3/5 full:
# it grows in jumps, as the list does, but by 4x.
sizes = []
s = set()
for i in range(40):
    size = sys.getsizeof(s)
    if not sizes or size != sizes[-1]:
        sizes.append(size)
    s.add(i)
print("distinct sizes while growing to 40 items:", len(sizes))
print("set bigger than a list of the same items:",
      sys.getsizeof(set(range(1000))) > sys.getsizeof(list(range(1000))))
print("frozenset the same size as the set:",
      sys.getsizeof(frozenset(range(100))) == sys.getsizeof(set(range(100))))

# Sets are containers the collector tracks.
print(gc.is_tracked(set()), gc.is_tracked(frozenset([1])))

# Threads adding to one set under a lock: every item arrives exactly once.
shared = set()
lock = threading.Lock()

def add_range(start):
    for i in range(start, start + 500):
        with lock:
            shared.add(i % 700)

threads = [threading.Thread(target=add_range, args=(k * 250,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), min(shared), max(shared))

# Each thread keeps its own set, merged at the end.
results = [set() for _ in range(3)]

def collect(k):
    for i in range(100):
        if i % 3 == k:
            results[k].add(i)

threads = [threading.Thread(target=collect, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = results[0].union(results[1], results[2])
print(len(everything), everything == set(range(100)))
print(results[0].isdisjoint(results[1]))
