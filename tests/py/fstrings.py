name = "gil"
n = 3
print(f"{name} has {n} locks")
print(f"{n * 2} {n ** 2} {n // 2}")
print(f"{name!r} and {name!s} and {[1, 'a']}")
print(f"{{literal}} {n}")
print(f"nested {f'{n}'} ok")
d = {"k": 1}
print(f"{d['k']} {d}")
print(f"" + "empty")
