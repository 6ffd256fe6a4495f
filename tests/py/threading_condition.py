# threading.Condition: wait until something is true, woken by notify(). A
# bounded buffer: producers wait while it is full, consumers while it is empty.
import threading

buffer = []
CAPACITY = 2
cond = threading.Condition()
consumed = []


def producer(start):
    for i in range(start, start + 5):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(i)
            cond.notify_all()


def consumer(n):
    for _ in range(n):
        with cond:
            cond.wait_for(lambda: len(buffer) > 0)
            consumed.append(buffer.pop(0))
            cond.notify_all()


threads = [
    threading.Thread(target=producer, args=(0,)),
    threading.Thread(target=producer, args=(100,)),
    threading.Thread(target=consumer, args=(4,)),
    threading.Thread(target=consumer, args=(6,)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumed:", sorted(consumed))
print("left in the buffer:", buffer)

# wait() gives the lock up while it waits, and has it again when it returns.
with cond:
    print("a wait that times out:", cond.wait(timeout=0.01))
    print("wait_for a false predicate:", cond.wait_for(lambda: False, timeout=0.01))
    print("wait_for a true one:", cond.wait_for(lambda: "ready"))

# Over a plain Lock, and notify(n).
lock = threading.Lock()
c2 = threading.Condition(lock)
woken = []
go = False


def sleeper(i):
    with c2:
        while not go:
            c2.wait()
        woken.append(i)


sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for s in sleepers:
    s.start()
with c2:
    go = True
    c2.notify(3)
for s in sleepers:
    s.join()
print("woken:", sorted(woken), "lock free again:", not lock.locked())

# What needs the lock.
for name, f in [("wait", lambda: c2.wait(0)), ("notify", lambda: c2.notify())]:
    try:
        f()
    except RuntimeError as e:
        print(name, "->", e)
