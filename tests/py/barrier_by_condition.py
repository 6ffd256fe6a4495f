# A barrier built from a Condition: every thread waits until all have arrived,
# then all go on together. A generation number makes it reusable.
import threading


class Barrier:
    def __init__(self, parties):
        self.parties = parties
        self.count = 0
        self.generation = 0
        self.cond = threading.Condition()

    def wait(self):
        with self.cond:
            gen = self.generation
            self.count += 1
            if self.count == self.parties:
                self.generation += 1
                self.count = 0
                self.cond.notify_all()
                return True  # the last to arrive
            self.cond.wait_for(lambda: self.generation != gen)
            return False


barrier = Barrier(3)
log = []
log_lock = threading.Lock()


def phase_worker(i):
    for phase in range(3):
        with log_lock:
            log.append((phase, "arrive", i))
        barrier.wait()
        with log_lock:
            log.append((phase, "leave", i))


threads = [threading.Thread(target=phase_worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# Every arrival of a phase comes before any departure from it.
ok = True
for phase in range(3):
    arrivals = [k for k, e in enumerate(log) if e[0] == phase and e[1] == "arrive"]
    leaves = [k for k, e in enumerate(log) if e[0] == phase and e[1] == "leave"]
    ok = ok and max(arrivals) < min(leaves)
print("phases kept apart:", ok, "events:", len(log), "generations:", barrier.generation)
