// ThreadSanitizer suppressions compiled into every binary that links the runtime
// (TSan asks for them through this weak hook at start-up; other builds ignore it).
//
// Each entry names code outside gillab, with the reason. gillab's own code gets no
// suppression: a report there is a bug, or a deliberate lab race that must only run
// outside the TSan-checked tests.
//
// - absl::Mutex (Abseil 20220623): Mutex annotates Lock/Unlock to TSan as whole
//   operations and hides the synchronisation inside them. A waiting thread's
//   ThreadIdentity is mmapped inside that hidden region, so when another thread
//   wakes it (Waiter::Post, a fetch_add on the identity's futex word) TSan sees no
//   happens-before with the mmap and reports a race on Abseil's internal state.
//   Seen with gcc 12 and clang 14 whenever several threads contend on one Mutex.
#if defined(__SANITIZE_THREAD__)
#define GILLAB_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define GILLAB_TSAN 1
#endif
#endif

#ifdef GILLAB_TSAN
extern "C" const char* __tsan_default_suppressions() {
  return "race:absl::*synchronization_internal::Waiter::Post\n";
}
#endif
