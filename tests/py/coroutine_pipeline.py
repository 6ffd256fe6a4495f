# A push pipeline of generator coroutines: a source sends each item to a
# filter, which sends what passes on to a sink. Each stage keeps its own state.
def sink(results):
    while True:
        item = yield
        results.append(item)


def only_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)


def scale(factor, target):
    while True:
        item = yield
        target.send(item * factor)


def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)


def primed(gen):
    next(gen)
    return gen


evens = []
scaled = []
pipeline = primed(broadcast([
    primed(only_even(primed(sink(evens)))),
    primed(scale(10, primed(sink(scaled)))),
]))
for n in range(6):
    pipeline.send(n)
pipeline.close()
print(evens, scaled)
