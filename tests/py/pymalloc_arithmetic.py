# The arithmetic of CPython's small-object allocator (pymalloc), as a memory
# course draws it: requests up to 512 bytes are rounded up to a multiple of 16
# (a size class), served from pools of one class, carved out of arenas.
ALIGNMENT = 16
SMALL_REQUEST_THRESHOLD = 512
POOL_SIZE = 16 * 1024          # CPython 3.11 on 64-bit: 16 KiB pools
ARENA_SIZE = 1024 * 1024       # and 1 MiB arenas
POOL_OVERHEAD = 48             # a pool's header


def size_class(nbytes):
    if nbytes == 0 or nbytes > SMALL_REQUEST_THRESHOLD:
        return None  # goes to the system allocator
    return (nbytes - 1) // ALIGNMENT


def block_size(idx):
    return (idx + 1) * ALIGNMENT


for n in [1, 16, 17, 28, 56, 64, 500, 512, 513]:
    idx = size_class(n)
    if idx is None:
        print(n, "-> malloc")
    else:
        blocks = (POOL_SIZE - POOL_OVERHEAD) // block_size(idx)
        print(n, "-> class", idx, "block", block_size(idx), "blocks/pool", blocks)

print("classes:", SMALL_REQUEST_THRESHOLD // ALIGNMENT, "pools/arena:", ARENA_SIZE // POOL_SIZE)

# Wasted bytes per request: the rounding.
waste = {n: block_size(size_class(n)) - n for n in range(1, 65)}
print("worst waste:", max(waste.values()), "average:", round(sum(waste.values()) / len(waste), 2))

# How many 28-byte ints (CPython's size of a small int) fit in one arena.
per_pool = (POOL_SIZE - POOL_OVERHEAD) // block_size(size_class(28))
print("ints per pool:", per_pool, "per arena:", per_pool * (ARENA_SIZE // POOL_SIZE))
