// gillab/runtime/interp/call.cc — calling a function or a builtin: binding
// positional and keyword arguments to parameters, filling the rest from the
// function's defaults, passing its closure's cells, with Python's messages when
// the arguments do not fit.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/thread_context.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/callable_object.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"
#include "runtime/objects/weakref_object.h"

namespace gillab {

namespace {

using TC = Interpreter::ThreadContext;

// "f() missing 2 required positional arguments: 'a' and 'b'" (`kind`
// "keyword-only": "... keyword-only argument: 'c'"), as Python says it.
[[gnu::cold, gnu::noinline]] Object* RaiseMissing(TC& tc, const std::string& function,
                                                  const std::vector<std::string>& names,
                                                  const char* kind) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0)
      list += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    list += "'" + names[i] + "'";
  }
  return Raise(tc, "TypeError",
               function + "() missing " + std::to_string(names.size()) + " required " +
                   kind + " argument" + (names.size() == 1 ? "" : "s") + ": " + list);
}

// "f() takes 1 positional argument but 2 were given", or with defaults "f()
// takes from 1 to 2 positional arguments but 3 were given", and with
// keyword-only arguments given "... but 2 positional arguments (and 1
// keyword-only argument) were given", as Python says it.
std::string TooManyPositional(const Interpreter::Code& code, int defaults, int given,
                              int kwonly_given) {
  const int most = code.num_positional;
  const int least = most - defaults;
  const std::string takes =
      least == most
          ? std::to_string(most) + " positional argument" + (most == 1 ? "" : "s")
          : "from " + std::to_string(least) + " to " + std::to_string(most) +
                " positional arguments";
  const std::string kwonly =
      kwonly_given == 0
          ? ""
          : std::string(" positional argument") + (given == 1 ? "" : "s") + " (and " +
                std::to_string(kwonly_given) + " keyword-only argument" +
                (kwonly_given == 1 ? "" : "s") + ")";
  return code.qualname + "() takes " + takes + " but " + std::to_string(given) + kwonly +
         (given == 1 && kwonly_given == 0 ? " was" : " were") + " given";
}

// The defaults of the positional parameters (the function's defaults tuple
// holds the keyword-only ones' after them).
int PositionalDefaultsOf(const FunctionObject* f, const Interpreter::Code& code) {
  if (f->defaults == nullptr) return 0;
  const auto& kwonly = code.spec->kwonly;
  return static_cast<int>(TupleSize(f->defaults)) -
         static_cast<int>(std::count(kwonly.begin(), kwonly.end(), true));
}

}  // namespace

// r(): the referent, or None once it died. NEW reference, or null with an error.
Object* Interpreter::CallWeakref(ThreadContext& tc, Object* weakref, int nargs,
                                 const std::vector<std::string>& kwnames) {
  if (!kwnames.empty()) {
    return Raise(tc, "TypeError", "weakref() takes no keyword arguments");
  }
  if (nargs != 0) {
    return Raise(tc, "TypeError",
                 "weakref expected 0 arguments, got " + std::to_string(nargs));
  }
  return WeakrefGet(weakref);
}

// Calls `callee` with `args` (their references are the callee's from here on).
// NEW reference, or null with an error.
Object* Interpreter::Call(ThreadContext& tc, Object* callee, Object** args, int nargs) {
  if (IsFunction(callee)) {
    const FunctionObject* f = AsFunction(callee);
    const Code& code = *static_cast<const Code*>(f->code);
    if (nargs == code.fast_arity && f->closure == nullptr) [[likely]] {
      return (this->*eval_)(tc, code, args, nullptr);
    }
    return CallKw(tc, callee, args, nargs, {});
  }
  Object* result;
  if (IsBuiltin(callee)) {
    result = CallBuiltin(tc, static_cast<Builtin>(AsBuiltin(callee)->id), args, nargs);
  } else if (IsClass(callee) || IsMethod(callee)) {
    return CallKw(tc, callee, args, nargs, {});
  } else if (IsWeakref(callee)) {
    result = CallWeakref(tc, callee, nargs, {});
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
  if (IsClass(callee)) return CallClass(tc, callee, args, nargs, kwnames);
  if (IsMethod(callee)) {  // f(self, args...)
    absl::InlinedVector<Object*, 8> argv(static_cast<std::size_t>(nargs) + 1);
    argv[0] = NewRef(AsMethod(callee)->self);
    for (int i = 0; i < nargs; ++i) argv[static_cast<std::size_t>(i) + 1] = args[i];
    return CallKw(tc, AsMethod(callee)->function, argv.data(), nargs + 1, kwnames);
  }
  if (!IsFunction(callee)) {
    Object* r =
        IsWeakref(callee)
            ? CallWeakref(tc, callee, nargs, kwnames)
            : Raise(tc, "TypeError", "'" + TypeName(callee) + "' object is not callable");
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    return r;
  }
  const FunctionObject* f = AsFunction(callee);
  const Code& code = *static_cast<const Code*>(f->code);
  const std::vector<std::string>& params = code.spec->locals;
  const int defaults = PositionalDefaultsOf(f, code);
  const int nparams = code.num_positional;
  const int nnamed = nparams + code.num_kwonly;  // what a keyword may name
  // First where each argument goes (nothing moves yet: an error drops them all).
  // slot[i]: the parameter argument i binds; -1 for *args's, -2 for **kwargs's.
  std::vector<int> slot(static_cast<std::size_t>(nargs), -1);
  std::vector<bool> bound(static_cast<std::size_t>(nnamed), false);
  std::string problem;
  if (npos > nparams && !code.varargs) {
    int kwonly_given = 0;
    for (const std::string& name : kwnames) {
      kwonly_given +=
          static_cast<int>(std::find(params.begin() + nparams, params.begin() + nnamed,
                                     name) != params.begin() + nnamed);
    }
    problem = TooManyPositional(code, defaults, npos, kwonly_given);
  }
  for (int i = 0; i < npos && i < nparams; ++i) {
    slot[static_cast<std::size_t>(i)] = i;
    bound[static_cast<std::size_t>(i)] = true;
  }
  for (int k = 0; k < nkw && problem.empty(); ++k) {
    const std::string& name = kwnames[static_cast<std::size_t>(k)];
    int p = 0;
    while (p < nnamed && params[static_cast<std::size_t>(p)] != name) ++p;
    if (p == nnamed) {
      if (code.varkw) {
        slot[static_cast<std::size_t>(npos + k)] = -2;
      } else {
        problem = code.qualname + "() got an unexpected keyword argument '" + name + "'";
      }
    } else if (bound[static_cast<std::size_t>(p)]) {
      problem = code.qualname + "() got multiple values for argument '" + name + "'";
    } else {
      slot[static_cast<std::size_t>(npos + k)] = p;
      bound[static_cast<std::size_t>(p)] = true;
    }
  }
  std::vector<std::string> missing;
  const int first_default = nparams - defaults;
  for (int p = 0; p < first_default && problem.empty(); ++p) {
    if (!bound[static_cast<std::size_t>(p)])
      missing.push_back(params[static_cast<std::size_t>(p)]);
  }
  std::vector<std::string> missing_kwonly;
  for (int k = 0; k < code.num_kwonly && problem.empty() && missing.empty(); ++k) {
    if (!bound[static_cast<std::size_t>(nparams + k)] &&
        !code.spec->kwonly[static_cast<std::size_t>(k)])
      missing_kwonly.push_back(params[static_cast<std::size_t>(nparams + k)]);
  }
  if (!problem.empty() || !missing.empty() || !missing_kwonly.empty()) {
    for (int i = 0; i < nargs; ++i) DecRef(args[i]);
    if (!problem.empty()) return Raise(tc, "TypeError", problem);
    if (!missing.empty()) return RaiseMissing(tc, code.qualname, missing, "positional");
    return RaiseMissing(tc, code.qualname, missing_kwonly, "keyword-only");
  }
  // Then the moves: the parameters' values, *args's tuple, **kwargs's dict, then
  // the closure's cells (Eval's `args`).
  std::vector<Object*> values(static_cast<std::size_t>(code.num_params + code.num_free),
                              nullptr);
  Object* extra = nullptr;
  Object* keywords = code.varkw ? NewDict() : nullptr;
  if (code.varargs) {
    extra = NewTupleUninitialized(npos > nparams ? npos - nparams : 0);
  }
  for (int i = 0; i < nargs; ++i) {
    const int to = slot[static_cast<std::size_t>(i)];
    if (to >= 0) {
      values[static_cast<std::size_t>(to)] = args[i];
    } else if (i < npos) {  // an extra positional argument
      TupleInit(extra, i - nparams, args[i]);
    } else {
      Object* key = NewStr(kwnames[static_cast<std::size_t>(i - npos)]);
      DictSetItem(keywords, key, args[i]);
      DecRef(key);
      DecRef(args[i]);
    }
  }
  for (int p = first_default; p < nparams; ++p) {
    Object*& value = values[static_cast<std::size_t>(p)];
    if (value == nullptr) value = NewRef(TupleGetItem(f->defaults, p - first_default));
  }
  for (int k = 0, d = defaults; k < code.num_kwonly; ++k) {
    if (!code.spec->kwonly[static_cast<std::size_t>(k)]) continue;
    Object*& value = values[static_cast<std::size_t>(nparams + k)];
    if (value == nullptr) value = NewRef(TupleGetItem(f->defaults, d));
    ++d;
  }
  int next = nnamed;
  if (code.varargs) values[static_cast<std::size_t>(next++)] = extra;
  if (code.varkw) values[static_cast<std::size_t>(next++)] = keywords;
  for (int i = 0; i < code.num_free; ++i) {
    values[static_cast<std::size_t>(code.num_params + i)] =
        NewRef(TupleGetItem(f->closure, i));
  }
  if (code.generator) [[unlikely]]
    return NewGenerator(code, values.data());
  return (this->*eval_)(tc, code, values.data(), nullptr);
}

Object* Interpreter::CallUnpacked(ThreadContext& tc, Object* callee, Object* positional,
                                  Object* keywords) {
  // NEW references to the arguments, then the keywords' values.
  std::vector<Object*> args = ListSnapshot(positional);
  std::vector<std::string> kwnames;
  if (keywords != nullptr) {
    for (const auto& [key, value] : DictSnapshot(keywords)) {
      if (!IsStr(key)) {
        DecRef(key);
        DecRef(value);
        DecRefAll(args);
        return Raise(tc, "TypeError", "keywords must be strings");
      }
      kwnames.emplace_back(StrView(key));
      args.push_back(value);
      DecRef(key);
    }
  }
  return CallKw(tc, callee, args.data(), static_cast<int>(args.size()), kwnames);
}

}  // namespace gillab
