// gillab/runtime/memory/alloc.cc
#include "runtime/memory/alloc.h"

#include <atomic>
#include <cstdint>
#include <cstring>

#include "runtime/memory/gc.h"
#include "runtime/memory/obmalloc.h"

namespace gillab {

namespace {

// A freed object's header points here. Its slots are never reached through
// IncRef/DecRef (the freed bit in the mode byte stops them first); repr is for
// diagnostics.
void FreedDealloc(Object*) {}
void FreedRepr(const Object* self, std::string* out) {
  out->append("<freed ");
  out->append(FreedObjectTypeName(self));
  out->append(" object>");
}

const TypeObject kFreedType = {
    .name = "<freed>",
    .index = TypeIndex::kCount,
    .basic_size = sizeof(Object),
    .item_size = 0,
    .dealloc = FreedDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = FreedRepr,
};

}  // namespace

void* MemAlloc(std::size_t size) { return ThreadState::Current()->heap()->Alloc(size); }

void* MemRealloc(void* block, std::size_t old_size, std::size_t new_size) {
  return ThreadState::Current()->heap()->Realloc(block, old_size, new_size);
}

void MemFree(void* block, std::size_t size, std::size_t keep) {
  ThreadState::Current()->heap()->Free(block, size, keep);
}

namespace {
// How QSBR frees a retired block: poisoned already when debug_memory wants it.
void FreeRetired(void* block, std::size_t size) { MemFree(block, size); }
void FreeRetiredPoisoned(void* block, std::size_t size) { MemFree(block, size, size); }
}  // namespace

void MemRetire(void* block, std::size_t size) {
  ThreadState::Current()->qsbr()->Retire(block, size, FreeRetired);
}

const char* FreedObjectTypeName(const Object* ob) {
  return TypeIndexName(static_cast<TypeIndex>(ob->flags % kNumTypes));
}

std::size_t AllocSizeOf(const Object* ob) {
  const TypeObject* t = ob->type;
  if (t->item_size == 0) return t->basic_size;
  std::int64_t items;
  std::memcpy(&items, reinterpret_cast<const char*>(ob) + kVarSizeOffset, sizeof items);
  if (items < 0) items = -items;  // a big int's count carries its sign (int_object.h)
  return t->basic_size + t->item_size * static_cast<std::size_t>(items);
}

Object* AllocObject(const TypeObject& type, std::size_t size) {
  ThreadState* ts = ThreadState::Current();
  Object* ob;
  if (type.traverse != nullptr) {
    ts->runtime()->gc().MaybeCollect();
    auto* head = static_cast<GcHead*>(MemAlloc(kGcHeadSize + size));
    head->flags = 0;  // untracked until the constructor finishes
    ob = ObjectOfGcHead(head);
  } else {
    ob = static_cast<Object*>(MemAlloc(size));
  }
  return InitObjectHeader(ob, type, ts);
}

void FreeObjectKeeping(Object* ob, std::size_t keep_after_header) {
  ThreadState* ts = ThreadState::Current();
  ts->CountDeallocation(ob->type->index);
  const bool container = IsContainer(ob);
  if (container) ts->runtime()->gc().Untrack(ob);
  void* block = container ? static_cast<void*>(GcHeadOf(ob)) : ob;
  const std::size_t size = AllocSizeOf(ob) + (container ? kGcHeadSize : 0);
  // A reader may still hold a pointer to it: its memory must stay an object's
  // (with a dead count, or the freed bit) until every thread has been quiescent.
  const bool retire = ts->qsbr() != nullptr && IsMarkedShared(ob);
  if (!ts->runtime()->options().debug_memory) {
    if (retire) {
      ts->qsbr()->RetireDeferred(block, size, FreeRetired);
    } else {
      MemFree(block, size);
    }
    return;
  }
  // Describe the corpse in the header, which the allocator leaves unpoisoned:
  // what it was (flags), who freed it (ref_local), and the freed bit that sends
  // IncRef/DecRef to the report. The first word will become a free-list link.
  // Atomic stores: a lock-free reader (TryIncref) may be reading the count of a
  // shared object while it dies.
  std::atomic_ref<std::uint8_t>(ob->flags).store(
      static_cast<std::uint8_t>(ob->type->index), std::memory_order_relaxed);
  std::atomic_ref<std::uint32_t>(ob->ref_local)
      .store(static_cast<std::uint32_t>(ts->id()), std::memory_order_relaxed);
  std::atomic_ref<std::int64_t>(ob->ref_shared).store(0, std::memory_order_relaxed);
  // Atomic: Dealloc may have set the freed bit already, and a Lock's waiter reads
  // it (lock_object.cc).
  std::atomic_ref<std::uint8_t>(*reinterpret_cast<std::uint8_t*>(&ob->mode))
      .fetch_or(kFreedModeBit, std::memory_order_relaxed);
  ob->type = &kFreedType;
  const std::size_t keep =
      (container ? kGcHeadSize : 0) + sizeof(Object) + keep_after_header;
  if (retire) {
    // Poisoned now, quarantined when QSBR frees it (no second poisoning).
    PoisonDeadBlock(block, size, keep);
    ts->qsbr()->RetireDeferred(block, size, FreeRetiredPoisoned);
    return;
  }
  MemFree(block, size, keep);
}

}  // namespace gillab
