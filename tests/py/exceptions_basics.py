# try / except / else / finally, as a course first shows them.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("cannot divide:", e)
        return None
    else:
        print("divided fine")
        return result
    finally:
        print("finally runs either way")

print(divide(10, 4))
print(divide(1, 0))

# Several clauses, a tuple of classes, a bare except last.
def classify(value):
    try:
        return 10 // int(value)
    except (ValueError, TypeError) as e:
        return "bad input: " + type(e).__name__
    except ZeroDivisionError:
        return "zero"
    except:
        return "something else"

for v in ["5", "x", None, "0", 3.5]:
    print(repr(v), "->", classify(v))

# The exception object: its class, args, str and repr.
try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(type(e), type(e).__name__, e.args, str(e), repr(e))
    print(isinstance(e, ValueError), isinstance(e, Exception), isinstance(e, BaseException))
    print(isinstance(e, KeyError))

try:
    raise KeyError("missing")
except LookupError as e:
    print("LookupError caught a", type(e).__name__, e, repr(e))

try:
    raise IndexError
except IndexError as e:
    print("raised as a class:", repr(e), e.args, str(e) == "")

# After the clause, the name is gone (Python deletes it).
try:
    1 / 0
except ZeroDivisionError as err:
    pass
try:
    print(err)
except NameError as e:
    print(e)

# else runs only without an exception; finally always.
for n in [1, 0]:
    try:
        x = 5 // n
    except ZeroDivisionError:
        print("n =", n, ": except")
    else:
        print("n =", n, ": else, x =", x)
    finally:
        print("n =", n, ": finally")

print(str(Exception()), repr(Exception()), repr(Exception("a", "b")), str(Exception("a", "b")))
print(str(KeyError("k")), str(KeyError(1, 2)), repr(KeyError("k")))
