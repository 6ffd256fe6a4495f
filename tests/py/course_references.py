# Variables are names bound to objects, not boxes holding values. Two names can
# be bound to one object; changing the object is seen through both, rebinding
# one name is not.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, id(a) == id(b))

b = b + [5]  # a new list: b is rebound, a is untouched
print(a, b, a is b)

a += [6]  # in place: the list a and b shared before is changed
print(a)

# Function arguments are the caller's objects.
def add_item(items, item):
    items.append(item)


def rebind(items):
    items = ["new"]
    return items


shopping = ["milk"]
add_item(shopping, "eggs")
print(shopping, rebind(shopping), shopping)

# The mutable default: made once, shared by every call.
def remember(x, seen=[]):
    seen.append(x)
    return seen


print(remember(1), remember(2), remember(3) is remember(4))


def remember_fixed(x, seen=None):
    if seen is None:
        seen = []
    seen.append(x)
    return seen


print(remember_fixed(1), remember_fixed(2))

# Copies: a slice, list(), .copy() make a new outer list, but share the items.
grid = [[0, 0], [0, 0]]
shallow = grid.copy()
shallow[0][0] = 9
shallow[1] = [7, 7]
print(grid, shallow, grid[0] is shallow[0], grid[1] is shallow[1])

# The classic trap: [[0] * 3] * 3 is three references to one row.
trap = [[0] * 3] * 3
trap[0][0] = 1
print(trap, trap[0] is trap[2])
fixed = [[0] * 3 for _ in range(3)]
fixed[0][0] = 1
print(fixed, fixed[0] is fixed[2])

# Tuples cannot change, but what they hold can.
t = (1, [2])
t[1].append(3)
print(t)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
