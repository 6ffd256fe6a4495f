# A binary heap in a list (what heapq does): the smallest item at index 0,
# children of i at 2i+1 and 2i+2. Push and pop are O(log n).
def push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) >> 1
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


def pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        left = 2 * i + 1
        right = left + 1
        smallest = i
        if left < n and heap[left] < heap[smallest]:
            smallest = left
        if right < n and heap[right] < heap[smallest]:
            smallest = right
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest


h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    push(h, x)
print(h, h[0])
print([pop(h) for _ in range(7)], h)

# A priority queue of (priority, order, task): ties keep insertion order.
tasks = []
for order, (prio, name) in enumerate([(2, "write"), (1, "read"), (2, "flush"), (0, "boot")]):
    push(tasks, (prio, order, name))
while tasks:
    prio, _, name = pop(tasks)
    print(prio, name)

# The k smallest of a stream without sorting it all.
def k_smallest(stream, k):
    heap = []
    for x in stream:
        push(heap, -x)
        if len(heap) > k:
            pop(heap)
    return sorted(-x for x in heap)


print(k_smallest([9, 4, 7, 1, 8, 2, 6], 3))
try:
    pop([])
except IndexError as e:
    print("IndexError:", e)
