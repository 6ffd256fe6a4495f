# Threads that each write their own slot of a shared list need no lock: no two
# touch the same slot, and the list itself never changes size.
import threading

N = 6
results = [None] * N


def compute(i):
    total = 0
    for k in range(1, 1000 * (i + 1)):
        total += k % 7
    results[i] = total


threads = [threading.Thread(target=compute, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print(all(r is not None for r in results), sum(results))

# The same with a dict: distinct keys set by distinct threads.
squares = {}


def square(i):
    squares[i] = i * i


threads = [threading.Thread(target=square, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(squares.items()))
