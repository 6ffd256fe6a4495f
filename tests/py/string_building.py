def join(xs, sep):
    out = ""
    first = True
    for x in xs:
        if not first:
            out += sep
        out += str(x)
        first = False
    return out
print(join([1, 2, 3], "-"))
print(join(["a"], ", "))
print(join([], ","))
def reverse(s):
    out = ""
    i = len(s) - 1
    while i >= 0:
        out += s[i]
        i -= 1
    return out
print(reverse("gillab"))
