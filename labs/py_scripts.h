// gillab/labs/py_scripts.h — the lessons' Python forms, compiled into the lab so
// that `lab run` can hand them to python3 (cpython.h) and to gillab's own front end
// wherever the lab is run from. The files themselves stay the source: labs/BUILD's
// genrule copies them in.
#ifndef GILLAB_LABS_PY_SCRIPTS_H_
#define GILLAB_LABS_PY_SCRIPTS_H_

namespace gillab::labs {

extern const char* const kCounterPy;      // labs/py/counter.py
extern const char* const kCounterCallPy;  // labs/py/counter_call.py
extern const char* const kConvoyPy;       // labs/py/convoy.py
extern const char* const kMemoryPy;       // labs/cpython/memory.py (CPython only)
extern const char* const kListRacePy;     // labs/py/list_race.py
extern const char* const kBorrowedRefPy;  // labs/py/borrowed_ref.py
extern const char* const kResizeReadPy;   // labs/py/resize_read.py

}  // namespace gillab::labs

#endif  // GILLAB_LABS_PY_SCRIPTS_H_
