# The str methods a course uses.
line = "  the quick  brown fox  "
words = line.split()
print(words, line.strip(), line.lstrip(), line.rstrip() + "|")
print(",".join(words), "-".join("abc"), "".join([]), " ".join(("a", "b")))
print("a,b,,c".split(","), "a b c".split(" ", 1), "k=v=w".split("=", 1), "x".split(","))
print("xxhixx".strip("x"), "Hello".upper(), "Hello".lower(), "MiXeD 42".lower())
print("report.txt".endswith(".txt"), "report.txt".startswith("rep"), "a".startswith(("b", "a")))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "ab".replace("", "-"))
print("banana".find("an"), "banana".find("x"), "banana".count("an"), "banana".count("a"))
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{{}} {!r}".format("x"))
csv = "name,score\nada,95\nalan,88"
rows = [row.split(",") for row in csv.split("\n")[1:]]
print(rows, {name: int(score) for name, score in rows})

# The list methods: sort in place, or sorted() for a new list.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
alias = xs
xs.sort()
print(xs, alias is xs)
xs.sort(reverse=True)
print(xs)
names = ["bob", "Al", "christine"]
names.sort(key=len)
print(names)
xs.extend([0, 0])
xs.insert(0, 100)
xs.insert(-1, 50)
xs.insert(99, 7)
print(xs, xs.index(5), xs.count(0), xs.count(42))
xs.remove(0)
xs.reverse()
print(xs)
copy = xs.copy()
xs.clear()
print(xs, copy, alias)
