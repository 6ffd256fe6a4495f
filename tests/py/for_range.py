for i in range(3):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=",")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(0, 10, 4):
    print(i)
print(len(range(10)), len(range(0, 10, 3)), len(range(5, 0)), range(4), range(1, 9, 2))
for i in range(0):
    print("never")
total = 0
for i in range(1, 101):
    total += i
print(total)
