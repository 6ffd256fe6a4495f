# sorted(): a new list, ascending, stable; the argument is left alone.
xs = [5, 3, 9, 1, 3, 7]
ys = sorted(xs)
print(ys)
print(xs)
print(sorted((2.5, 1, -3, 0.5)))
print(sorted("banana"))
print(sorted(range(5, 0, -1)))
print(sorted({"b": 1, "a": 2, "c": 3}))
print(sorted([]))
words = ["pear", "apple", "fig"]
print(sorted(words), words)
