// gillab/gil/tsan.h — telling ThreadSanitizer what a hand-made lock is.
//
// TSan derives happens-before from the atomics it sees, so a lock built from
// correctly ordered atomics is already understood; these annotations add the lock's
// meaning on top (a release on unlock, an acquire on lock, on the lock's address).
// They must never be what makes the code correct: every hand-made lock in gil/
// orders its memory with acquire/release atomics of its own, and is tested under
// TSan with and without (the annotations compile to nothing outside TSan builds).
#ifndef GILLAB_GIL_TSAN_H_
#define GILLAB_GIL_TSAN_H_

#if defined(__SANITIZE_THREAD__)
#define GILLAB_TSAN_ENABLED 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GILLAB_TSAN_ENABLED 1
#endif
#endif

#if defined(GILLAB_TSAN_ENABLED)
#include <sanitizer/tsan_interface.h>
#define GILLAB_TSAN_ACQUIRE(addr) \
  __tsan_acquire(const_cast<void*>(static_cast<const volatile void*>(addr)))
#define GILLAB_TSAN_RELEASE(addr) \
  __tsan_release(const_cast<void*>(static_cast<const volatile void*>(addr)))
#else
#define GILLAB_TSAN_ACQUIRE(addr) static_cast<void>(addr)
#define GILLAB_TSAN_RELEASE(addr) static_cast<void>(addr)
#endif

#endif  // GILLAB_GIL_TSAN_H_
