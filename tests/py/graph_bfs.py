# Breadth-first search over a graph of dicts and sets, with a list as the
# queue: shortest paths and connected parts.
graph = {
    "a": {"b", "c"},
    "b": {"a", "d"},
    "c": {"a", "d", "e"},
    "d": {"b", "c", "f"},
    "e": {"c"},
    "f": {"d"},
    "x": {"y"},
    "y": {"x"},
}


def shortest_path(start, goal):
    parent = {start: None}
    frontier = [start]
    while frontier:
        node = frontier.pop(0)
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parent[node]
            return path[::-1]
        for nxt in sorted(graph[node]):
            if nxt not in parent:
                parent[nxt] = node
                frontier.append(nxt)
    return None


print(shortest_path("a", "f"), shortest_path("e", "b"), shortest_path("a", "x"))


def components():
    seen = set()
    parts = []
    for start in sorted(graph):
        if start in seen:
            continue
        part = set()
        stack = [start]
        while stack:
            node = stack.pop()
            if node in part:
                continue
            part.add(node)
            stack.extend(graph[node] - part)
        seen |= part
        parts.append(sorted(part))
    return parts


print(components())
degrees = {node: len(edges) for node, edges in graph.items()}
print(sorted(degrees.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
