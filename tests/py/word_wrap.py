# Greedy word wrapping to a width, and justified lines.
text = ("Reference counting frees most objects the moment their last reference "
        "goes away; the cyclic collector finds the groups that keep each other alive.")


def wrap(text, width):
    lines = []
    line = ""
    for word in text.split():
        if not line:
            line = word
        elif len(line) + 1 + len(word) <= width:
            line += " " + word
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


for line in wrap(text, 32):
    print("|" + line + " " * (32 - len(line)) + "|")


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


for line in wrap(text, 40)[:-1]:
    print("[" + justify(line, 40) + "]")
print(wrap("", 10), wrap("supercalifragilistic", 5))
