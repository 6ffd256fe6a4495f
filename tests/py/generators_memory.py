# The classic demo: a list holds every item at once; a generator holds only
# its paused frame, whatever the number of items it will make.
import sys
import gc

N = 10000
as_list = [n * n for n in range(N)]
as_generator = (n * n for n in range(N))

print("list grows with N:", sys.getsizeof(as_list) > N * 8)
print("generator stays small:", sys.getsizeof(as_generator) < 1000)
print("same size for a million:",
      sys.getsizeof(n * n for n in range(1000000)) == sys.getsizeof(as_generator))
print("same total:", sum(as_list) == sum(as_generator))

# A pipeline of generators reads a "file" line by line and never holds it all.
def read_lines(count):
    for i in range(count):
        yield "line " + str(i) + ": value=" + str(i * 7)

def values(lines):
    for line in lines:
        yield int(line.split("=")[1])

def big(vals, limit):
    for v in vals:
        if v > limit:
            yield v

pipeline = big(values(read_lines(1000)), 6900)
print(list(pipeline))

# The same with a list at each stage makes three lists of up to 1000 items.
lines = list(read_lines(1000))
vals = [int(line.split("=")[1]) for line in lines]
print([v for v in vals if v > 6900])
print(len(lines), len(vals))

# A generator is tracked by the collector: its frame can hold references
# back to the generator itself.
g = (x for x in range(3))
print(gc.is_tracked(g))

def keeps_itself():
    me = yield
    yield me

cyc = keeps_itself()
next(cyc)
print(cyc.send(cyc) is cyc)  # the frame now holds the generator: a cycle
del cyc
gc.collect()
print("collected without error")
