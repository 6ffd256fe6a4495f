x = "global"
def reads():
    return x
def writes():
    x = "local"
    return x
def param(x):
    x = x + "!"
    return x
print(reads(), writes(), param("arg"), x)
def counter_loop():
    n = 0
    for i in range(5):
        n = n + i
    return n
print(counter_loop())
