# Fan-out, fan-in: several producers and consumers on one queue, one sentinel
# per consumer to end it, and a results queue read by main.
import queue
import threading

work = queue.Queue()
results = queue.Queue()
PRODUCERS, CONSUMERS = 3, 2


def producer(pid):
    for i in range(5):
        work.put((pid, i))


def consumer():
    handled = 0
    while True:
        item = work.get()
        if item is None:
            results.put(("count", handled))
            return
        pid, i = item
        results.put(("item", pid * 100 + i))
        handled += 1


producers = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
consumers = [threading.Thread(target=consumer) for _ in range(CONSUMERS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()

items = []
counts = []
while not results.empty():
    kind, value = results.get()
    if kind == "item":
        items.append(value)
    else:
        counts.append(value)
print(sorted(items))
print("handled in all:", sum(counts), "by", len(counts), "consumers")
