# Grouping, counting and inverting with dicts.
words = "apple avocado banana blueberry cherry cranberry date apple banana".split()

counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)

by_letter = {}
for w in words:
    if w[0] not in by_letter:
        by_letter[w[0]] = []
    if w not in by_letter[w[0]]:
        by_letter[w[0]].append(w)
print(by_letter)

lengths = {w: len(w) for w in set(words)}
inverted = {}
for w, n in sorted(lengths.items()):
    inverted[n] = inverted.get(n, []) + [w]
print(dict(sorted(inverted.items())))

most = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
print(most, sum(counts.values()), len(counts))

# Merging: a copy, then the given values over the defaults.
defaults = {"color": "red", "size": 1}
given = {"size": 3}
merged = dict(defaults)
for k, v in given.items():
    merged[k] = v
print(merged, merged == {"color": "red", "size": 3})
print(sorted(k for k, v in counts.items() if v > 1))
del counts["date"]
print("date" in counts, counts.pop("cherry"), counts.pop("nope", "absent"))
