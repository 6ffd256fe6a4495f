# The iteration protocol: iter(x) asks x for an iterator (x.__iter__()), and
# next(it) asks the iterator for an item (it.__next__()) until StopIteration.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print(n)
print(list(Countdown(4)))
print(sum(Countdown(10)), max(Countdown(5)), sorted(Countdown(3)))

# An iterable that is not its own iterator: each for loop gets a fresh one.
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        return DeckIterator(self.cards)

class DeckIterator:
    def __init__(self, cards):
        self.cards = cards
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.cards):
            raise StopIteration
        card = self.cards[self.i]
        self.i += 1
        return card

deck = Deck(["A", "K", "Q"])
print(list(deck), list(deck))
print([(a, b) for a in deck for b in deck if a < b])

# The easiest __iter__ is a generator function.
class Squares:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * i

print(list(Squares(5)), 9 in list(Squares(5)))
a, b, c = Squares(3)
print(a, b, c)

# iter() and next() by hand.
it = iter([10, 20])
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
chars = iter("hi")
print(next(chars), next(chars))
print(iter(it) is it)

# What is not iterable, or not an iterator, says so.
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)

# __iter__ must return an iterator.
class Broken:
    def __iter__(self):
        return [1, 2]

try:
    list(Broken())
except TypeError as e:
    print("TypeError:", e)

# enumerate, zip and friends take any iterable.
print(list(enumerate(Countdown(2))))
print(list(zip(Countdown(3), Squares(3))))
print(",".join(str(n) for n in Countdown(3)))

# iter() returns what __iter__ returns: an iterator that returns itself is its
# own iterator, as a generator and a list's iterator are.
c = Countdown(2)
it = iter([1])
print(iter(c) is c, iter(it) is it, iter(Squares(2)) is not None)
