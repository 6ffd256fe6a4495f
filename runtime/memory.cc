#include "runtime/memory.h"

#include <cstdio>
#include <cstdlib>

namespace gillab {

namespace {

[[noreturn, gnu::cold]] void OutOfMemory(std::size_t size) {
  std::fprintf(stderr, "gillab: fatal: out of memory allocating %zu bytes\n", size);
  std::abort();
}

}  // namespace

void* MemAlloc(std::size_t size) {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) OutOfMemory(size);
  return p;
}

void* MemRealloc(void* block, std::size_t size) {
  void* p = std::realloc(block, size == 0 ? 1 : size);
  if (p == nullptr) OutOfMemory(size);
  return p;
}

void MemFree(void* block) { std::free(block); }

}  // namespace gillab
