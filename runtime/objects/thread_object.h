// gillab/runtime/objects/thread_object.h — Thread, like Python's threading.Thread.
//
// The object only holds what the thread will run (a callable and a tuple of
// arguments), its name, and once started an opaque handle of the interpreter's,
// which runs it (interpreter.h: start() spawns an OS thread, join() waits with
// the GIL released). The handle outlives the object: the interpreter keeps it
// until the thread has been joined at the end of the run.
#ifndef GILLAB_RUNTIME_OBJECTS_THREAD_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_THREAD_OBJECT_H_

#include <string>
#include <string_view>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kThreadType;

struct ThreadObject {
  Object header;
  Object* target;     // owned
  Object* args;       // a tuple, owned
  std::string* name;  // owned: "Thread-1 (worker)"
  void* handle;       // the interpreter's, once started; null before
};

// A NEW reference. Takes new references to `target` and `args` (a tuple).
Object* NewThread(Object* target, Object* args, std::string_view name);
inline bool IsThread(const Object* ob) { return IsType(ob, kThreadType); }
inline ThreadObject* AsThread(Object* ob) { return reinterpret_cast<ThreadObject*>(ob); }

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_THREAD_OBJECT_H_
