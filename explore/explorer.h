// gillab/explore/explorer.h — every interleaving of a few threads, up to a bound.
//
// Real threads show a race when the machine happens to interleave them badly. The
// explorer instead runs a model's threads ONE AT A TIME: a thread runs from one
// schedule point (base/schedule_point.h) to the next, and there the explorer
// decides which thread runs next. Trying every sequence of decisions tries every
// interleaving of the steps between schedule points, so a race that needs one
// precise interleaving is found every time, and replayed exactly from its id.
//
// Notes on the design
// -------------------
// Stateless search, as CHESS and loom: nothing is snapshotted. Each schedule runs
// the model from its setup; the search keeps only the path of decisions taken
// (which threads could run at each, which one did). After a schedule it moves to
// the deepest decision with an untried choice and runs again, replaying the
// decisions before it. This requires the model to be deterministic: the same
// decisions must lead to the same choices (the explorer checks, and reports a
// model that is not).
//
// Preemption bounding (Musuvathi and Qadeer, CHESS): switching away from a thread
// that could go on is a preemption; switching when it finishes is not. Schedules
// with at most K preemptions are few (polynomial in the steps, where all
// schedules are exponential), and most concurrency bugs need one or two: the
// lost update needs one. Each decision offers the running thread first.
//
// Iterative deepening: the search runs bound 0, then 1, ... up to K, and at bound
// k counts only the schedules with exactly k preemptions; those with fewer come
// up again (reruns, counted apart) since the search is stateless. So every
// schedule with k preemptions is tried before any with k + 1, and a search cut
// short by max_schedules is still exhaustive up to a smaller bound. A level with
// no schedule ends the deepening: if a schedule had k + 1 preemptions, letting
// the preempted thread run on at its last preemption would give one with k.
//
// Waiting (ScheduleWait): a thread that cannot go on (its lock is taken) is not
// offered at a decision until another thread has taken a step (a thread that
// retried and failed again has changed nothing, and enables nobody). Switching
// away from a waiting thread is no preemption: it could not go on. If every
// thread waits, all of them are offered again (as a spurious wakeup), so a model
// whose threads can deadlock runs without end: models must not.
//
// A schedule's id is its decisions, run-length encoded: "0*3-1*2-0*1" means
// thread 0 was chosen at the first three decisions, thread 1 at the next two,
// then thread 0. Replay follows exactly those decisions.
//
// The threads are the explorer's own workers, made once and reused for every
// schedule (a schedule is short: making threads would dominate). Control passes
// between them and the exploring thread under one mutex, so everything a model
// does is ordered by it: a model's deliberate race on a plain int is not a data
// race for ThreadSanitizer, since only one thread runs at a time.
#ifndef GILLAB_EXPLORE_EXPLORER_H_
#define GILLAB_EXPLORE_EXPLORER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "absl/base/thread_annotations.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "base/schedule_point.h"

namespace gillab::explore {

// What the explorer runs. Every function is called with the model's other code
// stopped, so a model needs no locks of its own for its bookkeeping.
struct Model {
  int threads = 2;
  // Before each schedule, on the exploring thread: make the shared state fresh.
  std::function<void()> setup;
  // Thread `t`'s work, on the explorer's worker t, with schedule points in it.
  std::function<void(int t)> run;
  // After each schedule, on the exploring thread: whether the outcome is right.
  std::function<bool()> ok;
  // Optional: the shared state as text, recorded after each step of a replay.
  std::function<std::string()> state;
  // Optional: after each schedule, once `ok` has been asked.
  std::function<void()> teardown;
};

struct Options {
  int preemptions = 2;  // the bound K; >= 0
  std::int64_t max_schedules =
      1'000'000;  // stop there (the search is then not exhaustive)
};

// One step: thread `thread` ran from the schedule point named `what` (or
// "start") to its next one, reading `read` (ScheduleRead) and writing `written`
// (the point's value), where the step reports them.
struct Step {
  int thread = 0;
  std::string what;
  std::optional<std::int64_t> read;
  std::optional<std::int64_t> written;
  std::string state_after;  // Model::state after the step, when it has one
};

struct Schedule {
  std::string id;
  int preemptions = 0;
  bool ok = true;
  std::vector<Step> steps;
};

// The schedules with exactly `preemptions` preemptions.
struct Level {
  int preemptions = 0;
  std::int64_t schedules = 0;  // run (all of them when the level is complete)
  std::int64_t failing = 0;
};

struct Summary {
  std::int64_t schedules = 0;  // distinct schedules run
  std::int64_t failing = 0;
  std::int64_t reruns = 0;    // schedules run again at a higher bound (not counted above)
  std::vector<Level> levels;  // by preemptions, from 0; the last may be incomplete
  int exhaustive_up_to = -1;  // every schedule with at most this many preemptions ran
  bool exhaustive = false;    // every schedule within the bound ran
  double seconds = 0;
  // The failing schedule with the fewest preemptions, then the fewest decisions.
  std::optional<Schedule> shortest_failing;
};

class Explorer {
 public:
  // Starts model.threads workers. Requires: model.threads >= 1, run and ok set.
  explicit Explorer(Model model);
  // Joins the workers. Requires: no Explore or Replay in progress.
  ~Explorer();
  Explorer(const Explorer&) = delete;
  Explorer& operator=(const Explorer&) = delete;

  // Runs every schedule with at most options.preemptions preemptions (or the
  // first max_schedules of them), depth first, deepening the bound from 0 (see
  // above). Blocks until done. Returns
  // FailedPrecondition if the model is found not to be deterministic (a
  // replayed start of a schedule offered other choices than the first time).
  absl::StatusOr<Summary> Explore(const Options& options);

  // Runs exactly schedule `id` once, recording its steps. Returns
  // InvalidArgument if `id` is malformed or names a thread that could not run
  // at that decision, or too few or too many decisions.
  absl::StatusOr<Schedule> Replay(std::string_view id);

 private:
  static constexpr int kExplorer = -1;  // turn_: the exploring thread's

  struct Decision {
    std::vector<int> options;  // the running thread first, when it could go on
    std::size_t index = 0;     // which option this path takes
  };
  class Worker;

  void WorkerMain(int me);
  void OnPoint(int me, const char* what, std::optional<std::int64_t> written, bool wait);
  void OnRead(int me, std::int64_t value);
  // `me` took a step: threads waiting for another's step may run again (every
  // waiting thread, when `me` is kExplorer).
  void WakeWaiters(int me) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Thread `t` has not finished and does not wait: a decision may choose it.
  bool CanRun(int t) const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Runs the model once, following path_ (then its first choices) or forced_.
  // Returns Model::ok's verdict.
  bool RunOnce();
  // The next thread to run after `cur` (kExplorer: none has run yet) reached a
  // schedule point or finished; kExplorer when every thread has finished.
  int Decide(int cur) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Hands the turn to `next` and waits for it to come back to `me`.
  void PassTurn(int me, int next) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void RecordState() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Where `who` (a worker, or kExplorer) waits for its turn.
  absl::CondVar& CvOf(int who) {
    return turn_cv_[who == kExplorer ? turn_cv_.size() - 1
                                     : static_cast<std::size_t>(who)];
  }
  // Moves path_ to the next schedule; false when there is none.
  bool Backtrack();

  const Model model_;
  std::vector<std::thread> workers_;
  absl::Mutex mu_;
  std::vector<absl::CondVar> turn_cv_;  // one per worker, then the explorer's
  int turn_ ABSL_GUARDED_BY(mu_) = kExplorer;
  std::uint64_t generation_ ABSL_GUARDED_BY(mu_) = 0;
  bool shutdown_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<bool> finished_ ABSL_GUARDED_BY(mu_);
  // The last schedule point each thread reached was a wait point; not offered
  // until another thread steps.
  std::vector<bool> at_wait_ ABSL_GUARDED_BY(mu_);
  std::vector<bool> blocked_ ABSL_GUARDED_BY(mu_);
  int running_ ABSL_GUARDED_BY(mu_) = 0;  // workers in this schedule, not finished

  // The schedule in progress.
  int bound_ ABSL_GUARDED_BY(mu_) = 0;
  std::vector<Decision> path_ ABSL_GUARDED_BY(mu_);
  std::size_t depth_ ABSL_GUARDED_BY(mu_) = 0;
  int preemptions_ ABSL_GUARDED_BY(mu_) = 0;
  std::vector<int> choices_ ABSL_GUARDED_BY(mu_);
  bool nondeterministic_ ABSL_GUARDED_BY(mu_) = false;
  // Replay: the decisions to follow, and whether one could not be.
  bool replaying_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<int> forced_ ABSL_GUARDED_BY(mu_);
  bool forced_invalid_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<Step> steps_ ABSL_GUARDED_BY(mu_);
};

// The id of a sequence of decisions, and back (nullopt when malformed).
std::string EncodeSchedule(const std::vector<int>& choices);
std::optional<std::vector<int>> DecodeSchedule(std::string_view id);

}  // namespace gillab::explore

#endif  // GILLAB_EXPLORE_EXPLORER_H_
