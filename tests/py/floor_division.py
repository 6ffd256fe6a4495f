# Python's integer division rounds toward minus infinity, so the remainder has
# the divisor's sign: a == (a // b) * b + a % b always.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    q, r = a // b, a % b
    print(f"{a} // {b} = {q}, {a} % {b} = {r}", divmod(a, b) == (q, r), q * b + r == a)

# Floats follow the same rule.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2)]:
    print(a // b, a % b, divmod(a, b))

# Handy uses: the last digit, hours and minutes, wrapping around a ring.
print([n % 10 for n in [123, -123, 7]])
minutes = 135
print(divmod(minutes, 60), str(minutes // 60) + "h" + str(minutes % 60))
ring = ["a", "b", "c", "d"]
print([ring[(i + 5) % len(ring)] for i in range(4)], [ring[(i - 5) % len(ring)] for i in range(4)])

# Rounding: round() goes to the even neighbour at .5 (banker's rounding).
print([round(x) for x in [0.5, 1.5, 2.5, -0.5, -1.5]], round(2.675, 2), round(-7 / 2))

for a, b in [(1, 0), (1.0, 0)]:
    try:
        a // b
    except ZeroDivisionError as e:
        print(type(a).__name__, "ZeroDivisionError:", e)
