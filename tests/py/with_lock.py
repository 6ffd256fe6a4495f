import threading
lock = threading.Lock()
print(lock.locked())
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
def guarded(x):
    with lock:
        if x > 0:
            return "returned under the lock"
    return "fell through"
print(guarded(1), lock.locked())
print(guarded(0), lock.locked())
for i in range(3):
    with lock:
        if i == 1:
            continue
        if i == 2:
            break
        print("loop", i, lock.locked())
print("end", lock.locked())
with lock as held:
    print(held, lock.locked())
