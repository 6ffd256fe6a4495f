# Tic-tac-toe: the winner of a board, from every line of three.
LINES = [[(r, c) for c in range(3)] for r in range(3)]
LINES += [[(r, c) for r in range(3)] for c in range(3)]
LINES += [[(i, i) for i in range(3)], [(i, 2 - i) for i in range(3)]]


def winner(board):
    for line in LINES:
        a, b, c = [board[r][c] for r, c in line]
        if a != "." and a == b == c:
            return a
    if all(cell != "." for row in board for cell in row):
        return "draw"
    return None


boards = [
    ["XXX", "OO.", "..."],
    ["XO.", "XO.", ".O."],
    ["X.O", ".XO", "..X"],
    ["XOX", "XOO", "OXX"],
    ["X..", "...", "..O"],
]
for b in boards:
    print(b, winner(b))

# Every legal next move for O on the last board, and which wins.
b = [list(r) for r in ["XX.", "OO.", "X.."]]
moves = [(r, c) for r in range(3) for c in range(3) if b[r][c] == "."]
wins = []
for r, c in moves:
    b[r][c] = "O"
    if winner(["".join(row) for row in b]) == "O":
        wins.append((r, c))
    b[r][c] = "."
print(moves, wins)
