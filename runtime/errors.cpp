#include "runtime/errors.h"

#include <array>

namespace arcjit {

namespace {
constexpr std::array<std::string_view, kNumErrKinds> kNames = {
    "TypeError",     "ValueError",   "IndexError",     "KeyError",       "ZeroDivisionError",
    "StopIteration", "RuntimeError", "RecursionError", "AttributeError", "ResourceLimit",
};
}  // namespace

std::string_view err_name(ErrKind k) {
  return k == ErrKind::Skipped ? "Skipped" : kNames[static_cast<int>(k)];
}

std::optional<ErrKind> err_from_name(std::string_view name) {
  for (int i = 0; i < kNumErrKinds; ++i)
    if (kNames[i] == name) return static_cast<ErrKind>(i);
  return std::nullopt;
}

}  // namespace arcjit
