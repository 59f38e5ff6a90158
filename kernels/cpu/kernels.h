// Declarations of the reference kernels k_<name>, one per ops.def entry. Each is defined in the
// kernels/cpu/prim_*.cpp file of its family.
#pragma once

#include <span>
#include <vector>

#include "runtime/value.h"

namespace arcjit::kernels {

#define ARCJIT_OP(name, arity, result, cost, params, param_names) Value k_##name(const Value* a);
#include "kernels/cpu/ops.def"
#undef ARCJIT_OP

// merge (k_merge) over the elements of its argument, given in iteration order: to_set for a
// frozenset's (distinct) elements, else a tuple's. mapply, mpapply and mfilter merge their
// intermediate result's elements with it. build_set makes a frozenset of elements that are no
// packed cells or indices with make_set's value and charges (null: make_set itself; the batched
// folds pass packed_sets.h's builder).
using SetBuilder = Value (*)(std::vector<Value>& items);
Value merge_elements(std::span<const Value> parts, bool to_set, SetBuilder build_set = nullptr);

// One kernel calling another with separate arguments, as dsl.py's primitives call each other:
// kcall(k_shift, patch, offset). (A unary kernel is called as k_name(&value).)
template <class... Args>
Value kcall(Value (*kernel)(const Value*), const Args&... args) {
  const Value a[] = {args...};
  return kernel(a);
}

}  // namespace arcjit::kernels
