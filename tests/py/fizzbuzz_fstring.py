out = []
for i in range(1, 31):
    s = ""
    if i % 3 == 0:
        s += "Fizz"
    if i % 5 == 0:
        s += "Buzz"
    out.append(s if s else i)
print(out)
print(f"{len(out)} items, last {out[-1]!r}")
