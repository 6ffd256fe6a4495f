# Binary search on a sorted list (what bisect does), and keeping a list sorted.
def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < xs[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


xs = [1, 3, 3, 3, 7, 9, 12]
print([bisect_left(xs, x) for x in [0, 3, 4, 12, 13]])
print([bisect_right(xs, x) for x in [0, 3, 4, 12, 13]])
print("count of 3:", bisect_right(xs, 3) - bisect_left(xs, 3))


def contains(xs, x):
    i = bisect_left(xs, x)
    return i < len(xs) and xs[i] == x


print(contains(xs, 7), contains(xs, 8), contains([], 1))

kept = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    kept.insert(bisect_right(kept, x), x)
print(kept, kept == sorted(kept))

grades = [(60, "D"), (70, "C"), (80, "B"), (90, "A")]
cutoffs = [c for c, _ in grades]
print([(["F"] + [g for _, g in grades])[bisect_right(cutoffs, s)] for s in [33, 60, 75, 89, 90, 100]])
