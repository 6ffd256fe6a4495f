#include "runtime/memory.h"

#include "runtime/obmalloc.h"
#include "runtime/thread_state.h"

namespace gillab {

void* MemAlloc(std::size_t size) { return ThreadState::Current()->heap()->Alloc(size); }

void* MemRealloc(void* block, std::size_t old_size, std::size_t new_size) {
  return ThreadState::Current()->heap()->Realloc(block, old_size, new_size);
}

void MemFree(void* block, std::size_t size, std::size_t keep) {
  ThreadState::Current()->heap()->Free(block, size, keep);
}

}  // namespace gillab
