# An unbounded prime generator: a dict maps each next composite to the primes
# that reach it (the incremental sieve of Eratosthenes).
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites[n]:
                composites[n + p] = composites.get(n + p, []) + [p]
            del composites[n]
        n += 1


gen = primes()
first = [next(gen) for _ in range(15)]
print(first)


def take_while_below(limit, it):
    for x in it:
        if x >= limit:
            return
        yield x


print(sum(take_while_below(1000, primes())), len(list(take_while_below(1000, primes()))))

# Twin primes, from two views of one stream.
def pairs(it):
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


g = primes()
twins = []
for a, b in pairs(g):
    if a > 200:
        break
    if b - a == 2:
        twins.append((a, b))
print(twins)
