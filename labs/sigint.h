// gillab/labs/sigint.h — Ctrl-C for `lab py`, delivered as CPython delivers it.
//
// CPython's SIGINT handler only sets a flag. The main thread's eval loop sees it
// at its next check (and a sleep or a join wakes up to look) and raises
// KeyboardInterrupt, which unwinds like any exception: the traceback is printed,
// buffered output is flushed on the way out, and the process exits with 130
// (128 + SIGINT). A signal handler may do almost nothing (no lock, no allocation),
// so gillab runs none: SigintWatcher blocks SIGINT in the thread that makes it,
// and therefore in every thread that thread starts afterwards, and waits for it
// on a thread of its own (sigtimedwait), where it may lock and allocate. It calls
// `on_sigint` with how many Ctrl-Cs have come so far; `lab py` makes of them:
//   1st  KeyboardInterrupt in the main thread (Interpreter::Interrupt);
//   2nd  in every thread (the main one may be waiting for workers that loop);
//   3rd  flush and exit 130 at once: threads blocked on a lock that is never
//        released (a deadlock, a lesson's favourite) poll nothing.
#ifndef GILLAB_LABS_SIGINT_H_
#define GILLAB_LABS_SIGINT_H_

#include <signal.h>

#include <atomic>
#include <functional>
#include <thread>

namespace gillab::labs {

class SigintWatcher {
 public:
  // Starts watching. Requires: every other thread of the process that exists now
  // blocks SIGINT (otherwise one of them takes its default action: the process
  // ends). `on_sigint` runs on the watcher's thread, one call at a time.
  explicit SigintWatcher(std::function<void(int count)> on_sigint);
  // Stops watching (wakes the watcher with a SIGINT of its own), drops a SIGINT
  // that came meanwhile, and restores the calling thread's signal mask.
  // Requires: the thread that made it.
  ~SigintWatcher();
  SigintWatcher(const SigintWatcher&) = delete;
  SigintWatcher& operator=(const SigintWatcher&) = delete;

  static constexpr long kTickNs = 100'000'000;  // how often the watcher checks stop_

 private:
  std::function<void(int)> on_sigint_;
  sigset_t old_mask_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace gillab::labs

#endif  // GILLAB_LABS_SIGINT_H_
