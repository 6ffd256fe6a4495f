// gillab/base/stack_thread.h — a joinable thread with a stack of a chosen size.
//
//   StackThread t(64 << 20, [&] { Work(); });  // throws std::system_error if refused
//   t.join();
//
// std::thread has no way to ask for a stack size: it gets the system's default
// (8 MB here), on which the interpreter's C frames allow 1,000 Python frames in
// an optimized build but not in a sanitizer build, whose frames are several
// times larger. The interpreter runs Python threads on these instead.
#ifndef GILLAB_BASE_STACK_THREAD_H_
#define GILLAB_BASE_STACK_THREAD_H_

#include <pthread.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <system_error>
#include <utility>

namespace gillab {

class StackThread {
 public:
  StackThread() = default;
  // Starts `fn` on a new thread whose stack is `stack_bytes` (rounded up by the
  // system to its page size, at least PTHREAD_STACK_MIN). Throws
  // std::system_error, starting nothing, when the system refuses a thread.
  StackThread(std::size_t stack_bytes, std::function<void()> fn) {
    auto body = std::make_unique<std::function<void()>>(std::move(fn));
    pthread_attr_t attr;
    int err = pthread_attr_init(&attr);
    if (err == 0) err = pthread_attr_setstacksize(&attr, stack_bytes);
    if (err == 0) err = pthread_create(&id_, &attr, &Run, body.get());
    pthread_attr_destroy(&attr);
    if (err != 0) throw std::system_error(err, std::generic_category(), "pthread_create");
    body.release();  // Run owns it now
    joinable_ = true;
  }
  StackThread(StackThread&& other) noexcept { *this = std::move(other); }
  StackThread& operator=(StackThread&& other) noexcept {
    id_ = other.id_;
    joinable_ = std::exchange(other.joinable_, false);
    return *this;
  }
  StackThread(const StackThread&) = delete;
  StackThread& operator=(const StackThread&) = delete;
  // Requires: joined (or never started), as std::thread.
  ~StackThread() = default;

  bool joinable() const { return joinable_; }
  // Waits for the thread to end. Requires: joinable(), called once.
  void join() {
    pthread_join(id_, nullptr);
    joinable_ = false;
  }

 private:
  static void* Run(void* arg) {
    std::unique_ptr<std::function<void()>> body(static_cast<std::function<void()>*>(arg));
    (*body)();
    return nullptr;
  }

  pthread_t id_{};
  bool joinable_ = false;
};

}  // namespace gillab

#endif  // GILLAB_BASE_STACK_THREAD_H_
