// gillab/runtime/objects/errors.h — how an operation reports a Python exception.
//
// A failing operation records the exception in the ErrorSink its caller passed
// and returns its failure value (null, false or -1, as the operation's contract
// says). Most record it as text, "TypeError: unsupported operand type(s) for +:
// 'int' and 'str'": the operations below the interpreter make no exception
// objects. The interpreter keeps one sink per thread; it makes the text an
// exception object only when a handler catches it (runtime/interp/exceptions.cc),
// and a `raise` records the object itself (SetException).
#ifndef GILLAB_RUNTIME_OBJECTS_ERRORS_H_
#define GILLAB_RUNTIME_OBJECTS_ERRORS_H_

#include <string>
#include <string_view>
#include <utility>

#include "runtime/memory/object.h"
#include "runtime/memory/refcount.h"

namespace gillab {

class ErrorSink {
 public:
  ErrorSink() = default;
  ErrorSink(const ErrorSink&) = delete;
  ErrorSink& operator=(const ErrorSink&) = delete;
  ~ErrorSink() { Clear(); }

  // Records "`type`: `message`" as the error (just "`type`" when the message is
  // empty, as Python prints KeyboardInterrupt), replacing any earlier one. Returns
  // null, so that a function returning a NEW reference can `return err.Raise(...)`.
  [[gnu::cold, gnu::noinline]] Object* Raise(std::string_view type,
                                             std::string_view message) {
    Clear();
    error_.assign(type);
    if (!message.empty()) {
      error_ += ": ";
      error_ += message;
    }
    return nullptr;
  }

  // Raise, with the exception's one argument as an object (a KeyError's key,
  // whose message is its repr): a new reference is taken.
  [[gnu::cold, gnu::noinline]] Object* RaiseWithArg(std::string_view type,
                                                    std::string_view message,
                                                    Object* arg) {
    Raise(type, message);
    arg_ = NewRef(arg);
    return nullptr;
  }

  // Records exception object `exc` (a reference is stolen), of class `type`:
  // error() is then just the class's name.
  void SetException(Object* exc, std::string_view type) {
    Clear();
    error_.assign(type);
    exc_ = exc;
  }

  // The error as an object (BORROWED), or null: a text error.
  Object* exception() const { return exc_; }
  // The error as an object, if it is one (NEW reference, moved out), else null.
  Object* TakeException() { return std::exchange(exc_, nullptr); }
  // RaiseWithArg's argument (NEW reference, moved out), else null.
  Object* TakeArg() { return std::exchange(arg_, nullptr); }

  // The last error raised ("TypeError: ..."), or empty; an object's: its
  // class's name.
  const std::string& error() const { return error_; }

  // Exchanges the errors of two sinks (a finalizer runs with an empty one).
  void Swap(ErrorSink& other) {
    error_.swap(other.error_);
    std::swap(exc_, other.exc_);
    std::swap(arg_, other.arg_);
  }

 private:
  void Clear() {
    if (exc_ != nullptr) DecRef(std::exchange(exc_, nullptr));
    if (arg_ != nullptr) DecRef(std::exchange(arg_, nullptr));
  }

  std::string error_;
  Object* exc_ = nullptr;
  Object* arg_ = nullptr;
};

}  // namespace gillab

#endif  // GILLAB_RUNTIME_OBJECTS_ERRORS_H_
