// gillab/runtime/interp/modules/str_methods.cc — the str methods a course uses:
// join, split, strip (and lstrip, rstrip), upper, lower, startswith, endswith,
// replace, find, count, format. str holds UTF-8 bytes: upper and lower change
// ASCII letters only; the others work on bytes, which for UTF-8 text gives
// Python's results (a substring of valid UTF-8 is found where its characters
// are).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/interp/builtins.h"
#include "runtime/memory/refcount.h"
#include "runtime/objects/dict_object.h"
#include "runtime/objects/int_object.h"
#include "runtime/objects/iter_object.h"
#include "runtime/objects/list_object.h"
#include "runtime/objects/object_ops.h"
#include "runtime/objects/singletons.h"
#include "runtime/objects/str_object.h"
#include "runtime/objects/tuple_object.h"

namespace gillab {

namespace {

// The argument's text, or false with "NAME() argument N must be str, not T".
bool StrArg(BuiltinCall& call, int i, const char* name, std::string_view* out) {
  if (!IsStr(call.arg(i))) {
    call.Raise("TypeError", std::string(name) + "() argument " + std::to_string(i + 1) +
                                " must be str, not " + TypeName(call.arg(i)));
    return false;
  }
  *out = StrView(call.arg(i));
  return true;
}

bool ArgsBetween(BuiltinCall& call, int least, int most) {
  if (call.nargs() >= least && call.nargs() <= most) return true;
  if (most == 0) {
    call.Raise("TypeError", "str." + std::string(call.name()) +
                                "() takes no arguments (" + std::to_string(call.nargs()) +
                                " given)");
  } else if (least == most) {
    call.Raise("TypeError", std::string(call.name()) + "() takes exactly " +
                                std::to_string(most) + " argument" +
                                (most == 1 ? "" : "s") + " (" +
                                std::to_string(call.nargs()) + " given)");
  } else if (call.nargs() < least) {
    call.Raise("TypeError", std::string(call.name()) + " expected at least " +
                                std::to_string(least) + " argument" +
                                (least == 1 ? "" : "s") + ", got " +
                                std::to_string(call.nargs()));
  } else {
    call.Raise("TypeError", std::string(call.name()) + "() takes at most " +
                                std::to_string(most) + " argument" +
                                (most == 1 ? "" : "s") + " (" +
                                std::to_string(call.nargs()) + " given)");
  }
  return false;
}

Object* NewStrList(const std::vector<std::string_view>& parts) {
  Object* list = NewList();
  for (std::string_view p : parts) {
    Object* s = NewStr(p);
    ListAppend(list, s);
    DecRef(s);
  }
  return list;
}

// sep.join(iterable): its items, each a str, with sep between.
Object* Join(BuiltinCall& call, Object* self) {
  if (!ArgsBetween(call, 1, 1)) return nullptr;
  Object* arg = call.arg(0);
  std::vector<Object*> items;
  if (const int r = CollectItems(arg, &items); r <= 0) {
    return r < 0 ? nullptr : call.Raise("TypeError", "can only join an iterable");
  }
  std::string out;
  const std::string_view sep = StrView(self);
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!IsStr(items[i])) {
      call.Raise("TypeError", "sequence item " + std::to_string(i) +
                                  ": expected str instance, " + TypeName(items[i]) +
                                  " found");
      DecRefAll(items);
      return nullptr;
    }
    if (i > 0) out += sep;
    out += StrView(items[i]);
  }
  DecRefAll(items);
  return NewStr(out);
}

// split(sep=None, maxsplit=-1): runs of whitespace, or each sep.
Object* Split(BuiltinCall& call, Object* self) {
  if (!ArgsBetween(call, 0, 2)) return nullptr;
  Object* sep_ob = nullptr;
  Object* max_ob = nullptr;
  if (!call.PositionalOrKeyword(0, 0, "sep", &sep_ob) ||
      !call.PositionalOrKeyword(1, 1, "maxsplit", &max_ob)) {
    return nullptr;
  }
  std::int64_t maxsplit = -1;
  if (max_ob != nullptr) {
    if (!IsInt(max_ob)) return call.RaiseNotAnInteger(max_ob);
    maxsplit = IntValue(max_ob);
  }
  const std::string_view s = StrView(self);
  std::vector<std::string_view> parts;
  if (sep_ob == nullptr || IsNone(sep_ob)) {
    std::size_t i = 0;
    while (true) {
      while (i < s.size() && IsAsciiSpace(s[i])) ++i;
      if (i == s.size()) break;
      if (maxsplit >= 0 && static_cast<std::int64_t>(parts.size()) == maxsplit) {
        std::size_t end = s.size();
        while (end > i && IsAsciiSpace(s[end - 1])) --end;
        parts.push_back(s.substr(i, end - i));
        break;
      }
      std::size_t j = i;
      while (j < s.size() && !IsAsciiSpace(s[j])) ++j;
      parts.push_back(s.substr(i, j - i));
      i = j;
    }
    return NewStrList(parts);
  }
  if (!IsStr(sep_ob)) {
    return call.Raise("TypeError", "must be str or None, not " + TypeName(sep_ob));
  }
  const std::string_view sep = StrView(sep_ob);
  if (sep.empty()) return call.Raise("ValueError", "empty separator");
  std::size_t start = 0;
  while (maxsplit < 0 || static_cast<std::int64_t>(parts.size()) < maxsplit) {
    const std::size_t at = s.find(sep, start);
    if (at == std::string_view::npos) break;
    parts.push_back(s.substr(start, at - start));
    start = at + sep.size();
  }
  parts.push_back(s.substr(start));
  return NewStrList(parts);
}

// strip([chars]), lstrip, rstrip: whitespace, or any of chars, from the ends.
template <bool kLeft, bool kRight>
Object* Strip(BuiltinCall& call, Object* self) {
  if (!ArgsBetween(call, 0, 1)) return nullptr;
  std::string_view chars;
  const bool whitespace = call.nargs() == 0 || IsNone(call.arg(0));
  if (!whitespace) {
    if (!IsStr(call.arg(0))) {
      return call.Raise("TypeError",
                        std::string(call.name()) + " arg must be None or str");
    }
    chars = StrView(call.arg(0));
  }
  const auto strip = [&](char c) {
    return whitespace ? IsAsciiSpace(c) : chars.find(c) != std::string_view::npos;
  };
  std::string_view s = StrView(self);
  while (kLeft && !s.empty() && strip(s.front())) s.remove_prefix(1);
  while (kRight && !s.empty() && strip(s.back())) s.remove_suffix(1);
  return NewStr(s);
}

template <bool kUpper>
Object* ChangeCase(BuiltinCall& call, Object* self) {
  if (!ArgsBetween(call, 0, 0)) return nullptr;
  std::string out(StrView(self));
  for (char& c : out) {
    if (kUpper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!kUpper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return NewStr(out);
}

// startswith(prefix), endswith(suffix): a str or a tuple of them.
template <bool kStart>
Object* StartsEnds(BuiltinCall& call, Object* self) {
  if (!ArgsBetween(call, 1, 1)) return nullptr;
  const std::string_view s = StrView(self);
  const auto match = [&](std::string_view p) {
    return p.size() <= s.size() &&
           (kStart ? s.substr(0, p.size()) : s.substr(s.size() - p.size())) == p;
  };
  Object* arg = call.arg(0);
  const char* name = kStart ? "startswith" : "endswith";
  if (IsStr(arg)) return NewBool(match(StrView(arg)));
  if (IsTuple(arg)) {
    for (std::int64_t i = 0; i < TupleSize(arg); ++i) {
      Object* p = TupleGetItem(arg, i);
      if (!IsStr(p)) {
        return call.Raise("TypeError", "tuple for " + std::string(name) +
                                           " must only contain str, not " + TypeName(p));
      }
      if (match(StrView(p))) return NewBool(true);
    }
    return NewBool(false);
  }
  return call.Raise("TypeError", std::string(name) +
                                     " first arg must be str or a tuple of str, not " +
                                     TypeName(arg));
}

// replace(old, new, count=-1)
Object* Replace(BuiltinCall& call, Object* self) {
  if (!ArgsBetween(call, 2, 3)) return nullptr;
  std::string_view old_text, new_text;
  if (!StrArg(call, 0, "replace", &old_text) || !StrArg(call, 1, "replace", &new_text)) {
    return nullptr;
  }
  std::int64_t count = -1;
  if (call.nargs() == 3) {
    if (!IsInt(call.arg(2))) return call.RaiseNotAnInteger(call.arg(2));
    count = IntValue(call.arg(2));
  }
  const std::string_view s = StrView(self);
  std::string out;
  std::size_t start = 0;
  std::int64_t done = 0;
  if (old_text.empty()) {  // between every character, and at both ends
    for (std::size_t i = 0; i <= s.size(); ++i) {
      if (count < 0 || done < count) {
        out += new_text;
        ++done;
      }
      if (i < s.size()) out += s[i];
    }
    return NewStr(out);
  }
  while (count < 0 || done < count) {
    const std::size_t at = s.find(old_text, start);
    if (at == std::string_view::npos) break;
    out += s.substr(start, at - start);
    out += new_text;
    start = at + old_text.size();
    ++done;
  }
  out += s.substr(start);
  return NewStr(out);
}

// find(sub): the first index, or -1; count(sub): non-overlapping occurrences.
template <bool kCount>
Object* FindCount(BuiltinCall& call, Object* self) {
  if (!ArgsBetween(call, 1, 1)) return nullptr;
  if (!IsStr(call.arg(0))) {
    return call.Raise("TypeError", "must be str, not " + TypeName(call.arg(0)));
  }
  const std::string_view s = StrView(self), sub = StrView(call.arg(0));
  if (!kCount) {
    const std::size_t at = s.find(sub);
    return NewInt(at == std::string_view::npos ? -1 : static_cast<std::int64_t>(at));
  }
  if (sub.empty()) return NewInt(static_cast<std::int64_t>(s.size()) + 1);
  std::int64_t n = 0;
  for (std::size_t at = s.find(sub); at != std::string_view::npos;
       at = s.find(sub, at + sub.size())) {
    ++n;
  }
  return NewInt(n);
}

// format(*args): "{}", "{0}", "{!r}" fields filled from the arguments, "{{" and
// "}}" for braces; format specs and named fields are outside the subset.
Object* Format(BuiltinCall& call, Object* self) {
  const std::string_view f = StrView(self);
  std::string out;
  int next_auto = 0;
  bool manual = false, automatic = false;
  for (std::size_t i = 0; i < f.size(); ++i) {
    const char c = f[i];
    if (c == '}') {
      if (i + 1 < f.size() && f[i + 1] == '}') {
        out += '}';
        ++i;
        continue;
      }
      return call.Raise("ValueError", "Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      continue;
    }
    if (i + 1 < f.size() && f[i + 1] == '{') {
      out += '{';
      ++i;
      continue;
    }
    const std::size_t close = f.find('}', i);
    if (close == std::string_view::npos) {
      return call.Raise("ValueError", "expected '}' before end of string");
    }
    std::string_view field = f.substr(i + 1, close - i - 1);
    i = close;
    bool repr = false;
    if (const std::size_t bang = field.find('!'); bang != std::string_view::npos) {
      const std::string_view conv = field.substr(bang + 1);
      if (conv != "r" && conv != "s") {
        return call.Raise("ValueError",
                          "Unknown conversion specifier " + std::string(conv));
      }
      repr = conv == "r";
      field = field.substr(0, bang);
    }
    if (field.find(':') != std::string_view::npos) {
      return call.Raise("ValueError", "format specs are outside gillab's subset ('" +
                                          std::string(field) + "')");
    }
    int index;
    if (field.empty()) {
      if (manual) {
        return call.Raise("ValueError",
                          "cannot switch from manual field specification to automatic "
                          "field numbering");
      }
      automatic = true;
      index = next_auto++;
    } else if (field.find_first_not_of("0123456789") == std::string_view::npos &&
               field.size() < 6) {
      if (automatic) {
        return call.Raise("ValueError",
                          "cannot switch from automatic field numbering to manual field "
                          "specification");
      }
      manual = true;
      index = std::stoi(std::string(field));
    } else {
      return call.Raise("KeyError", "'" + std::string(field) + "'");
    }
    if (index >= call.nargs()) {
      return call.Raise("IndexError", "Replacement index " + std::to_string(index) +
                                          " out of range for positional args tuple");
    }
    std::string text;
    const bool ok = repr ? ReprOrRaise(call.tc().err, call.arg(index), &text)
                         : ToStringOrRaise(call.tc().err, call.arg(index), &text);
    if (!ok) return nullptr;
    out += text;
  }
  return NewStr(out);
}

}  // namespace

void RegisterStrMethods(BuiltinRegistry& r) {
  r.AddMethod(kStrType, "join", Join);
  r.AddMethod(kStrType, "split", Split, {"sep", "maxsplit"});
  r.AddMethod(kStrType, "strip", Strip<true, true>);
  r.AddMethod(kStrType, "lstrip", Strip<true, false>);
  r.AddMethod(kStrType, "rstrip", Strip<false, true>);
  r.AddMethod(kStrType, "upper", ChangeCase<true>);
  r.AddMethod(kStrType, "lower", ChangeCase<false>);
  r.AddMethod(kStrType, "startswith", StartsEnds<true>);
  r.AddMethod(kStrType, "endswith", StartsEnds<false>);
  r.AddMethod(kStrType, "replace", Replace);
  r.AddMethod(kStrType, "find", FindCount<false>);
  r.AddMethod(kStrType, "count", FindCount<true>);
  r.AddMethod(kStrType, "format", Format);
}

}  // namespace gillab
