# A daemon thread does not keep the program alive: when every other thread has
# ended, daemon threads are stopped where they are, as in Python.
import threading
import time

beats = []
first_beat = threading.Event()


def heartbeat():
    while True:
        beats.append(1)
        first_beat.set()
        time.sleep(0.001)


hb = threading.Thread(target=heartbeat, daemon=True, name="heartbeat")
print(hb.daemon, hb.name)
hb.start()
first_beat.wait()
print("heartbeat running:", hb.is_alive(), len(beats) > 0)

# A daemon thread blocked for ever on a lock does not hang the exit either.
held = threading.Lock()
held.acquire()


def stuck():
    held.acquire()
    print("never printed")


def stuck_in_with():
    with held:
        print("never printed either")


threading.Thread(target=stuck, daemon=True).start()
threading.Thread(target=stuck_in_with, daemon=True).start()

# Non-daemon threads are waited for.
def worker():
    time.sleep(0.01)
    print("non-daemon worker finished")


threading.Thread(target=worker).start()
print("main thread ends here")
