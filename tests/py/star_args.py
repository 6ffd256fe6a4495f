# *args and **kwargs: a def collects the extra arguments; a call unpacks a
# sequence into positional arguments and a dict into keywords.
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, b=2, *rest, **opts):
    return a, b, rest, opts
print(g(1), g(1, 3, 4, 5), g(1, x=9), g(1, 2, 3, y=4, z=5), g(a=0, b=1))
def h(**kw):
    return sorted(kw.items())
print(h(), h(a=1, b=2))
nums = [1, 2, 3]
print(*nums)
print(*nums, sep="-")
print(f(*nums, 4, *"ab"))
opts = {"sep": "+", "end": "!\n"}
print(1, 2, **opts)
print(g(*[10, 20, 30], **{"k": 1}))
def total(*xs):
    s = 0
    for x in xs:
        s += x
    return s
print(total(*range(5)), total())
def wrapper(*args, **kwargs):
    return g(*args, **kwargs)
print(wrapper(1, 2, 3, q=4))
lam = lambda *a, **k: (a, k)
print(lam(1, z=2))
print(max(*[3, 9, 2]), min(*"zyx"))
