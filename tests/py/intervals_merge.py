# Merging overlapping intervals: sort by start, then extend or append.
def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


print(merge([(1, 3), (2, 6), (8, 10), (15, 18)]))
print(merge([(1, 4), (4, 5)]), merge([(5, 7), (1, 2), (2, 3)]), merge([]))


def total_covered(intervals):
    return sum(e - s for s, e in merge(intervals))


def gaps(intervals, lo, hi):
    out = []
    cur = lo
    for s, e in merge(intervals):
        if s > cur:
            out.append((cur, s))
        cur = max(cur, e)
    if cur < hi:
        out.append((cur, hi))
    return out


busy = [(9, 10), (9.5, 11), (13, 14), (16, 17.5)]
print(total_covered(busy), gaps(busy, 8, 18))
