# A generator is an object like any other: threads can share one. Here each
# worker thread gets its own generator of jobs; their results meet in a list
# guarded by a lock.
import threading

def jobs(worker, n):
    for i in range(n):
        yield (worker, i)

results = []
results_lock = threading.Lock()

def work(worker):
    for job in jobs(worker, 50):
        with results_lock:
            results.append(job)

threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results))
print(sorted(results)[:3], sorted(results)[-1])

# One generator shared by several threads, each pulling under a lock: every
# item goes to exactly one thread.
def tickets(n):
    for i in range(n):
        yield i

source = tickets(300)
source_lock = threading.Lock()
taken = [[], [], []]

def take(k):
    while True:
        with source_lock:
            item = next(source, None)
        if item is None:
            return
        taken[k].append(item)

threads = [threading.Thread(target=take, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(taken[0] + taken[1] + taken[2])
print(len(everything), everything == list(range(300)))

# A generator may hold a lock across its yields: `with` inside it stays
# entered while it is paused.
counter_lock = threading.Lock()

def locked_steps():
    with counter_lock:
        yield "inside, the lock is held"
        yield "still inside"
    yield "outside, released"

steps = locked_steps()
for s in steps:
    print(s, counter_lock.locked())
