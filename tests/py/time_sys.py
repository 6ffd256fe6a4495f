import time
import sys
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
time.sleep(0.001)
start = time.monotonic_ns()
time.sleep(0.002)
print(time.monotonic_ns() - start >= 2000000)
from time import sleep as nap
nap(0)
print("slept")
