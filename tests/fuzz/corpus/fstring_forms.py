print(f"{x!r} {y} {{z}}")
