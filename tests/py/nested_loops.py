for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += str(i * j) + " "
    print(row)
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found is not None:
        break
print(found)
