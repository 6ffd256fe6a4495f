// gillab/explore/explorer.cc — see the design notes in explorer.h.
#include "explore/explorer.h"

#include <charconv>
#include <chrono>
#include <utility>

#include "absl/status/status.h"

namespace gillab::explore {

// A worker's handler: its schedule points go to the explorer with its index.
class Explorer::Worker final : public SchedulePointHandler {
 public:
  Worker(Explorer* explorer, int index) : explorer_(explorer), index_(index) {}
  void OnSchedulePoint(const char* what, bool writes, std::int64_t written,
                       bool wait) override {
    explorer_->OnPoint(
        index_, what, writes ? std::optional<std::int64_t>(written) : std::nullopt, wait);
  }
  void OnRead(std::int64_t value) override {
    if (recording_) explorer_->OnRead(index_, value);
  }
  // Whether this schedule's steps are recorded (a replay): set by the worker
  // itself when the schedule starts, so that a search's reads cost no lock.
  void set_recording(bool recording) { recording_ = recording; }

 private:
  Explorer* const explorer_;
  const int index_;
  bool recording_ = false;
};

Explorer::Explorer(Model model)
    : model_(std::move(model)), turn_cv_(static_cast<std::size_t>(model_.threads) + 1) {
  {
    absl::MutexLock lock(&mu_);
    finished_.assign(static_cast<std::size_t>(model_.threads), true);
  }
  for (int t = 0; t < model_.threads; ++t) {
    workers_.emplace_back([this, t] { WorkerMain(t); });
  }
}

Explorer::~Explorer() {
  {
    absl::MutexLock lock(&mu_);
    shutdown_ = true;
    for (absl::CondVar& cv : turn_cv_) cv.SignalAll();
  }
  for (std::thread& w : workers_) w.join();
}

void Explorer::WorkerMain(int me) {
  Worker handler(this, me);
  SetSchedulePointHandler(&handler);
  std::uint64_t seen = 0;
  absl::CondVar& cv = CvOf(me);
  for (;;) {
    {
      absl::MutexLock lock(&mu_);
      while (!shutdown_ && !(generation_ != seen && turn_ == me)) cv.Wait(&mu_);
      if (shutdown_) break;
      seen = generation_;
      handler.set_recording(replaying_);
      if (replaying_) steps_.push_back({me, "start", std::nullopt, std::nullopt, ""});
    }
    model_.run(me);
    absl::MutexLock lock(&mu_);
    RecordState();
    finished_[static_cast<std::size_t>(me)] = true;
    running_--;
    WakeWaiters(me);
    const int next = Decide(me);
    turn_ = next;
    CvOf(next).Signal();
  }
  SetSchedulePointHandler(nullptr);
}

void Explorer::OnPoint(int me, const char* what, std::optional<std::int64_t> written,
                       bool wait) {
  absl::MutexLock lock(&mu_);
  RecordState();
  const auto i = static_cast<std::size_t>(me);
  // From a wait point to a wait point: a retry that failed, which changed nothing.
  if (!(wait && at_wait_[i])) WakeWaiters(me);
  at_wait_[i] = wait;
  blocked_[i] = wait;
  const int next = Decide(me);
  if (next != me) PassTurn(me, next);
  if (replaying_) steps_.push_back({me, what, std::nullopt, written, ""});
}

void Explorer::OnRead(int me, std::int64_t value) {
  absl::MutexLock lock(&mu_);
  if (replaying_ && !steps_.empty() && steps_.back().thread == me) {
    steps_.back().read = value;
  }
}

void Explorer::WakeWaiters(int me) {
  for (int t = 0; t < model_.threads; ++t) {
    if (t != me) blocked_[static_cast<std::size_t>(t)] = false;
  }
}

void Explorer::PassTurn(int me, int next) {
  turn_ = next;
  CvOf(next).Signal();
  absl::CondVar& cv = CvOf(me);
  while (turn_ != me) cv.Wait(&mu_);
}

void Explorer::RecordState() {
  if (replaying_ && model_.state && !steps_.empty())
    steps_.back().state_after = model_.state();
}

bool Explorer::CanRun(int t) const {
  const auto i = static_cast<std::size_t>(t);
  return !finished_[i] && !blocked_[i];
}

int Explorer::Decide(int cur) {
  const bool cur_runs = cur != kExplorer && CanRun(cur);
  std::vector<int> options;
  if (cur_runs) options.push_back(cur);
  if (!cur_runs || preemptions_ < bound_ || replaying_) {
    for (int t = 0; t < model_.threads; ++t) {
      if (t != cur && CanRun(t)) options.push_back(t);
    }
  }
  if (options.empty()) {
    // Every thread that has not finished waits (if any has not): wake them all.
    WakeWaiters(kExplorer);
    for (int t = 0; t < model_.threads; ++t) {
      if (CanRun(t)) options.push_back(t);
    }
  }
  if (options.empty()) return kExplorer;
  int choice;
  if (replaying_) {
    choice = options[0];
    if (depth_ >= forced_.size()) {
      forced_invalid_ = true;  // the id ends before the schedule does
    } else {
      const int want = forced_[depth_];
      bool valid = false;
      for (int o : options) valid = valid || o == want;
      if (valid) {
        choice = want;
      } else {
        forced_invalid_ = true;
      }
    }
  } else if (depth_ < path_.size()) {
    const Decision& d = path_[depth_];
    if (d.options != options) nondeterministic_ = true;
    choice = d.index < d.options.size() ? d.options[d.index] : options[0];
  } else {
    path_.push_back({options, 0});
    choice = options[0];
  }
  if (cur_runs && choice != cur) preemptions_++;
  choices_.push_back(choice);
  depth_++;
  return choice;
}

bool Explorer::RunOnce() {
  if (model_.setup) model_.setup();
  {
    absl::MutexLock lock(&mu_);
    finished_.assign(static_cast<std::size_t>(model_.threads), false);
    at_wait_.assign(static_cast<std::size_t>(model_.threads), false);
    blocked_.assign(static_cast<std::size_t>(model_.threads), false);
    running_ = model_.threads;
    depth_ = 0;
    preemptions_ = 0;
    choices_.clear();
    steps_.clear();
    generation_++;
    const int first = Decide(kExplorer);
    turn_ = first;
    CvOf(first).Signal();
    absl::CondVar& cv = CvOf(kExplorer);
    while (!(turn_ == kExplorer && running_ == 0)) cv.Wait(&mu_);
  }
  const bool ok = model_.ok();
  if (model_.teardown) model_.teardown();
  return ok;
}

bool Explorer::Backtrack() {
  absl::MutexLock lock(&mu_);
  // Decisions past those this schedule took were never made: drop them too.
  path_.resize(std::min(path_.size(), depth_));
  while (!path_.empty() && path_.back().index + 1 >= path_.back().options.size()) {
    path_.pop_back();
  }
  if (path_.empty()) return false;
  path_.back().index++;
  return true;
}

absl::StatusOr<Summary> Explorer::Explore(const Options& options) {
  const auto start = std::chrono::steady_clock::now();
  Summary summary;
  std::string best_id;
  int best_preemptions = 0;
  std::size_t best_length = 0;
  for (int k = 0; k <= options.preemptions; ++k) {
    {
      absl::MutexLock lock(&mu_);
      bound_ = k;
      path_.clear();
      nondeterministic_ = false;
      replaying_ = false;
    }
    Level level{.preemptions = k};
    bool complete = false;
    while (summary.schedules < options.max_schedules) {
      const bool ok = RunOnce();
      {
        absl::MutexLock lock(&mu_);
        if (nondeterministic_) {
          return absl::FailedPreconditionError(
              "the model is not deterministic: schedule " + EncodeSchedule(choices_) +
              " offered other choices when its start was replayed");
        }
        if (preemptions_ < k) {
          summary.reruns++;  // counted at its own bound
        } else {
          summary.schedules++;
          level.schedules++;
          if (!ok) {
            summary.failing++;
            level.failing++;
            if (best_id.empty() || preemptions_ < best_preemptions ||
                (preemptions_ == best_preemptions && choices_.size() < best_length)) {
              best_id = EncodeSchedule(choices_);
              best_preemptions = preemptions_;
              best_length = choices_.size();
            }
          }
        }
      }
      if (!Backtrack()) {
        complete = true;
        break;
      }
    }
    if (complete && level.schedules == 0) {
      // No schedule has k preemptions, so none has more: the search is done.
      summary.exhaustive_up_to = options.preemptions;
      break;
    }
    summary.levels.push_back(level);
    if (!complete) break;  // max_schedules: this level is incomplete
    summary.exhaustive_up_to = k;
  }
  summary.exhaustive = summary.exhaustive_up_to == options.preemptions;
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!best_id.empty()) {
    absl::StatusOr<Schedule> replayed = Replay(best_id);
    if (!replayed.ok()) return replayed.status();
    summary.shortest_failing = *std::move(replayed);
  }
  return summary;
}

absl::StatusOr<Schedule> Explorer::Replay(std::string_view id) {
  std::optional<std::vector<int>> forced = DecodeSchedule(id);
  if (!forced.has_value()) {
    return absl::InvalidArgumentError("malformed schedule id '" + std::string(id) +
                                      "' (expected THREAD*COUNT-THREAD*COUNT-...)");
  }
  {
    absl::MutexLock lock(&mu_);
    replaying_ = true;
    forced_ = *std::move(forced);
    forced_invalid_ = false;
  }
  const bool ok = RunOnce();
  absl::MutexLock lock(&mu_);
  replaying_ = false;
  if (forced_invalid_ || depth_ != forced_.size()) {
    return absl::InvalidArgumentError("no schedule has the id '" + std::string(id) + "'");
  }
  Schedule s;
  s.id = EncodeSchedule(choices_);
  s.preemptions = preemptions_;
  s.ok = ok;
  s.steps = std::move(steps_);
  steps_.clear();
  return s;
}

std::string EncodeSchedule(const std::vector<int>& choices) {
  std::string id;
  for (std::size_t i = 0; i < choices.size();) {
    std::size_t j = i;
    while (j < choices.size() && choices[j] == choices[i]) ++j;
    if (!id.empty()) id += '-';
    id += std::to_string(choices[i]) + "*" + std::to_string(j - i);
    i = j;
  }
  return id;
}

std::optional<std::vector<int>> DecodeSchedule(std::string_view id) {
  std::vector<int> choices;
  constexpr std::size_t kMaxDecisions = 1 << 20;
  while (!id.empty()) {
    const std::size_t end = id.find('-');
    const std::string_view run = id.substr(0, end);
    const std::size_t star = run.find('*');
    if (star == std::string_view::npos) return std::nullopt;
    int thread = 0;
    std::size_t count = 0;
    const char* t_end = run.data() + star;
    const char* c_end = run.data() + run.size();
    auto [p1, e1] = std::from_chars(run.data(), t_end, thread);
    auto [p2, e2] = std::from_chars(t_end + 1, c_end, count);
    if (e1 != std::errc() || p1 != t_end || e2 != std::errc() || p2 != c_end ||
        thread < 0 || count == 0 || count > kMaxDecisions - choices.size()) {
      return std::nullopt;
    }
    choices.insert(choices.end(), count, thread);
    if (end == std::string_view::npos) break;
    id.remove_prefix(end + 1);
    if (id.empty()) return std::nullopt;  // a trailing '-'
  }
  if (choices.empty()) return std::nullopt;
  return choices;
}

}  // namespace gillab::explore
