// gillab/runtime/objects/thread_object.cc
#include "runtime/objects/thread_object.h"

#include <new>
#include <string>
#include <string_view>

#include "absl/base/thread_annotations.h"
#include "absl/synchronization/mutex.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

struct ThreadInfo {
  ThreadInfo(std::string_view n, bool d) : name(n), daemon(d) {}

  mutable absl::Mutex mu;
  std::string name ABSL_GUARDED_BY(mu);
  bool daemon ABSL_GUARDED_BY(mu);
};

namespace {

const ThreadObject* AsConstThread(const Object* ob) {
  return reinterpret_cast<const ThreadObject*>(ob);
}

void ThreadDealloc(Object* self) {
  ThreadObject* t = AsThread(self);
  DecRef(t->target);
  DecRef(t->args);
  delete t->info;
  FreeObject(self);
}

// CPython's, without the thread's id.
void ThreadRepr(const Object* self, std::string* out) {
  const ThreadObject* t = AsConstThread(self);
  *out +=
      std::string(t->adopted ? "<_MainThread(" : "<Thread(") + ThreadName(self) +
      (t->adopted || t->handle.load(std::memory_order_acquire) != nullptr ? ", started"
                                                                          : ", initial") +
      (ThreadDaemon(self) ? " daemon)>" : ")>");
}

Object* NewThreadOf(Object* target, Object* args, std::string_view name, bool daemon,
                    bool adopted) {
  Object* ob = AllocObject(kThreadType, sizeof(ThreadObject));
  ThreadObject* t = AsThread(ob);
  t->target = NewRef(target);
  t->args = NewRef(args);
  t->info = new ThreadInfo(name, daemon);
  new (&t->handle) std::atomic<void*>(nullptr);
  t->adopted = adopted;
  return ob;
}

}  // namespace

// Not traversed by the collector (see kIteratorType): a thread's target and
// arguments count as referenced from outside.
const TypeObject kThreadType = {
    .name = TypeIndexName(TypeIndex::kThread),
    .index = TypeIndex::kThread,
    .basic_size = sizeof(ThreadObject),
    .item_size = 0,
    .dealloc = ThreadDealloc,
    .traverse = nullptr,
    .size_of = nullptr,
    .hash = nullptr,
    .equal = nullptr,
    .clear = nullptr,
    .repr = ThreadRepr,
};

Object* NewThread(Object* target, Object* args, std::string_view name, bool daemon) {
  return NewThreadOf(target, args, name, daemon, /*adopted=*/false);
}

Object* NewAdoptedThread(std::string_view name) {
  Object* args = NewTupleUninitialized(0);
  Object* t = NewThreadOf(NewNone(), args, name, /*daemon=*/false, /*adopted=*/true);
  DecRef(args);
  return t;
}

std::string ThreadName(const Object* thread) {
  const ThreadInfo* info = AsConstThread(thread)->info;
  absl::MutexLock l(&info->mu);
  return info->name;
}

void SetThreadName(Object* thread, std::string_view name) {
  ThreadInfo* info = AsThread(thread)->info;
  absl::MutexLock l(&info->mu);
  info->name = std::string(name);
}

bool ThreadDaemon(const Object* thread) {
  const ThreadInfo* info = AsConstThread(thread)->info;
  absl::MutexLock l(&info->mu);
  return info->daemon;
}

void SetThreadDaemon(Object* thread, bool daemon) {
  ThreadInfo* info = AsThread(thread)->info;
  absl::MutexLock l(&info->mu);
  info->daemon = daemon;
}

}  // namespace gillab
