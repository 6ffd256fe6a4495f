// gillab/runtime/memory/critical_section.h — per-object critical sections, as
// CPython 3.13t's Py_BEGIN_CRITICAL_SECTION (Include/internal/pycore_critical_section.h).
//
// With object locks on (RuntimeOptions::objects, `--objects=locked`), a list
// or dict operation that changes the object, or reads more than one word of it,
// holds the object's one-byte mutex (Object::mutex) for its duration:
//
//     {
//       CriticalSection cs(list);   // Py_BEGIN_CRITICAL_SECTION(list)
//       ... append ...
//     }                             // Py_END_CRITICAL_SECTION()
//
// and an operation on two objects (list == list) locks both, lower address first,
// so that two threads locking the same pair cannot deadlock.
//
// Notes on the design: why not plain scoped locks
// -----------------------------------------------
// Per-object locks invite deadlock: thread A holds list X and, inside, needs Y
// (an item's deallocator, a nested repr) while B holds Y and needs X. No global
// lock order exists for objects a program creates. CPython's answer, copied
// here: a thread's critical sections form a stack, and whenever the thread would
// block (it waits for a contended object lock, or detaches: sleep, I/O, waiting
// for a Lock or a stop-the-world) every section on its stack is SUSPENDED, its
// mutexes released. When the thread runs again only the innermost section is
// resumed (re-locked); the outer ones are resumed as the inner ones end. So a
// thread never waits while holding a lock that another waiter could need, except
// the lower of a pair while it takes the higher, which the address order makes
// safe. The price: an operation's lock may be released in the middle of it, if
// the operation blocks; list and dict operations here never do while they hold
// pointers into the object.
//
// Re-locking the object the innermost section already holds is a no-op (CPython's
// optimisation for recursion on one object). With object locks off (any GIL) a
// CriticalSection costs one thread-local load and a branch; with them on, an
// uncontended one costs the mutex's two atomic instructions, inline (and a test
// of the thread's explored flag before the first: under the explorer the lock
// is a schedule point, and a taken lock is waited for with ScheduleWait).
//
// Lock elision: a program's only thread locks nothing
// ---------------------------------------------------
// Those two atomic instructions are most of what a one-thread program pays for
// object locks (about 13 ns a section here; a list loop runs 16% longer with
// them than eliding them, //bench:free_threading_bench). A thread
// that no other thread can disturb yet may ELIDE them (ThreadState::ElideLocks):
// its sections are pushed and popped as usual, but lock nothing (a leaf
// section, whose scope runs no Python code, is not even pushed). The interpreter
// elides for a program's only thread, until the program starts a second one; at
// that moment, in Thread.start, before the new thread exists, the thread stops
// eliding (ThreadState::StopElidingLocks) and takes, for real, the locks of the
// sections it has open, as a suspended section takes them when it resumes. The
// new thread's start then orders everything the first did before it, as a lock
// would have. glibc's stdio does the same until a process's first
// pthread_create; CPython 3.13t does not (it locks from the start).
//
// Requires: the calling thread is attached (thread_state.h); sections end in the
// reverse order they began (use them as scoped objects only).
#ifndef GILLAB_RUNTIME_MEMORY_CRITICAL_SECTION_H_
#define GILLAB_RUNTIME_MEMORY_CRITICAL_SECTION_H_

#include "absl/base/thread_annotations.h"
#include "runtime/memory/byte_mutex.h"
#include "runtime/memory/object.h"
#include "runtime/memory/thread_state.h"

namespace gillab {

class ThreadState;

class ABSL_SCOPED_LOCKABLE CriticalSection {
 public:
  // Locks `ob` (blocks until it is free; suspends the thread's other sections
  // while it waits). Does nothing when object locks are off.
  explicit CriticalSection(Object* ob) ABSL_EXCLUSIVE_LOCK_FUNCTION(ob->mutex);
  // A LEAF section: the same, for a scope that runs no Python code and so can
  // start no thread (a list's or dict's own operation on built-in values).
  // Begun while the thread elides locks it does nothing at all, not even the
  // push: the thread cannot stop eliding before it ends (see Lock elision).
  struct Leaf {};
  static constexpr Leaf kLeaf{};
  CriticalSection(Object* ob, Leaf) ABSL_EXCLUSIVE_LOCK_FUNCTION(ob->mutex);
  // Locks `a` and `b`, lower address first; one lock when a == b.
  CriticalSection(Object* a, Object* b) ABSL_EXCLUSIVE_LOCK_FUNCTION(a->mutex, b->mutex);
  ~CriticalSection() ABSL_UNLOCK_FUNCTION();
  CriticalSection(const CriticalSection&) = delete;
  CriticalSection& operator=(const CriticalSection&) = delete;

  // Whether the calling thread holds `ob`'s lock through an active section (or
  // object locks are off, where every thread may touch it). For assertions; a
  // leaf section begun while eliding is not seen.
  static bool Holds(const Object* ob);

 private:
  friend class ThreadState;

  // Pushes this section on `ts`'s stack and locks m1, then m2 (if not null).
  void Begin(ThreadState* ts, ByteMutex* m1, ByteMutex* m2);
  // Begin(ts, m, nullptr), unless the innermost open section already holds `m`
  // (then this section does nothing, and has nothing to undo).
  void BeginUnlessHeld(ThreadState* ts, ByteMutex* m);
  // Locks `m`: one compare-and-swap when it is free; when it is taken the
  // thread blocks (BlockUntilLocked), which suspends its sections. A thread the
  // explorer runs (RuntimeOptions::explored) never blocks: it passes a schedule
  // point, then retries with a wait point while `m` is taken (LockExplored).
  static void LockDetaching(ThreadState* ts, ByteMutex* m);
  static void BlockUntilLocked(ThreadState* ts, ByteMutex* m);
  static void LockExplored(ByteMutex* m);
  // Releases the section's mutexes and marks it suspended (ThreadState's
  // BeginBlocking calls it on every section of the thread).
  void Suspend() ABSL_NO_THREAD_SAFETY_ANALYSIS;
  // Re-locks a suspended section's mutexes (EndBlocking, and End of the section
  // above it).
  void Resume() ABSL_NO_THREAD_SAFETY_ANALYSIS;

  ThreadState* ts_ = nullptr;  // null: no-op section
  CriticalSection* prev_ = nullptr;
  // Recorded only once held (as CPython: a section that is still waiting for its
  // mutexes holds none, so suspending it releases nothing).
  ByteMutex* m1_ = nullptr;
  ByteMutex* m2_ = nullptr;
  bool suspended_ = false;
  bool elided_ = false;  // begun while the thread elided locks: m1_ and m2_ not held
};

inline void CriticalSection::LockDetaching(ThreadState* ts,
                                           ByteMutex* m) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  if (ts->explored_) [[unlikely]] {
    LockExplored(m);
  } else if (!m->TryLock()) [[unlikely]] {
    BlockUntilLocked(ts, m);
  }
}

[[gnu::always_inline]] inline void CriticalSection::Begin(
    ThreadState* ts, ByteMutex* m1, ByteMutex* m2) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  ts_ = ts;
  prev_ = ts->critical_section_;
  ts->critical_section_ = this;
  if (ts->locks_elided_) {
    elided_ = true;
  } else {
    LockDetaching(ts, m1);
    if (m2 != nullptr) LockDetaching(ts, m2);
  }
  m1_ = m1;
  m2_ = m2;
}

[[gnu::always_inline]] inline CriticalSection::CriticalSection(Object* ob)
    ABSL_NO_THREAD_SAFETY_ANALYSIS {
  ThreadState* ts = ThreadState::Current();
  if (!ts->object_locks()) return;
  if (ts->locks_elided_) {
    // Pushed, locking nothing. A section of the same object further out does
    // no harm: should the thread stop eliding, each takes the lock in turn.
    Begin(ts, &ob->mutex, nullptr);
    return;
  }
  BeginUnlessHeld(ts, &ob->mutex);
}

[[gnu::always_inline]] inline CriticalSection::CriticalSection(Object* ob, Leaf)
    ABSL_NO_THREAD_SAFETY_ANALYSIS {
  ThreadState* ts = ThreadState::Current();
  if (!ts->sharing()) return;  // no object locks, or eliding them
  BeginUnlessHeld(ts, &ob->mutex);
}

[[gnu::always_inline]] inline void CriticalSection::BeginUnlessHeld(
    ThreadState* ts, ByteMutex* m) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  // Already held by the innermost section: nothing to do (and nothing to undo).
  const CriticalSection* top = ts->critical_section_;
  if (top != nullptr && !top->suspended_ && (top->m1_ == m || top->m2_ == m)) return;
  Begin(ts, m, nullptr);
}

[[gnu::always_inline]] inline CriticalSection::~CriticalSection()
    ABSL_NO_THREAD_SAFETY_ANALYSIS {
  if (ts_ == nullptr) return;
  if (!suspended_ && !elided_) [[likely]] {
    if (m2_ != nullptr) m2_->Unlock();
    m1_->Unlock();
  }
  ts_->critical_section_ = prev_;
  if (prev_ != nullptr && prev_->suspended_) [[unlikely]]
    prev_->Resume();
}

}  // namespace gillab

#endif  // GILLAB_RUNTIME_MEMORY_CRITICAL_SECTION_H_
