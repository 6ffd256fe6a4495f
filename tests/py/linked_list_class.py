# A singly linked list of Node objects: each node is an object holding a
# reference to the next. Removing a node drops the last reference to it.
import sys


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(str(v) for v in self) or "(empty)"


xs = LinkedList([1, 2, 3, 4])
print(xs, len(xs), list(xs), 3 in xs)
xs.remove(1)
xs.remove(3)
print(xs, len(xs), xs.remove(99))
xs.reverse()
print(xs, sum(xs), max(xs))

# The second node is referenced by the first node and by our name.
ys = LinkedList(["a", "b"])
second = ys.head.next
print(sys.getrefcount(second) - 1)
ys.remove("b")
print(sys.getrefcount(second) - 1)
print(LinkedList(), len(LinkedList()))
