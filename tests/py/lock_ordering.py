# Two locks, taken in one global order, cannot deadlock: transfers in both
# directions at once, each account's lock taken lowest number first.
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount):
    first, second = (src, dst) if src.number < dst.number else (dst, src)
    with first.lock:
        with second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount
                return True
            return False


a = Account(1, 1000)
b = Account(2, 1000)


def a_to_b():
    for _ in range(200):
        transfer(a, b, 3)


def b_to_a():
    for _ in range(200):
        transfer(b, a, 2)


threads = [threading.Thread(target=a_to_b), threading.Thread(target=b_to_a)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(a.balance, b.balance, a.balance + b.balance)
print("overdraft refused:", transfer(a, b, 10_000), a.balance + b.balance)
