def bubble(xs):
    n = len(xs)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swapped = True
        if not swapped:
            break
    return xs
print(bubble([5, 2, 9, 1, 5, 6, -3, 0]))
print(bubble(["pear", "apple", "fig"]))
print(bubble([]))
