# A least-recently-used cache from a dict and a list of keys in use order.
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.order = []  # least recent first
        self.hits = 0
        self.misses = 0

    def get(self, key):
        if key in self.data:
            self.hits += 1
            self.order.remove(key)
            self.order.append(key)
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        if key in self.data:
            self.order.remove(key)
        elif len(self.data) >= self.capacity:
            oldest = self.order.pop(0)
            del self.data[oldest]
            print("evict", oldest)
        self.data[key] = value
        self.order.append(key)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "LRU(" + ", ".join(f"{k}={self.data[k]}" for k in self.order) + ")"


cache = LRU(3)
for k in "abc":
    cache.put(k, ord(k))
print(cache, len(cache))
print(cache.get("a"), cache.get("z"))
cache.put("d", 100)
print(cache)
cache.put("c", 0)
cache.put("e", 1)
print(cache, cache.hits, cache.misses)


# Memoizing a slow function with it.
def slow_square(n, cache=LRU(2)):
    got = cache.get(n)
    if got is not None:
        return got
    result = n * n
    cache.put(n, result)
    return result


print([slow_square(n) for n in [2, 3, 2, 4, 3, 2]])
