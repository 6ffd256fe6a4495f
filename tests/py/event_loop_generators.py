# A round-robin scheduler of generators: cooperative multitasking, as asyncio
# does it underneath. Each task yields to give the others a turn; no threads,
# so the interleaving is fixed.
def task(name, steps):
    for i in range(steps):
        print(name, "step", i)
        yield
    return name + " done"


def sleeper(name, ticks):
    waited = 0
    while waited < ticks:
        waited += 1
        yield
    print(name, "woke after", ticks, "ticks")
    return name + " rested"


def run(tasks):
    ready = list(tasks)
    results = []
    while ready:
        t = ready.pop(0)
        try:
            next(t)
            ready.append(t)
        except StopIteration as stop:
            results.append(stop.value)
    return results


print(run([task("a", 3), task("b", 2), sleeper("z", 4)]))

# A task can wait for another by delegating to it with `yield from`.
def parent():
    result = yield from task("child", 2)
    print("parent got:", result)
    return "parent done"


print(run([parent(), task("x", 3)]))
