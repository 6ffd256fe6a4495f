# One Event, many waiters: set() wakes every one of them at once.
import threading

go = threading.Event()
woke = []
lock = threading.Lock()
arrived = threading.Condition()
waiting = 0


def runner(i):
    global waiting
    with arrived:
        waiting += 1
        arrived.notify()
    go.wait()
    with lock:
        woke.append(i)


threads = [threading.Thread(target=runner, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
with arrived:
    arrived.wait_for(lambda: waiting == 6)
print("all waiting, none woke:", len(woke) == 0)
go.set()
for t in threads:
    t.join()
print("woke:", sorted(woke))
# After set(), wait() does not block, even for a thread that comes late.
late = threading.Thread(target=runner, args=(99,))
late.start()
late.join()
print(sorted(woke)[-1], go.is_set())
