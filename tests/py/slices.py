# Reading slices: a[start:stop:step] makes a new sequence of the same type.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[1::2])
print(xs[::-1], xs[-3:], xs[:-3], xs[-4:-1], xs[5:2])
print(xs[1:8:3], xs[8:1:-2], xs[-1:-4:-1], xs[::-3])
print(xs[-100:100], xs[100:], xs[:-100], xs[::-100], xs[3:3])

# A slice is a copy: changing it leaves the original alone.
copy = xs[:]
copy.append(10)
print(len(xs), len(copy), copy is xs, copy == xs[:] + [10])

s = "hello, world"
print(s[:5], s[7:], s[::-1], s[::2], s[-5:], s[3:3] == "")
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[:], t[4:], t[:0], t[::2])

# Bounds may be any expressions, or None (the same as leaving them out).
n = 3
print(xs[n:n * 2], xs[None:n], xs[n:None], xs[::None])
print(slice(1, 5), slice(4), slice(None, None, -1), slice(1, 2) == slice(1, 2))
sl = slice(2, 8, 2)
print(xs[sl], s[sl], t[slice(3)])

# Palindromes and rotation: the classic uses.
for word in ["level", "gillab", "noon"]:
    print(word, word == word[::-1])
def rotate(items, k):
    k = k % len(items)
    return items[k:] + items[:k]
print(rotate([1, 2, 3, 4, 5], 2), rotate("abcdef", -1))

# Nested: a row of a matrix, then a slice of it.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1:][0][1:], m[::-1][0][::-1])
