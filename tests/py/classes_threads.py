# Threads sharing an object: each increments an attribute under a Lock, so no
# update is lost (in every GIL and refcount configuration).
import threading


class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount


class SlottedCounter:
    __slots__ = ("value", "lock")

    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()

    def bump(self):
        with self.lock:
            self.value = self.value + 1


account = Account()
counter = SlottedCounter()


def work(n):
    for _ in range(n):
        account.deposit(2)
        counter.bump()


threads = [threading.Thread(target=work, args=(500,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(account.balance, counter.value)


# A bound method as a thread's target.
class Worker:
    def __init__(self, name):
        self.name = name
        self.done = False

    def run(self):
        self.done = True


workers = [Worker(f"w{i}") for i in range(3)]
ts = [threading.Thread(target=w.run) for w in workers]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([w.done for w in workers])
