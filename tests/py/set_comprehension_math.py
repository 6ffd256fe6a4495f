# Sets in arithmetic: primes by set difference, triples, and divisors.
N = 50
composites = {i * j for i in range(2, N) for j in range(i, N // i + 1) if i * j <= N}
primes = set(range(2, N + 1)) - composites
print(sorted(primes), len(primes))

triples = {(a, b, c) for a in range(1, 30) for b in range(a, 30) for c in range(b, 30)
           if a * a + b * b == c * c}
print(sorted(triples))


def divisors(n):
    return {d for i in range(1, int(n ** 0.5) + 1) if n % i == 0 for d in (i, n // i)}


print(sorted(divisors(36)), sorted(divisors(28) - {28}), sum(divisors(28) - {28}) == 28)
perfect = [n for n in range(2, 500) if sum(divisors(n)) - n == n]
print(perfect)

# Common divisors with &, all divisors with |.
print(sorted(divisors(24) & divisors(36)), len(divisors(24) | divisors(36)))
print(max(divisors(24) & divisors(36)), {x % 3 for x in range(10)}, {x for x in "mississippi"} == set("misp"))
