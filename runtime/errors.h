// Error kinds a lane can end in: the Python exception class the reference raises, plus our own
// ResourceLimit. Kernels raise PyErr inside one call; the call boundary turns it into an error
// value, so nothing crosses lanes.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace arcjit {

enum class ErrKind : uint8_t {
  TypeError,
  ValueError,
  IndexError,
  KeyError,
  ZeroDivisionError,
  StopIteration,
  RuntimeError,
  RecursionError,
  AttributeError,
  ResourceLimit,
  // Internal, never a run's answer: a value a batched backend did not compute on this lane (a map
  // region too large for it), whose consumers are evaluated eagerly instead. Not among the
  // kNumErrKinds kinds a program can name or catch.
  Skipped,
};
inline constexpr int kNumErrKinds = 10;

std::string_view err_name(ErrKind k);
std::optional<ErrKind> err_from_name(std::string_view name);

// Thrown inside a kernel; caught where a primitive or a lane is invoked.
struct PyErr {
  ErrKind kind;
};

[[noreturn]] inline void raise(ErrKind k) { throw PyErr{k}; }

}  // namespace arcjit
