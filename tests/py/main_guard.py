"""A module docstring."""

def main():
    """A function docstring."""
    print("running main")
    return 0

if __name__ == "__main__":
    main()
print(__name__)
