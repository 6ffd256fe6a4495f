// gillab/runtime/interp/call.cc — calling a function or a builtin: binding
// positional and keyword arguments to parameters, with Python's messages when
// they do not fit.
#include <string>
#include <vector>

#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/object_ops.h"

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

// "f() takes 1 positional argument but 2 were given", as Python says it.
std::string TooManyPositional(const Interpreter::Code& code, int given) {
  return code.name + "() takes " + std::to_string(code.num_params) +
         " positional argument" + (code.num_params == 1 ? "" : "s") + " but " +
         std::to_string(given) + (given == 1 ? " was" : " were") + " given";
}

}  // namespace

// Calls `callee` with `args` (their references are the callee's from here on).
// NEW reference, or null with an error.
Object* Interpreter::Call(ThreadContext& tc, Object* callee, Object** args, int nargs) {
  if (IsFunction(callee)) {
    const Code& code = *static_cast<const Code*>(AsFunction(callee)->code);
    if (nargs != code.num_params) {
      for (int i = 0; i < nargs; ++i) DecRef(args[i]);
      if (nargs < code.num_params) {
        std::vector<std::string> missing(code.spec->locals.begin() + nargs,
                                         code.spec->locals.begin() + code.num_params);
        return RaiseMissing(tc, code.name, missing);
      }
      return Raise(tc, "TypeError", TooManyPositional(code, nargs));
    }
    return (this->*eval_)(tc, code, args);
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

Object* Interpreter::CallKw(ThreadContext& tc, Object* callee, Object** args, int nargs,
                            const std::vector<std::string>& kwnames) {
  const int nkw = static_cast<int>(kwnames.size());
  const int npos = nargs - nkw;
  if (IsBuiltin(callee)) {
    Object* r = CallBuiltin(tc, static_cast<Builtin>(AsBuiltin(callee)->id), args, npos,
                            &kwnames);
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return r;
  }
  if (!IsFunction(callee)) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return Raise(tc, "TypeError", "'" + TypeName(callee) + "' object is not callable");
  }
  // Bind the keywords to the parameters of those names.
  const Code& code = *static_cast<const Code*>(AsFunction(callee)->code);
  const std::vector<std::string>& params = code.spec->locals;
  std::vector<Object*> bound(static_cast<std::size_t>(code.num_params), nullptr);
  std::string problem;
  if (npos > code.num_params) {
    problem = TooManyPositional(code, npos);
  }
  for (int i = 0; i < npos && problem.empty(); ++i)
    bound[static_cast<std::size_t>(i)] = args[i];
  for (int k = 0; k < nkw && problem.empty(); ++k) {
    const std::string& name = kwnames[static_cast<std::size_t>(k)];
    int p = 0;
    while (p < code.num_params && params[static_cast<std::size_t>(p)] != name) ++p;
    if (p == code.num_params) {
      problem = code.name + "() got an unexpected keyword argument '" + name + "'";
    } else if (bound[static_cast<std::size_t>(p)] != nullptr) {
      problem = code.name + "() got multiple values for argument '" + name + "'";
    } else {
      bound[static_cast<std::size_t>(p)] = args[npos + k];
    }
  }
  std::vector<std::string> missing;
  for (int p = 0; p < code.num_params && problem.empty(); ++p) {
    if (bound[static_cast<std::size_t>(p)] == nullptr) {
      missing.push_back(params[static_cast<std::size_t>(p)]);
    }
  }
  if (!problem.empty() || !missing.empty()) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    if (!problem.empty()) return Raise(tc, "TypeError", problem);
    return RaiseMissing(tc, code.name, missing);
  }
  return (this->*eval_)(tc, code, bound.data());
}

}  // namespace gillab
