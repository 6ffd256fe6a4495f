# A Caesar cipher and a letter-frequency crack: ord, chr and modular arithmetic.
def shift(text, k):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + k) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + k) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


plain = "The Global Interpreter Lock serializes bytecode, not your logic."
secret = shift(plain, 3)
print(secret)
print(shift(secret, -3) == plain, shift(plain, 26) == plain, shift("xyz", 3))


def crack(text):
    counts = {}
    for ch in text.lower():
        if "a" <= ch <= "z":
            counts[ch] = counts.get(ch, 0) + 1
    most = max(sorted(counts), key=lambda c: counts[c])
    return (ord(most) - ord("e")) % 26  # guess: the commonest letter is e


k = crack(secret)
print("guessed key:", k, shift(secret, -k)[:20])
