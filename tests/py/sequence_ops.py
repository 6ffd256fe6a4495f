# Lists and tuples order as Python orders them: item by item, the first items
# that differ decide; a prefix comes first.
print([1, 2] < [1, 3], (1, 2) < (1, 3), [1, 2] <= [1, 2], [1, 2] > [1, 2])
print([1] < [1, 0], [] < [0], (2,) > (1, 9), [1, 2] >= [1, 2, 3])
print([[1, 2], [0]] < [[1, 2], [1]], ("a", 1) < ("a", 2), ("b",) > ("a", "z"))
print([1, 2.5] < [1, 3], (True, 0) == (1, 0.0), [1, "x"] != [1, "y"])
print(sorted([[2, 1], [1, 5], [1, 2], [1]]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))

# Repetition: a sequence times an int, either way round.
print(3 * "x", "ab" * 2, 2 * [1], [1, 2] * 2, (1, 2) * 2, 2 * (0,))
print([0] * True, "ab" * -1, [1, 2] * 0, () * 5, "" * 3)
row = [0] * 3
grid = [row] * 2
row[0] = 9
print(grid)

# Concatenation.
print([1] + [2], (1,) + (2, 3), "a" + "b", [] + [], () + ())

# pop with an index.
xs = [10, 20, 30, 40, 50]
print(xs.pop(0), xs)
print(xs.pop(-1), xs)
print(xs.pop(1), xs)
print(xs.pop(), xs)
print(xs.pop(0), xs)

# A NaN is not equal to itself (a float compares by value), but a list holding
# it is equal to itself (a list compares its items by identity first).
inf = 1e300 * 1e300
nan = inf - inf
print(nan == nan, nan != nan, [nan] == [nan], nan < 1, nan >= 1, 1 <= nan)
print(inf > 1e308, -inf < 0, inf == inf)
