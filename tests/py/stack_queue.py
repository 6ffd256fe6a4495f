stack = []
for i in range(5):
    stack.append(i)
while stack:
    print("pop", stack.pop())
queue = [1, 2, 3]
head = 0
while head < len(queue):
    item = queue[head]
    head += 1
    if item < 3:
        queue.append(item + 10)
print(queue)
