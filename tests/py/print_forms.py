print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print("no newline", end="")
print(" then this")
print(1, 2.5, None, True, "s", [1], (2,), {3: 4})
print(sep="-")
print("x", end=None)
print("y", sep=None)

# flush=True writes out at once (what a script about to loop for a long time
# prints first); flush=False and flush=0 change nothing
print("flushed", flush=True)
print("a", "b", sep="-", end="!\n", flush=False)
print("zero", flush=0)
