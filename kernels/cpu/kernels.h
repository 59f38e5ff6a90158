// Declarations of the reference kernels k_<name>, one per ops.def entry. Each is defined in the
// kernels/cpu/prim_*.cpp file of its family.
#pragma once

#include "runtime/value.h"

namespace arcjit::kernels {

#define ARCJIT_OP(name, arity, result, cost, params, param_names) Value k_##name(const Value* a);
#include "kernels/cpu/ops.def"
#undef ARCJIT_OP

}  // namespace arcjit::kernels
