// Lab: memory — the same records stored five ways, and what each way costs.
//
// What is stored: --iterations records (100,000 by default) of (id, name, score):
// id = i, name = "user<i>", score = i * 0.5. The CPython memory courses ask which
// container to keep them in; this lesson builds each layout on gillab's allocator
// and counts what it took:
//   tuples    [(id, name, score), ...]      one tuple per record + its 3 values
//   lists     [[id, name, score], ...]      a list per record: a header plus a
//                                           separate item buffer with spare room
//   dicts     [{"id": .., ...}, ...]        a hash table per record; the keys are
//                                           shared (one "id" str for all records)
//   columns   {"id": [..], "name": [..], "score": [..]}   three lists: no
//                                           per-record container at all
//   typed     ids and scores as packed 8-byte columns (array('q'), array('d'):
//             gillab has no array type, so the lesson allocates the two buffers
//             such an object holds), names still a list of str
//   class_dict   instances of a class, each with its __dict__ (a dict)
//   class_slots  instances of a class with __slots__: three slots inline,
//                no dict
//
// What is counted: bytes (every block the allocator handed out, including GC
// headers and list spare capacity), objects, and the allocator's pools (16 KiB)
// and arenas (1 MiB) in use: the arenas/pools/blocks picture of pymalloc. Each
// layout is then dropped, and must give back every object: the exact part of the
// lesson. CPython 3.11's bytes per record are measured live (labs/cpython/memory.py,
// tracemalloc) and shown beside gillab's. gillab's objects are larger than
// CPython's (a 32-byte header with owner and biased counts, against 16 bytes; a
// 32-byte GC head against 16): the ranking is the lesson, and it is the same.
#include <cstdio>
#include <string>
#include <vector>

#include "labs/py_scripts.h"
#include "labs/scenario.h"
#include "runtime/interp/runtime.h"
#include "runtime/memory/alloc.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/class_object.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/float_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab::labs {

namespace {

struct Footprint {
  std::int64_t bytes = 0, objects = 0, pools = 0, arenas = 0;
};

Footprint Measure(Runtime& rt) {
  const AllocatorStats s = rt.allocator().Stats();
  Footprint f;
  f.bytes = s.small_bytes_used + s.large_bytes;
  f.objects = rt.live_objects();
  f.arenas = s.arenas_live;
  for (const AllocatorStats::Class& c : s.classes) f.pools += c.pools_used + c.pools_full;
  return f;
}

// The three values of record i, as NEW references.
struct Values {
  Object* id;
  Object* name;
  Object* score;
  explicit Values(std::int64_t i)
      : id(NewInt(i)),
        name(NewStr("user" + std::to_string(i))),
        score(NewFloat(static_cast<double>(i) * 0.5)) {}
  void Drop() const {
    DecRef(id);
    DecRef(name);
    DecRef(score);
  }
};

// Appends `item` to `list` and drops the caller's reference.
void Give(Object* list, Object* item) {
  ListAppend(list, item);
  DecRef(item);
}

// A buffer from MemAlloc that the caller frees with MemFree (typed columns).
struct RawBlock {
  void* block;
  std::size_t size;
};

// Each layout: builds the records and returns the one object that holds them.
// The caller releases it; `buffers` receives raw blocks to free (typed only).

Object* BuildTuples(std::int64_t n, std::vector<RawBlock>&) {
  Object* list = NewList();
  for (std::int64_t i = 0; i < n; ++i) {
    const Values v(i);
    Give(list, NewTuple({v.id, v.name, v.score}));
    v.Drop();
  }
  return list;
}

Object* BuildLists(std::int64_t n, std::vector<RawBlock>&) {
  Object* list = NewList();
  for (std::int64_t i = 0; i < n; ++i) {
    const Values v(i);
    Object* row = NewList();
    ListAppend(row, v.id);
    ListAppend(row, v.name);
    ListAppend(row, v.score);
    Give(list, row);
    v.Drop();
  }
  return list;
}

Object* BuildDicts(std::int64_t n, std::vector<RawBlock>&) {
  Object* keys[3] = {NewStr("id"), NewStr("name"), NewStr("score")};
  Object* list = NewList();
  for (std::int64_t i = 0; i < n; ++i) {
    const Values v(i);
    Object* row = NewDict();
    DictSetItem(row, keys[0], v.id);
    DictSetItem(row, keys[1], v.name);
    DictSetItem(row, keys[2], v.score);
    Give(list, row);
    v.Drop();
  }
  for (Object* k : keys) DecRef(k);
  return list;
}

// {"id": ids, "name": names, "score": scores}; `typed`: ids and scores packed.
Object* BuildColumns(std::int64_t n, std::vector<RawBlock>& buffers, bool typed) {
  Object* columns = NewDict();
  Object* ids = NewList();
  Object* names = NewList();
  Object* scores = NewList();
  const std::size_t packed = static_cast<std::size_t>(n) * 8;
  auto* id_block = typed ? static_cast<std::int64_t*>(MemAlloc(packed)) : nullptr;
  auto* score_block = typed ? static_cast<double*>(MemAlloc(packed)) : nullptr;
  for (std::int64_t i = 0; i < n; ++i) {
    if (typed) {
      id_block[i] = i;
      score_block[i] = static_cast<double>(i) * 0.5;
      Give(names, NewStr("user" + std::to_string(i)));
      continue;
    }
    const Values v(i);
    ListAppend(ids, v.id);
    ListAppend(names, v.name);
    ListAppend(scores, v.score);
    v.Drop();
  }
  if (typed) {
    buffers.push_back({id_block, packed});
    buffers.push_back({score_block, packed});
  }
  Object* key_names[3] = {NewStr("id"), NewStr("name"), NewStr("score")};
  Object* values[3] = {ids, names, scores};
  for (int k = 0; k < 3; ++k) {
    if (!typed || k == 1) DictSetItem(columns, key_names[k], values[k]);
    DecRef(key_names[k]);
    DecRef(values[k]);
  }
  return columns;
}

// Instances of `class Record` (a __dict__ per record) or of `class SlotRecord`
// (`__slots__ = ("id", "name", "score")`), as labs/cpython/memory.py defines them.
Object* BuildInstances(std::int64_t n, bool slots) {
  Object* keys[3] = {NewStr("id"), NewStr("name"), NewStr("score")};
  Object* name = NewStr(slots ? "SlotRecord" : "Record");
  Object* attrs = NewDict();
  Object* slot_names = slots ? NewTuple({keys[0], keys[1], keys[2]}) : nullptr;
  Object* cls = NewClass(name, nullptr, attrs, slot_names);
  Object* list = NewList();
  for (std::int64_t i = 0; i < n; ++i) {
    const Values v(i);
    Object* record = NewInstance(cls);
    Object* values[3] = {v.id, v.name, v.score};
    for (int k = 0; k < 3; ++k) {
      if (slots) {
        InstanceSlot(record, k)->store(NewRef(values[k]), std::memory_order_relaxed);
      } else {
        DictSetItem(AsInstance(record)->dict, keys[k], values[k]);
      }
    }
    Give(list, record);
    v.Drop();
  }
  DecRef(cls);  // the instances keep it
  XDecRef(slot_names);
  DecRef(attrs);
  DecRef(name);
  for (Object* k : keys) DecRef(k);
  return list;
}

struct Layout {
  const char* name;   // as memory.py's result line names it
  const char* shape;  // for the table
  Object* (*build)(std::int64_t n, std::vector<RawBlock>& buffers);
};

const Layout kLayouts[] = {
    {"tuples", "list of tuples", BuildTuples},
    {"lists", "list of lists", BuildLists},
    {"dicts", "list of dicts", BuildDicts},
    {"columns", "dict of 3 lists",
     [](std::int64_t n, std::vector<RawBlock>& b) { return BuildColumns(n, b, false); }},
    {"typed", "typed columns",
     [](std::int64_t n, std::vector<RawBlock>& b) { return BuildColumns(n, b, true); }},
    {"class_dict", "instances, __dict__",
     [](std::int64_t n, std::vector<RawBlock>&) { return BuildInstances(n, false); }},
    {"class_slots", "instances, __slots__",
     [](std::int64_t n, std::vector<RawBlock>&) { return BuildInstances(n, true); }},
};

std::string DescribeCPython(const CPythonRun& run) {
  std::string out = "CPython " + run.version + " bytes/record (tracemalloc):";
  for (const char* key :
       {"tuples", "lists", "dicts", "columns", "typed", "class_dict", "class_slots"}) {
    const std::optional<double> v = run.Number(key);
    if (!v) continue;
    char part[48];
    std::snprintf(part, sizeof part, " %s %.0f", key, *v);
    out += part;
  }
  return out;
}

}  // namespace

LabResult RunMemory(const LabConfig& config) {
  LabResult result;
  result.scenario = "memory";
  result.config = config;
  result.config.threads = 1;
  const std::int64_t start = MonotonicNanos();
  LabMachine machine(result.config, /*debug_memory=*/false);
  Runtime& rt = machine.runtime;
  const std::int64_t n = config.iterations;
  result.expected = std::to_string(n) +
                    " records (id, name, score) in each layout; every object given "
                    "back when the layout is dropped";
  result.notes.push_back(
      "layout              bytes/record  objects/record     pools   arenas");
  std::string observed;
  bool exact = true;
  for (const Layout& layout : kLayouts) {
    const Footprint before = Measure(rt);
    std::vector<RawBlock> buffers;
    Object* data = layout.build(n, buffers);
    const Footprint after = Measure(rt);
    DecRef(data);
    for (const RawBlock& b : buffers) MemFree(b.block, b.size);
    const Footprint dropped = Measure(rt);
    if (dropped.objects != before.objects) {
      exact = false;
      result.leaked_objects += dropped.objects - before.objects;
    }
    const double bytes =
        static_cast<double>(after.bytes - before.bytes) / static_cast<double>(n);
    const double objects =
        static_cast<double>(after.objects - before.objects) / static_cast<double>(n);
    char line[160];
    std::snprintf(line, sizeof line, "%-18s %13.1f %15.2f %9lld %8lld", layout.shape,
                  bytes, objects, static_cast<long long>(after.pools - before.pools),
                  static_cast<long long>(after.arenas - before.arenas));
    result.notes.push_back(line);
    std::snprintf(line, sizeof line, "%s%s %.0f B", observed.empty() ? "" : ", ",
                  layout.name, bytes);
    observed += line;
  }
  result.observed = "bytes per record: " + observed;
  result.use_after_free = rt.use_after_free();
  result.corrupted = !exact || result.use_after_free != 0;
  result.seconds = static_cast<double>(MonotonicNanos() - start) / 1e9;
  AddCPython(config, kMemoryPy, result, DescribeCPython);
  return result;
}

}  // namespace gillab::labs
