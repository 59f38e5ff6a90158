// What to generate for each argument of each primitive: ops.def's declared parameter types, refined
// where the declaration says too little (the arity of a Callable, a bounded repeat count).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "kernels/cpu/op_table.h"

namespace arcjit::difftest {

// The op table's type names first (ResultType, in its order), then what only parameters need.
enum class PT {
#define ARCJIT_PT_ENUM(name) name,
  ARCJIT_RESULT_TYPES(ARCJIT_PT_ENUM)
#undef ARCJIT_PT_ENUM
  // declared parameter types that no primitive returns
  ContainerContainer,
  // refinements
  Callable1,       // called with one argument
  Callable2,       // called with two arguments
  Factor,          // a scale factor: small, so upscaled grids stay moderate
  PowerN,          // power's n: -1..5
  Functions,       // rapply's container of callables
  SmallContainer,  // product's sides: the result is their product
};

std::optional<PT> pt_from_name(std::string_view name);
std::string_view pt_name(PT t);

// The declared type of each parameter, as ops.def lists it.
std::vector<PT> declared_params(Op op);

// What the fuzzer generates for each parameter (declared, refined).
std::vector<PT> fuzz_params(Op op);

// The declared result type, as a parameter type (the same enumerator).
PT result_pt(Op op);

// Primitives of exactly this arity (co_argcount), in ops.def order.
const std::vector<Op>& ops_of_arity(int arity);

// The same without canvas, repeat, upscale, hupscale and vupscale, whose result size comes from an
// int argument: as a function applied to arbitrary elements (a far-off point as canvas
// dimensions), they build values the oracle needs minutes for. rbind binds that int instead.
const std::vector<Op>& function_ops(int arity);

}  // namespace arcjit::difftest
