# counter_call.py: counter.py with a call between the read and the write:
# `counter = counter + one()`. CPython 3.10+ polls for a GIL switch at function
# entries and loop back edges; the call to one() is a function entry that falls
# after the LOAD_GLOBAL of `counter` and before its STORE_GLOBAL. A switch there
# writes back a stale value, and the other thread's additions in between are lost:
# under the GIL, in CPython itself (3.11 loses about 30% of them at a 1 us switch
# interval).
#
#   python3 labs/py/counter_call.py
#   ./lab py labs/py/counter_call.py                 gillab, as CPython 3.10+
#   ./lab run counter-call                           the lesson, CPython beside it
import sys
import threading

N = 200000
sys.setswitchinterval(0.000001)  # 1 us: a switch asked for at almost every poll
counter = 0
start = threading.Lock()


def one():
    return 1


def worker(n):
    global counter
    with start:  # wait until both threads exist, so that they overlap
        pass
    for _ in range(n):
        counter = counter + one()


start.acquire()
threads = [threading.Thread(target=worker, args=(N,)) for _ in range(2)]
for t in threads:
    t.start()
start.release()
for t in threads:
    t.join()
print(f"counter = {counter} (expected {2 * N}, lost {2 * N - counter})")
print(f"result: counter={counter} expected={2 * N} lost={2 * N - counter}")
