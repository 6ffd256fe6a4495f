# counter_lock.py: counter.py with the fix. The read-modify-write happens with
# a threading.Lock held, so no other thread's update can fall inside it, under
# any GIL, any poll policy, and with no GIL at all:
#
#   ./lab py labs/py/counter_lock.py --poll=every-instruction
#   ./lab py labs/py/counter_lock.py --gil=none --refcount=biased
#
# The price: a lock round trip per increment. `--stats` shows the threads'
# GIL hand-offs; a contended lock.acquire() releases the GIL while it waits.
import sys
import threading

N = 50000
sys.setswitchinterval(0.0001)
counter = 0
lock = threading.Lock()


def worker(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=worker, args=(N,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"counter = {counter} (expected {4 * N})")
