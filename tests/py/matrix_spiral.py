# A matrix as a list of rows: spiral order, rotation and transposition.
def spiral(m):
    out = []
    top, bottom, left, right = 0, len(m) - 1, 0, len(m[0]) - 1 if m else -1
    while top <= bottom and left <= right:
        out.extend(m[top][c] for c in range(left, right + 1))
        out.extend(m[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom:
            out.extend(m[bottom][c] for c in range(right - 1, left - 1, -1))
        if left < right:
            out.extend(m[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return out


m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print(spiral(m), spiral([[1]]), spiral([[1, 2], [3, 4]]))

transposed = [list(col) for col in zip(*m)]
rotated = [list(row)[::-1] for row in zip(*m)]
print(transposed)
print(rotated)
identity = [[1 if r == c else 0 for c in range(3)] for r in range(3)]
print(identity, [sum(row) for row in m], [sum(col) for col in zip(*m)])
