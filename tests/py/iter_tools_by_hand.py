# itertools-like helpers written as generators: each reads its input lazily.
def chain(*iterables):
    for it in iterables:
        yield from it


def take(n, iterable):
    it = iter(iterable)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def takewhile(pred, iterable):
    for x in iterable:
        if not pred(x):
            return
        yield x


def pairwise(iterable):
    it = iter(iterable)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x


def zip_longest(a, b, fill=None):
    ia, ib = iter(a), iter(b)
    while True:
        x = next(ia, fill)
        y = next(ib, fill)
        if x is fill and y is fill:
            return
        yield x, y


def accumulate(iterable):
    total = 0
    for x in iterable:
        total += x
        yield total


print(list(chain([1, 2], "ab", range(3))))
print(list(take(5, count(10, 5))))
print(list(takewhile(lambda x: x * x < 50, count())))
print(list(pairwise("abcd")), list(pairwise([])))
print(list(zip_longest([1, 2, 3], "ab", fill="-")))
print(list(accumulate([1, 2, 3, 4])))

# Laziness: an infinite source is fine as long as something stops reading.
squares = (n * n for n in count(1))
print(list(take(4, squares)), next(squares))
evens = filter(lambda n: n % 2 == 0, count())
print([next(evens) for _ in range(3)])
