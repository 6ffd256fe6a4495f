# CPython's recursion limit: 1000 frames, the module's included (one more call
# below is a RecursionError: python_test checks it). sys can read and change it.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(sys.getrecursionlimit())
print(depth(998))
sys.setrecursionlimit(60)
print(sys.getrecursionlimit(), depth(58))
sys.setrecursionlimit(3000)
print(depth(2500))
sys.setrecursionlimit(1000)
print(depth(998))
