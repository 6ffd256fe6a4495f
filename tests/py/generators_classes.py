# Containers of our own, iterable through generator methods.
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []

    def __iter__(self):  # depth first, the node before its children
        yield self.value
        for child in self.children:
            yield from child

    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()

    def depth_of(self, value, depth=0):
        if self.value == value:
            return depth
        for child in self.children:
            d = child.depth_of(value, depth + 1)
            if d is not None:
                return d
        return None

tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b", [Node("b1")])])
print(list(tree))
print(list(tree.leaves()))
print(tree.depth_of("a2"), tree.depth_of("zz"))
print("b1" in tree, "zz" in tree)
print(len(list(tree)), sorted(tree)[:3])


class LinkedList:
    class _Cell:
        __slots__ = ("value", "next")

        def __init__(self, value, next):
            self.value = value
            self.next = next

    def __init__(self, *values):
        self.head = None
        for v in values[::-1]:
            self.head = LinkedList._Cell(v, self.head)

    def __iter__(self):
        cell = self.head
        while cell is not None:
            yield cell.value
            cell = cell.next

    def __len__(self):
        return sum(1 for _ in self)

    def __repr__(self):
        return "LinkedList(" + ", ".join(repr(v) for v in self) + ")"


items = LinkedList(3, 1, 4, 1, 5)
print(items, len(items))
print(max(items), min(items), sum(items))
print([v * 2 for v in items])
values = [v for v in items]
print(values[0], values[1], values[2:])


# A class whose iterator is a separate object with state.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print(list(c), list(c))  # a fresh generator each time
print(list(zip(c, Countdown(5))))
