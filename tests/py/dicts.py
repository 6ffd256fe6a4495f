d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"])
print(d.get("one"), d.get("four"), d.get("four", 4))
print("one" in d, "four" in d, "four" not in d)
d["one"] = 100
print(d)
print(d.pop("two"), d)
print(d.pop("zzz", "default"))
print({}, {1: "a", (1, 2): [3]}, {True: 1})
for k in d:
    print("key", k)
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print("value", v)
