# threading.RLock: a lock its holder may take again. A Lock taken twice by one
# thread would wait for ever (try acquire(blocking=False) to see it refuse).
import threading

plain = threading.Lock()
plain.acquire()
print("Lock again, not blocking:", plain.acquire(blocking=False))
plain.release()

r = threading.RLock()
print("RLock:", r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()

# The reason it exists: methods that lock and call each other.
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance < amount:
                return False
            self.balance -= amount
            return True

    def transfer_in(self, amount, times):
        with self.lock:  # held while deposit takes it again
            for _ in range(times):
                self.deposit(amount)


acct = Account(0)
workers = [threading.Thread(target=acct.transfer_in, args=(1, 500)) for _ in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("balance:", acct.balance)
print("withdraw 3000:", acct.withdraw(3000), "withdraw 5000:", acct.withdraw(5000))

# A recursive function under one RLock.
def count_down(n):
    with r:
        return 0 if n == 0 else 1 + count_down(n - 1)


print("recursion under an RLock:", count_down(50))

# Only the owner may release it.
def release_foreign():
    try:
        r.release()
    except RuntimeError as e:
        print("other thread:", e)


r.acquire()
t = threading.Thread(target=release_foreign)
t.start()
t.join()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("once too often:", e)
