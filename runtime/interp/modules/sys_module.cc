// gillab/runtime/interp/modules/sys_module.cc — sys.setswitchinterval and
// sys.getswitchinterval: the running GIL's switch interval, in seconds;
// sys.setrecursionlimit and sys.getrecursionlimit; sys.getrefcount,
// sys.getsizeof and sys.intern.
#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>

#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"

namespace gillab {

namespace {

// sys.getrefcount(x): x's reference count as CPython 3.11 shows it, the
// argument's own reference included (the caller's stack holds it while the
// builtin runs). Immortal objects (constants, small ints, None, True, False,
// module-level functions) show gillab's fixed immortal count (refcount.h).
Object* GetRefCount(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  return NewInt(RefCount(call.arg(0)));
}

// sys.intern(s): one str object per text, for the run (a course's demo of
// `a is b` for equal strings).
Object* Intern(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  if (!IsStr(call.arg(0))) {
    return call.Raise("TypeError",
                      "intern() argument must be str, not " + TypeName(call.arg(0)));
  }
  return call.Intern(call.arg(0));
}

// sys.getsizeof(x): the bytes gillab's object takes (its 32-byte header
// included; a list's or dict's separate arrays too), as CPython counts them.
Object* GetSizeOf(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  return NewInt(static_cast<std::int64_t>(SizeOf(call.arg(0))));
}

Object* SetSwitchInterval(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  double seconds;
  if (!AsDouble(call.arg(0), &seconds)) {
    return call.Raise("TypeError", "must be real number, not " + TypeName(call.arg(0)));
  }
  if (!(seconds > 0)) {
    return call.Raise("ValueError", "switch interval must be strictly positive");
  }
  call.gil().set_switch_interval_ns(
      std::max<std::int64_t>(1, static_cast<std::int64_t>(std::min(seconds, 1e6) * 1e9)));
  return NewNone();
}

Object* GetSwitchInterval(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewFloat(static_cast<double>(call.gil().switch_interval_ns()) / 1e9);
}

Object* SetRecursionLimit(BuiltinCall& call) {
  if (!call.Arity(1)) return nullptr;
  Object* n = call.arg(0);
  if (!IsInt(n)) return call.RaiseNotAnInteger(n);
  const std::int64_t limit = IntValue(n);
  if (limit > INT32_MAX || limit < INT32_MIN) {
    return call.Raise("OverflowError", "Python int too large to convert to C int");
  }
  if (limit < 1) {
    return call.Raise("ValueError", "recursion limit must be greater or equal than 1");
  }
  // CPython counts this call's own C frame in the depth.
  const int depth = call.tc().depth + 1;
  if (limit <= depth) {
    return call.Raise("RecursionError",
                      "cannot set the recursion limit to " + std::to_string(limit) +
                          " at the recursion depth " + std::to_string(depth) +
                          ": the limit is too low");
  }
  call.interp().set_recursion_limit(static_cast<int>(limit));
  return NewNone();
}

Object* GetRecursionLimit(BuiltinCall& call) {
  if (!call.Arity(0)) return nullptr;
  return NewInt(call.interp().recursion_limit());
}

}  // namespace

void RegisterSysModule(BuiltinRegistry& r) {
  r.Add(Builtin::kGetRefCount, GetRefCount);
  r.Add(Builtin::kIntern, Intern);
  r.Add(Builtin::kGetSizeOf, GetSizeOf);
  r.Add(Builtin::kSetSwitchInterval, SetSwitchInterval);
  r.Add(Builtin::kGetSwitchInterval, GetSwitchInterval);
  r.Add(Builtin::kSetRecursionLimit, SetRecursionLimit);
  r.Add(Builtin::kGetRecursionLimit, GetRecursionLimit);
}

}  // namespace gillab
