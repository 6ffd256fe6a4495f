# A list comprehension builds a list in one expression.
squares = [n * n for n in range(10)]
evens = [n for n in range(20) if n % 2 == 0]
print(squares)
print(evens)

# Several `for` clauses nest left to right; each `if` filters the one before.
pairs = [(a, b) for a in range(3) for b in range(3) if a != b]
print(pairs)
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row]
print(flat)
print([x for x in range(30) if x % 2 if x % 3])

# A dict comprehension maps keys to values.
lengths = {word: len(word) for word in ["memory", "gc", "refcount"]}
print(lengths)
inverted = {v: k for k, v in lengths.items()}
print(inverted)

# The loop variable stays inside: it does not leak, as in Python 3.
x = "outer"
doubled = [x * 2 for x in [1, 2, 3]]
print(doubled, x)

# Comprehensions see the enclosing function's variables (a closure).
def scale(values, factor):
    return [v * factor for v in values]
print(scale([1, 2, 3], 10))

def table(n):
    return [[row * col for col in range(1, n + 1)] for row in range(1, n + 1)]
for row in table(4):
    print(row)

# The first iterable is evaluated once, outside; the element each time.
calls = []
def source():
    calls.append("source")
    return [1, 2, 3]
print([v + len(calls) for v in source()], calls)

# Building threads the readable way.
import threading
results = []
lock = threading.Lock()
def work(k):
    with lock:
        results.append(k)
threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))

# Strings and tuples iterate too; an empty source makes an empty result.
print([c for c in "gil" + "lab"], [t for t in ()], {k: 0 for k in []})
