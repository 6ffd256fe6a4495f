// gillab/runtime/memory/refcount.cc — the slow paths of reference counting.
//
// Notes about the implementation: biased reference counting
// ----------------------------------------------------------
// Most objects are only ever touched by the thread that created them (Choi, Shull
// and Torrellas measured this for Swift; PEP 703 for Python). Biased counting makes
// that thread's updates as cheap as the GIL build's: the owner keeps its own count,
// `ref_local`, with plain (relaxed) loads and stores; every other thread adds and
// subtracts on `ref_shared` with atomic read-modify-writes. The true count is
// local + shared, and it is zero only when both parts say so, which is where the
// care goes:
//
//  1. The owner's local count reaches zero (MergeZeroLocalRefcount). If the shared
//     word is 0 (no other thread ever kept a reference, nothing queued) the object
//     is dead: free it. Otherwise other threads hold references; the owner gives up
//     ownership (tid = 0) and marks the shared word "merged", keeping its count.
//     From then on every thread, the former owner too, is a non-owner, and
//     whoever takes the shared count to zero frees the object.
//
//  2. A non-owner's decrement would take the shared count below zero
//     (DecRefShared sees a count of 0, state default). The references it gives back
//     were counted in ref_local by the owner, whose count only the owner may
//     touch. So the decrement is not applied: the shared word is set to "queued"
//     and the object is pushed on the owner's queue; the queue now holds that
//     pending decrement ("the queue holds a reference"). The owner merges at its
//     next safe point (MergeQueuedObjects: local + shared - 1, then merged). Later
//     decrements by non-owners may make the shared count negative; the merge
//     corrects the sum. While the object is queued its true count is at least one
//     lower than local + shared, so case 1 cannot free it under the queue's feet: a
//     local count of zero with a queued object always leaves a shared count >= 1.
//
//  3. The owner has gone (its thread detached): nobody will drain a queue, and
//     nobody will write ref_local again. The non-owner that would have queued
//     merges the counts itself (ExplicitMergeRefcount with -1).
//
// Memory orders: the shared word's read-modify-writes are acq_rel and the owner's
// read of it before freeing is acquire, so every thread's last use of an object
// happens-before its deallocation. ref_local and tid are atomic_ref relaxed because
// non-owners read them (the immortal check; the owner check) while the owner may
// write them; on x86-64 a relaxed access is a plain mov, so the owner's fast path
// costs what the GIL build's does.
//
// The last write to an object during a merge is the CAS that publishes the merged
// count: from that instant another thread may free it. So ownership (tid) and the
// local count are cleared before the CAS, never after.
//
// Thread ids are never reused (thread_state.cc), which CPython's (the address of
// the thread's TLS block) cannot promise: an object's owner id never names a
// different, newer thread.
#include "runtime/memory/refcount.h"

#include <atomic>
#include <cstdint>
#include <vector>

#include "base/schedule_point.h"
#include "runtime/memory/runtime_state.h"
#include "runtime/memory/thread_state.h"

namespace gillab {

namespace refcount_internal {

constinit thread_local std::uint64_t tls_thread_id = 0;

namespace {

std::atomic_ref<std::int64_t> Shared(Object* ob) {
  return std::atomic_ref<std::int64_t>(ob->ref_shared);
}
std::atomic_ref<std::uint32_t> Local(Object* ob) {
  return std::atomic_ref<std::uint32_t>(ob->ref_local);
}
std::atomic_ref<std::uint64_t> Tid(Object* ob) {
  return std::atomic_ref<std::uint64_t>(ob->tid);
}

}  // namespace

// Folds ref_local into the shared word, adds `extra`, marks the object merged and
// unowned. Returns the resulting true count. Requires: the calling thread is the
// owner, or the owner has gone (nobody else writes ref_local).
std::int64_t ExplicitMergeRefcount(Object* ob, std::int64_t extra) {
  // Clear the owner's fields BEFORE the CAS publishes the merged count: once it
  // lands, another thread may take the shared count to zero and free the object,
  // so nothing may touch `ob` after it. (Found by ThreadSanitizer in
  // refcount_stress_test: the first version cleared them after the CAS.)
  const std::int64_t local =
      static_cast<std::int64_t>(Local(ob).load(std::memory_order_relaxed));
  Local(ob).store(0, std::memory_order_relaxed);
  Tid(ob).store(0, std::memory_order_relaxed);
  std::atomic_ref<std::int64_t> shared = Shared(ob);
  SchedulePoint("merge: compare-exchange (merged)");
  std::int64_t old_shared = shared.load(std::memory_order_relaxed);
  std::int64_t count;
  std::int64_t new_shared;
  do {
    count = (old_shared >> kSharedShift) + local + extra;
    new_shared = (count << kSharedShift) | kStateMerged;
  } while (!shared.compare_exchange_weak(
      old_shared, new_shared, std::memory_order_acq_rel, std::memory_order_relaxed));
  return count;
}

namespace {

// A non-owner's decrement found the shared count at zero: hand the object to its
// owner, or merge it here when the owner has gone.
void QueueToOwner(Object* ob) {
  ThreadState* ts = ThreadState::Current();
  const std::uint64_t owner = Tid(ob).load(std::memory_order_relaxed);
  SchedulePoint("DecRef: queue to the owner");
  if (owner != 0 && ts->registry()->QueueToOwner(owner, ob)) return;
  if (ExplicitMergeRefcount(ob, -1) == 0) Dealloc(ob);
}

}  // namespace

void MergeZeroLocalRefcountSlow(Object* ob, std::int64_t old_shared) {
  std::atomic_ref<std::int64_t> shared = Shared(ob);
  ScheduleRead(old_shared >> kSharedShift);
  if (old_shared == 0) {
    Dealloc(ob);
    return;
  }
  // Others hold references: give up ownership and let the shared count decide.
  Tid(ob).store(0, std::memory_order_relaxed);
  SchedulePoint("merge: compare-exchange (merged)");
  std::int64_t new_shared;
  do {
    new_shared = (old_shared & ~kStateMask) | kStateMerged;
  } while (!shared.compare_exchange_weak(
      old_shared, new_shared, std::memory_order_acq_rel, std::memory_order_acquire));
  if (new_shared == kStateMerged) Dealloc(ob);  // count zero, merged
}

void DecRefShared(Object* ob) {
  std::atomic_ref<std::int64_t> shared = Shared(ob);
  std::int64_t old_shared = shared.load(std::memory_order_relaxed);
  ScheduleRead(old_shared >> kSharedShift);
  bool queue;
  std::int64_t new_shared;
  SchedulePoint("DecRef: compare-exchange shared count");
  do {
    queue = old_shared == kStateDefault || old_shared == kStateMaybeWeakref;
    // Queued: the decrement is not applied; the queue holds it. Otherwise subtract
    // (the result may be negative while queued: the merge corrects the sum).
    new_shared = queue ? kStateQueued : old_shared - kSharedOne;
  } while (!shared.compare_exchange_weak(
      old_shared, new_shared, std::memory_order_acq_rel, std::memory_order_relaxed));
  if (queue) {
    QueueToOwner(ob);
  } else if (new_shared == kStateMerged) {
    Dealloc(ob);  // count zero, merged
  }
}

// The explorer's IncRef and DecRef: each mode's steps as the inline paths take
// them, with a schedule point before every access to the count. Between two
// points a thread runs alone, so a plain load and the store after it are two
// steps (another thread may run between them) and an atomic operation is one.
namespace {

// A schedule point named `what` before `operation`'s next access to `ob`'s
// count (which will store `written`, if given). False when another thread freed
// `ob` while this one waited there: the access is then reported
// (UseOfFreedObject) instead of made.
bool LiveOrReported(Object* ob, const char* operation) {
  if (!IsFreed(ob)) return true;
  UseOfFreedObject(ob, operation);
  return false;
}
bool StillLiveAfter(Object* ob, const char* operation, const char* what) {
  SchedulePoint(what);
  return LiveOrReported(ob, operation);
}
bool StillLiveAfter(Object* ob, const char* operation, const char* what,
                    std::int64_t written) {
  SchedulePoint(what, written);
  return LiveOrReported(ob, operation);
}

}  // namespace

void UnusualIncRef(Object* ob) {
  if (static_cast<std::uint8_t>(ob->mode) & kFreedModeBit) {
    if (static_cast<std::uint8_t>(ob->mode) & kExploredModeBit) {
      SchedulePoint("IncRef: of the freed object (reported)");
    }
    UseOfFreedObject(ob, "IncRef");
    return;
  }
  // Explored: after each schedule point another thread may have freed `ob`.
  switch (ModeOf(ob)) {
    case RefcountMode::kNonAtomic: {
      if (!StillLiveAfter(ob, "IncRef", "IncRef: load count")) return;
      const std::int64_t c = LoadVolatile(ob->ref_shared);
      ScheduleRead(c);
      if (!StillLiveAfter(ob, "IncRef", "IncRef: store count", c + 1)) return;
      StoreVolatile(ob->ref_shared, c + 1);
      return;
    }
    case RefcountMode::kAtomic:
      if (!StillLiveAfter(ob, "IncRef", "IncRef: fetch_add count")) return;
      std::atomic_ref<std::int64_t>(ob->ref_shared)
          .fetch_add(1, std::memory_order_relaxed);
      return;
    case RefcountMode::kBiased:
      if (IsOwnedByCurrentThread(ob)) {
        std::atomic_ref<std::uint32_t> local(ob->ref_local);
        if (!StillLiveAfter(ob, "IncRef", "IncRef: load local count")) return;
        const std::uint32_t l = local.load(std::memory_order_relaxed);
        ScheduleRead(l);
        if (!StillLiveAfter(ob, "IncRef", "IncRef: store local count", l + 1)) return;
        local.store(l + 1, std::memory_order_relaxed);
      } else {
        if (!StillLiveAfter(ob, "IncRef", "IncRef: fetch_add shared count")) return;
        Shared(ob).fetch_add(kSharedOne, std::memory_order_relaxed);
      }
      return;
  }
}

void UnusualDecRef(Object* ob) {
  if (static_cast<std::uint8_t>(ob->mode) & kFreedModeBit) {
    if (static_cast<std::uint8_t>(ob->mode) & kExploredModeBit) {
      SchedulePoint("DecRef: of the freed object (reported)");
    }
    UseOfFreedObject(ob, "DecRef");
    return;
  }
  switch (ModeOf(ob)) {
    case RefcountMode::kNonAtomic: {
      if (!StillLiveAfter(ob, "DecRef", "DecRef: load count")) return;
      const std::int64_t c = LoadVolatile(ob->ref_shared);
      ScheduleRead(c);
      if (!StillLiveAfter(ob, "DecRef", "DecRef: store count", c - 1)) return;
      StoreVolatile(ob->ref_shared, c - 1);
      if (c == 1) Dealloc(ob);
      return;
    }
    case RefcountMode::kAtomic:
      if (!StillLiveAfter(ob, "DecRef", "DecRef: fetch_sub count")) return;
      if (std::atomic_ref<std::int64_t>(ob->ref_shared)
              .fetch_sub(1, std::memory_order_acq_rel) == 1) {
        Dealloc(ob);
      }
      return;
    case RefcountMode::kBiased:
      if (IsOwnedByCurrentThread(ob)) {
        std::atomic_ref<std::uint32_t> local(ob->ref_local);
        if (!StillLiveAfter(ob, "DecRef", "DecRef: load local count")) return;
        const std::uint32_t l = local.load(std::memory_order_relaxed) - 1;
        ScheduleRead(l + 1);
        if (!StillLiveAfter(ob, "DecRef", "DecRef: store local count", l)) return;
        local.store(l, std::memory_order_relaxed);
        if (l == 0) {
          if (!StillLiveAfter(ob, "DecRef",
                              "merge: load shared count (local count zero)"))
            return;
          MergeZeroLocalRefcountSlow(ob, Shared(ob).load(std::memory_order_acquire));
        }
      } else {
        if (!StillLiveAfter(ob, "DecRef", "DecRef: load shared count")) return;
        DecRefShared(ob);
      }
      return;
  }
}

// Used by ThreadState::MergeQueuedObjects (thread_state.cc).
bool MergeQueuedObject(Object* ob) {
  if (ExplicitMergeRefcount(ob, -1) != 0) return false;
  Dealloc(ob);
  return true;
}

}  // namespace refcount_internal

namespace {

// CPython's trashcan (Include/cpython/object.h, Py_TRASHCAN_BEGIN): freeing an
// object drops its references, which may free more objects, recursively; a list
// nested a million deep would overflow the C stack. Past kTrashcanDepth nested
// deallocations an object waits on this thread's list instead, and the outermost
// deallocation frees the waiting ones, one after another, at depth zero.
constexpr int kTrashcanDepth = 50;
thread_local int dealloc_depth = 0;
thread_local bool trashcan_used = false;  // only then is the list touched
thread_local std::vector<Object*> trashcan;

void DeallocNowOrLater(Object* ob) {
  if (dealloc_depth >= kTrashcanDepth) {
    trashcan.push_back(ob);
    trashcan_used = true;
    return;
  }
  ++dealloc_depth;
  ob->type->dealloc(ob);
  --dealloc_depth;
  if (dealloc_depth > 0 || !trashcan_used) return;
  ++dealloc_depth;
  while (!trashcan.empty()) {
    Object* next = trashcan.back();
    trashcan.pop_back();
    next->type->dealloc(next);
  }
  trashcan_used = false;
  --dealloc_depth;
}

}  // namespace

void Dealloc(Object* ob) {
  RuntimeState* runtime = RuntimeState::Current();
  if (runtime->options().debug_memory) {
    // The lab's deliberate races: two threads whose lost updates both took the
    // count to zero would both free the object, and a double free corrupts the
    // allocator (a block twice on a free list, an arena released while in use).
    // The first to set the freed bit frees it; any other is reported as a use of
    // a freed object, like a late IncRef or DecRef. (Protected configurations
    // reach here once per object: the atomic is uncontended.)
    const TypeObject* type = ob->type;
    const auto before =
        std::atomic_ref<std::uint8_t>(*reinterpret_cast<std::uint8_t*>(&ob->mode))
            .fetch_or(kFreedModeBit, std::memory_order_acq_rel);
    if (before & kFreedModeBit) {
      // Its type: as read before the claim, unless the header already
      // describes the corpse (the other free has finished).
      runtime->ReportUseOfFreed(ob, "Dealloc",
                                type->index == TypeIndex::kCount ? nullptr : type->name);
      return;
    }
  }
  DeallocNowOrLater(ob);
}

void MergeForCollector(Object* ob) {
  namespace ri = refcount_internal;
  if ((static_cast<std::uint8_t>(ob->mode) & ~kExploredModeBit) !=
      static_cast<std::uint8_t>(RefcountMode::kBiased)) {
    return;  // immortal, freed, or other modes
  }
  const BiasedFields f = ReadBiasedFields(ob);
  if (f.owner_tid == 0 ||
      (f.state != ri::kStateDefault && f.state != ri::kStateMaybeWeakref)) {
    return;
  }
  ri::ExplicitMergeRefcount(ob, 0);
}

void MarkSharedSlow(Object* ob) {
  namespace ri = refcount_internal;
  if (IsImmortal(ob)) return;  // never freed
  std::atomic_ref<std::uint8_t>(ob->flags).fetch_or(kObjectShared,
                                                    std::memory_order_relaxed);
  if (ModeOf(ob) != RefcountMode::kBiased) return;
  std::int64_t expected = ri::kStateDefault;
  std::atomic_ref<std::int64_t>(ob->ref_shared)
      .compare_exchange_strong(expected, ri::kStateMaybeWeakref,
                               std::memory_order_relaxed, std::memory_order_relaxed);
}

bool TryIncref(Object* ob) {
  namespace ri = refcount_internal;
  std::atomic_ref<std::uint8_t> mode(*reinterpret_cast<std::uint8_t*>(&ob->mode));
  auto mode_byte = mode.load(std::memory_order_relaxed);
  if (mode_byte & kExploredModeBit) [[unlikely]] {
    // One step: the mode, then the count's compare-and-swap (a loop that only
    // another thread's step could make retry).
    SchedulePoint("TryIncref: compare-exchange count");
    mode_byte = mode.load(std::memory_order_relaxed);
  }
  if (mode_byte & kFreedModeBit) return false;
  if (mode_byte & kImmortalModeBit) return true;
  switch (static_cast<RefcountMode>(mode_byte & ~kExploredModeBit)) {
    case RefcountMode::kNonAtomic: {
      // Racy by nature, as every nonatomic count shared between threads.
      const std::int64_t c = ri::LoadVolatile(ob->ref_shared);
      if (c <= 0) return false;
      ri::StoreVolatile(ob->ref_shared, c + 1);
      return true;
    }
    case RefcountMode::kAtomic: {
      std::atomic_ref<std::int64_t> count(ob->ref_shared);
      std::int64_t c = count.load(std::memory_order_relaxed);
      while (c > 0) {
        if (count.compare_exchange_weak(c, c + 1, std::memory_order_relaxed)) return true;
      }
      return false;
    }
    case RefcountMode::kBiased: {
      if (ri::IsOwnedByCurrentThread(ob)) {
        std::atomic_ref<std::uint32_t> local(ob->ref_local);
        local.store(local.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
        return true;
      }
      std::atomic_ref<std::int64_t> shared(ob->ref_shared);
      std::int64_t s = shared.load(std::memory_order_relaxed);
      while (s != ri::kStateDefault && s != ri::kStateMerged) {
        if (shared.compare_exchange_weak(s, s + ri::kSharedOne,
                                         std::memory_order_relaxed)) {
          return true;
        }
      }
      return false;
    }
  }
  return false;
}

bool TryIncrefCompare(Object* const* slot, Object* ob) {
  if (!TryIncref(ob)) return false;
  if (std::atomic_ref<std::uint8_t>(*reinterpret_cast<std::uint8_t*>(&ob->mode))
          .load(std::memory_order_relaxed) &
      kExploredModeBit) [[unlikely]] {
    SchedulePoint("TryIncref: load the slot again");
  }
  if (std::atomic_ref<Object* const>(*slot).load(std::memory_order_acquire) != ob) {
    DecRef(ob);
    return false;
  }
  return true;
}

bool TryIncrefCompare(const std::atomic<Object*>* slot, Object* ob) {
  if (!TryIncref(ob)) return false;
  if (slot->load(std::memory_order_acquire) != ob) {
    DecRef(ob);
    return false;
  }
  return true;
}

void ResurrectForFinalizer(Object* ob) {
  const ThreadState::NewObjectHeader& h = ThreadState::Current()->new_object_header();
  std::atomic_ref<std::uint64_t>(ob->tid).store(h.tid, std::memory_order_relaxed);
  std::atomic_ref<std::uint32_t>(ob->ref_local)
      .store(h.ref_local, std::memory_order_relaxed);
  std::atomic_ref<std::int64_t>(ob->ref_shared)
      .store(h.ref_shared, std::memory_order_relaxed);
  // Last: the mode byte (its freed bit, set by Dealloc, cleared), with release
  // order, as Dealloc's claim of it is acq_rel.
  std::atomic_ref<std::uint8_t>(*reinterpret_cast<std::uint8_t*>(&ob->mode))
      .store(static_cast<std::uint8_t>(h.mode), std::memory_order_release);
}

void Immortalize(Object* ob) {
  namespace ri = refcount_internal;
  if (ModeOf(ob) == RefcountMode::kBiased) {
    ob->tid = 0;
    ob->ref_local = ri::kImmortalLocalRefcnt;
    ob->ref_shared = 0;
  } else {
    ob->ref_shared = ri::kImmortalInitialRefcnt;
  }
  ob->mode =
      static_cast<RefcountMode>(static_cast<std::uint8_t>(ob->mode) | kImmortalModeBit);
}

bool IsImmortal(const Object* ob) {
  return (static_cast<std::uint8_t>(ob->mode) & kImmortalModeBit) != 0;
}

std::int64_t RefCount(const Object* ob) {
  namespace ri = refcount_internal;
  if (IsImmortal(ob)) return ri::kImmortalInitialRefcnt;
  switch (ModeOf(ob)) {
    case RefcountMode::kNonAtomic:
      return ri::LoadVolatile(ob->ref_shared);
    case RefcountMode::kAtomic:
      return std::atomic_ref<std::int64_t>(const_cast<Object*>(ob)->ref_shared)
          .load(std::memory_order_relaxed);
    case RefcountMode::kBiased: {
      const BiasedFields f = ReadBiasedFields(ob);
      return static_cast<std::int64_t>(f.local) + f.shared;
    }
  }
  return 0;
}

BiasedFields ReadBiasedFields(const Object* ob) {
  namespace ri = refcount_internal;
  if (ModeOf(ob) != RefcountMode::kBiased) return BiasedFields{};
  Object* o = const_cast<Object*>(ob);
  const std::int64_t shared =
      std::atomic_ref<std::int64_t>(o->ref_shared).load(std::memory_order_relaxed);
  return BiasedFields{
      std::atomic_ref<std::uint64_t>(o->tid).load(std::memory_order_relaxed),
      std::atomic_ref<std::uint32_t>(o->ref_local).load(std::memory_order_relaxed),
      shared >> ri::kSharedShift, shared & ri::kStateMask};
}

}  // namespace gillab
