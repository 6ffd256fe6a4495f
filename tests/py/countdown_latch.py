# A countdown latch from a Condition: main waits until N workers have each
# counted down once.
import threading


class Latch:
    def __init__(self, count):
        self.count = count
        self.cond = threading.Condition()

    def count_down(self):
        with self.cond:
            self.count -= 1
            if self.count <= 0:
                self.cond.notify_all()

    def wait(self, timeout=None):
        with self.cond:
            return self.cond.wait_for(lambda: self.count <= 0, timeout)


latch = Latch(4)
ready = []
lock = threading.Lock()


def worker(i):
    with lock:
        ready.append(i)
    latch.count_down()


print("not yet:", Latch(1).wait(timeout=0.01))
threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
print("all counted down:", latch.wait(), sorted(ready))
for t in threads:
    t.join()
print("count:", latch.count)
