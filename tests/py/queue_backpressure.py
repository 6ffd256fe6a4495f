# A bounded queue makes a fast producer wait for a slow consumer (back
# pressure). With one consumer the items arrive in the order they were put.
import queue
import threading

q = queue.Queue(maxsize=3)
received = []
high_water = 0


def producer():
    global high_water
    for i in range(12):
        q.put(i)  # blocks while 3 items wait
        high_water = max(high_water, q.qsize())
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        received.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(received)
print("never more than the bound:", high_water <= 3)
print("empty at the end:", q.empty(), q.qsize())
