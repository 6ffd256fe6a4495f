# What finally does to return, break and continue, and the order things run.
def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

print(order())

def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"
print(finally_wins())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "the finally's return swallows the exception"
print(swallow())

def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_control())

def while_retry():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise RuntimeError("try again")
            return attempts
        except RuntimeError as e:
            print("attempt", attempts, e)
print(while_retry())

def nested():
    trail = []
    try:
        try:
            try:
                raise KeyError("deep")
            finally:
                trail.append("inner finally")
        except IndexError:
            trail.append("wrong clause")
        finally:
            trail.append("middle finally")
    except KeyError as e:
        trail.append("outer caught " + str(e))
    finally:
        trail.append("outer finally")
    return trail
for step in nested():
    print(step)

def return_in_except():
    for i in range(3):
        try:
            if i == 2:
                raise ValueError(i)
        except ValueError:
            return "returned from except at " + str(i)
        finally:
            print("finally", i)
print(return_in_except())

def break_in_except():
    for i in range(5):
        try:
            [][i]
        except IndexError:
            print("breaking at", i)
            break
    return i
print(break_in_except())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            seen.append(i)
        finally:
            if i == 1:
                continue
        seen.append("after " + str(i))
    return seen
print(continue_in_finally())

def in_comprehension_loop(items):
    total = 0
    for x in items:
        try:
            total += int(x)
        except ValueError:
            total -= 1
    return total
print(in_comprehension_loop(["1", "2", "x", "4", "y"]))

# try at module level, in a loop, with else.
found = None
for word in ["apple", "kiwi", "banana"]:
    try:
        index = word.find("n")
        if index < 0:
            raise ValueError(word)
    except ValueError:
        print(word, "has no n")
    else:
        found = (word, index)
        break
print(found)
