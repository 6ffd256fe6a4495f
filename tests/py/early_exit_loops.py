def find(xs, target):
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return -1
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(find([5, 6, 7], 7), find([5, 6, 7], 9))
print(first_even([1, 3, 8, 9]), first_even([1, 3]))
i = 0
while i < 100:
    if i * i > 50:
        break
    i += 1
print(i)
