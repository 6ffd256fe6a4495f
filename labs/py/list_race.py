# list_race.py: two threads append to and pop from one list. Does a list need a
# lock when there is no GIL?
#
#   python3 labs/py/list_race.py                          CPython 3.11: exact
#   ./lab py labs/py/list_race.py --gil=none              as CPython 3.13t: exact
#   ./lab py labs/py/list_race.py --gil=none --objects=unlocked    appends lost
#
# Each thread appends its number twice and pops once, N times: the list should
# end with 2 * N items. An append is "n = size; grow if full; items[n] = x;
# size = n + 1" in C. Two threads that read the same n write the same slot, and
# one append is lost; two that grow the array at once free it under each other.
# A GIL, or a lock in every list (CPython 3.13t's critical sections), makes each
# append whole. `lab run list-race` is the same lesson, driven from C++.
import sys
import threading

N = 100000
sys.setswitchinterval(0.0001)  # many switches in a short run (default 0.005)
shared = []
start = threading.Lock()


def worker(n, me):
    with start:  # wait until both threads exist, so that they overlap
        pass
    for _ in range(n):
        shared.append(me)
        shared.append(me)
        shared.pop()


start.acquire()
threads = [threading.Thread(target=worker, args=(N, i)) for i in range(2)]
for t in threads:
    t.start()
start.release()
for t in threads:
    t.join()
kept = len([x for x in shared if x == 0 or x == 1])
print(f"length = {len(shared)}, items kept = {kept} (expected {2 * N}, lost {2 * N - kept})")
# For `lab run list-race`, which puts CPython's figure beside gillab's:
print(f"result: length={len(shared)} kept={kept} expected={2 * N} lost={2 * N - kept}")
