# Generators as coroutines: values sent in with send(), state kept between.
def running_average():
    total = 0
    n = 0
    average = None
    while True:
        x = yield average
        total += x
        n += 1
        average = total / n


avg = running_average()
next(avg)  # run to the first yield
print([avg.send(x) for x in [10, 20, 30, 40]])


def grep(pattern):
    found = []
    try:
        while True:
            line = yield
            if pattern in line:
                found.append(line)
    except GeneratorExit:
        print("grep closed with", found)


g = grep("gil")
next(g)
for line in ["the gil", "no lock", "gil again"]:
    g.send(line)
g.close()


def accumulate_until_none():
    items = []
    while True:
        x = yield
        if x is None:
            return items
        items.append(x)


def delegator(results):
    while True:
        result = yield from accumulate_until_none()
        results.append(result)


results = []
d = delegator(results)
next(d)
for x in [1, 2, None, 3, None]:
    d.send(x)
print(results)

# throw() into a paused generator: it can catch, and go on.
def resilient():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "caught " + str(e)


r = resilient()
print(next(r), r.throw(ValueError("bad")), next(r), next(r))
