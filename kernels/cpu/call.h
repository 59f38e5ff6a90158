// Function values: the primitives as values and the closures arc-dsl's rbind, lbind, compose,
// chain, fork, matcher and power build, called with Python's rules (wrong argument count or a
// non-callable raise TypeError).
#pragma once

#include <span>
#include <vector>

#include "kernels/cpu/op_table.h"
#include "runtime/value.h"

namespace arcjit {

// The function value of a primitive; one shared object per op, so `equality(add, add)` holds.
Value prim_value(Op op);

// Python's function.__code__.co_argcount; AttributeError for a non-callable.
int func_arity(const Value& f);

// f(*args); raises PyErr.
Value call_value(const Value& f, std::span<const Value> args);
inline Value call1(const Value& f, const Value& x) { return call_value(f, {&x, 1}); }
inline Value call2(const Value& f, const Value& x, const Value& y) {
  const Value a[2] = {x, y};
  return call_value(f, a);
}

Value make_closure(FuncKind kind, int arity, std::vector<Value> parts, int64_t n = 0);

// The batt files' safe default for a callable, `lambda *args: ()`: any arguments, returns ().
Value const_empty_func();

}  // namespace arcjit
