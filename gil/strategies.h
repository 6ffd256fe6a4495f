// gillab/gil/strategies.h — making a GIL strategy by kind (see gil.h for the list).
#ifndef GILLAB_GIL_STRATEGIES_H_
#define GILLAB_GIL_STRATEGIES_H_

#include <memory>

#include "gil/gil.h"

namespace gillab {

// Creates a strategy. Never null.
std::unique_ptr<Gil> MakeGil(GilKind kind, const GilOptions& options = {});

// One maker per strategy file.
std::unique_ptr<Gil> MakeNoGil(const GilOptions& options);
std::unique_ptr<Gil> MakeNewGil(const GilOptions& options);
std::unique_ptr<Gil> MakeOldGil(const GilOptions& options);
std::unique_ptr<Gil> MakeMutexGil(const GilOptions& options);
std::unique_ptr<Gil> MakeFairGil(const GilOptions& options);
std::unique_ptr<Gil> MakeSpinGil(const GilOptions& options);
std::unique_ptr<Gil> MakeAbslGil(const GilOptions& options);
std::unique_ptr<Gil> MakePriorityGil(const GilOptions& options);

}  // namespace gillab

#endif  // GILLAB_GIL_STRATEGIES_H_
