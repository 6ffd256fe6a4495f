// gillab/labs/sigint.cc
#include "labs/sigint.h"

#include <pthread.h>
#include <time.h>

#include <utility>

namespace gillab::labs {

namespace {

sigset_t SigintSet() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  return set;
}

}  // namespace

SigintWatcher::SigintWatcher(std::function<void(int count)> on_sigint)
    : on_sigint_(std::move(on_sigint)) {
  const sigset_t set = SigintSet();
  pthread_sigmask(SIG_BLOCK, &set, &old_mask_);
  thread_ = std::thread([this, set] {
    int count = 0;
    const timespec tick{0, kTickNs};
    while (!stop_.load(std::memory_order_acquire)) {
      const int signal = sigtimedwait(&set, nullptr, &tick);
      if (signal == SIGINT && !stop_.load(std::memory_order_acquire)) on_sigint_(++count);
    }
  });
}

SigintWatcher::~SigintWatcher() {
  stop_.store(true, std::memory_order_release);
  pthread_kill(thread_.native_handle(), SIGINT);  // wakes it now (stop_ is set)
  thread_.join();
  const sigset_t set = SigintSet();
  const timespec now{0, 0};
  while (sigtimedwait(&set, nullptr, &now) == SIGINT) {
  }
  pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
}

}  // namespace gillab::labs
