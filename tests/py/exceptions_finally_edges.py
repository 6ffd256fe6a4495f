# The corners of finally: what runs when a return, break or continue leaves
# through it, and what a finally block does to them in turn.
import threading
lock = threading.Lock()

def break_cancels_return():
    for i in range(3):
        try:
            return "returned"
        finally:
            break
    return "the break in finally won, at i = " + str(i)
print(break_cancels_return())

def continue_cancels_return():
    seen = []
    for i in range(3):
        try:
            if i < 2:
                return "never"
        finally:
            seen.append(i)
            continue
    return seen
print(continue_cancels_return())

def try_inside_finally_of_return():
    log = []
    try:
        return log
    finally:
        try:
            log.append("in finally")
            {}["k"]
        except KeyError:
            log.append("caught in finally")
print(try_inside_finally_of_return())

def with_and_return():
    for i in range(2):
        try:
            with lock:
                if i == 1:
                    return ("returned", lock.locked())
        finally:
            print("finally sees lock", lock.locked())
print(with_and_return(), lock.locked())

def raise_in_with_in_loop():
    caught = 0
    for i in range(4):
        try:
            with lock:
                if i % 2:
                    raise ValueError(i)
        except ValueError:
            caught += 1
            print("caught", i, "lock held:", lock.locked())
    return caught
print(raise_in_with_in_loop())

def nested_finally_order():
    order = []
    def inner():
        try:
            try:
                return "value"
            finally:
                order.append("inner finally")
        finally:
            order.append("outer finally")
    r = inner()
    return r, order
print(nested_finally_order())

def exception_replaced_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except KeyError as e:
        return repr(e) + " with context " + repr(e.__context__)
print(exception_replaced_in_finally())

def handler_exits_loop_each_way():
    out = []
    for i in range(5):
        try:
            [][i]
        except IndexError:
            if i == 0:
                continue
            if i == 1:
                out.append("one")
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(handler_exits_loop_each_way())

def reraise_after_loop_in_handler():
    try:
        try:
            raise ValueError("outer")
        except ValueError:
            for i in range(3):
                try:
                    raise KeyError(i)
                except KeyError:
                    pass
            raise
    except ValueError as e:
        return "still " + str(e)
print(reraise_after_loop_in_handler())
