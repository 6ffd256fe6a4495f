// gillab/runtime/interp/modules/sys_module.cc — sys.setswitchinterval and
// sys.getswitchinterval: the running GIL's switch interval, in seconds.
#include <algorithm>
#include <cstdint>
#include <string>

#include "runtime/interp/builtins.h"
#include "runtime/objects/float_object.h"
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

}  // namespace

void RegisterSysModule(BuiltinRegistry& r) {
  r.Add(Builtin::kSetSwitchInterval, SetSwitchInterval);
  r.Add(Builtin::kGetSwitchInterval, GetSwitchInterval);
}

}  // namespace gillab
