// gillab/labs/cli.h — the `lab` command line (docs/DESIGN.md, "The lab runner contract").
//
//   lab list                      every scenario with a one-line summary
//   lab run NAME [options]        one scenario
//   lab tour [options]            the key scenarios in a short guided sequence
//   lab py FILE.py [options]      a Python-subset script (labs/python.h)
//   lab dis FILE.py               its bytecode
//   lab help | --help | -h        usage
//
// Options: --gil=S --refcount=M --threads=N --iterations=N --seed=N --poll=P
// (or --policy=P) --switch-interval=US --trace=FILE --json --stats (either
// --name=value or --name value). An option a command does not use is bad input.
//
// Bad input (an unknown command, scenario, strategy or mode; a count that is not a
// whole number in range; an unknown option) writes ONE line to `err` naming the
// problem and the valid choices, and returns 2. Nothing throws.
#ifndef GILLAB_LABS_CLI_H_
#define GILLAB_LABS_CLI_H_

#include <ostream>
#include <string>
#include <vector>

namespace gillab::labs {

inline constexpr int kMaxThreads = 64;
inline constexpr long long kMaxIterations = 100'000'000;  // per thread

// Runs the lab with `args` (argv without the program name). Returns the process
// exit status: 0 on success (whatever the scenario observed), 2 on bad input.
int RunLab(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace gillab::labs

#endif  // GILLAB_LABS_CLI_H_
