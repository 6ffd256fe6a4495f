# convoy.py: the convoy effect. One thread does short I/O (time.sleep stands in
# for a socket) in a loop; another burns CPU. Each time the I/O thread's call
# returns, it must get the GIL back from the CPU-bound thread, and under
# CPython's GIL that means waiting out a switch interval (5 ms): a 0.1 ms read
# becomes a 5 ms one.
#
#   python3 labs/py/convoy.py
#   ./lab py labs/py/convoy.py                      the new GIL: slow I/O
#   ./lab py labs/py/convoy.py --gil=priority       gillab's convoy-resistant GIL
#   ./lab py labs/py/convoy.py --gil=fair --trace=convoy.json
import threading
import time

IO_CALLS = 100
done = False


def cpu():
    n = 0
    while not done:
        n += 1


def io():
    start = time.monotonic_ns()
    for _ in range(IO_CALLS):
        time.sleep(0.0001)
    return time.monotonic_ns() - start


def main():
    global done
    alone = io()
    spinner = threading.Thread(target=cpu)
    spinner.start()
    busy = io()
    done = True
    spinner.join()
    print(f"{IO_CALLS} short I/O calls: {alone // 1000000} ms alone, "
          f"{busy // 1000000} ms next to a CPU-bound thread "
          f"({busy * 10 // alone / 10}x)")


main()
