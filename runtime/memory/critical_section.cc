// gillab/runtime/memory/critical_section.cc — see the design notes in
// critical_section.h; after CPython 3.13's Python/critical_section.c.
#include "runtime/memory/critical_section.h"

#include <functional>

#include "base/schedule_point.h"
#include "runtime/memory/thread_state.h"

namespace gillab {

// Slow path: `m` is taken. The thread blocks, which suspends its sections (and
// lets a stop-the-world proceed without it) until it holds `m`.
void CriticalSection::BlockUntilLocked(ThreadState* ts,
                                       ByteMutex* m) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  ts->BeginBlocking();
  m->Lock();
  ts->EndBlocking();
}

void CriticalSection::LockExplored(ByteMutex* m) ABSL_NO_THREAD_SAFETY_ANALYSIS {
  SchedulePoint("lock the object");
  while (!m->TryLock()) ScheduleWait("wait for the object's lock");
}

CriticalSection::CriticalSection(Object* a, Object* b) {
  ThreadState* ts = ThreadState::Current();
  if (!ts->object_locks()) return;
  ByteMutex* m1 = &a->mutex;
  ByteMutex* m2 = &b->mutex;
  if (m1 == m2) {
    m2 = nullptr;
  } else if (std::less<ByteMutex*>()(m2, m1)) {
    std::swap(m1, m2);
  }
  Begin(ts, m1, m2);
}

void CriticalSection::Suspend() {
  if (suspended_) return;
  suspended_ = true;
  if (elided_) {  // holds nothing; Resume takes its locks for real
    elided_ = false;
    return;
  }
  if (m2_ != nullptr) m2_->Unlock();
  if (m1_ != nullptr) m1_->Unlock();
}

void CriticalSection::Resume() {
  // Forget the mutexes while taking them again: if that blocks, the suspension
  // it causes must not release what this section does not hold yet.
  ByteMutex* const m1 = m1_;
  ByteMutex* const m2 = m2_;
  m1_ = nullptr;
  m2_ = nullptr;
  suspended_ = false;
  if (m1 != nullptr) LockDetaching(ts_, m1);
  if (m2 != nullptr) LockDetaching(ts_, m2);
  m1_ = m1;
  m2_ = m2;
}

bool CriticalSection::Holds(const Object* ob) {
  const ThreadState* ts = ThreadState::Current();
  if (!ts->object_locks()) return true;
  for (const CriticalSection* c = ts->critical_section_; c != nullptr; c = c->prev_) {
    if (!c->suspended_ && (c->m1_ == &ob->mutex || c->m2_ == &ob->mutex)) return true;
  }
  return false;
}

}  // namespace gillab
