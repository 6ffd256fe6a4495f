# resize_read.py: a reader indexes a list while a writer grows and shrinks it.
#
#   python3 labs/py/resize_read.py                        CPython 3.11: exact
#   ./lab py labs/py/resize_read.py --gil=none            as CPython 3.13t: exact
#   ./lab py labs/py/resize_read.py --gil=none --objects=unlocked
#
# The writer keeps the list between 16 and 64 items, so its item array is
# replaced every few operations; the reader reads shared[i] for i < 16, without
# a lock (CPython 3.13t reads lst[i] lock-free too). If the old array were freed
# at once, a reader could read it after the free: CPython 3.13t frees it only
# when every thread has passed a quiescent point (QSBR). gillab's
# --objects=unlocked frees at once, and counts the reads that hit a freed array
# (reported at the end). `lab run resize-read` is the same lesson from C++.
import sys
import threading

N = 100000
sys.setswitchinterval(0.0001)
shared = []
for i in range(16):
    shared.append(i)
results = []
start = threading.Lock()


def writer(n):
    with start:
        pass
    for i in range(n):
        if len(shared) >= 64:
            while len(shared) > 16:
                shared.pop()
        shared.append(i % 64)


def reader(n):
    with start:
        pass
    bad = 0
    for i in range(n):
        x = shared[(i * 7) % 16]
        if x is None or x < 0 or x >= 64:
            bad += 1
    results.append(bad)


start.acquire()
threads = [threading.Thread(target=writer, args=(N,)), threading.Thread(target=reader, args=(N,))]
for t in threads:
    t.start()
start.release()
for t in threads:
    t.join()
print(f"{N} reads of shared[i], {results[0]} bad")
print(f"result: reads={N} bad={results[0]}")
