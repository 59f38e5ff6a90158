// Values in the oracle's JSON encoding (../shared/oracle/canon_dsl.py): ints and bools as JSON
// numbers and booleans, {"t": [...]} tuples, {"s": [...]} frozensets in canonical order,
// {"callable": N} for function results. Decoding also reads {"f": name} and {"call": ...}
// argument forms through a resolver supplied by the caller (kernels/cpu/value_decode.h).
#pragma once

#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include "runtime/value.h"

namespace arcjit {

// The oracle cannot encode None (its encoder raises TypeError): neither can this; nullopt then.
std::optional<nlohmann::json> encode_json(const Value& v);

// Builds {"f": ...} and {"call": ...} forms; the rest is decoded here.
using FuncResolver = std::function<Value(const nlohmann::json&)>;
// Raises std::invalid_argument for JSON that is not a value encoding.
Value decode_json(const nlohmann::json& j, const FuncResolver& resolve);

// A grid from a task file's list of lists of ints; std::invalid_argument otherwise.
Value grid_from_json(const nlohmann::json& j);

}  // namespace arcjit
