# The built-in errors the interpreter raises, caught by class, with their
# messages as CPython 3.11 words them.
def attempt(label, f):
    try:
        f()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("{}['k']", lambda: {}["k"])
attempt("{}[(1, 2)]", lambda: {}[(1, 2)])
attempt("[1][5]", lambda: [1][5])
attempt("'ab'[9]", lambda: "ab"[9])
attempt("(1,)[3]", lambda: (1,)[3])
attempt("int('x')", lambda: int("x"))
attempt("'a' + 1", lambda: "a" + 1)
attempt("1 + 'a'", lambda: 1 + "a")
attempt("calling None", lambda: [None][0]())
attempt("len(5)", lambda: len(5))
attempt("undefined", lambda: undefined_name)
attempt("None.x", lambda: None.x)
attempt("[].nope", lambda: [].nope())
attempt("[].pop()", lambda: [].pop())
attempt("[1].index(2)", lambda: [1].index(2))
attempt("{}.pop(1)", lambda: {}.pop(1))
attempt("hash([])", lambda: hash([]))
attempt("a, b = [1]", lambda: [a for a, b in [[1]]])
attempt("int(None)", lambda: int(None))
attempt("chr(-1)", lambda: chr(-1))
attempt("ok", lambda: 1)

def unbound():
    print(x)
    x = 1
attempt("unbound local", unbound)

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)

try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)

# A built-in error is an instance of its bases.
try:
    [][0]
except LookupError as e:
    print(type(e).__name__, isinstance(e, IndexError), isinstance(e, KeyError))
try:
    1 // 0
except ArithmeticError as e:
    print(type(e).__name__, "is an ArithmeticError")
try:
    deep(0)
except RuntimeError as e:
    print(type(e).__name__, "is a RuntimeError")
