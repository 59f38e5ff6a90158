// Python's repr of a value, for messages, test failures and the demo.
#pragma once

#include <string>

#include "runtime/value.h"

namespace arcjit {

std::string repr(const Value& v);

}  // namespace arcjit
