def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a
def collatz(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
best = 0
arg = 0
for i in range(1, 1000):
    s = collatz(i)
    if s > best:
        best = s
        arg = i
print(arg, best)
