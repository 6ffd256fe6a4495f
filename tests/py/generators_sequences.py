# Infinite sequences, taken a little at a time.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item

def take_while(predicate, iterable):
    for item in iterable:
        if not predicate(item):
            return
        yield item

print(list(take(10, fibonacci())))
print(list(take_while(lambda f: f < 100, fibonacci())))

# A lazy sieve: each prime filters the numbers after it.
def integers_from(n):
    while True:
        yield n
        n += 1

def primes():
    seen = []
    for n in integers_from(2):
        if all(n % p for p in seen):
            seen.append(n)
            yield n

print(list(take(12, primes())))

# Pairwise, windows and chunks, built from generators.
def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for item in it:
        yield prev, item
        prev = item

def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(pairwise("abcd")))
print(list(chunks(range(7), 3)))
print([b - a for a, b in pairwise([1, 4, 9, 16, 25])])

# Round robin over several generators.
def round_robin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            item = next(it, None)
            if item is not None:
                yield item
                alive.append(it)
        iterators = alive

print(list(round_robin("abc", [1, 2], (x * 10 for x in range(4)))))

# A generator keeps its place: resuming it later goes on where it stopped.
counter = integers_from(100)
print(next(counter), next(counter))
print(list(take(3, counter)))
print(next(counter))
