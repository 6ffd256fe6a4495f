// gillab/runtime/interp/runtime.cc
#include "runtime/interp/runtime.h"

#include <array>

#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

Runtime::Runtime(RuntimeOptions options) : RuntimeState(options) {
  Object* none = AllocObject(kNoneType, sizeof(NoneObject));
  Immortalize(none);
  Object* bools[2];
  for (bool value : {false, true}) {
    Object* b = AllocObject(kBoolType, sizeof(IntObject));
    reinterpret_cast<IntObject*>(b)->value = value ? 1 : 0;
    Immortalize(b);
    bools[value ? 1 : 0] = b;
  }
  std::array<Object*, kNumSmallInts> small_ints;
  for (std::int64_t v = kSmallIntMin; v <= kSmallIntMax; ++v) {
    Object* n = NewIntUncached(v);
    Immortalize(n);
    small_ints[static_cast<std::size_t>(v - kSmallIntMin)] = n;
  }
  Object* empty_tuple = NewTupleUninitialized(0);
  gc().Untrack(empty_tuple);  // immortal: never garbage
  Immortalize(empty_tuple);
  SetSingletons(none, bools[1], bools[0], empty_tuple, small_ints);
}

Runtime::~Runtime() { FreeSingletons(); }

}  // namespace gillab
