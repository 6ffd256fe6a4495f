// gillab/labs/cli.h — the `lab` command line (docs/DESIGN.md, "The lab runner contract").
//
//   lab list                      every scenario with a one-line summary
//   lab run NAME [options]        one scenario
//   lab tour [options]            every lesson in a short guided sequence (tour.h)
//   lab py FILE.py [options]      a Python-subset script (labs/python.h)
//   lab dis FILE.py               its bytecode
//   lab help | --help | -h        usage
//
// Options: --gil=S --refcount=M --threads=N --iterations=N --poll=P (or
// --policy=P) --switch-interval=US --trace=FILE --cpython=WHEN --json --stats
// (either --name=value or --name value). An option a command does not use is bad
// input, and so is one the named scenario does not read (Scenario::options).
//
// Bad input (an unknown command, scenario, strategy or mode; a count that is not a
// whole number in range; an unknown option) writes ONE line to `err` naming the
// problem and the valid choices, and returns 2. Nothing throws.
#ifndef GILLAB_LABS_CLI_H_
#define GILLAB_LABS_CLI_H_

#include <ostream>
#include <string>
#include <vector>

#include "labs/scenario.h"

namespace gillab::labs {

inline constexpr int kMaxThreads = 64;
inline constexpr long long kMaxIterations = 100'000'000;  // per thread

// Runs the lab with `args` (argv without the program name). Returns the process
// exit status: 0 on success (whatever the scenario observed), 2 on bad input.
int RunLab(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Sets `config` from options written as on the command line ("--gil=new
// --poll=every-instruction"), whatever command they belong to. False, with the
// problem in `error`, on bad input. For the tour's steps.
bool ApplyOptions(const std::string& options, LabConfig* config, std::string* error);

// `lab tour` (tour.cc): every lesson in a guided sequence, with `config`'s json and
// cpython settings. Returns the exit status (0).
int RunTour(const LabConfig& config, std::ostream& out);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_CLI_H_
