// gillab/gil/strategies.cc
#include "gil/strategies.h"

namespace gillab {

std::unique_ptr<Gil> MakeGil(GilKind kind, const GilOptions& options) {
  switch (kind) {
    case GilKind::kNone:
      return MakeNoGil(options);
    case GilKind::kNew:
      return MakeNewGil(options);
    case GilKind::kOld:
      return MakeOldGil(options);
    case GilKind::kMutex:
      return MakeMutexGil(options);
    case GilKind::kFair:
      return MakeFairGil(options);
    case GilKind::kSpin:
      return MakeSpinGil(options);
    case GilKind::kAbsl:
      return MakeAbslGil(options);
    case GilKind::kPriority:
      return MakePriorityGil(options);
  }
  return MakeNoGil(options);
}

}  // namespace gillab
