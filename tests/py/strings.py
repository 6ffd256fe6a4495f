s = "hello"
t = 'world'
print(s + " " + t, len(s), s[0], s[-1], s[1])
print("ab" * 3, "" * 5, "x" * 0)
print("ell" in s, "z" in s, "z" not in s)
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"))
print("line1\nline2")
print("a" "b" "c")
print(str(42), str(1.5), str(None), str(True), str([1, 2]))
print(repr(42), repr("q"), repr([1, "a"]))
print("\x41\x42", "caf\u00e9")
