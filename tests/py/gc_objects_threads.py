# gc.get_objects() from one thread while two others allocate: the collector
# stops the world to list its objects (without a GIL too), so nothing it lists is
# freed under it.
import gc
import threading


def churn():
    for i in range(2000):
        xs = [[i] for _ in range(5)]


def look(out):
    for _ in range(20):
        out.append(len(gc.get_objects()) > 0)


out = []
ts = [threading.Thread(target=churn) for _ in range(2)]
ts.append(threading.Thread(target=look, args=(out,)))
for t in ts:
    t.start()
for t in ts:
    t.join()
print(all(out), len(out))
