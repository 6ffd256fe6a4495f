// gillab/runtime/memory.h — the one place object memory comes from.
//
// Every object and every out-of-line buffer (list items, dict tables) is allocated
// here, from the calling thread's Heap of its Runtime's pymalloc-style allocator
// (obmalloc.h): no lock on the fast path, and blocks freed by another thread are
// handed back to their owner. Frees are sized: pass the size that was allocated.
//
// Requires: the calling thread is attached to a Runtime (thread_state.h).
#ifndef GILLAB_RUNTIME_MEMORY_H_
#define GILLAB_RUNTIME_MEMORY_H_

#include <cstddef>

namespace gillab {

// Returns `size` bytes aligned to 16. Never returns null (out of memory is fatal).
void* MemAlloc(std::size_t size);

// Resizes a block from MemAlloc of `old_size` bytes; contents kept up to the
// smaller size. Null `block` (with old_size 0) allocates.
void* MemRealloc(void* block, std::size_t old_size, std::size_t new_size);

// Frees a block from MemAlloc/MemRealloc of `size` bytes. Null is ignored. With
// the Runtime's debug_memory on, the block is poisoned except its first `keep`
// bytes and quarantined before reuse.
void MemFree(void* block, std::size_t size, std::size_t keep = 0);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_H_
