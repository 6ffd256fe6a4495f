# Parameters after *args, or after a bare *, can only be given by keyword.
def connect(host, *, port=8080, timeout):
    return host + ":" + str(port) + " (timeout " + str(timeout) + ")"

print(connect("db", timeout=5))
print(connect("db", port=5432, timeout=1))
print(connect(timeout=2, host="cache"))

try:
    connect("db", 5432, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("db")
except TypeError as e:
    print("TypeError:", e)
try:
    connect("db", 1, timeout=3)
except TypeError as e:
    print("TypeError:", e)

# After *args: the extra positional arguments go to args, the rest by name.
def log(*messages, sep=" ", prefix):
    return prefix + sep.join(messages)

print(log("a", "b", "c", prefix="> "))
print(log("x", "y", sep="-", prefix=""))
print(log(prefix="(nothing)"))

# With **kwargs too: the keyword-only ones are taken first.
def configure(name, *, verbose=False, **options):
    return name, verbose, sorted(options.items())

print(configure("job", retries=3, verbose=True, mode="fast"))
print(configure("job"))

# Defaults may come in any order among keyword-only parameters.
def window(*, width=80, height, title="untitled"):
    return (width, height, title)

print(window(height=24))
print(window(title="log", height=10, width=120))
try:
    window()
except TypeError as e:
    print("TypeError:", e)

def two_required(*, a, b):
    return a + b

try:
    two_required()
except TypeError as e:
    print("TypeError:", e)
print(two_required(b=1, a=2))

# Lambdas and nested functions take them too.
scale = lambda x, *, by=2: x * by
print(scale(5), scale(5, by=10))

def outer(k):
    def inner(x, *, plus=k):
        return x + plus
    return inner

add3 = outer(3)
print(add3(1), add3(1, plus=100))
try:
    add3(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    add3(1, minus=2)
except TypeError as e:
    print("TypeError:", e)

# Unpacking a dict of options into keyword-only parameters.
opts = {"timeout": 9, "port": 1}
print(connect("svc", **opts))
