counter = 0
def bump():
    global counter
    counter += 1
def read():
    return counter
def shadow():
    counter = 100
    return counter
for _ in range(5):
    bump()
print(counter, read(), shadow(), counter)
def set_many():
    global a, b
    a = 1
    b = 2
set_many()
print(a, b)
