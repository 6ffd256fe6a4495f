# queue.Queue on one thread: order, bounds, and what it raises.
import queue

q = queue.Queue()
for word in ["first", "second", "third"]:
    q.put(word)
print(q.qsize(), q.empty(), q.full())
print(q.get(), q.get(), q.get_nowait())
print(q.qsize(), q.empty())

try:
    q.get_nowait()
except queue.Empty:
    print("get_nowait on an empty queue: queue.Empty")
try:
    q.get(timeout=0.01)
except queue.Empty as e:
    print("get with a timeout:", type(e).__name__, repr(e))
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): queue.Empty")

small = queue.Queue(maxsize=2)
small.put(1)
small.put_nowait(2)
print("full:", small.full(), small.qsize())
try:
    small.put(3, block=False)
except queue.Full:
    print("put on a full queue: queue.Full")
try:
    small.put(3, timeout=0.01)
except queue.Full as e:
    print("put with a timeout:", repr(e))

# task_done() counts what was put; join() returns once every item is done.
print(small.get(), small.get())
small.task_done()
small.task_done()
small.join()
print("joined")
try:
    small.task_done()
except ValueError as e:
    print("ValueError:", e)

# A queue holds references: the item lives while it is inside.
import sys

item = ["payload"]
before = sys.getrefcount(item)
q.put(item)
print("refcount +1 while queued:", sys.getrefcount(item) - before)
q.get()
print("and back:", sys.getrefcount(item) - before)

# Errors that are the program's.
for text, f in [
    ("timeout=-1", lambda: q.get(timeout=-1)),
    ("put()", lambda: q.put()),
]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(text, "->", type(e).__name__, e)
