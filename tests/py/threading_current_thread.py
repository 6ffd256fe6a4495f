# threading.current_thread(): which thread is running this code. Names, the
# daemon flag, and is_alive().
import threading

main = threading.current_thread()
print("main:", main.name, main.daemon, main.is_alive())
print("same object each time:", threading.current_thread() is main)

seen = []
lock = threading.Lock()


def report():
    me = threading.current_thread()
    with lock:
        seen.append((me.name, me.daemon, me.is_alive(), me is main))


t1 = threading.Thread(target=report, name="alpha")
t2 = threading.Thread(target=report)
t2.name = "beta"
t3 = threading.Thread(target=report, name="gamma", daemon=True)
print("before start:", t1.is_alive(), t1.daemon, t3.daemon)
for t in [t1, t2, t3]:
    t.start()
for t in [t1, t2, t3]:
    t.join()
print("after join:", [t.is_alive() for t in [t1, t2, t3]])
for row in sorted(seen):
    print(row)

# Default names count up, with the target's name; only unnamed threads count
# (t2 above was Thread-1 until renamed).
def work():
    pass


t = threading.Thread(target=work)
print(t.name, threading.Thread(target=work, name="").name)

# A thread started by a daemon thread is a daemon too.
inner = []


def spawner():
    child = threading.Thread(target=report, name="child")
    inner.append(child.daemon)
    child.start()
    child.join()


s = threading.Thread(target=spawner, daemon=True)
s.start()
s.join()
print("child of a daemon is a daemon:", inner)

for text, f in [
    ("start twice", lambda: t1.start()),
    ("daemon after start", lambda: setattr(t1, "daemon", True)),
    ("join before start", lambda: threading.Thread(target=work).join()),
    ("join self", lambda: main.join()),
]:
    try:
        f()
    except RuntimeError as e:
        print(text, "->", e)
