// gillab/runtime/objects/thread_object.h — Thread, like Python's threading.Thread.
//
// The object only holds what the thread will run (a callable and a tuple of
// arguments), its name and daemon flag, and once started an opaque handle of the
// interpreter's, which runs it (interpreter.h: start() spawns an OS thread,
// join() waits with the GIL released). The handle outlives the object: the
// interpreter keeps it until the thread has been joined at the end of the run.
// An "adopted" Thread stands for a thread the program did not start (the main
// thread, as current_thread() returns it): it is alive and cannot be started.
//
// The name and the flag may be read and set by any thread (t.name = ...), so
// they live under a mutex of their own; the handle is set once, by start().
#ifndef GILLAB_RUNTIME_OBJECTS_THREAD_OBJECT_H_
#define GILLAB_RUNTIME_OBJECTS_THREAD_OBJECT_H_

#include <atomic>
#include <string>
#include <string_view>

#include "runtime/memory/object.h"

namespace gillab {

extern const TypeObject kThreadType;

struct ThreadInfo;  // the name and the daemon flag, under a mutex

struct ThreadObject {
  Object header;
  Object* target;             // owned (None: nothing to run)
  Object* args;               // a tuple, owned
  ThreadInfo* info;           // owned
  std::atomic<void*> handle;  // the interpreter's, once started; null before
  bool adopted;               // set once, at creation
};

// A NEW reference. Takes new references to `target` and `args` (a tuple).
Object* NewThread(Object* target, Object* args, std::string_view name, bool daemon);
// A NEW reference to an adopted Thread named `name` (see above).
Object* NewAdoptedThread(std::string_view name);
inline bool IsThread(const Object* ob) { return IsType(ob, kThreadType); }
inline ThreadObject* AsThread(Object* ob) { return reinterpret_cast<ThreadObject*>(ob); }

std::string ThreadName(const Object* thread);
void SetThreadName(Object* thread, std::string_view name);
bool ThreadDaemon(const Object* thread);
void SetThreadDaemon(Object* thread, bool daemon);

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_THREAD_OBJECT_H_
