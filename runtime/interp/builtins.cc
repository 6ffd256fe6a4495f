// gillab/runtime/interp/builtins.cc — the registry, and calling what it holds.
#include "runtime/interp/builtins.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/str_object.h"

namespace gillab {

bool BuiltinCall::ArityError(int want) {
  Raise("TypeError", std::string(name_) + "() takes exactly " + std::to_string(want) +
                         " argument" + (want == 1 ? "" : "s") + " (" +
                         std::to_string(nargs_) + " given)");
  return false;
}

void BuiltinRegistry::Add(Builtin id, BuiltinFn fn,
                          std::array<const char*, BuiltinCall::kMaxKeywords> keywords) {
  builtins_[static_cast<int>(id)] = BuiltinDef{fn, keywords};
  registered_[static_cast<int>(id)]++;
}

Object* BuiltinCall::CallObject(Object* callee, std::initializer_list<Object*> args) {
  std::vector<Object*> argv;
  for (Object* a : args) argv.push_back(NewRef(a));  // the call takes them over
  return interp_.Call(tc_, callee, argv.data(), static_cast<int>(argv.size()));
}

Object* BuiltinCall::Iterator(Object* ob, bool wrap_generators) {
  return interp_.GetIter(tc_, ob, wrap_generators);
}

bool BuiltinCall::Items(Object* iterable, std::vector<Object*>* out) {
  if (IsList(iterable)) {
    *out = ListSnapshot(iterable);
    return true;
  }
  const int r = CollectItems(iterable, out);
  if (r == 0) Raise("TypeError", "'" + TypeName(iterable) + "' object is not iterable");
  return r > 0;
}

Object* BuiltinCall::RaiseNotAnInteger(const Object* ob) {
  return Raise("TypeError",
               "'" + TypeName(ob) + "' object cannot be interpreted as an integer");
}

bool BuiltinCall::Timeout(Object* arg, absl::Duration* out) {
  double seconds;
  if (arg == nullptr || IsNone(arg)) {
    *out = absl::InfiniteDuration();
    return true;
  }
  if (!AsDouble(arg, &seconds)) {
    // CPython's, from threading.py's `timeout > 0`
    Raise("TypeError",
          "'>' not supported between instances of '" + TypeName(arg) + "' and 'int'");
    return false;
  }
  *out = absl::Seconds(std::clamp(seconds, 0.0, 1e9));
  return true;
}

bool BuiltinCall::BindGivenKeywords(const std::array<const char*, kMaxKeywords>& keywords,
                                    const std::vector<std::string>& names,
                                    Object* const* values, const char* type) {
  if (keywords[0] == nullptr) {
    Raise("TypeError", (type != nullptr ? std::string(type) + "." : std::string()) +
                           name_ + "() takes no keyword arguments");
    return false;
  }
  for (std::size_t k = 0; k < names.size(); ++k) {
    const std::string& n = names[k];
    int slot = 0;
    while (slot < kMaxKeywords && keywords[slot] != nullptr && n != keywords[slot])
      ++slot;
    if (slot == kMaxKeywords || keywords[slot] == nullptr) {
      Raise("TypeError",
            "'" + n + "' is an invalid keyword argument for " + name_ + "()");
      return false;
    }
    kw_[slot] = values[k];
  }
  return true;
}

bool BuiltinCall::PositionalOrKeyword(int position, int keyword, const char* name,
                                      Object** out) {
  *out = position < nargs_ ? args_[position] : kw_[keyword];
  if (position < nargs_ && kw_[keyword] != nullptr) {
    Raise("TypeError", std::string("argument for ") + name_ + "() given by name ('" +
                           name + "') and position (" + std::to_string(position + 1) +
                           ")");
    return false;
  }
  return true;
}

void BuiltinRegistry::AddMethod(
    const TypeObject& type, const char* name, MethodFn fn,
    std::array<const char*, BuiltinCall::kMaxKeywords> keywords) {
  methods_.push_back(MethodDef{name, &type, fn, keywords});
}

std::span<const MethodDef* const> BuiltinRegistry::FindMethods(
    std::string_view name) const {
  for (const auto& [n, defs] : by_name_) {
    if (n == name) return defs;
  }
  return {};
}

void BuiltinRegistry::CheckComplete() const {
  for (int i = 0; i < kNumBuiltins; ++i) {
    if (registered_[i] != 1) {
      std::fprintf(stderr, "gillab: fatal: builtin '%s' has %d implementations\n",
                   BuiltinName(static_cast<Builtin>(i)), registered_[i]);
      std::abort();
    }
  }
  // Every method the bytecode layer names (GILLAB_METHODS) has one
  // implementation, and every implementation is named there.
  struct Row {
    const char* type;
    const char* name;
  };
  static constexpr Row kNamed[] = {
#define GILLAB_METHOD_ROW(type, name) {type, name},
      GILLAB_METHODS(GILLAB_METHOD_ROW)
#undef GILLAB_METHOD_ROW
  };
  for (const Row& row : kNamed) {
    int found = 0;
    for (const MethodDef& m : methods_) {
      found += std::string_view(m.type->name) == row.type &&
               std::string_view(m.name) == row.name;
    }
    if (found != 1) {
      std::fprintf(stderr, "gillab: fatal: method %s.%s has %d implementations\n",
                   row.type, row.name, found);
      std::abort();
    }
  }
  if (methods_.size() != sizeof(kNamed) / sizeof(kNamed[0])) {
    std::fprintf(stderr, "gillab: fatal: a method is not in GILLAB_METHODS\n");
    std::abort();
  }
}

const BuiltinRegistry& Builtins() {
  static const BuiltinRegistry* const registry = [] {
    auto* r = new BuiltinRegistry;
    RegisterBuiltinsModule(*r);
    RegisterSysModule(*r);
    RegisterGcModule(*r);
    RegisterThreadingModule(*r);
    RegisterTimeModule(*r);
    RegisterLabModule(*r);
    RegisterIterablesModule(*r);
    RegisterConversionsModule(*r);
    RegisterStrMethods(*r);
    RegisterClassesModule(*r);
    RegisterExceptionMethods(*r);
    RegisterGeneratorMethods(*r);
    RegisterSetModule(*r);
    RegisterQueueModule(*r);
    RegisterArrayModule(*r);
    RegisterWeakrefModule(*r);
    r->CheckComplete();
    for (const MethodDef& m : r->methods_) {  // methods_ no longer grows
      auto it = r->by_name_.begin();
      while (it != r->by_name_.end() && it->first != m.name) ++it;
      if (it == r->by_name_.end()) {
        r->by_name_.emplace_back(m.name, std::vector<const MethodDef*>{});
        it = r->by_name_.end() - 1;
      }
      it->second.push_back(&m);
    }
    return r;
  }();
  return *registry;
}

Object* Interpreter::CallBuiltin(ThreadContext& tc, Builtin id, Object** args, int nargs,
                                 const std::vector<std::string>* kwnames) {
  const BuiltinDef& def = Builtins().Find(id);
  BuiltinCall call(*this, tc, BuiltinName(id), args, nargs);
  if (!call.BindKeywords(def.keywords, kwnames, args + nargs)) return nullptr;
  return def.fn(call);
}

Object* Interpreter::CallMethod(ThreadContext& tc, const Code& code, std::size_t k,
                                Object* self, Object** args, int nargs,
                                const std::vector<std::string>* kwnames) {
  for (const MethodDef* m : code.methods[k]) {
    if (m->AppliesTo(self)) {
      BuiltinCall call(*this, tc, m->name, args, nargs);
      if (!call.BindKeywords(m->keywords, kwnames, args + nargs, m->type->name)) {
        return nullptr;
      }
      return m->fn(call, self);
    }
  }
  if (IsInstance(self) || IsClass(self) || IsSuper(self)) {
    // CallAttribute takes references: new ones, self first.
    const int n = nargs + (kwnames != nullptr ? static_cast<int>(kwnames->size()) : 0);
    absl::InlinedVector<Object*, 8> argv(static_cast<std::size_t>(n) + 1);
    argv[0] = NewRef(self);
    for (int i = 0; i < n; ++i) argv[static_cast<std::size_t>(i) + 1] = NewRef(args[i]);
    static const std::vector<std::string> kNone;
    return CallAttribute(tc, code.attr_names[k], argv.data() + 1, n,
                         kwnames != nullptr ? *kwnames : kNone);
  }
  return Raise(tc, "AttributeError",
               "'" + TypeName(self) + "' object has no attribute '" +
                   std::string(StrView(code.attr_names[k])) + "'");
}

}  // namespace gillab
