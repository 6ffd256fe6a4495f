// Lab: objects — what the runtime's objects are made of.
//
// Every object starts with the same 32-byte header (reference counts, owner thread,
// type pointer: see runtime/object.h), followed by its own fields. This lab makes
// one of each built-in type, shows its size (as sys.getsizeof would, without the
// GC header), its repr and how many are alive, then drops every reference and
// checks that reference counting freed each object exactly once. The small ints
// (-5..256), None, True and False are immortal: made once per runtime, never freed,
// and not counted as live.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab::labs {

LabResult RunObjects(const LabConfig& config) {
  LabResult result;
  result.scenario = "objects";
  result.config = config;
  const auto start = std::chrono::steady_clock::now();
  Runtime rt({.mode = config.mode, .debug_memory = true});

  Object* list = NewList();
  for (int i = 0; i < 5; ++i) {
    Object* n = NewInt(i * 100);
    ListAppend(list, n);
    DecRef(n);
  }
  Object* key = NewStr("answer");
  Object* value = NewInt(42);
  Object* dict = NewDict();
  DictSetItem(dict, key, value);
  Object* samples[] = {NewNone(),
                       NewBool(true),
                       NewInt(7),
                       NewInt(1 << 20),
                       NewFloat(2.5),
                       NewStr("gillab"),
                       NewTuple({key, value}),
                       list,
                       dict};

  char line[160];
  result.notes.push_back("type       bytes  immortal  repr");
  for (Object* ob : samples) {
    std::string repr = Repr(ob);
    if (repr.size() > 40) repr = repr.substr(0, 37) + "...";
    std::snprintf(line, sizeof line, "%-9s %6zu  %-8s  %s", ob->type->name, SizeOf(ob),
                  IsImmortal(ob) ? "yes" : "no", repr.c_str());
    result.notes.push_back(line);
  }
  const std::int64_t live_before = rt.live_objects();
  // The allocator while they are alive, as sys._debugmallocstats() shows it.
  std::string table = rt.allocator().Stats().ToText();
  for (std::size_t at = 0, nl; (nl = table.find('\n', at)) != std::string::npos;
       at = nl + 1) {
    result.notes.push_back("allocator: " + table.substr(at, nl - at));
  }
  std::snprintf(line, sizeof line,
                "header: %zu bytes; small-int cache: %lld..%lld, immortal",
                sizeof(Object), static_cast<long long>(Runtime::kSmallIntMin),
                static_cast<long long>(Runtime::kSmallIntMax));
  result.notes.push_back(line);

  DecRef(key);
  DecRef(value);
  for (Object* ob : samples) DecRef(ob);

  const std::int64_t live_after = rt.live_objects();
  result.expected = std::to_string(live_before) +
                    " objects alive while held; 0 after every reference is dropped";
  result.observed =
      std::to_string(live_before) + " alive while held; " + std::to_string(live_after) +
      " after; uses of freed objects: " + std::to_string(rt.use_after_free());
  result.leaked_objects = live_after;
  result.use_after_free = rt.use_after_free();
  result.corrupted = live_after != 0 || rt.use_after_free() != 0;
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace gillab::labs
