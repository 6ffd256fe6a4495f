// gillab/runtime/interp/modules/sys_module.cc — sys.setswitchinterval and
// sys.getswitchinterval: the running GIL's switch interval, in seconds;
// sys.setrecursionlimit and sys.getrecursionlimit.
#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>

#include "runtime/interp/builtins.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"

namespace gillab {

namespace {

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
  r.Add(Builtin::kSetSwitchInterval, SetSwitchInterval);
  r.Add(Builtin::kGetSwitchInterval, GetSwitchInterval);
  r.Add(Builtin::kSetRecursionLimit, SetRecursionLimit);
  r.Add(Builtin::kGetRecursionLimit, GetRecursionLimit);
}

}  // namespace gillab
