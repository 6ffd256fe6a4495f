// gillab/runtime/objects/sync_state.h — what the synchronization objects (Lock,
// RLock, Event, Condition, Queue) share: state kept outside object memory, and
// waits in slices that a caller can cancel.
//
// Internal to runtime/objects. Each of those objects is a header and a pointer to
// its state (a mutex and what it guards). The state is not in object memory
// because a waiter is inside the mutex while it blocks, and the allocator
// poisons and reuses freed blocks: with debug memory on (the labs' deliberate
// races, which can free an object that a thread still waits on), the state
// outlives the object until the runtime ends.
#ifndef GILLAB_RUNTIME_OBJECTS_SYNC_STATE_H_
#define GILLAB_RUNTIME_OBJECTS_SYNC_STATE_H_

#include <algorithm>

#include "absl/functional/function_ref.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/runtime_state.h"

namespace gillab::sync_internal {

// How often a blocked wait looks at its `cancelled` test: Ctrl-C and the end of
// a daemon thread are seen within this.
inline constexpr absl::Duration kWaitSlice = absl::Milliseconds(20);

// The object's state: the word after the header.
template <typename State>
State* StateOf(const Object* ob) {
  return *reinterpret_cast<State* const*>(reinterpret_cast<const char*>(ob) +
                                          sizeof(Object));
}

// A dealloc's end: frees `ob` and its state (see above for debug memory).
template <typename State>
void FreeWithState(Object* ob) {
  State* state = StateOf<State>(ob);
  RuntimeState* runtime = RuntimeState::Current();
  if (!runtime->options().debug_memory) {
    delete state;
    FreeObject(ob);
    return;
  }
  runtime->RetireUntilExit(state, [](void* p) { delete static_cast<State*>(p); });
  FreeObjectKeeping(ob, /*keep_after_header=*/sizeof(State*));
}

// Waits on `mu` (held) until `cond` holds, `deadline` passes, or `cancelled()`
// (tested every kWaitSlice). Returns whether `cond` holds; `mu` is held again.
inline bool AwaitSliced(absl::Mutex& mu, const absl::Condition& cond, absl::Time deadline,
                        absl::FunctionRef<bool()> cancelled)
    ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
  for (;;) {
    const absl::Duration wait = std::min(kWaitSlice, deadline - absl::Now());
    if (mu.AwaitWithTimeout(cond, wait)) return true;
    if (cancelled() || absl::Now() >= deadline) return false;
  }
}

}  // namespace gillab::sync_internal

#endif  // GILLAB_RUNTIME_OBJECTS_SYNC_STATE_H_
