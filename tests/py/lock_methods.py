from threading import Lock
l = Lock()
print(l.acquire(), l.locked())
l.release()
print(l.locked())
a = Lock()
b = Lock()
with a, b:
    print(a.locked(), b.locked())
print(a.locked(), b.locked())

# acquire(blocking=True, timeout=-1), positional or by keyword: a lock that is
# taken answers False at once without blocking, or after the timeout.
m = Lock()
print(m.acquire(False), m.acquire(False), m.acquire(blocking=False))
print(m.acquire(timeout=0.01), m.acquire(True, 0.01), m.acquire(True, timeout=0))
m.release()
print(m.acquire(blocking=True, timeout=1), m.locked())
m.release()
