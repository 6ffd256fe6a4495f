// gillab/runtime/objects/errors.h — how an operation reports a Python exception.
//
// gillab has no exception objects: a failing operation records the exception as
// text, "TypeError: unsupported operand type(s) for +: 'int' and 'str'", in the
// ErrorSink its caller passed, and returns its failure value (null, false or -1,
// as the operation's contract says). The interpreter keeps one sink per thread and
// turns its text into a traceback.
#ifndef GILLAB_RUNTIME_OBJECTS_ERRORS_H_
#define GILLAB_RUNTIME_OBJECTS_ERRORS_H_

#include <string>
#include <string_view>

#include "runtime/memory/object.h"

namespace gillab {

class ErrorSink {
 public:
  // Records "`type`: `message`" as the error (just "`type`" when the message is
  // empty, as Python prints KeyboardInterrupt), replacing any earlier one. Returns
  // null, so that a function returning a NEW reference can `return err.Raise(...)`.
  [[gnu::cold, gnu::noinline]] Object* Raise(std::string_view type,
                                             std::string_view message) {
    error_.assign(type);
    if (!message.empty()) {
      error_ += ": ";
      error_ += message;
    }
    return nullptr;
  }

  // The last error raised ("TypeError: ..."), or empty.
  const std::string& error() const { return error_; }

 private:
  std::string error_;
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_ERRORS_H_
