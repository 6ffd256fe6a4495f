// gillab/gil/trace.cc
#include "gil/trace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "base/json.h"

namespace gillab {

std::int64_t MonotonicNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

const char* GilEventName(GilEvent event) {
  switch (event) {
    case GilEvent::kRequest:
      return "request";
    case GilEvent::kAcquire:
      return "acquire";
    case GilEvent::kDrop:
      return "drop";
    case GilEvent::kForcedSwitch:
      return "forced switch";
    case GilEvent::kWaitTimeout:
      return "wait timeout";
  }
  return "?";
}

namespace {

std::string XmlText(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

GilTracer::GilTracer(std::size_t capacity_per_thread)
    : capacity_(capacity_per_thread), origin_ns_(MonotonicNanos()) {}

ThreadTrace* GilTracer::AddThread(std::string name) {
  threads_.push_back(std::make_unique<ThreadTrace>(static_cast<int>(threads_.size()),
                                                   std::move(name), capacity_));
  return threads_.back().get();
}

std::int64_t GilTracer::total_events() const {
  std::int64_t n = 0;
  for (const auto& t : threads_) n += static_cast<std::int64_t>(t->records().size());
  return n;
}

std::int64_t GilTracer::EndNanos() const {
  std::int64_t end = origin_ns_;
  for (const auto& t : threads_) {
    if (!t->records().empty()) end = std::max(end, t->records().back().ts_ns);
  }
  return end;
}

std::vector<GilTracer::Span> GilTracer::Spans(const ThreadTrace& t, std::int64_t end_ns) {
  std::vector<Span> spans;
  std::int64_t wait_begin = -1;
  std::int64_t hold_begin = -1;
  for (const TraceRecord& r : t.records()) {
    switch (r.event) {
      case GilEvent::kRequest:
        wait_begin = r.ts_ns;
        break;
      case GilEvent::kAcquire:
        if (wait_begin >= 0) spans.push_back({wait_begin, r.ts_ns, "waiting"});
        wait_begin = -1;
        hold_begin = r.ts_ns;
        break;
      case GilEvent::kDrop:
        if (hold_begin >= 0) spans.push_back({hold_begin, r.ts_ns, "holding"});
        hold_begin = -1;
        break;
      case GilEvent::kForcedSwitch:
      case GilEvent::kWaitTimeout:
        spans.push_back({r.ts_ns, r.ts_ns, GilEventName(r.event)});
        break;
    }
  }
  if (wait_begin >= 0) spans.push_back({wait_begin, end_ns, "waiting"});
  if (hold_begin >= 0) spans.push_back({hold_begin, end_ns, "holding"});
  // Instants were pushed as they came; spans when they closed. Sort by start so
  // each row's timestamps are monotone.
  std::stable_sort(spans.begin(), spans.end(),
                   [](const Span& a, const Span& b) { return a.begin_ns < b.begin_ns; });
  return spans;
}

void GilTracer::WriteChromeJson(std::ostream& out) const {
  const std::int64_t end = EndNanos();
  // One event per line, so that a large trace stays readable and diffable.
  out << "{\"displayTimeUnit\": \"ns\", \"traceEvents\": [\n";
  bool first = true;
  auto emit = [&](const Json& event) {
    if (!first) out << ",\n";
    first = false;
    out << ToJsonText(event);
  };
  auto meta = [](const char* name, int tid, Json args) {
    return Json{{"name", name}, {"ph", "M"}, {"pid", 1}, {"tid", tid}, {"args", args}};
  };
  emit(meta("process_name", 0, Json{{"name", "gillab GIL"}}));
  for (const auto& t : threads_) {
    const int tid = t->row() + 1;
    emit(meta("thread_name", tid, Json{{"name", t->name()}}));
    emit(meta("thread_sort_index", tid, Json{{"sort_index", tid}}));
    for (const Span& s : Spans(*t, end)) {
      // Microseconds, with the nanoseconds as decimals (Chrome's unit).
      emit(Json{{"name", s.name},
                {"cat", "gil"},
                {"ph", "X"},
                {"pid", 1},
                {"tid", tid},
                {"ts", Json(static_cast<double>(s.begin_ns - origin_ns_) / 1000.0)},
                {"dur", Json(static_cast<double>(s.end_ns - s.begin_ns) / 1000.0)}});
    }
  }
  out << "\n]}\n";
}

void GilTracer::WriteSvg(std::ostream& out) const {
  const std::int64_t end = EndNanos();
  const double total = static_cast<double>(std::max<std::int64_t>(end - origin_ns_, 1));
  const int label_w = 150, plot_w = 1000, row_h = 28, top = 40;
  const int height = top + row_h * static_cast<int>(threads_.size()) + 50;
  auto x = [&](std::int64_t ns) {
    return label_w + plot_w * static_cast<double>(ns - origin_ns_) / total;
  };
  char buf[256];
  out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << label_w + plot_w + 20
      << "\" height=\"" << height << "\" font-family=\"monospace\" font-size=\"12\">\n";
  std::snprintf(buf, sizeof buf,
                "<text x=\"%d\" y=\"20\">GIL timeline: %.3f ms; green holding, red "
                "waiting, grey neither (running without the GIL, or blocked)</text>\n",
                label_w, total / 1e6);
  out << buf;
  for (const auto& t : threads_) {
    const int y = top + row_h * t->row();
    out << "<text x=\"4\" y=\"" << y + 17 << "\">" << XmlText(t->name()) << "</text>\n";
    std::snprintf(buf, sizeof buf,
                  "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ddd\"/>\n",
                  label_w, y + 4, plot_w, row_h - 8);
    out << buf;
    for (const Span& s : Spans(*t, end)) {
      const bool holding = s.name[0] == 'h', waiting = s.name[0] == 'w';
      if (holding || waiting) {
        std::snprintf(buf, sizeof buf,
                      "<rect x=\"%.2f\" y=\"%d\" width=\"%.2f\" height=\"%d\" "
                      "fill=\"%s\"/>\n",
                      x(s.begin_ns), y + 4, std::max(x(s.end_ns) - x(s.begin_ns), 0.2),
                      row_h - 8, holding ? "#2a2" : "#d33");
      } else {  // an instant: a thin mark above the row
        std::snprintf(
            buf, sizeof buf,
            "<line x1=\"%.2f\" y1=\"%d\" x2=\"%.2f\" y2=\"%d\" stroke=\"%s\"/>\n",
            x(s.begin_ns), y, x(s.begin_ns), y + 4, s.name[0] == 'f' ? "#000" : "#36c");
      }
      out << buf;
    }
  }
  std::snprintf(buf, sizeof buf,
                "<text x=\"%d\" y=\"%d\">0 ms</text><text x=\"%d\" y=\"%d\" "
                "text-anchor=\"end\">%.3f ms</text>\n",
                label_w, height - 20, label_w + plot_w, height - 20, total / 1e6);
  out << buf << "</svg>\n";
}

}  // namespace gillab
