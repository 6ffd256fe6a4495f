// The Python front end: how fast it compiles, and how fast the compiled code
// runs next to python3 on the same script.
//
//   BM_Compile            tokenize + parse + compile + verify a ~3,000-line
//                         module (synthetic, built here); bytes/s and lines/s
//   BM_CompileScaling     n lines, each with a new global, a new string and a new
//                         float (`yN = "sN" + str(N.5)`), n = 10,000..160,000:
//                         compile time must grow linearly (the fitted BigO is
//                         printed; an index lookup that scans would show N^2)
//   BM_ScriptVsPython3    one script (recursion, range loops, list appends, dict
//                         stores), timed by itself with time.monotonic_ns(), run
//                         by gillab (new GIL, nonatomic counts) and by python3
//                         one after the other: `speedup` = python3 / gillab time
//
//   bazel run -c opt //bench:frontend_bench --
//     --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <cstdio>
#include <cstdlib>
#include <string>

#include "benchmark/benchmark.h"
#include "frontend/compiler.h"
#include "gil/strategies.h"
#include "runtime/interp/interpreter.h"
#include "runtime/interp/runtime.h"

namespace gillab {
namespace {

// `n` functions of a dozen lines each, then calls to all of them.
std::string SyntheticModule(int n) {
  std::string src = "import threading\nlock = threading.Lock()\ntotal = 0\n";
  for (int i = 0; i < n; ++i) {
    const std::string f = "f" + std::to_string(i);
    src += "def " + f +
           "(a, b):\n"
           "    global total\n"
           "    xs = [a, b, (a, b), {'k': a}]\n"
           "    for i in range(a, b):\n"
           "        if i % 3 == 0 and i > 1 or not i:\n"
           "            xs.append(f\"{i!r}-{a * b}\")\n"
           "        elif 0 <= i < 10:\n"
           "            continue\n"
           "    with lock:\n"
           "        total += len(xs)\n"
           "    return xs[-1] if xs else None\n\n";
  }
  for (int i = 0; i < n; ++i) src += "f" + std::to_string(i) + "(1, 5)\n";
  return src;
}

void BM_Compile(benchmark::State& state) {
  const std::string src = SyntheticModule(static_cast<int>(state.range(0)));
  std::int64_t lines = 0;
  for (char c : src) lines += c == '\n';
  for (auto _ : state) {
    ProgramSpec program;
    py::SourceError error;
    if (!py::CompilePython(src, "bench.py", &program, &error)) {
      state.SkipWithError(error.message.c_str());
      return;
    }
    benchmark::DoNotOptimize(program.functions.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(src.size()));
  state.counters["lines_per_s"] = benchmark::Counter(
      static_cast<double>(lines), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Compile)->Arg(250)->Unit(benchmark::kMillisecond);

void BM_CompileScaling(benchmark::State& state) {
  std::string src;
  for (std::int64_t i = 0; i < state.range(0); ++i) {
    const std::string n = std::to_string(i);
    src += "y" + n + " = \"s" + n + "\" + str(" + n + ".5)\n";
  }
  for (auto _ : state) {
    ProgramSpec program;
    py::SourceError error;
    if (!py::CompilePython(src, "scaling.py", &program, &error)) {
      state.SkipWithError(error.message.c_str());
      return;
    }
    benchmark::DoNotOptimize(program.functions.data());
  }
  state.SetComplexityN(state.range(0));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(src.size()));
}
BENCHMARK(BM_CompileScaling)
    ->RangeMultiplier(2)
    ->Range(10'000, 160'000)
    ->Complexity()
    ->Unit(benchmark::kMillisecond);

constexpr const char* kScript =
    "import time\n"
    "def fib(n):\n"
    "    if n < 2:\n"
    "        return n\n"
    "    return fib(n - 1) + fib(n - 2)\n"
    "def work():\n"
    "    start = time.monotonic_ns()\n"
    "    fib(24)\n"
    "    s = 0\n"
    "    for i in range(1000000):\n"
    "        if i % 3 == 0:\n"
    "            s += i\n"
    "    xs = []\n"
    "    for i in range(200000):\n"
    "        xs.append(i * 2)\n"
    "    d = {}\n"
    "    for i in range(100000):\n"
    "        d[i] = xs[i]\n"
    "    return time.monotonic_ns() - start\n"
    "print(work())\n";

double GillabSeconds() {
  ProgramSpec program;
  py::SourceError error;
  if (!py::CompilePython(kScript, "bench.py", &program, &error)) return -1;
  Runtime rt({.mode = RefcountMode::kNonAtomic});
  std::unique_ptr<Gil> gil = MakeGil(GilKind::kNew, {});
  std::string printed;
  InterpreterOptions options;
  options.print = [&](std::string_view text) { printed += text; };
  Interpreter interp(rt, *gil, options);
  if (!interp.Load(program).ok()) return -1;
  auto results = interp.Run({{"<module>", {}, ""}});
  if (!results.ok() || !(*results)[0].ok) return -1;
  return std::atof(printed.c_str()) / 1e9;
}

double Python3Seconds() {
  const std::string path = "/tmp/gillab_frontend_bench.py";
  if (std::FILE* f = std::fopen(path.c_str(), "w")) {
    std::fputs(kScript, f);
    std::fclose(f);
  } else {
    return -1;
  }
  std::FILE* p = popen(("/usr/bin/python3 -I " + path).c_str(), "r");
  if (p == nullptr) return -1;
  double ns = -1;
  if (std::fscanf(p, "%lf", &ns) != 1) ns = -1;
  pclose(p);
  return ns / 1e9;
}

void BM_ScriptVsPython3(benchmark::State& state) {
  double gillab = 0, python = 0;
  for (auto _ : state) {
    gillab = GillabSeconds();
    python = Python3Seconds();
    if (gillab <= 0 || python <= 0) {
      state.SkipWithError("a run failed");
      return;
    }
    state.SetIterationTime(gillab);
  }
  state.counters["gillab_ms"] = gillab * 1e3;
  state.counters["python3_ms"] = python * 1e3;
  state.counters["speedup"] = python / gillab;
}
BENCHMARK(BM_ScriptVsPython3)
    ->UseManualTime()
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace gillab

BENCHMARK_MAIN();
