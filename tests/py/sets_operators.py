# Set operators on real data: which words two texts share, which are only in
# one, and all of them. (Sets of str print in an order that depends on the
# hash, so these are sorted.)
a = set("the cat sat on the mat".split())
b = set("the dog sat on the log".split())
print("both:", sorted(a & b))
print("either:", sorted(a | b))
print("only one:", sorted(a ^ b))
print("only a:", sorted(a - b))
print("laws:", (a | b) - (a & b) == a ^ b, a - b == a - (a & b))

# Permissions as sets, then updated in place.
admin = {"read", "write", "delete"}
user = {"read"}
user |= {"write"}
print(sorted(user), user <= admin, admin > user)
user &= {"write", "execute"}
print(sorted(user))
user ^= {"write", "read"}
print(sorted(user))
user -= {"read"}
print(user, len(user), bool(user))

# frozensets: hashable, so they can be keys and members.
groups = {frozenset({"a", "b"}): "ab", frozenset({"c"}): "c"}
print(groups[frozenset({"b", "a"})], frozenset("ab") in groups)
fs = frozenset([1, 2, 3])
print(sorted(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__)

# Deduplicating while keeping the first order: a set of what was seen.
seen = set()
order = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        order.append(x)
print(order)
