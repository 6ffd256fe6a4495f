# Grouping words that are anagrams: the sorted letters are the key.
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups[key] = groups.get(key, []) + [w]
for key in sorted(groups):
    print(key, groups[key])
print([g for g in groups.values() if len(g) > 1])


def is_anagram(a, b):
    counts = {}
    for ch in a:
        counts[ch] = counts.get(ch, 0) + 1
    for ch in b:
        counts[ch] = counts.get(ch, 0) - 1
    return all(v == 0 for v in counts.values())


print(is_anagram("dormitory", "dirtyroom"), is_anagram("abc", "abd"), is_anagram("", ""))


def is_palindrome(s):
    letters = [ch for ch in s.lower() if "a" <= ch <= "z"]
    return letters == letters[::-1]


print([is_palindrome(s) for s in ["A man, a plan, a canal: Panama", "gillab", "Was it a cat I saw"]])
