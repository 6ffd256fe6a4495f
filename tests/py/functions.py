def add(a, b):
    return a + b

def greet(name, greeting):
    print(greeting + ", " + name)

def nothing():
    pass

print(add(2, 3), add("a", "b"), add([1], [2]))
greet("world", "hello")
greet(greeting="hi", name="there")
greet("you", greeting="hey")
print(nothing())

def early(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    return "zero"

print(early(5), early(-5), early(0))
