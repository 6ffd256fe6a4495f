# Converting between types, as the builtins do it.
print(int("42"), int("-7"), int(" 12 "), int("1_000"), int(3.9), int(-3.9), int(True))
print(int("ff", 16), int("0b101", 0), int("0x1F", 16), int("777", 8), int())
print(float("1.5"), float(2), float(" -1e3 "), float("inf"), float("-inf"), float())
print(bool(0), bool(""), bool([]), bool([0]), bool("False"), bool())
print(str(12), str(1.5), str(None), str([1, "a"]), repr("a"))

# round: halves go to the even neighbour; with digits, the exact binary value
# decides (2.675 is stored as 2.67499999...).
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(3.14159, 3), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(7), round(0.1 + 0.2, 10), round(12.5, -1), round(-2.5))

print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2))
print(ord("a"), ord("A"), chr(97), chr(65) + chr(66), ord("é"), chr(233))

# hash: equal numbers hash alike, whatever their type.
print(hash(1), hash(-1), hash(0), hash(2**40), hash(True))
print(hash(1.0) == hash(1), hash(1.5), hash(-2.25), hash(0.1))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
