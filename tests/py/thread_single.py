import threading
results = []
def work(n, tag):
    total = 0
    for i in range(n):
        total += i
    results.append((tag, total))
t = threading.Thread(target=work, args=(1000, "a"))
t.start()
t.join()
u = threading.Thread(target=work, args=[10, "b"])
u.start()
u.join()
print(results)
