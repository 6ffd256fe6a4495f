# threading.Event: a flag that threads wait on. A starting gate: every worker
# waits until main raises the flag, so none starts before all exist.
import threading

gate = threading.Event()
ready = []
lock = threading.Lock()


def runner(name):
    with lock:
        ready.append(name)
    gate.wait()  # blocks, the GIL released, until set()
    with lock:
        finished.append(name)


finished = []
threads = [threading.Thread(target=runner, args=(f"r{i}",)) for i in range(4)]
for t in threads:
    t.start()

print("flag before:", gate.is_set())
print("a short wait times out:", gate.wait(0.01))
gate.set()
for t in threads:
    t.join()
print("flag after:", gate.is_set(), "finished:", sorted(finished))

# wait() on a raised flag returns at once; clear() lowers it again.
print("wait on a set flag:", gate.wait())
gate.clear()
print("after clear:", gate.is_set(), gate.wait(timeout=0))

# An event as a stop signal: the worker loops until told to stop.
stop = threading.Event()
ticks = []


def ticker():
    n = 0
    while not stop.is_set():
        n += 1
        if n == 1000:
            with lock:
                ticks.append(n)
            stop.wait(0.001)
    with lock:
        ticks.append("stopped")


t = threading.Thread(target=ticker)
t.start()
stop.set()
t.join()
print("ticker ended with", ticks[-1])
