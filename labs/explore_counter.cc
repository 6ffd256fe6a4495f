// gillab/labs/explore_counter.cc — counter and counter-call under the explorer.
//
// What is shared: the global `counter`. Each thread runs count(n) (or
// count_call(n)) of labs/programs/counter.s, `counter = counter + 1` n times, in
// the real interpreter. Who touches it: the threads, one at a time under the
// explorer. Where they may switch is where a real GIL could change hands: every
// poll point of the --poll policy (InterpreterOptions::explored makes each one a
// schedule point, named after the instruction that follows it). Without a GIL
// nothing keeps a thread from being overtaken between any two instructions, so
// every instruction boundary is one (--poll is then no choice of the user's).
// What goes wrong: a switch between LOAD_GLOBAL counter and STORE_GLOBAL counter
// lets another thread's additions be overwritten, one lost update per such
// switch: with polls at every instruction (CPython 2), and with a call between
// the read and the write (counter-call: the call's entry is a poll point even in
// CPython 3.10+). What prevents it: no poll point inside the read-modify-write
// (backedges-and-calls, no call), which the explorer proves for every schedule
// within the bound; in Python, a Lock.
//
// The steps are whole instructions: the refcount race inside an instruction
// (plain counts without a GIL) is refcount-race's lesson, not this one's.
#include <cstdint>
#include <memory>
#include <string>

#include "gil/gil.h"
#include "labs/explore_models.h"
#include "labs/programs/counter_program.h"
#include "labs/report.h"
#include "runtime/bytecode/assembler.h"
#include "runtime/interp/interpreter.h"

namespace gillab::labs {
namespace {

class CounterModel final : public ExploreModel {
 public:
  CounterModel(const LabConfig& config, bool with_call)
      : config_(config),
        with_call_(with_call),
        machine_(config, /*debug_memory=*/true),
        interp_(machine_.runtime, *machine_.gil, Options(config)) {
    absl::StatusOr<ProgramSpec> program = Assemble(kCounterProgram);
    loaded_ = program.ok() && interp_.Load(*std::move(program)).ok();
  }

  explore::Model Make() override {
    explore::Model m;
    m.threads = config_.threads;
    m.setup = [this] {
      failure_.clear();
      if (!loaded_ || !interp_.SetGlobalInt("counter", 0)) {
        failure_ = "internal error: the lesson's program does not load";
      }
    };
    m.run = [this](int t) {
      if (!loaded_) return;
      const ThreadSpec spec{with_call_ ? "count_call" : "count",
                            {Constant::Int(config_.iterations)},
                            "t" + std::to_string(t)};
      absl::StatusOr<ThreadResult> r = interp_.RunOnThisThread(spec, t);
      if (!r.ok()) {
        failure_ = std::string(r.status().message());
      } else if (!r->ok) {
        failure_ = "a thread failed: " + r->error;
      }
    };
    m.ok = [this] {
      const std::int64_t counter = Counter();
      const std::int64_t expected = config_.threads * config_.iterations;
      if (!failure_.empty()) {
        outcome_ = failure_;
      } else if (counter == expected) {
        outcome_ = "counter = " + std::to_string(counter) + ": exact";
      } else {
        outcome_ = "counter = " + std::to_string(counter) + ", expected " +
                   std::to_string(expected) + ": " +
                   Counted(expected - counter, "update lost", "updates lost");
      }
      return failure_.empty() && counter == expected;
    };
    m.state = [this] { return "counter " + std::to_string(Counter()); };
    return m;
  }

  std::string Describe() const override {
    return std::to_string(config_.threads) + " threads, each `counter = counter + " +
           (with_call_ ? "one()" : "1") + "` " +
           Counted(config_.iterations, "time", "times") + " (" +
           (with_call_ ? "count_call" : "count") + " in labs/programs/counter.s)" +
           (config_.gil == GilKind::kNone
                ? ", switching at every instruction"
                : ", switching where it polls: " +
                      std::string(PollPolicyName(config_.poll)));
  }

  const std::string& Outcome() const override { return outcome_; }

 private:
  static InterpreterOptions Options(const LabConfig& config) {
    InterpreterOptions options;
    options.poll =
        config.gil == GilKind::kNone ? PollPolicy::kEveryInstruction : config.poll;
    options.explored = true;
    options.print = [](std::string_view) {};
    return options;
  }

  std::int64_t Counter() const { return interp_.GlobalInt("counter").value_or(-1); }

  const LabConfig config_;
  const bool with_call_;
  LabMachine machine_;
  Interpreter interp_;
  bool loaded_ = false;
  std::string failure_;
  std::string outcome_;
};

}  // namespace

std::unique_ptr<ExploreModel> MakeCounterModel(const LabConfig& config) {
  return std::make_unique<CounterModel>(config, /*with_call=*/false);
}

std::unique_ptr<ExploreModel> MakeCounterCallModel(const LabConfig& config) {
  return std::make_unique<CounterModel>(config, /*with_call=*/true);
}

}  // namespace gillab::labs
