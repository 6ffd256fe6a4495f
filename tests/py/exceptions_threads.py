# Exceptions in threads: each thread's handlers are its own; a lock taken by
# `with` is released when an exception leaves the block.
import threading

lock = threading.Lock()
results = {}

def worker(n):
    caught = 0
    for i in range(200):
        try:
            with lock:
                if i % 7 == 0:
                    raise ValueError(i)
                results[n] = results.get(n, 0) + 1
        except ValueError:
            caught += 1
    with lock:
        results["caught" + str(n)] = caught

threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results, key=str):
    print(key, results[key])
print("lock free at the end:", not lock.locked())

# A thread's uncaught error does not reach the thread that joins it.
def failing():
    raise KeyError("in the thread")
def safe():
    try:
        failing()
    except KeyError as e:
        print("thread handled", repr(e))
t = threading.Thread(target=safe)
t.start()
t.join()
print("main goes on")

# Handled exceptions are per thread: a bare raise sees this thread's only.
def reraiser():
    try:
        raise TypeError("mine")
    except TypeError:
        try:
            raise
        except TypeError as e:
            print("re-raised in the thread:", e)
t = threading.Thread(target=reraiser)
try:
    raise ValueError("main's")
except ValueError:
    t.start()
    t.join()
    print("main still handles its own")
