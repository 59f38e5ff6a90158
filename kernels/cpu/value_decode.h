// Arguments in the oracle's JSON encoding (runtime/value_json.h) with the two forms that need the
// op table: {"f": name}, the primitive as a function value, and {"call": name, "args": [...]},
// the primitive applied to those arguments (computed arguments in tests and the fuzzer).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "runtime/value.h"

namespace arcjit {

// The value `j` encodes. A {"call"} whose arguments include an error value yields that error
// without calling; one that fails yields its error value. When failed_call is given and still
// empty, the name of the first {"call"} that failed (the innermost) is stored there.
// std::invalid_argument for an unknown primitive or JSON that is not a value encoding.
Value decode_arg(const nlohmann::json& j, std::string* failed_call = nullptr);

}  // namespace arcjit
