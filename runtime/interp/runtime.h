// gillab/runtime/interp/runtime.h — a runtime instance, started up.
//
// A Runtime is what CPython calls the interpreter state: a refcount mode chosen
// when it is made and stamped into every object it creates, its threads, its
// allocator, its collector and its immortal objects. The state itself is
// RuntimeState (runtime/memory/runtime_state.h), which the layers below reach
// from any attached thread; a Runtime is a RuntimeState that its constructor has
// started up: it creates None, True, False and the small ints (-5..256) as
// immortal objects, which needs the object layer, and frees them at the end.
//
// Threads: the constructing thread is attached by the constructor and detached by
// the destructor. Any other thread must hold a ThreadScope while it touches
// objects.
//
//   gillab::Runtime rt({.mode = gillab::RefcountMode::kBiased});
//   std::thread t([&] {
//     gillab::ThreadScope scope(rt);
//     gillab::Object* n = gillab::NewInt(1000);  // NEW reference
//     gillab::DecRef(n);
//   });
#ifndef GILLAB_RUNTIME_INTERP_RUNTIME_H_
#define GILLAB_RUNTIME_INTERP_RUNTIME_H_

#include "runtime/memory/runtime_state.h"

namespace gillab {

class Runtime : public RuntimeState {
 public:
  // Creates the runtime and its immortal objects, and attaches the calling thread.
  explicit Runtime(RuntimeOptions options = {});
  // Frees the immortal objects and detaches the constructing thread. Requires:
  // called on the constructing thread, every other thread detached. Objects the
  // program leaked stay allocated (live_objects() says how many).
  ~Runtime();
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_INTERP_RUNTIME_H_
