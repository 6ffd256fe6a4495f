// gillab/runtime/interp/call.cc — calling a function or a builtin: binding
// positional and keyword arguments to parameters, filling the rest from the
// function's defaults, passing its closure's cells, with Python's messages when
// the arguments do not fit.
#include <string>
#include <vector>

#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

using TC = Interpreter::ThreadContext;

// "f() missing 2 required positional arguments: 'a' and 'b'", as Python says it.
[[gnu::cold, gnu::noinline]] Object* RaiseMissing(TC& tc, const std::string& function,
                                                  const std::vector<std::string>& names) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0)
      list += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    list += "'" + names[i] + "'";
  }
  return Raise(tc, "TypeError",
               function + "() missing " + std::to_string(names.size()) +
                   " required positional argument" + (names.size() == 1 ? "" : "s") +
                   ": " + list);
}

// "f() takes 1 positional argument but 2 were given", or with defaults "f()
// takes from 1 to 2 positional arguments but 3 were given", as Python says it.
std::string TooManyPositional(const Interpreter::Code& code, int defaults, int given) {
  const int most = code.num_params;
  const int least = most - defaults;
  const std::string takes =
      least == most
          ? std::to_string(most) + " positional argument" + (most == 1 ? "" : "s")
          : "from " + std::to_string(least) + " to " + std::to_string(most) +
                " positional arguments";
  return code.qualname + "() takes " + takes + " but " + std::to_string(given) +
         (given == 1 ? " was" : " were") + " given";
}

int DefaultsOf(const FunctionObject* f) {
  return f->defaults != nullptr ? static_cast<int>(TupleSize(f->defaults)) : 0;
}

}  // namespace

// Calls `callee` with `args` (their references are the callee's from here on).
// NEW reference, or null with an error.
Object* Interpreter::Call(ThreadContext& tc, Object* callee, Object** args, int nargs) {
  if (IsFunction(callee)) {
    const FunctionObject* f = AsFunction(callee);
    const Code& code = *static_cast<const Code*>(f->code);
    if (nargs == code.num_params && f->closure == nullptr) [[likely]] {
      return (this->*eval_)(tc, code, args);
    }
    return CallKw(tc, callee, args, nargs, {});
  }
  Object* result;
  if (IsBuiltin(callee)) {
    result = CallBuiltin(tc, static_cast<Builtin>(AsBuiltin(callee)->id), args, nargs);
  } else {
    result = Raise(tc, "TypeError", "'" + TypeName(callee) + "' object is not callable");
  }
  for (int i = 0; i < nargs; ++i) DecRef(args[i]);
  return result;
}

// Every call but a function's with exactly its parameters and no closure: the
// positional arguments first, then the keywords by name, then the defaults for
// what is left; then the closure's cells after the arguments (Eval's `args`).
Object* Interpreter::CallKw(ThreadContext& tc, Object* callee, Object** args, int nargs,
                            const std::vector<std::string>& kwnames) {
  const int nkw = static_cast<int>(kwnames.size());
  const int npos = nargs - nkw;
  if (IsBuiltin(callee)) {
    Object* r = CallBuiltin(tc, static_cast<Builtin>(AsBuiltin(callee)->id), args, npos,
                            nkw != 0 ? &kwnames : nullptr);
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return r;
  }
  if (!IsFunction(callee)) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return Raise(tc, "TypeError", "'" + TypeName(callee) + "' object is not callable");
  }
  const FunctionObject* f = AsFunction(callee);
  const Code& code = *static_cast<const Code*>(f->code);
  const std::vector<std::string>& params = code.spec->locals;
  const int defaults = DefaultsOf(f);
  // The parameters' values, then the closure's cells.
  std::vector<Object*> bound(static_cast<std::size_t>(code.num_params + code.num_free),
                             nullptr);
  std::string problem;
  if (npos > code.num_params) problem = TooManyPositional(code, defaults, npos);
  for (int i = 0; i < npos && problem.empty(); ++i)
    bound[static_cast<std::size_t>(i)] = args[i];
  for (int k = 0; k < nkw && problem.empty(); ++k) {
    const std::string& name = kwnames[static_cast<std::size_t>(k)];
    int p = 0;
    while (p < code.num_params && params[static_cast<std::size_t>(p)] != name) ++p;
    if (p == code.num_params) {
      problem = code.qualname + "() got an unexpected keyword argument '" + name + "'";
    } else if (bound[static_cast<std::size_t>(p)] != nullptr) {
      problem = code.qualname + "() got multiple values for argument '" + name + "'";
    } else {
      bound[static_cast<std::size_t>(p)] = args[npos + k];
    }
  }
  std::vector<std::string> missing;
  const int first_default = code.num_params - defaults;
  for (int p = 0; p < first_default && problem.empty(); ++p) {
    if (bound[static_cast<std::size_t>(p)] == nullptr) {
      missing.push_back(params[static_cast<std::size_t>(p)]);
    }
  }
  if (!problem.empty() || !missing.empty()) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    if (!problem.empty()) return Raise(tc, "TypeError", problem);
    return RaiseMissing(tc, code.qualname, missing);
  }
  for (int p = first_default; p < code.num_params; ++p) {
    Object*& slot = bound[static_cast<std::size_t>(p)];
    if (slot == nullptr) slot = NewRef(TupleGetItem(f->defaults, p - first_default));
  }
  for (int i = 0; i < code.num_free; ++i) {
    bound[static_cast<std::size_t>(code.num_params + i)] =
        NewRef(TupleGetItem(f->closure, i));
  }
  return (this->*eval_)(tc, code, bound.data());
}

}  // namespace gillab
