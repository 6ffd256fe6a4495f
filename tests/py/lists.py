xs = [3, 1, 2]
xs.append(5)
print(xs, len(xs), xs[0], xs[-1])
xs[1] = 10
print(xs)
print(xs.pop(), xs)
print([1, 2] + [3], [0] * 4, [] + [])
ys = [[1, 2], [3, [4, 5]]]
print(ys, ys[1][1][0])
ys[0][1] = "two"
print(ys)
print(3 in xs, 99 in xs, [1, 2] == [1, 2], [1] != [2])
empty = []
print(empty, len(empty), not empty)
