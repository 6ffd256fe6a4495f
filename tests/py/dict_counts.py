text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
word = ""
for ch in text + " ":
    if ch == " ":
        if word != "":
            counts[word] = counts.get(word, 0) + 1
        word = ""
    else:
        word += ch
for w, c in counts.items():
    if c > 1:
        print(w, c)
print(len(counts))
