// gillab/runtime/memory/alloc.h — the one place object memory comes from.
//
// Every object and every out-of-line buffer (list items, dict tables) is allocated
// here, from the calling thread's Heap of its runtime's pymalloc-style allocator
// (obmalloc.h): no lock on the fast path, and blocks freed by another thread are
// handed back to their owner. Frees are sized: pass the size that was allocated.
//
// Two levels: MemAlloc/MemRealloc/MemFree hand out raw blocks (buffers);
// AllocObject/FreeObject make and unmake objects: the header, the reference
// count in the runtime's mode, the collector's GcHead for containers, the
// per-type accounting and, with RuntimeOptions::debug_memory, the description of
// a freed object that turns a later IncRef/DecRef on it into a report.
//
// Requires, for everything here: the calling thread is attached to a runtime
// (thread_state.h).
#ifndef GILLAB_RUNTIME_MEMORY_ALLOC_H_
#define GILLAB_RUNTIME_MEMORY_ALLOC_H_

#include <cstddef>
#include <new>

#include "runtime/memory/object.h"
#include "runtime/memory/refcount.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/memory/thread_state.h"

namespace gillab {

// Returns `size` bytes aligned to 16. Never returns null: when the system refuses
// memory, throws std::bad_alloc (the interpreter's threads end with MemoryError).
void* MemAlloc(std::size_t size);

// Resizes a block from MemAlloc of `old_size` bytes; contents kept up to the
// smaller size. Null `block` (with old_size 0) allocates.
void* MemRealloc(void* block, std::size_t old_size, std::size_t new_size);

// Frees a block from MemAlloc/MemRealloc of `size` bytes once every thread has
// been quiescent (QSBR, qsbr.h): for an array or table that lock-free readers may
// still be in. Requires: object locks on (ThreadState::object_locks).
void MemRetire(void* block, std::size_t size);

// Frees a block from MemAlloc/MemRealloc of `size` bytes. Null is ignored. With
// the runtime's debug_memory on, the block is poisoned except its first `keep`
// bytes and quarantined before reuse.
void MemFree(void* block, std::size_t size, std::size_t keep = 0);

// Allocates `size` bytes (>= sizeof(Object)) for a new object of `type`, with its
// header set: one reference, owned by the calling thread, in the runtime's mode.
// A container (a type with a traverse slot) also gets a GcHead before the header,
// untracked: its constructor calls gc().Track when it is complete; and allocating
// one may first run an automatic collection.
Object* AllocObject(const TypeObject& type, std::size_t size);

// Makes `block` (fresh from the allocator, or a freed object of `type` taken from
// a FreeList) a new object of `type`: header set, one reference owned by `ts`'s
// thread, counted. Does not track containers. Returns it.
inline Object* InitObjectHeader(Object* block, const TypeObject& type, ThreadState* ts) {
  const ThreadState::NewObjectHeader& h = ts->new_object_header();
  block->tid = h.tid;
  block->flags = 0;
  new (&block->mutex) ByteMutex();  // the block may have been anything before
  block->mode = h.mode;
  block->gc_bits = 0;
  block->ref_local = h.ref_local;
  block->ref_shared = h.ref_shared;
  block->type = &type;
  ts->CountAllocation(type.index);
  return block;
}

// Frees an object's memory and counts the deallocation. Called by a type's dealloc
// slot, last. An object that lock-free readers may still see (MarkShared, with
// object locks on) is retired to QSBR instead, and its memory freed once every
// thread has been quiescent (refcount.h). With debug_memory, the header is rewritten to
// describe the freed object (type, freeing thread) and the rest of the block poisoned and
// quarantined; `keep_after_header` more bytes after the header stay as they were (a field
// that a thread racing with the free may still read, such as a Lock's state pointer).
void FreeObjectKeeping(Object* ob, std::size_t keep_after_header);
inline void FreeObject(Object* ob) { FreeObjectKeeping(ob, 0); }

// The bytes AllocObject gave `ob`: basic_size, plus item_size per item for the
// variable-size types (str, tuple).
std::size_t AllocSizeOf(const Object* ob);

// The name of the type a freed object had ("str"), from its header.
// Requires: `ob` was freed with debug_memory on (its mode has kFreedModeBit).
const char* FreedObjectTypeName(const Object* ob);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_ALLOC_H_
