# An exception raised while handling another keeps it as its __context__;
# `raise ... from` sets __cause__; `from None` hides the context.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError("not a number: " + text)

try:
    parse("seven")
except TypeError as e:
    print(repr(e), "| context:", repr(e.__context__), "| cause:", e.__cause__)
    print(e.__suppress_context__)

def load(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise LookupError("no setting " + key) from e

try:
    load({}, "port")
except LookupError as e:
    print(repr(e), "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
    print(e.__cause__ is e.__context__)

def quiet(config, key):
    try:
        return config[key]
    except KeyError:
        raise ValueError("bad key") from None

try:
    quiet({}, "x")
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

# A context three deep.
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][0]
    except IndexError:
        {}["k"]
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" <- ".join(chain))

# An exception handled and left behind is no context.
try:
    1 / 0
except ZeroDivisionError:
    pass
try:
    raise RuntimeError("fresh")
except RuntimeError as e:
    print(repr(e), e.__context__)
