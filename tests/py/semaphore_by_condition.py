# A counting semaphore from a Condition: at most `limit` threads inside at once.
import threading


class Semaphore:
    def __init__(self, limit):
        self.free = limit
        self.cond = threading.Condition()

    def acquire(self):
        with self.cond:
            self.cond.wait_for(lambda: self.free > 0)
            self.free -= 1

    def release(self):
        with self.cond:
            self.free += 1
            self.cond.notify()


sem = Semaphore(2)
inside = 0
most_inside = 0
count_lock = threading.Lock()
entries = []


def visitor(i):
    global inside, most_inside
    for _ in range(20):
        sem.acquire()
        with count_lock:
            inside += 1
            most_inside = max(most_inside, inside)
            entries.append(i)
        with count_lock:
            inside -= 1
        sem.release()


threads = [threading.Thread(target=visitor, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("entries:", len(entries), "at most inside:", most_inside <= 2, "free again:", sem.free)
print(sorted(set(entries)))
