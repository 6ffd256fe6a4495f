# reversed(): a lazy iterator from the end of a sequence, a range, an array or
# a dict; a list is read live, by index, as CPython does.
import array
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(array.array("q", [1, 2]))), list(reversed([])))
xs = [1, 2, 3, 4]
it = reversed(xs)
print(next(it))
xs.pop(); xs.pop()
print(list(it))
for i, x in enumerate(reversed("xyz")):
    print(i, x)
r = reversed([1])
print(iter(r) is r, list(r), list(r))
for bad in [{1, 2}, 5, None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
print(list(reversed(range(-3, 3, 2))), sum(reversed(range(101))))
