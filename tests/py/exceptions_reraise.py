# A bare `raise` re-raises the exception being handled; exceptions cross frames.
def level3():
    raise ValueError("from level 3")

def level2():
    try:
        level3()
    except ValueError:
        print("level2 saw it, passes it on")
        raise

def level1():
    try:
        level2()
    except ValueError as e:
        print("level1 handles:", e)
        return "handled"
print(level1())

def cleanup_then_reraise(log):
    try:
        raise KeyError("k")
    except KeyError:
        log.append("cleanup")
        raise

log = []
try:
    cleanup_then_reraise(log)
except KeyError as e:
    print("outer:", repr(e), log)

# An error inside an except clause replaces the one being handled.
def replace():
    try:
        1 / 0
    except ZeroDivisionError:
        return undefined_thing
try:
    replace()
except NameError as e:
    print("replaced by:", e, "| context:", type(e.__context__).__name__)

# raise with nothing being handled.
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# What is not an exception cannot be raised or caught.
try:
    raise "text"
except TypeError as e:
    print(e)
class NotAnError:
    pass
try:
    raise NotAnError
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except NotAnError:
        print("never")
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)

# Recursion: caught, and the program goes on at full depth afterwards.
def down(n):
    if n == 0:
        raise RecursionError("bottom reached by hand")
    return down(n - 1)
try:
    down(50)
except RecursionError as e:
    print("caught:", e)

def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
print(count_depth(0) > 100)

# Exceptions as values: stored, compared, put in containers.
errors = []
for text in ["1", "two", "3", "four"]:
    try:
        int(text)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
print(errors[0] is errors[0], errors[0] == errors[1], type(errors[1]) is ValueError)
