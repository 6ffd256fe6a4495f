# A thread's target may be a closure: the threads share the enclosing call's
# variables through its cells. With a Lock around the update, none is lost.
import threading

def run_workers(n_threads, per_thread):
    total = 0
    lock = threading.Lock()
    def work():
        nonlocal total
        for _ in range(per_thread):
            with lock:
                total += 1
    threads = []
    for _ in range(n_threads):
        threads.append(threading.Thread(target=work))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return total

print(run_workers(4, 1000))

# A closure made per thread, each with its own captured argument.
def make_job(results, k):
    def job():
        results.append(k * k)
    return job
results = []
for k in range(5):
    t = threading.Thread(target=make_job(results, k))
    t.start()
    t.join()
print(results)
