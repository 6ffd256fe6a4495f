// gillab/runtime/memory/refcount.h — reference counting in three modes, plus immortals.
//
// The CPython-like API: IncRef, DecRef, NewRef (and X* variants that accept null).
// Every object carries its RefcountMode in its header (object.h); these functions
// switch on it, so one binary runs any mode and the mode is chosen per Runtime.
//
// Ownership, stated once for the whole runtime:
//   - A function documented as returning a NEW reference hands the caller one count
//     it must eventually give back with DecRef.
//   - A BORROWED reference is valid only while something else holds a count; the
//     caller must not DecRef it (IncRef it to keep it).
//   - A function that STEALS a reference takes over the caller's count.
//
// Thread-safety per mode:
//   | mode      | concurrent IncRef/DecRef on one object from several threads      |
//   |-----------|------------------------------------------------------------------|
//   | nonatomic | a data race unless the caller serialises them (the GIL): updates  |
//   |           | can be lost (leak, or free while still referenced). Deliberately  |
//   |           | a real race: volatile accesses that ThreadSanitizer reports and    |
//   |           | the compiler may neither merge nor drop.                          |
//   | atomic    | safe: fetch_add / fetch_sub (acq_rel on the decrement).           |
//   | biased    | safe: owner uses its private count, others the atomic shared one  |
//   |           | (see the state table below and refcount.cc).                      |
//
// Immortal objects (PEP 683) are never written by IncRef/DecRef in any mode. Their
// count fields hold CPython's values, so whatever reads a count sees what CPython
// would show:
//   - nonatomic/atomic: 3 << 30, and a count whose low 32 bits are negative reads
//     as immortal (CPython 3.14, 64-bit). 3 << 30 sits in the middle of
//     [2^31, 2^32), so ~2^30 stray unchecked updates cannot end immortality.
//   - biased: ref_local == UINT32_MAX (CPython's free-threaded build).
// The fast paths, however, test bit 7 of the header's mode byte (kImmortalModeBit),
// set by Immortalize: the mode dispatch loads that byte anyway, so the test is free.
// CPython's way, loading the count to test it, costs 1.7x on the atomic path on
// x86-64 (measured: a load of the word a locked RMW just wrote waits until the
// locked store commits), while the neighbouring mode byte loads without stalling.
//
// Biased mode: the shared count's low two bits are a state.
//   | state (ref_shared & 3) | meaning                                              |
//   |------------------------|------------------------------------------------------|
//   | 0 default              | owned; owner counts in ref_local, others in shared   |
//   | 1 maybe-weakref        | owned and MarkShared (weakrefs, lock-free readers):  |
//   |                        | a non-owner's TryIncref may take a reference         |
//   | 2 queued               | a non-owner's decrement would have made the shared   |
//   |                        | count negative; it was queued to the owner instead   |
//   | 3 merged               | ref_local folded into shared, tid = 0: every thread  |
//   |                        | is now a non-owner and the object is freed when the  |
//   |                        | shared count reaches zero                            |
//
// Requires, in every mode: the calling thread is attached to the object's Runtime
// (thread_state.h). Calling DecRef on an object that was already freed is a bug in
// the caller; with RuntimeOptions::debug_memory it is reported ("use of freed str
// object, freed by thread 3") and nothing is written (runtime_state.h).
#ifndef GILLAB_RUNTIME_MEMORY_REFCOUNT_H_
#define GILLAB_RUNTIME_MEMORY_REFCOUNT_H_

#include <atomic>
#include <cstdint>

#include "runtime/memory/object.h"

namespace gillab {

namespace refcount_internal {

// PEP 683, as in CPython 3.14 on 64-bit machines.
inline constexpr std::int64_t kImmortalInitialRefcnt = std::int64_t{3} << 30;
// CPython's free-threaded build marks immortals with this local count.
inline constexpr std::uint32_t kImmortalLocalRefcnt = UINT32_MAX;

// Biased mode: the shared count is stored shifted left by two; the low two bits
// are the state of the table above.
inline constexpr int kSharedShift = 2;
inline constexpr std::int64_t kSharedOne = std::int64_t{1} << kSharedShift;
inline constexpr std::int64_t kStateMask = kSharedOne - 1;
inline constexpr std::int64_t kStateDefault = 0;
inline constexpr std::int64_t kStateMaybeWeakref = 1;
inline constexpr std::int64_t kStateQueued = 2;
inline constexpr std::int64_t kStateMerged = 3;
static_assert(kStateMerged == kStateMask, "states must fit the flag bits");

// The calling thread's id while it is attached to a Runtime, else 0. Ids are never
// reused, so an object's owner id can never name a newer thread. `initial-exec`
// keeps the owner check a single %fs-relative load.
extern constinit thread_local std::uint64_t tls_thread_id
    [[gnu::tls_model("initial-exec")]];

// Nonatomic mode's accesses. volatile forbids the compiler to merge, reorder
// against each other, or drop them; it does not make them atomic.
inline std::int64_t LoadVolatile(const std::int64_t& field) {
  return *static_cast<const volatile std::int64_t*>(&field);
}
inline void StoreVolatile(std::int64_t& field, std::int64_t value) {
  *static_cast<volatile std::int64_t*>(&field) = value;
}

[[gnu::always_inline]] inline bool IsOwnedByCurrentThread(Object* ob) {
  return std::atomic_ref<std::uint64_t>(ob->tid).load(std::memory_order_relaxed) ==
         tls_thread_id;
}

// Slow paths, out of line (refcount.cc).
// The owner's local count reached zero and the shared word it read was
// `old_shared`: frees the object, or gives up ownership when other threads hold
// references (refcount.cc, case 1), with the schedule points the explorer needs.
// MergeZeroLocalRefcount's cases other than the common one, and the explorer's
// (UnusualDecRef) whole merge.
[[gnu::noinline]] void MergeZeroLocalRefcountSlow(Object* ob, std::int64_t old_shared);
// IncRef/DecRef reached a freed object held in the debug quarantine: report the
// use-after-free (runtime.cc) instead of touching it.
[[gnu::cold, gnu::noinline]] void UseOfFreedObject(Object* ob, const char* operation);
// IncRef/DecRef of a freed object (reported, UseOfFreedObject) or of an
// explored one (kExploredModeBit): the mode's own steps, with a schedule point
// (base/schedule_point.h) before each load, store or atomic operation on the
// count, so that the explorer can interleave them.
[[gnu::cold, gnu::noinline]] void UnusualIncRef(Object* ob);
[[gnu::cold, gnu::noinline]] void UnusualDecRef(Object* ob);
[[gnu::noinline]] void DecRefShared(Object* ob);
// Folds ref_local into the shared count plus `extra`; marks the object merged
// and unowned; returns the true count (refcount.cc).
std::int64_t ExplicitMergeRefcount(Object* ob, std::int64_t extra);

}  // namespace refcount_internal

// Calls the type's deallocator. Requires: the count has reached zero.
[[gnu::noinline]] void Dealloc(Object* ob);

namespace refcount_internal {

// MergeZeroLocalRefcountSlow for an object the explorer does not watch. Every
// object a thread creates and drops passes here, so the common case (no other
// thread holds or held a reference not yet given back) is inline: a load, a test
// and the call to Dealloc. Explored objects (kExploredModeBit) never come here:
// their DecRef is UnusualDecRef's, which calls the slow path for its schedule
// points.
[[gnu::always_inline]] inline void MergeZeroLocalRefcount(Object* ob) {
  const std::int64_t old_shared =
      std::atomic_ref<std::int64_t>(ob->ref_shared).load(std::memory_order_acquire);
  if (old_shared == 0) [[likely]] {
    Dealloc(ob);
    return;
  }
  MergeZeroLocalRefcountSlow(ob, old_shared);
}

// Each mode's steps, for IncRef and DecRef below. Requires: `ob`'s mode is kMode.
template <RefcountMode kMode>
[[gnu::always_inline]] inline void IncRefIn(Object* ob) {
  if constexpr (kMode == RefcountMode::kNonAtomic) {
    StoreVolatile(ob->ref_shared, LoadVolatile(ob->ref_shared) + 1);
  } else if constexpr (kMode == RefcountMode::kBiased) {
    if (IsOwnedByCurrentThread(ob)) {
      std::atomic_ref<std::uint32_t> local(ob->ref_local);
      local.store(local.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
    } else {
      std::atomic_ref<std::int64_t>(ob->ref_shared)
          .fetch_add(kSharedOne, std::memory_order_relaxed);
    }
  } else {
    static_assert(kMode == RefcountMode::kAtomic);
    std::atomic_ref<std::int64_t>(ob->ref_shared).fetch_add(1, std::memory_order_relaxed);
  }
}
template <RefcountMode kMode>
[[gnu::always_inline]] inline void DecRefIn(Object* ob) {
  if constexpr (kMode == RefcountMode::kNonAtomic) {
    const std::int64_t count = LoadVolatile(ob->ref_shared);
    StoreVolatile(ob->ref_shared, count - 1);
    if (count == 1) Dealloc(ob);
  } else if constexpr (kMode == RefcountMode::kBiased) {
    if (IsOwnedByCurrentThread(ob)) {
      std::atomic_ref<std::uint32_t> local(ob->ref_local);
      const std::uint32_t l = local.load(std::memory_order_relaxed) - 1;
      local.store(l, std::memory_order_relaxed);
      if (l == 0) MergeZeroLocalRefcount(ob);
    } else {
      DecRefShared(ob);
    }
  } else {
    static_assert(kMode == RefcountMode::kAtomic);
    // acq_rel: every thread's last use happens-before the deallocation.
    if (std::atomic_ref<std::int64_t>(ob->ref_shared)
            .fetch_sub(1, std::memory_order_acq_rel) == 1) {
      Dealloc(ob);
    }
  }
}

}  // namespace refcount_internal

// Adds one reference. Requires: `ob` is a live object.
// `kExpected`: the mode tested first, the run's own where the caller knows it
// (the eval loop is compiled once for plain counts, the GIL build's, and once for
// biased ones, the free-threaded build's); any mode is handled either way.
// Always inlined: they are the interpreter's hottest calls, and gcc otherwise
// keeps one out-of-line copy for the whole eval loop.
template <RefcountMode kExpected = RefcountMode::kNonAtomic>
[[gnu::always_inline]] inline void IncRef(Object* ob) {
  namespace ri = refcount_internal;
  // An immortal's mode byte matches no case.
  const RefcountMode mode = ob->mode;
  if (mode == kExpected) [[likely]] {
    ri::IncRefIn<kExpected>(ob);
  } else if (mode == RefcountMode::kNonAtomic) {
    ri::IncRefIn<RefcountMode::kNonAtomic>(ob);
  } else if (mode == RefcountMode::kBiased) {
    ri::IncRefIn<RefcountMode::kBiased>(ob);
  } else if (mode == RefcountMode::kAtomic) {
    ri::IncRefIn<RefcountMode::kAtomic>(ob);
  } else [[unlikely]] {
    // Immortal: nothing to do (one test, as before there were explored objects).
    // Freed (reported) or explored: out of line.
    if ((static_cast<std::uint8_t>(mode) & (kImmortalModeBit | kFreedModeBit)) !=
        kImmortalModeBit) {
      ri::UnusualIncRef(ob);
    }
  }
}

// Gives back one reference; frees the object (exactly once) when it was the last.
// Requires: the caller owns the reference it gives back. `kExpected` as IncRef's.
template <RefcountMode kExpected = RefcountMode::kNonAtomic>
[[gnu::always_inline]] inline void DecRef(Object* ob) {
  namespace ri = refcount_internal;
  const RefcountMode mode = ob->mode;
  if (mode == kExpected) [[likely]] {
    ri::DecRefIn<kExpected>(ob);
  } else if (mode == RefcountMode::kNonAtomic) {
    ri::DecRefIn<RefcountMode::kNonAtomic>(ob);
  } else if (mode == RefcountMode::kBiased) {
    ri::DecRefIn<RefcountMode::kBiased>(ob);
  } else if (mode == RefcountMode::kAtomic) {
    ri::DecRefIn<RefcountMode::kAtomic>(ob);
  } else [[unlikely]] {
    if ((static_cast<std::uint8_t>(mode) & (kImmortalModeBit | kFreedModeBit)) !=
        kImmortalModeBit) {
      ri::UnusualDecRef(ob);
    }
  }
}

// True when the caller's reference is the only one: nobody else can see the
// object, or get hold of it. Never true for immortal or freed objects. Always
// inlined: the eval loop's in-place int add asks it on every BINARY_ADD, and gcc
// otherwise leaves it out of line in a function as large as Eval.
[[gnu::always_inline]] inline bool IsUniquelyReferenced(Object* ob) {
  switch (ob->mode) {
    case RefcountMode::kNonAtomic:
      return refcount_internal::LoadVolatile(ob->ref_shared) == 1;
    case RefcountMode::kAtomic:
      return std::atomic_ref<std::int64_t>(ob->ref_shared)
                 .load(std::memory_order_acquire) == 1;
    case RefcountMode::kBiased:
      return refcount_internal::IsOwnedByCurrentThread(ob) &&
             std::atomic_ref<std::uint32_t>(ob->ref_local)
                     .load(std::memory_order_relaxed) == 1 &&
             std::atomic_ref<std::int64_t>(ob->ref_shared)
                     .load(std::memory_order_acquire) == 0;
    default:
      return false;
  }
}

template <RefcountMode kExpected = RefcountMode::kNonAtomic>
[[gnu::always_inline]] inline void XIncRef(Object* ob) {
  if (ob != nullptr) IncRef<kExpected>(ob);
}
template <RefcountMode kExpected = RefcountMode::kNonAtomic>
[[gnu::always_inline]] inline void XDecRef(Object* ob) {
  if (ob != nullptr) DecRef<kExpected>(ob);
}

// Returns a NEW reference to `ob` (Py_NewRef).
template <typename T, RefcountMode kExpected = RefcountMode::kNonAtomic>
inline T* NewRef(T* ob) {
  IncRef<kExpected>(reinterpret_cast<Object*>(ob));
  return ob;
}

// --- Lock-free readers (free-threaded, --objects=locked) --------------------------
//
// A thread that reads a pointer out of a list or dict without the container's
// lock (`lst[i]`, a dict lookup, a global) holds a BORROWED pointer that another
// thread may make dangling at any moment, by replacing the item and dropping the
// last reference. PEP 703's answer, in two parts:
//   - the memory of such an object is not reused while a reader may hold the
//     pointer: MarkShared flags it (kObjectShared) once it is where other threads
//     can read it (in a list or dict another thread has touched, or a global of a
//     program with a second thread), and FreeObject then hands its block to QSBR
//     (qsbr.h) instead of the allocator;
//   - the reader takes its reference with TryIncref, which fails on an object
//     whose count has reached zero, then checks that the slot still holds it
//     (TryIncrefCompare): if so, the reference was taken while the container
//     held one, and the object is alive.

[[gnu::cold]] void MarkSharedSlow(Object* ob);

// Flags `ob` as read without locks by other threads (see above). In biased mode
// also moves a shared word of 0 to the "maybe weakref" state, as CPython's
// _PyObject_SetMaybeWeakref, so that a non-owner's TryIncref can tell a live
// owned object (state 1) from a dead one (0, or merged with count 0).
// Requires: the caller holds a reference to `ob`.
inline void MarkShared(Object* ob) {
  if (std::atomic_ref<std::uint8_t>(ob->flags).load(std::memory_order_relaxed) &
      kObjectShared) {
    return;
  }
  MarkSharedSlow(ob);
}
inline bool IsMarkedShared(const Object* ob) {
  return std::atomic_ref<const std::uint8_t>(ob->flags).load(std::memory_order_relaxed) &
         kObjectShared;
}

// Whether the calling thread may read the container `ob` without its lock: the
// thread created it, or it is marked shared, so that a resize retires what it
// replaces instead of freeing it (CPython 3.13t's _Py_IsOwnedByCurrentThread ||
// _PyObject_GC_IS_SHARED). A thread for which it is false takes the lock, and
// marks the container shared there.
inline bool MayReadLockFree(Object* ob) {
  return IsMarkedShared(ob) || refcount_internal::IsOwnedByCurrentThread(ob);
}

// Takes a reference to `ob` unless its count has reached zero (it is dead, or
// being freed); CPython's _Py_TryIncrefFast and _Py_TryIncRefShared. Returns
// whether it did. Requires: `ob`'s memory still holds an object header (the
// pointer was read from a slot of a MarkShared object and the thread has not
// been quiescent since). In biased mode a non-owner also fails on an owned
// object whose shared word is 0 (not MarkShared): the caller falls back to the
// container's lock.
bool TryIncref(Object* ob);

// TryIncref, then re-reads `*slot`: if it no longer holds `ob`, gives the
// reference back and fails (CPython's _Py_TryIncrefCompare). On success the
// caller owns a reference to a live object that `*slot` held while the
// reference was taken.
bool TryIncrefCompare(Object* const* slot, Object* ob);
bool TryIncrefCompare(const std::atomic<Object*>* slot, Object* ob);

// Biased mode, for the cyclic GC with the world stopped: folds an owned object's
// local count into its shared count (merged, unowned) so that any thread's DecRef
// can free it. Does nothing in other modes, or for objects already merged or
// queued to their owner. Requires: the owner is not running (parked or gone).
void MergeForCollector(Object* ob);

// Gives `ob`, whose count reached zero and whose dealloc has begun, one
// reference again, owned by the calling thread, as a new object's (and clears
// the debug allocator's freed mark): the finalizer runs on a live object
// (gc.h's CallFinalizerFromDealloc, CPython's Py_SET_REFCNT(self, 1)).
// Requires: no other thread holds or can take a reference to `ob`.
void ResurrectForFinalizer(Object* ob);

// Makes `ob` immortal: its count is never written again and it is never freed by
// reference counting (the Runtime frees it at shutdown). Requires: no other thread
// can see `ob` yet.
void Immortalize(Object* ob);

// True when `ob` is immortal.
bool IsImmortal(const Object* ob);

// The reference count as Py_REFCNT reports it: the plain count; local + shared in
// biased mode (exact only when no other thread is changing it); for immortals,
// 3 << 30 in every mode. For tests and diagnostics, not for decisions.
std::int64_t RefCount(const Object* ob);

// Biased mode's shared word, split (for tests and the labs). Zero-filled in other
// modes.
struct BiasedFields {
  std::uint64_t owner_tid;
  std::uint32_t local;
  std::int64_t shared;  // ref_shared >> 2
  std::int64_t state;   // ref_shared & 3
};
BiasedFields ReadBiasedFields(const Object* ob);

// The count fields of a new object in `mode`: one reference, owned by the
// thread `owner_tid` in biased mode (ThreadState::NewObjectHeader holds them).
struct InitialCounts {
  std::uint64_t tid;
  std::uint32_t ref_local;
  std::int64_t ref_shared;
};
constexpr InitialCounts InitialCountsFor(RefcountMode mode, std::uint64_t owner_tid) {
  if (mode == RefcountMode::kBiased) return {owner_tid, 1, 0};
  return {0, 0, 1};
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_REFCOUNT_H_
