# borrowed_ref.py: one thread reads lst[0] while another keeps replacing it.
#
#   python3 labs/py/borrowed_ref.py                       CPython 3.11: exact
#   ./lab py labs/py/borrowed_ref.py --gil=none           as CPython 3.13t: exact
#   ./lab py labs/py/borrowed_ref.py --gil=none --objects=unlocked
#
# Every replacement frees the old int. In C, a reader that took lst[0] as a
# borrowed pointer (PyList_GET_ITEM) can find it freed before it increments it;
# Python code always takes a strong reference, so this script is exact wherever
# the read takes it atomically: under a GIL, or with PEP 703's conditional
# increment (CPython 3.13t, gillab's --objects=locked). Unlocked, gillab's read
# increments after loading, and may catch a freed item (reported at the end).
# `lab run borrowed-ref` shows the borrowed pointer itself, driven from C++.
import sys
import threading

N = 100000
sys.setswitchinterval(0.0001)
shared = [1000]
results = []
start = threading.Lock()


def writer(n):
    with start:
        pass
    for i in range(n):
        shared[0] = 1001 + i


def reader(n):
    with start:
        pass
    bad = 0
    for _ in range(n):
        x = shared[0]
        if x is None or x < 1000:
            bad += 1
    results.append(bad)


start.acquire()
threads = [threading.Thread(target=writer, args=(N,)), threading.Thread(target=reader, args=(N,))]
for t in threads:
    t.start()
start.release()
for t in threads:
    t.join()
print(f"{N} reads of shared[0], {results[0]} of a freed or never-stored value")
print(f"result: reads={N} bad={results[0]}")
