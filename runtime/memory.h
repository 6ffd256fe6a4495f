// gillab/runtime/memory.h — the one place object memory comes from.
//
// Every object and every out-of-line buffer (list items, dict tables) is allocated
// here, so that the allocator can be swapped (pymalloc-style arenas arrive with the
// allocator issue) and its bytes counted in one place. Today it forwards to the C
// library's malloc, which returns 16-byte-aligned blocks on x86-64 and aarch64.
#ifndef GILLAB_RUNTIME_MEMORY_H_
#define GILLAB_RUNTIME_MEMORY_H_

#include <cstddef>

namespace gillab {

// Returns `size` bytes aligned to 16. Never returns null: running out of memory is
// fatal (it prints a message and aborts), as in CPython's PyMem_RawMalloc users.
void* MemAlloc(std::size_t size);

// Resizes a block from MemAlloc (contents kept up to the smaller size).
void* MemRealloc(void* block, std::size_t size);

// Frees a block from MemAlloc/MemRealloc. Null is allowed and ignored.
void MemFree(void* block);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_H_
