// gillab/base/schedule_point.h — where the explorer (explore/explorer.h) may
// switch threads.
//
// Code that another thread could interleave with marks the place with
//
//     SchedulePoint("IncRef: load count");
//     const std::int64_t c = LoadVolatile(ob->ref_shared);
//     ScheduleRead(c);                             // for the schedule's table
//     SchedulePoint("IncRef: store count", c + 1); // what it will write
//     StoreVolatile(ob->ref_shared, c + 1);
//
// On a thread the explorer runs, that call hands control to the explorer's
// scheduler, which lets exactly one thread run from one schedule point to the
// next and so can try every interleaving. On every other thread it is one
// thread-local load and a branch that is never taken.
//
// Code that cannot go on until another thread acts (a lock that is taken, an
// array another thread is replacing) retries in a loop with a wait point in it:
//
//     while (!mutex.TryLock()) ScheduleWait("wait for the list's lock");
//
// The explorer then runs other threads, and offers the waiter again only once
// another thread has taken a step.
#ifndef GILLAB_BASE_SCHEDULE_POINT_H_
#define GILLAB_BASE_SCHEDULE_POINT_H_

#include <cstdint>

namespace gillab {

// What a thread run by the explorer calls at a schedule point. Implemented by the
// explorer; `what` names the step about to happen (a string literal); `writes`:
// the step will write `written` (for the schedule's table); `wait`: the thread
// cannot go on until another thread acts (ScheduleWait). OnRead: the step under
// way has read `value`.
class SchedulePointHandler {
 public:
  virtual void OnSchedulePoint(const char* what, bool writes, std::int64_t written,
                               bool wait) = 0;
  virtual void OnRead(std::int64_t value) = 0;

 protected:
  ~SchedulePointHandler() = default;
};

namespace schedule_point_internal {
extern constinit thread_local SchedulePointHandler* tls_handler;
}  // namespace schedule_point_internal

// Sets (or, with null, clears) the calling thread's handler. The explorer calls
// it on the threads it runs.
inline void SetSchedulePointHandler(SchedulePointHandler* handler) {
  schedule_point_internal::tls_handler = handler;
}

// The calling thread's handler, or null.
inline SchedulePointHandler* CurrentSchedulePointHandler() {
  return schedule_point_internal::tls_handler;
}

// A schedule point. May block (the explorer runs another thread meanwhile) on a
// thread the explorer runs; does nothing on any other. `written`: the value the
// step that follows will store.
[[gnu::always_inline]] inline void SchedulePoint(const char* what) {
  if (SchedulePointHandler* h = schedule_point_internal::tls_handler) [[unlikely]] {
    h->OnSchedulePoint(what, /*writes=*/false, 0, /*wait=*/false);
  }
}
[[gnu::always_inline]] inline void SchedulePoint(const char* what, std::int64_t written) {
  if (SchedulePointHandler* h = schedule_point_internal::tls_handler) [[unlikely]] {
    h->OnSchedulePoint(what, /*writes=*/true, written, /*wait=*/false);
  }
}

// After a load in the step that began at the last schedule point: what it read,
// for the schedule's table (the value at the point itself may have changed
// before the thread ran again). Does nothing off the explorer's threads.
[[gnu::always_inline]] inline void ScheduleRead(std::int64_t value) {
  if (SchedulePointHandler* h = schedule_point_internal::tls_handler) [[unlikely]] {
    h->OnRead(value);
  }
}

// A wait point: the calling thread found it cannot go on (it will retry). On a
// thread the explorer runs, blocks until another thread has taken a step (a
// thread that only retried and failed again has not); elsewhere does nothing, and
// the caller's loop spins or yields as it would anyway.
// Requires: a retry that fails changes nothing another thread reads, so that
// the threads cannot keep each other busy without progress.
[[gnu::always_inline]] inline void ScheduleWait(const char* what) {
  if (SchedulePointHandler* h = schedule_point_internal::tls_handler) [[unlikely]] {
    h->OnSchedulePoint(what, /*writes=*/false, 0, /*wait=*/true);
  }
}

}  // namespace gillab

#endif  // GILLAB_BASE_SCHEDULE_POINT_H_
