import threading
lock = threading.Lock()
accounts = {"alice": 100, "bob": 50}
def transfer(src, dst, amount):
    with lock:
        if accounts[src] < amount:
            return False
        accounts[src] -= amount
        accounts[dst] += amount
        return True
print(transfer("alice", "bob", 30), accounts)
print(transfer("bob", "alice", 500), accounts)
t = threading.Thread(target=transfer, args=("bob", "alice", 80))
t.start()
t.join()
print(accounts, lock.locked())
