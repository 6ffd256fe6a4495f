def describe(kind, size, color):
    return kind + ":" + str(size) + ":" + color
print(describe("box", 3, "red"))
print(describe(color="blue", kind="ball", size=1))
print(describe("cup", color="green", size=2))
