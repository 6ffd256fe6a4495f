// gillab/runtime/interp/builtins.cc — the registry, and calling what it holds.
#include "runtime/interp/builtins.h"

#include <cstdio>
#include <cstdlib>

#include "runtime/objects/object_ops.h"

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

void BuiltinRegistry::AddMethod(const TypeObject& type, const char* name, MethodFn fn) {
  methods_.push_back(MethodDef{name, &type, fn});
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
  if (kwnames != nullptr && !kwnames->empty()) {
    if (def.keywords[0] == nullptr) {
      return Raise(tc, "TypeError",
                   std::string(call.name()) + "() takes no keyword arguments");
    }
    for (std::size_t k = 0; k < kwnames->size(); ++k) {
      const std::string& n = (*kwnames)[k];
      int slot = 0;
      while (slot < BuiltinCall::kMaxKeywords && def.keywords[slot] != nullptr &&
             n != def.keywords[slot]) {
        ++slot;
      }
      if (slot == BuiltinCall::kMaxKeywords || def.keywords[slot] == nullptr) {
        return Raise(
            tc, "TypeError",
            "'" + n + "' is an invalid keyword argument for " + call.name() + "()");
      }
      call.set_kw(slot, args[nargs + static_cast<int>(k)]);
    }
  }
  return def.fn(call);
}

Object* Interpreter::CallMethod(ThreadContext& tc,
                                std::span<const MethodDef* const> methods,
                                const std::string& name, Object* self, Object** args,
                                int nargs) {
  for (const MethodDef* m : methods) {
    if (self->type == m->type) {
      BuiltinCall call(*this, tc, m->name, args, nargs);
      return m->fn(call, self);
    }
  }
  return Raise(tc, "AttributeError",
               "'" + TypeName(self) + "' object has no attribute '" + name + "'");
}

}  // namespace gillab
