# memory.py: the same N records, (id, name, score), stored seven ways, and what
# each way costs CPython in bytes per record, measured with tracemalloc (every
# allocation the layout made, its objects' GC headers and spare list capacity
# included). `lab run memory` runs it beside gillab's own figures; python3 runs it
# alone too:
#
#   python3 labs/cpython/memory.py
#
# Only CPython runs this file (gillab's front end has its classes and generator
# expressions, but not yet array, tracemalloc or format specs); labs/memory.cc
# is gillab's side of the lesson.
import sys
import tracemalloc
from array import array

N = 100000


class Record:
    def __init__(self, id, name, score):
        self.id = id
        self.name = name
        self.score = score


class SlotRecord:
    __slots__ = ("id", "name", "score")

    def __init__(self, id, name, score):
        self.id = id
        self.name = name
        self.score = score


LAYOUTS = {
    "tuples": lambda: [(i, f"user{i}", i * 0.5) for i in range(N)],
    "lists": lambda: [[i, f"user{i}", i * 0.5] for i in range(N)],
    "dicts": lambda: [{"id": i, "name": f"user{i}", "score": i * 0.5}
                      for i in range(N)],
    "columns": lambda: {"id": [i for i in range(N)],
                        "name": [f"user{i}" for i in range(N)],
                        "score": [i * 0.5 for i in range(N)]},
    "typed": lambda: {"id": array("q", range(N)),
                      "name": [f"user{i}" for i in range(N)],
                      "score": array("d", (i * 0.5 for i in range(N)))},
    "class_dict": lambda: [Record(i, f"user{i}", i * 0.5) for i in range(N)],
    "class_slots": lambda: [SlotRecord(i, f"user{i}", i * 0.5) for i in range(N)],
}


def measure(build):
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    data = build()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del data
    return (after - before) / N


results = {name: measure(build) for name, build in LAYOUTS.items()}
for name, per_record in results.items():
    print(f"{name:12} {per_record:7.1f} bytes per record")
print("result: " + " ".join(f"{k}={v:.1f}" for k, v in results.items()))
