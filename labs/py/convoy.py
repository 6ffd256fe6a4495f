# convoy.py: the convoy effect. One thread does short I/O (time.sleep stands in
# for a socket read) in a loop; another burns CPU. Each time the I/O thread's call
# returns, it must get the GIL back from the CPU-bound thread, and under CPython's
# GIL that means waiting out a switch interval (5 ms): a 0.1 ms read becomes a
# 5 ms one. The CPU-bound thread barely notices.
#
#   python3 labs/py/convoy.py
#   ./lab py labs/py/convoy.py                      the new GIL: slow I/O
#   ./lab py labs/py/convoy.py --gil=priority       gillab's convoy-resistant GIL
#   ./lab py labs/py/convoy.py --gil=fair --trace=convoy.json
#   ./lab run convoy                                every strategy, CPython beside
import threading
import time

IO_CALLS = 100
done = False
loops = 0


def cpu():
    global loops
    n = 0
    while not done:
        n += 1
    loops = n


def io_latencies():
    latencies = []
    for _ in range(IO_CALLS):
        start = time.monotonic_ns()
        time.sleep(0.0001)
        latencies.append(time.monotonic_ns() - start)
    return sorted(latencies)


def main():
    global done
    alone = io_latencies()
    spinner = threading.Thread(target=cpu)
    start = time.monotonic_ns()
    spinner.start()
    busy = io_latencies()
    done = True
    spinner.join()
    elapsed = time.monotonic_ns() - start
    p50 = busy[IO_CALLS // 2] // 1000
    p99 = busy[IO_CALLS * 99 // 100] // 1000
    alone_p50 = alone[IO_CALLS // 2] // 1000
    rate = loops * 1000000000 // elapsed
    print(f"{IO_CALLS} sleeps of 100 us: p50 {alone_p50} us alone; next to a "
          f"CPU-bound thread p50 {p50} us, p99 {p99} us; "
          f"the CPU-bound thread ran {rate} loops/s")
    print(f"result: alone_p50_us={alone_p50} p50_us={p50} p99_us={p99} "
          f"cpu_loops_per_s={rate}")


main()
