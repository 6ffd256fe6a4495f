# Per-thread state without threading.local: a dict keyed by the thread's name,
# each thread touching only its own entry.
import threading

state = {}
state_lock = threading.Lock()


def work(n):
    me = threading.current_thread().name
    with state_lock:
        state[me] = []
    for i in range(n):
        state[me].append(i * i)


threads = [threading.Thread(target=work, args=(k,), name=f"w{k}") for k in range(1, 5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(state):
    print(name, state[name])
print("main's entry:", threading.current_thread().name in state)
