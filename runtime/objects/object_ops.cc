#include "runtime/object_ops.h"

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/refcount.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace gillab {

namespace {

// The containers whose repr is being built on this thread (CPython's
// Py_ReprEnter), so that a container inside itself prints as "[...]".
thread_local std::vector<const Object*> repr_stack;

bool IsNumber(const Object* ob) { return IsInt(ob) || IsFloat(ob); }

double AsDouble(const Object* ob) {
  return IsFloat(ob) ? FloatValue(ob) : static_cast<double>(IntValue(ob));
}

// CPython's tuple hash (3.8+), built on xxHash's mixing.
bool TupleHash(const Object* t, std::uint64_t* out) {
  constexpr std::uint64_t kPrime1 = 11400714785074694791ull;
  constexpr std::uint64_t kPrime2 = 14029467366897019727ull;
  constexpr std::uint64_t kPrime5 = 2870177450012600261ull;
  std::uint64_t acc = kPrime5;
  const std::int64_t n = TupleSize(t);
  for (std::int64_t i = 0; i < n; ++i) {
    std::uint64_t lane;
    if (!Hash(TupleGetItem(t, i), &lane)) return false;
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<std::uint64_t>(n) ^ (kPrime5 ^ 3527539ull);
  *out = acc == ~std::uint64_t{0} ? 1546275796u : acc;
  return true;
}

}  // namespace

void AppendRepr(const Object* ob, std::string* out) {
  if (ob->type->traverse != nullptr) {  // a container: guard against recursion
    if (std::find(repr_stack.begin(), repr_stack.end(), ob) != repr_stack.end()) {
      const char* name = ob->type->name;
      out->append(name[0] == 'l' ? "[...]" : name[0] == 'd' ? "{...}" : "(...)");
      return;
    }
    repr_stack.push_back(ob);
    ob->type->repr(ob, out);
    repr_stack.pop_back();
    return;
  }
  ob->type->repr(ob, out);
}

std::string Repr(const Object* ob) {
  std::string out;
  AppendRepr(ob, &out);
  return out;
}

std::string ToString(const Object* ob) {
  if (IsStr(ob)) return std::string(StrView(ob));
  return Repr(ob);
}

bool Equal(const Object* a, const Object* b) {
  if (a == b) return true;
  if (IsNumber(a) && IsNumber(b)) {
    if (IsFloat(a) || IsFloat(b)) return AsDouble(a) == AsDouble(b);
    return IntValue(a) == IntValue(b);
  }
  if (a->type != b->type || a->type->equal == nullptr) return false;
  return a->type->equal(a, b);
}

bool Hash(const Object* ob, std::uint64_t* hash) {
  if (IsTuple(ob)) return TupleHash(ob, hash);
  if (ob->type->hash == nullptr) return false;
  *hash = ob->type->hash(ob);
  return true;
}

std::size_t SizeOf(const Object* ob) {
  return ob->type->size_of != nullptr ? ob->type->size_of(ob) : ob->type->basic_size;
}

std::size_t DeepSizeOf(const Object* ob) {
  std::unordered_set<const Object*> seen;
  std::vector<Object*> work = {const_cast<Object*>(ob)};
  std::size_t total = 0;
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (IsImmortal(o) || !seen.insert(o).second) continue;
    total += SizeOf(o);
    Traverse(
        o,
        [](Object* referent, void* arg) {
          static_cast<std::vector<Object*>*>(arg)->push_back(referent);
          return 0;
        },
        &work);
  }
  return total;
}

int Traverse(Object* ob, VisitProc visit, void* arg) {
  return ob->type->traverse != nullptr ? ob->type->traverse(ob, visit, arg) : 0;
}

}  // namespace gillab
