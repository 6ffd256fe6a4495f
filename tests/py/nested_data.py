data = {"users": [{"name": "ann", "age": 31}, {"name": "bob", "age": 25}]}
total = 0
for user in data["users"]:
    total += user["age"]
    print(user["name"], user["age"])
print(total, data)
data["users"][1]["age"] += 1
print(data["users"][1])
grid = [[0] * 3, [0] * 3]
grid[1][2] = 7
print(grid)
