// gillab/labs/programs/counter_program.h — the counter lessons' assembly program
// (labs/programs/counter.s, compiled in as text): a global `counter`, and
// setup(), add(n, threads) and add_call(n, threads). See counter.s for each
// function's contract.
#ifndef GILLAB_LABS_PROGRAMS_COUNTER_PROGRAM_H_
#define GILLAB_LABS_PROGRAMS_COUNTER_PROGRAM_H_

namespace gillab {

// The text of labs/programs/counter.s, for Assemble().
extern const char* const kCounterProgram;

}  // namespace gillab

#endif  // GILLAB_LABS_PROGRAMS_COUNTER_PROGRAM_H_
