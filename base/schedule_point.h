// gillab/base/schedule_point.h — where the explorer (explore/explorer.h) may
// switch threads.
//
// Code that another thread could interleave with marks the place with
//
//     SchedulePoint("load count", value);
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
// explorer; `what` names the step about to happen (a string literal), `value` is
// what it read or will write, for the schedule's table; `wait`: the thread
// cannot go on until another thread acts (ScheduleWait).
class SchedulePointHandler {
 public:
  virtual void OnSchedulePoint(const char* what, std::int64_t value, bool wait) = 0;

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
// thread the explorer runs; does nothing on any other.
inline void SchedulePoint(const char* what, std::int64_t value = 0) {
  if (SchedulePointHandler* h = schedule_point_internal::tls_handler) [[unlikely]] {
    h->OnSchedulePoint(what, value, /*wait=*/false);
  }
}

// A wait point: the calling thread found it cannot go on (it will retry). On a
// thread the explorer runs, blocks until another thread has taken a step (a
// thread that only retried and failed again has not); elsewhere does nothing, and
// the caller's loop spins or yields as it would anyway.
// Requires: a retry that fails changes nothing another thread reads, so that
// the threads cannot keep each other busy without progress.
inline void ScheduleWait(const char* what, std::int64_t value = 0) {
  if (SchedulePointHandler* h = schedule_point_internal::tls_handler) [[unlikely]] {
    h->OnSchedulePoint(what, value, /*wait=*/true);
  }
}

}  // namespace gillab

#endif  // GILLAB_BASE_SCHEDULE_POINT_H_
