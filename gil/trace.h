// gillab/gil/trace.h — GIL event tracing, as Chrome Trace Event JSON and SVG.
//
// Each thread records its own GIL events into its own buffer (no lock, no shared
// cache line): when it asked for the GIL, got it, dropped it, was forced to switch,
// and when its wait timed out and it asked the holder to drop. After the threads
// have finished, GilTracer turns the buffers into
//   - Chrome Trace Event JSON ({"traceEvents": [...]}, `ts`/`dur` in microseconds):
//     an `M` event names each thread's row, an `X` event with `dur` covers each
//     "waiting" (request to acquire) and "holding" (acquire to drop) span, and
//     zero-length `X` events mark forced switches and wait timeouts. Open it at
//     ui.perfetto.dev or chrome://tracing.
//   - an SVG timeline, a row per thread (holding green, waiting red, neither grey:
//     running without the GIL or blocked), in the spirit of David Beazley's GIL
//     charts.
// Tracing off means a null ThreadTrace pointer: the GIL tests it once per event,
// on its slow paths only.
#ifndef GILLAB_GIL_TRACE_H_
#define GILLAB_GIL_TRACE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace gillab {

// Nanoseconds on the monotonic clock.
std::int64_t MonotonicNanos();

enum class GilEvent : std::uint8_t {
  kRequest,       // started waiting for the GIL
  kAcquire,       // got it
  kDrop,          // released it
  kForcedSwitch,  // dropped it because another thread asked (drop request)
  kWaitTimeout,   // waited a whole switch interval, then asked the holder to drop
};
const char* GilEventName(GilEvent event);

struct TraceRecord {
  std::int64_t ts_ns;
  GilEvent event;
};

// One thread's events. Written only by that thread; read once it has finished.
class ThreadTrace {
 public:
  ThreadTrace(int row, std::string name, std::size_t capacity)
      : row_(row), name_(std::move(name)), capacity_(capacity) {}

  void Record(GilEvent event) { Record(event, MonotonicNanos()); }
  void Record(GilEvent event, std::int64_t ts_ns) {
    if (records_.size() < capacity_) {
      records_.push_back({ts_ns, event});
    } else {
      dropped_++;
    }
  }

  int row() const { return row_; }
  const std::string& name() const { return name_; }
  const std::vector<TraceRecord>& records() const { return records_; }
  // Events past the capacity, not recorded.
  std::int64_t dropped() const { return dropped_; }

 private:
  const int row_;
  const std::string name_;
  const std::size_t capacity_;
  std::vector<TraceRecord> records_;
  std::int64_t dropped_ = 0;
};

class GilTracer {
 public:
  static constexpr std::size_t kDefaultCapacity = 1 << 20;  // events per thread

  explicit GilTracer(std::size_t capacity_per_thread = kDefaultCapacity);

  // A buffer for one more thread (row = the order of the calls). Requires: called
  // before the traced threads start; the tracer outlives the buffer's use.
  ThreadTrace* AddThread(std::string name);

  // Requires: every traced thread has finished.
  void WriteChromeJson(std::ostream& out) const;
  void WriteSvg(std::ostream& out) const;
  std::int64_t total_events() const;

 private:
  struct Span {
    std::int64_t begin_ns;
    std::int64_t end_ns;
    const char* name;  // "waiting", "holding", or an instant's event name
  };
  // A thread's records as spans; an open span ends at `end_ns`.
  static std::vector<Span> Spans(const ThreadTrace& t, std::int64_t end_ns);
  std::int64_t EndNanos() const;

  const std::size_t capacity_;
  const std::int64_t origin_ns_;
  std::vector<std::unique_ptr<ThreadTrace>> threads_;
};

}  // namespace gillab

#endif  // GILLAB_GIL_TRACE_H_
