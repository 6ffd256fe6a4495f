# Workers that fail: each result goes back through a queue as (ok, value) or
# (error, exception), and main decides what to do with it.
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            return
        try:
            results.put((job, "ok", 100 // job))
        except ZeroDivisionError as e:
            results.put((job, "error", e))
        jobs.task_done()


workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for job in [5, 0, 20, 0, 1]:
    jobs.put(job)
for _ in workers:
    jobs.put(None)
jobs.join()
for w in workers:
    w.join()

rows = []
while True:
    try:
        rows.append(results.get_nowait())
    except queue.Empty:
        break
for job, status, value in sorted(rows, key=lambda r: (r[0], r[1])):
    if status == "ok":
        print(job, "->", value)
    else:
        print(job, "->", type(value).__name__ + ":", value)

# Re-raising the first error in the main thread.
errors = [value for _, status, value in rows if status == "error"]
try:
    raise errors[0]
except ZeroDivisionError as e:
    print("re-raised:", e)
