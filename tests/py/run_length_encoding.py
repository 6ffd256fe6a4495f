# Run-length encoding of strings and lists, and back.
def encode(seq):
    out = []
    for x in seq:
        if out and out[-1][0] == x:
            out[-1] = (x, out[-1][1] + 1)
        else:
            out.append((x, 1))
    return out


def decode(pairs):
    out = []
    for x, n in pairs:
        out.extend([x] * n)
    return out


def encode_str(s):
    return "".join(f"{n}{c}" for c, n in encode(s))


def decode_str(s):
    out = []
    digits = ""
    for ch in s:
        if "0" <= ch <= "9":
            digits += ch
        else:
            out.append(ch * int(digits))
            digits = ""
    return "".join(out)


text = "aaabccddddde"
packed = encode_str(text)
print(packed, decode_str(packed), decode_str(packed) == text)
print(encode([1, 1, 2, 2, 2, 3, 1, 1]), decode(encode("xxyz")))
print(encode(""), encode_str("abc"), decode_str("12z"))
