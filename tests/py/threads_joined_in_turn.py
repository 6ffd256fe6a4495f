import threading
log = []
def step(i):
    log.append(i * i)
for i in range(5):
    t = threading.Thread(target=step, args=(i,))
    t.start()
    t.join()
print(log)
