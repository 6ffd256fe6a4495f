// gillab/runtime/objects/thread_object.cc
#include "runtime/objects/thread_object.h"

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"

namespace gillab {

namespace {

void ThreadDealloc(Object* self) {
  ThreadObject* t = AsThread(self);
  DecRef(t->target);
  DecRef(t->args);
  delete t->name;
  FreeObject(self);
}

void ThreadRepr(const Object* self, std::string* out) {
  const auto* t = reinterpret_cast<const ThreadObject*>(self);
  *out += "<Thread(" + *t->name + (t->handle != nullptr ? ", started)>" : ", initial)>");
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

Object* NewThread(Object* target, Object* args, std::string_view name) {
  Object* ob = AllocObject(kThreadType, sizeof(ThreadObject));
  ThreadObject* t = AsThread(ob);
  t->target = NewRef(target);
  t->args = NewRef(args);
  t->name = new std::string(name);
  t->handle = nullptr;
  return ob;
}

}  // namespace gillab
