# Lock.acquire with a timeout or without blocking: a thread that cannot get
# the lock gives up instead of waiting for ever.
import threading

lock = threading.Lock()
outcomes = []


def impatient():
    outcomes.append(("no wait", lock.acquire(blocking=False)))
    outcomes.append(("10 ms", lock.acquire(timeout=0.01)))


lock.acquire()
t = threading.Thread(target=impatient)
t.start()
t.join()
lock.release()
for what, got in outcomes:
    print(what, got)

t = threading.Thread(target=impatient)
t.start()
t.join()
print("free lock:", outcomes[2:], lock.locked())
lock.release()

# An RLock with a timeout: its owner gets it at once; another thread times out.
r = threading.RLock()
r.acquire()
print("owner again:", r.acquire(timeout=0.01))
other = []
t = threading.Thread(target=lambda: other.append(r.acquire(timeout=0.01)))
t.start()
t.join()
print("other thread:", other)
r.release()
r.release()

for text, f in [
    ("timeout without blocking", lambda: lock.acquire(False, 1)),
    ("negative timeout", lambda: lock.acquire(timeout=-5)),
]:
    try:
        f()
    except ValueError as e:
        print(text, "->", e)
