i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    total += i
print(i, total)
n = 0
while True:
    n += 1
    if n == 5:
        break
print(n)
