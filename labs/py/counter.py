# counter.py: the classic threading demo. Two threads each add 1 to a shared
# global 200,000 times. Does `counter += 1` need a lock when there is a GIL?
#
#   python3 labs/py/counter.py                       CPython 3.11: 400000
#   ./lab py labs/py/counter.py                      gillab, as CPython 3.10+
#   ./lab py labs/py/counter.py --poll=every-instruction     as CPython 2
#   ./lab py labs/py/counter.py --gil=none --refcount=biased --stats
#
# `counter += 1` is four instructions: LOAD_GLOBAL counter, LOAD_CONST 1,
# INPLACE_ADD, STORE_GLOBAL counter (`./lab dis labs/py/counter.py`; CPython
# 3.11 says BINARY_OP 13 (+=) for the third). A thread that loses the
# GIL between the load and the store writes back a stale value and erases the
# other thread's updates. Whether it can lose the GIL there depends on where the
# interpreter polls for a switch: CPython 3.10+ polls only at back edges and
# calls, so this loop happens to lose nothing; poll at every instruction, or
# put a call inside the read-modify-write (counter = counter + one()), and
# updates vanish. Without a GIL, they vanish whatever the polling.
# counter_call.py puts the call in; counter_lock.py is the fix.
import sys
import threading

N = 200000
sys.setswitchinterval(0.0001)  # many switches in a short run (default 0.005)
counter = 0
start = threading.Lock()


def worker(n):
    global counter
    with start:  # wait until both threads exist, so that they overlap
        pass
    for _ in range(n):
        counter += 1


start.acquire()
threads = [threading.Thread(target=worker, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
start.release()
for t in threads:
    t.join()
print(f"counter = {counter} (expected {2 * N}, lost {2 * N - counter})")
# For `lab run counter`, which puts CPython's figure beside gillab's:
print(f"result: counter={counter} expected={2 * N} lost={2 * N - counter}")
