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
