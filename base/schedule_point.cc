#include "base/schedule_point.h"

namespace gillab::schedule_point_internal {

constinit thread_local SchedulePointHandler* tls_handler = nullptr;

}  // namespace gillab::schedule_point_internal
