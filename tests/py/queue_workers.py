# queue.Queue and a pool of daemon workers: the classic pattern. Each worker
# loops for ever on get(); main waits with join() until every item is done, and
# the program ends without waiting for the (daemon) workers.
import queue
import threading

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        total = 0
        for i in range(n):
            total += i * i
        results.put((n, total))
        tasks.task_done()


for i in range(3):
    threading.Thread(target=worker, daemon=True, name=f"worker-{i}").start()

for n in [10, 100, 1000, 5, 50]:
    tasks.put(n)
tasks.join()  # every task_done() called
print("unfinished:", tasks.qsize(), tasks.empty())

found = []
while not results.empty():
    found.append(results.get())
for n, total in sorted(found):
    print(n, total)

# A pipeline: two stages joined by queues, ended by a sentinel.
raw = queue.Queue()
cooked = queue.Queue()
class Done:  # a sentinel: compared by identity
    pass


DONE = Done()


def stage():
    while True:
        item = raw.get()
        if item is DONE:
            cooked.put(DONE)
            return
        cooked.put(item.upper())


t = threading.Thread(target=stage)
t.start()
for word in ["memory", "refcount", "gil"]:
    raw.put(word)
raw.put(DONE)
out = []
while True:
    item = cooked.get()
    if item is DONE:
        break
    out.append(item)
t.join()
print(out)
print("main done; the daemon workers are still blocked in get()")
