# Single inheritance: attribute lookup goes up the class line, a subclass
# overrides, super() calls the base's version.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return "I am " + self.kind() + ": " + self.speak()

    def kind(self):
        return "an animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "a dog"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (age " + str(self.age) + ")"


class Cat(Animal):
    sound = "meow"


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(a.describe())

p = Puppy("bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(type(p).__name__, Puppy.__base__.__name__, Dog.__base__ is Animal)
print(p.__dict__)

# Calling the base's method through the class, as older code does.
class Base:
    def __init__(self):
        self.ready = True


class Child(Base):
    def __init__(self):
        Base.__init__(self)
        self.extra = 1


c = Child()
print(c.ready, c.extra)

# A class without __init__ inherits its base's.
class Labeled(Animal):
    pass


print(Labeled("x").speak())

# class C(object) is class C.
class Old(object):
    def hello(self):
        return "hello"


print(Old().hello(), Old.__base__)

# A class made inside a function: a new class each call.
def make_class(greeting):
    class Greeter:
        def greet(self, who):
            return greeting + ", " + who
    return Greeter


G1 = make_class("hi")
G2 = make_class("hello")
print(G1().greet("ann"), G2().greet("bob"), G1 is G2, G1.__name__ == G2.__name__)
