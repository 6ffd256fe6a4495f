// gillab/labs/python.cc
#include "labs/python.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "absl/synchronization/mutex.h"
#include "frontend/compiler.h"
#include "gil/strategies.h"
#include "gil/trace.h"
#include "labs/report.h"
#include "labs/sigint.h"
#include "runtime/interp/runtime.h"

namespace gillab::labs {

namespace {

// Reads `path` into `text`; false, with one line on `err`, if it cannot.
bool ReadSource(const std::string& path, std::string* text, std::ostream& err) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    // An ifstream opens a directory and reads nothing: it would run as an empty
    // program. python3 says "can't find '__main__' module"; a script is a file.
    err << "lab: cannot read '" << path << "': is a directory (lab py runs a .py file)\n";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "lab: cannot read '" << path << "': no such file, or not readable\n";
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    err << "lab: cannot read '" << path << "': a read error\n";
    return false;
  }
  *text = buffer.str();
  // As python3 reads a script: a UTF-8 byte order mark is an encoding marker,
  // not source, and \r\n and a lone \r end lines as \n does.
  if (text->rfind("\xEF\xBB\xBF", 0) == 0) text->erase(0, 3);
  std::string lines;
  lines.reserve(text->size());
  for (std::size_t i = 0; i < text->size(); ++i) {
    if ((*text)[i] != '\r') {
      lines.push_back((*text)[i]);
    } else if (i + 1 >= text->size() || (*text)[i + 1] != '\n') {
      lines.push_back('\n');
    }
  }
  *text = std::move(lines);
  return true;
}

// Compiles `source`; on failure shows the error on `err` and returns false.
bool CompileOrReport(const std::string& source, const std::string& path,
                     ProgramSpec* program, std::ostream& err) {
  py::SourceError error;
  if (py::CompilePython(source, path, program, &error)) return true;
  err << py::FormatSourceError(source, path, error);
  return false;
}

void AppendStats(const std::vector<ThreadResult>& results, const Gil& gil,
                 const LabConfig& o, std::ostream& err) {
  char line[200];
  std::snprintf(line, sizeof line,
                "\ngillab: gil=%s refcount=%s poll=%s switch-interval=%lldus\n",
                gil.name(), RefcountModeName(o.mode), PollPolicyName(o.poll),
                static_cast<long long>(gil.switch_interval_ns() / 1000));
  err << line;
  std::snprintf(line, sizeof line, "  %-24s %12s %10s %10s %9s %10s  %s\n", "thread",
                "instructions", "gil takes", "forced", "timeouts", "wall (ms)",
                "outcome");
  err << line;
  for (const ThreadResult& r : results) {
    std::snprintf(
        line, sizeof line, "  %-24s %12lld %10lld %10lld %9lld %10.1f  %s\n",
        r.name.c_str(), static_cast<long long>(r.instructions),
        static_cast<long long>(r.gil_acquisitions),
        static_cast<long long>(r.forced_switches),
        static_cast<long long>(r.wait_timeouts), static_cast<double>(r.elapsed_ns) / 1e6,
        r.ok ? "returned" : r.exception.substr(0, r.exception.find(':')).c_str());
    err << line;
  }
}

}  // namespace

namespace {

// "Traceback (most recent call last):" and `traceback`'s frames, each with its
// source line.
std::string FormatFrames(std::string_view source, std::string_view filename,
                         const std::vector<TraceFrame>& traceback) {
  // As Python's traceback module: past 3 frames in a row at the same line of
  // the same function (a deep recursion), one line counts the rest.
  constexpr int kRecursiveCutoff = 3;
  std::string out = "Traceback (most recent call last):\n";
  const TraceFrame* last = nullptr;
  int same = 0;
  auto flush_repeats = [&] {
    const int more = same - kRecursiveCutoff;
    if (more > 0) {
      out += "  [Previous line repeated " + std::to_string(more) + " more time" +
             (more == 1 ? "" : "s") + "]\n";
    }
  };
  for (const TraceFrame& f : traceback) {
    if (last != nullptr && last->line == f.line && last->function == f.function) {
      if (++same > kRecursiveCutoff) continue;
    } else {
      flush_repeats();
      same = 1;
    }
    last = &f;
    out += "  File \"" + std::string(filename) + "\", line " + std::to_string(f.line) +
           ", in " + f.function + "\n";
    std::string_view text = py::SourceLine(source, f.line);
    const std::size_t start = text.find_first_not_of(" \t");
    if (start != std::string_view::npos)
      out += "    " + std::string(text.substr(start)) + "\n";
  }
  flush_repeats();
  return out;
}

}  // namespace

std::string FormatTraceback(std::string_view source, std::string_view filename,
                            const ThreadResult& result) {
  std::string out;
  // Chained exceptions first, as Python prints them.
  for (const ChainedException& c : result.chain) {
    if (!c.traceback.empty()) out += FormatFrames(source, filename, c.traceback);
    out += c.exception + "\n\n";
    out += c.cause ? "The above exception was the direct cause of the following "
                     "exception:\n\n"
                   : "During handling of the above exception, another exception "
                     "occurred:\n\n";
  }
  out += FormatFrames(source, filename, result.traceback);
  out += result.exception + "\n";
  return out;
}

int RunPythonFile(const std::string& path, const LabConfig& o, std::ostream& out,
                  std::ostream& err) {
  std::string source;
  if (!ReadSource(path, &source, err)) return 2;
  ProgramSpec program;
  if (!CompileOrReport(source, path, &program, err)) return 2;

  // A script's own races reach freed objects only with --objects=unlocked, which
  // turns the debug allocator on (poisoned, quarantined, counted: runtime_state.cc).
  // Every other configuration is memory-safe by design: a GIL, or atomic or biased
  // counts with object locks and QSBR (plain counts without a GIL are refused),
  // and the plain allocator is 2x faster on allocation.
  LabMachine machine(o, /*debug_memory=*/false);
  Runtime& rt = machine.runtime;
  std::unique_ptr<Gil>& gil = machine.gil;
  GilTracer tracer;
  absl::Mutex out_mu;  // print() (already one at a time) and a Ctrl-C's flush
  absl::Mutex err_mu;  // threads report their errors as they happen
  InterpreterOptions options;
  options.poll = o.poll;
  options.print = [&](std::string_view text) {
    absl::MutexLock lock(&out_mu);
    out << text;
  };
  options.flush = [&] {
    absl::MutexLock lock(&out_mu);
    out.flush();
  };
  options.thread_error = [&](const ThreadResult& r) {
    absl::MutexLock lock(&err_mu);
    options.flush();
    err << "Exception in thread " << r.name << ":\n" << FormatTraceback(source, path, r);
    err.flush();
  };
  // What a __del__ or a weakref callback raised: reported, and the program
  // goes on (CPython's sys.unraisablehook).
  options.unraisable = [&](const ThreadResult& r, std::string_view where) {
    absl::MutexLock lock(&err_mu);
    options.flush();
    err << "Exception ignored in: " << where << "\n" << FormatTraceback(source, path, r);
    err.flush();
  };
  std::vector<ThreadResult> results;
  {
    Interpreter interp(rt, *gil, options);
    if (absl::Status s = interp.Load(program); !s.ok()) {
      err << "lab: " << path << ": " << s.message() << "\n";
      return 2;
    }
    // Ctrl-C (sigint.h): KeyboardInterrupt in the main thread, then in every
    // thread, then out at once.
    SigintWatcher watcher([&](int count) {
      if (count <= 2) {
        interp.Interrupt(/*every_thread=*/count == 2);
        return;
      }
      options.flush();
      absl::MutexLock lock(&err_mu);
      err << "\nKeyboardInterrupt (a third Ctrl-C: stopped with threads still "
             "running)\n";
      err.flush();
      std::_Exit(130);
    });
    absl::StatusOr<std::vector<ThreadResult>> run = interp.Run(
        {{"<module>", {}, "MainThread"}}, o.trace_path.empty() ? nullptr : &tracer);
    if (!run.ok()) {
      err << "lab: " << path << ": " << run.status().message() << "\n";
      return 2;
    }
    results = *std::move(run);
  }
  out.flush();
  const ThreadResult& main = results.front();
  if (!main.ok) {
    absl::MutexLock lock(&err_mu);
    err << FormatTraceback(source, path, main);
  }
  if (o.stats) AppendStats(results, *gil, o, err);
  if (o.object_safety() == ObjectSafety::kUnlocked) {
    // What CPython without object locks would have done to memory, caught.
    const std::string damage = DescribeListDamage(rt);
    err << "\ngillab: unlocked lists: "
        << (damage.empty() ? "no unsafe access caught" : "caught " + damage);
    if (rt.use_after_free() != 0) {
      err << "; " << rt.use_after_free() << " uses of freed objects";
    }
    err << "\n";
  }
  if (!o.trace_path.empty()) err << WriteTrace(tracer, o.trace_path) << "\n";
  // Only Ctrl-C raises KeyboardInterrupt (Interpreter::Interrupt).
  for (const ThreadResult& r : results) {
    if (!r.ok && r.exception == "KeyboardInterrupt") return 130;  // as python3
  }
  return main.ok ? 0 : 1;
}

std::string DisassemblePython(const ProgramSpec& program) {
  std::string out;
  for (const FunctionSpec& fn : program.functions) {
    if (!out.empty()) out += "\n";
    out += "Disassembly of " + fn.full_name();
    if (fn.name != "<module>") {
      out += "(";
      for (int i = 0; i < fn.num_params; ++i) {
        out += (i > 0 ? ", " : "") + fn.locals[static_cast<std::size_t>(i)];
      }
      out += ")";
    }
    out += ":\n";
    if (fn.generator) out += "  a generator: a call returns one, which runs this code\n";
    // What lives in cells (symtable.h): shared with inner functions, or taken
    // from the enclosing ones.
    const auto names = [](const std::vector<std::string>& v) {
      std::string text;
      for (const std::string& n : v) text += (text.empty() ? "" : ", ") + n;
      return text;
    };
    if (!fn.cellvars.empty())
      out += "  cells (shared with inner functions): " + names(fn.cellvars) + "\n";
    if (!fn.freevars.empty())
      out += "  free (from enclosing functions): " + names(fn.freevars) + "\n";
    const std::vector<bool> target = JumpTargets(fn);
    int last_line = -1;
    for (std::size_t pc = 0; pc < fn.code.size(); ++pc) {
      const Instr& in = fn.code[pc];
      const int line = fn.line_of(pc);
      if (line != last_line && pc > 0) out += "\n";
      const std::string operand = InfoOf(in.op).operand == OperandKind::kJump
                                      ? "to " + std::to_string(in.arg)
                                      : FormatOperand(program, fn, in);
      char row[256];
      std::snprintf(row, sizeof row, "%4s %5s %5zu %-20s %s",
                    line != last_line ? std::to_string(line).c_str() : "",
                    target[pc] ? ">>" : "", pc, InfoOf(in.op).name, operand.c_str());
      std::string text = row;
      while (!text.empty() && text.back() == ' ') text.pop_back();
      out += text + "\n";
      last_line = line;
    }
    // As CPython's dis: where an exception raised in each range goes, and the
    // stack depth it keeps [N].
    if (!fn.handlers.empty()) out += "ExceptionTable:\n";
    for (const Handler& h : fn.handlers) {
      out += "  " + std::to_string(h.start) + " to " + std::to_string(h.end - 1) +
             " -> " + std::to_string(h.target) + " [" + std::to_string(h.stack_depth) +
             "]\n";
    }
  }
  return out;
}

int DisassemblePythonFile(const std::string& path, std::ostream& out, std::ostream& err) {
  std::string source;
  if (!ReadSource(path, &source, err)) return 2;
  ProgramSpec program;
  if (!CompileOrReport(source, path, &program, err)) return 2;
  out << DisassemblePython(program);
  return 0;
}

}  // namespace gillab::labs
