# array.array against a list: the same million... well, the same 10,000 numbers.
# A list holds pointers to int objects; an array holds the numbers themselves.
# (Absolute sizes differ between CPython and gillab, whose object header is 32
# bytes; the comparisons do not.)
import array
import sys

N = 10_000
as_list = list(range(N))
as_array = array.array("q", range(N))

list_total = sys.getsizeof(as_list) + sum(sys.getsizeof(x) for x in as_list)
array_total = sys.getsizeof(as_array)
print("same numbers:", as_list == as_array.tolist(), len(as_array), as_array[-1])
print("the array's buffer is 8 bytes an item:", sys.getsizeof(as_array) - sys.getsizeof(array.array("q")) >= 8 * N)
print("a list with its ints takes over 3x the array:", list_total > 3 * array_total)

# Reading an item makes an int object; the array keeps no objects.
x = as_array[5]
y = as_array[5]
print(x == y, type(x).__name__)

# Growth: appends over-allocate, as a list's do, so the size steps.
a = array.array("d")
sizes = []
for i in range(40):
    a.append(i * 0.5)
    sizes.append(sys.getsizeof(a))
steps = sum(1 for i in range(1, len(sizes)) if sizes[i] != sizes[i - 1])
print("40 appends, fewer resizes:", steps < 40, "steps:", steps)

# Each typecode's item size.
for code in "bhilqfd":
    print(code, array.array(code).itemsize, array.array(code, [1, 2]))

# Smaller codes hold less.
small = array.array("b", [127, -128])
try:
    small.append(128)
except OverflowError as e:
    print("OverflowError:", e)
print(small, sum(small), max(small), sorted(small))

# Arithmetic on every item means making objects; summing still works.
prices = array.array("d", [9.99, 14.5, 3.25])
print(round(sum(prices), 2), [round(p * 2, 2) for p in prices], 14.5 in prices)
prices[0] = 10
prices.insert(0, 1)
prices.remove(3.25)
prices.reverse()
print(prices, prices.index(10.0), prices.count(1.0), prices.pop(), prices.typecode)
