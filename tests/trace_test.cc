// GIL tracing: the Chrome Trace Event JSON parses and is well-formed, the SVG has
// a row per thread, and tracing records the events the GIL went through.
#include "gil/trace.h"

#include <map>
#include <sstream>
#include <string>

#include "gil/strategies.h"
#include "gtest/gtest.h"
#include "runtime/bytecode/assembler.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"
#include "tests/json.h"

namespace gillab {
namespace {

using testing::Json;

constexpr const char* kProgram = R"(
.func busy n                    # CPU-bound
.locals i
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_FAST i
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_FALSE done
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_ADD
  STORE_FAST i
  JUMP loop
done:
  LOAD_FAST i
  RETURN_VALUE
.end

.func io n                      # short blocking calls
.locals i
  LOAD_CONST 0
  STORE_FAST i
loop:
  LOAD_FAST i
  LOAD_FAST n
  COMPARE_OP <
  POP_JUMP_IF_FALSE done
  LOAD_GLOBAL io
  LOAD_CONST 0.0005
  CALL 1
  POP_TOP
  LOAD_FAST i
  LOAD_CONST 1
  BINARY_ADD
  STORE_FAST i
  JUMP loop
done:
  LOAD_FAST i
  RETURN_VALUE
.end
)";

TEST(TraceTest, ChromeJsonIsWellFormedAndSvgHasARowPerThread) {
  Runtime rt;
  std::unique_ptr<Gil> gil = MakeGil(GilKind::kNew, {.switch_interval_ns = 200'000});
  GilTracer tracer;
  std::int64_t forced = 0;
  {
    Interpreter interp(rt, *gil);
    absl::StatusOr<ProgramSpec> p = Assemble(kProgram);
    ASSERT_TRUE(p.ok()) << p.status();
    ASSERT_TRUE(interp.Load(*p).ok());
    auto results = interp.Run({{"busy", {Constant::Int(3'000'000)}, "cpu"},
                               {"busy", {Constant::Int(3'000'000)}, "cpu 2"},
                               {"io", {Constant::Int(20)}, "io \"quoted\""}},
                              &tracer);
    ASSERT_TRUE(results.ok());
    for (const ThreadResult& r : *results) forced += r.forced_switches;
  }
  std::ostringstream json;
  tracer.WriteChromeJson(json);
  Json doc;
  ASSERT_TRUE(testing::JsonParser(json.str()).Parse(&doc)) << json.str().substr(0, 2000);
  ASSERT_EQ(doc.kind, Json::Kind::kObject);
  ASSERT_TRUE(doc.Has("traceEvents"));
  const Json& events = doc["traceEvents"];
  ASSERT_EQ(events.kind, Json::Kind::kArray);

  std::map<int, std::string> thread_names;
  std::map<int, double> last_ts;
  std::map<std::string, int> by_name;
  for (const Json& e : events.array) {
    for (const char* field : {"name", "ph", "pid", "tid"}) {
      ASSERT_TRUE(e.Has(field)) << "an event without " << field;
    }
    const int tid = static_cast<int>(e["tid"].number);
    const std::string& ph = e["ph"].string;
    if (ph == "M") {
      ASSERT_TRUE(e.Has("args"));
      if (e["name"].string == "thread_name") {
        thread_names[tid] = e["args"]["name"].string;
      }
      continue;
    }
    ASSERT_EQ(ph, "X") << "only complete events and metadata";
    ASSERT_TRUE(e.Has("ts"));
    ASSERT_TRUE(e.Has("dur")) << "X events need dur";
    EXPECT_GE(e["dur"].number, 0.0);
    EXPECT_GE(e["ts"].number, 0.0);
    if (last_ts.count(tid)) {
      EXPECT_GE(e["ts"].number, last_ts[tid]) << "timestamps of thread " << tid;
    }
    last_ts[tid] = e["ts"].number;
    by_name[e["name"].string]++;
    EXPECT_TRUE(thread_names.count(tid)) << "rows are named before their events";
  }
  EXPECT_EQ(thread_names.size(), 3u);
  EXPECT_EQ(thread_names[3], "io \"quoted\"");
  EXPECT_GT(by_name["holding"], 20) << "each io() call drops and re-takes the GIL";
  EXPECT_GT(by_name["waiting"], 0);
  EXPECT_EQ(by_name["forced switch"], forced);
  if (forced > 0) {
    EXPECT_GT(by_name["wait timeout"], 0);
  }

  std::ostringstream svg;
  tracer.WriteSvg(svg);
  const std::string s = svg.str();
  EXPECT_EQ(s.rfind("<svg", 0), 0u);
  EXPECT_NE(s.find("</svg>"), std::string::npos);
  EXPECT_NE(s.find(">io \"quoted\"</text>"), std::string::npos);
  EXPECT_GT(tracer.total_events(), 40);
}

TEST(TraceTest, EmptyTracerWritesValidJson) {
  GilTracer tracer;
  tracer.AddThread("idle");
  std::ostringstream json;
  tracer.WriteChromeJson(json);
  Json doc;
  EXPECT_TRUE(testing::JsonParser(json.str()).Parse(&doc)) << json.str();
}

}  // namespace
}  // namespace gillab
