# A readers-writer lock from a Condition: many readers at once, or one writer.
import threading


class RWLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
        self.writing = False
        self.max_readers = 0

    def acquire_read(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing)
            self.readers += 1
            self.max_readers = max(self.max_readers, self.readers)

    def release_read(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()

    def acquire_write(self):
        with self.cond:
            self.cond.wait_for(lambda: not self.writing and self.readers == 0)
            self.writing = True

    def release_write(self):
        with self.cond:
            self.writing = False
            self.cond.notify_all()


rw = RWLock()
table = {"hits": 0}
seen = []
seen_lock = threading.Lock()
violations = []


def reader():
    for _ in range(50):
        rw.acquire_read()
        if rw.writing:
            violations.append("read during write")
        with seen_lock:
            seen.append(table["hits"])
        rw.release_read()


def writer():
    for _ in range(50):
        rw.acquire_write()
        if rw.readers != 0:
            violations.append("write during read")
        table["hits"] += 1
        rw.release_write()


threads = [threading.Thread(target=reader) for _ in range(3)]
threads += [threading.Thread(target=writer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("writes:", table["hits"], "reads:", len(seen), "violations:", violations)
print("reads never saw more than the writes:", max(seen) <= 100)
