def classify(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    else:
        return str(n)
for i in range(1, 16):
    print(classify(i))
x = 3
print("big" if x > 2 else "small", "yes" if not x else "no")
if x: print("one-line if")
if []:
    print("no")
elif {}:
    print("no")
else:
    print("empty containers are false")
