def area(w: int, h: int) -> int:
    return w * h
size: int = 3
label: str
print(area(size, 4))
