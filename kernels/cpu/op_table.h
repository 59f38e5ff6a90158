// The one table of primitives (ops.def expanded): names, arities, result types, cost classes and
// reference kernels. Every layer (parser, tracer, executors, dump) reads this.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "runtime/value.h"

namespace arcjit {

enum class Op : uint16_t {
#define ARCJIT_OP(name, arity, result, cost, params, param_names) name,
#include "kernels/cpu/ops.def"
#undef ARCJIT_OP
};

inline constexpr int kNumOps = 0
#define ARCJIT_OP(name, arity, result, cost, params, param_names) +1
#include "kernels/cpu/ops.def"
#undef ARCJIT_OP
    ;

// arc-dsl's declared result types (arc_types.py names), as ops.def spells them. The list is
// reused where other type lists start with it (the fuzzer's parameter types).
// clang-format off
#define ARCJIT_RESULT_TYPES(X)                                                                    \
  X(Any) X(Numerical) X(Integer) X(Boolean) X(Container) X(FrozenSet) X(Tuple) X(IntegerTuple)   \
  X(Callable) X(Grid) X(Indices) X(Object) X(Objects) X(Patch) X(Piece) X(Element)              \
  X(IntegerSet) X(TupleTuple)
// clang-format on

enum class ResultType : uint8_t {
#define ARCJIT_RESULT_TYPE_ENUM(name) name,
  ARCJIT_RESULT_TYPES(ARCJIT_RESULT_TYPE_ENUM)
#undef ARCJIT_RESULT_TYPE_ENUM
};

inline constexpr int kNumResultTypes = 0
#define ARCJIT_RESULT_TYPE_COUNT(name) +1
    ARCJIT_RESULT_TYPES(ARCJIT_RESULT_TYPE_COUNT)
#undef ARCJIT_RESULT_TYPE_COUNT
    ;

enum class CostClass : uint8_t { Scalar, Linear, Heavy, HigherOrder };

// A reference kernel: args[0..arity) are never error values; may raise PyErr.
using Kernel = Value (*)(const Value* args);

struct OpInfo {
  std::string_view name;
  int arity;
  ResultType result;
  CostClass cost;
  std::string_view params;       // declared parameter types, space separated
  std::string_view param_names;  // parameter names (for keyword arguments), space separated
  Kernel kernel;
};

const OpInfo& op_info(Op op);
std::optional<Op> op_from_name(std::string_view name);
std::string_view result_type_name(ResultType t);

// Runs the reference kernel; a raised Python error becomes an error value.
Value invoke(Op op, std::span<const Value> args);

}  // namespace arcjit
