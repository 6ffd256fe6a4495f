// gillab/gil/none_gil.cc — no GIL at all.
#include <memory>

#include "gil/gil.h"
#include "gil/strategies.h"

namespace gillab {

namespace {

// `none`: the free-threaded configuration. Every thread runs at once; nothing
// protects shared objects but their own atomics (refcount modes atomic and
// biased) and the program's Locks.
class NoGil final : public Gil {
 public:
  explicit NoGil(const GilOptions& options) : Gil(GilKind::kNone, options, 0) {}

 protected:
  void DoAcquire(GilThread&, bool) override {}
  void DoRelease(GilThread&, bool) override {}
};

}  // namespace

std::unique_ptr<Gil> MakeNoGil(const GilOptions& options) {
  return std::make_unique<NoGil>(options);
}

}  // namespace gillab
