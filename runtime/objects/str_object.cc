#include "runtime/objects/str_object.h"

#include <atomic>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/memory/alloc.h"

namespace gillab {

namespace {

void StrDealloc(Object* self) { FreeObject(self); }

std::size_t StrSizeOf(const Object* self) {
  return sizeof(StrObject) + StrView(self).size() + 1;
}

// FNV-1a, 64-bit (CPython uses randomised SipHash-1-3; determinism is worth more to
// a lab than resistance to hash flooding). Never 0: 0 marks "not computed yet".
std::uint64_t StrHash(const Object* self) {
  auto* s = const_cast<StrObject*>(reinterpret_cast<const StrObject*>(self));
  std::atomic_ref<std::uint64_t> cached(s->hash);
  std::uint64_t h = cached.load(std::memory_order_relaxed);
  if (h != 0) return h;
  h = 1469598103934665603ull;
  for (unsigned char c : StrView(self)) {
    h ^= c;
    h *= 1099511628211ull;
  }
  if (h == 0) h = 1;
  cached.store(h, std::memory_order_relaxed);
  return h;
}

bool StrEqual(const Object* self, const Object* other) {
  return StrView(self) == StrView(other);
}

// Python's quoting: single quotes unless the text has ' and no ".
void StrRepr(const Object* self, std::string* out) {
  const std::string_view text = StrView(self);
  const bool has_single = text.find('\'') != std::string_view::npos;
  const bool has_double = text.find('"') != std::string_view::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  out->push_back(quote);
  for (unsigned char c : text) {
    switch (c) {
      case '\\':
        out->append("\\\\");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (c == quote) {
          out->push_back('\\');
          out->push_back(static_cast<char>(c));
        } else if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back(quote);
}

static_assert(offsetof(StrObject, length) == kVarSizeOffset);

}  // namespace

const TypeObject kStrType = {
    .name = TypeIndexName(TypeIndex::kStr),
    .index = TypeIndex::kStr,
    .basic_size = sizeof(StrObject) + 1,  // the terminating NUL
    .item_size = 1,
    .dealloc = StrDealloc,
    .traverse = nullptr,
    .size_of = StrSizeOf,
    .hash = StrHash,
    .equal = StrEqual,
    .clear = nullptr,
    .repr = StrRepr,
};

Object* NewStr(std::string_view text) {
  Object* ob = AllocObject(kStrType, kStrType.basic_size + text.size());
  auto* s = reinterpret_cast<StrObject*>(ob);
  s->length = static_cast<std::int64_t>(text.size());
  s->hash = 0;
  char* data = reinterpret_cast<char*>(s + 1);
  if (!text.empty()) std::memcpy(data, text.data(), text.size());
  data[text.size()] = '\0';
  return ob;
}

}  // namespace gillab
