// Numbers, booleans and comparisons: identity add subtract multiply divide invert even double
// halve flip equality contained greater increment decrement crement sign positive toivec tojvec
// both either astuple branch.
//
// Each kernel follows dsl.py's expression order step by step (C++ leaves the order of function
// arguments unspecified, so every sub-expression that can raise gets its own statement).
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

using BinOp = Value (*)(const Value&, const Value&);

// dsl.py's shape for add/subtract/multiply/divide:
//   int op int | (a[0] op b[0], a[1] op b[1]) | (a op b[0], a op b[1]) | (a[0] op b, a[1] op b)
Value numerical(const Value* args, BinOp op) {
  const Value& a = args[0];
  const Value& b = args[1];
  if (a.is_int() && b.is_int()) return op(a, b);
  if (is_ints(a) && is_ints(b) && a.tuple().size() >= 2 && b.tuple().size() >= 2) {
    // Fast path, same answer: both plain int tuples.
    Value e0 = op(Value::integer(a.tuple().ints[0]), Value::integer(b.tuple().ints[0]));
    Value e1 = op(Value::integer(a.tuple().ints[1]), Value::integer(b.tuple().ints[1]));
    return make_pair(e0, e1);
  }
  if (a.is_tuple() && b.is_tuple()) {
    Value a0 = py_at(a, 0), b0 = py_at(b, 0);
    Value e0 = op(a0, b0);
    Value a1 = py_at(a, 1), b1 = py_at(b, 1);
    Value e1 = op(a1, b1);
    return make_pair(e0, e1);
  }
  if (a.is_int() && b.is_tuple()) {
    Value b0 = py_at(b, 0);
    Value e0 = op(a, b0);
    Value b1 = py_at(b, 1);
    Value e1 = op(a, b1);
    return make_pair(e0, e1);
  }
  Value a0 = py_at(a, 0);
  Value e0 = op(a0, b);
  Value a1 = py_at(a, 1);
  Value e1 = op(a1, b);
  return make_pair(e0, e1);
}

// `f(n) if isinstance(n, int) else (f(n[0]), f(n[1]))`
template <class F>
Value per_component(const Value& n, F f) {
  if (n.is_int()) return f(n);
  Value n0 = py_at(n, 0);
  Value e0 = f(n0);
  Value n1 = py_at(n, 1);
  Value e1 = f(n1);
  return make_pair(e0, e1);
}

const Value kZero = Value::integer(0);
const Value kOne = Value::integer(1);
const Value kTwo = Value::integer(2);

// `0 if x == 0 else (up(x) if x > 0 else down(x))`
template <class Up, class Down>
Value three_way(const Value& x, Up up, Down down) {
  if (py_eq(x, kZero)) return kZero;
  return py_gt(x, kZero) ? up(x) : down(x);
}

}  // namespace

Value k_identity(const Value* a) { return a[0]; }
Value k_add(const Value* a) { return numerical(a, py_add); }
Value k_subtract(const Value* a) { return numerical(a, py_sub); }
Value k_multiply(const Value* a) { return numerical(a, py_mul); }
Value k_divide(const Value* a) { return numerical(a, py_floordiv); }

Value k_invert(const Value* a) { return per_component(a[0], py_neg); }

Value k_even(const Value* a) { return Value::boolean(py_eq(py_mod(a[0], kTwo), kZero)); }

Value k_double_(const Value* a) {
  return per_component(a[0], [](const Value& x) { return py_mul(x, kTwo); });
}
Value k_halve(const Value* a) {
  return per_component(a[0], [](const Value& x) { return py_floordiv(x, kTwo); });
}

Value k_flip(const Value* a) { return Value::boolean(!py_truth(a[0])); }
Value k_equality(const Value* a) { return Value::boolean(py_eq(a[0], a[1])); }
Value k_contained(const Value* a) { return Value::boolean(py_contains(a[1], a[0])); }
Value k_greater(const Value* a) { return Value::boolean(py_gt(a[0], a[1])); }

Value k_increment(const Value* a) {
  return per_component(a[0], [](const Value& x) { return py_add(x, kOne); });
}
Value k_decrement(const Value* a) {
  return per_component(a[0], [](const Value& x) { return py_sub(x, kOne); });
}

Value k_crement(const Value* a) {
  return per_component(a[0], [](const Value& x) {
    return three_way(
        x, [](const Value& v) { return py_add(v, kOne); },
        [](const Value& v) { return py_sub(v, kOne); });
  });
}

Value k_sign(const Value* a) {
  return per_component(a[0], [](const Value& x) {
    return three_way(
        x, [](const Value&) { return kOne; }, [](const Value&) { return Value::integer(-1); });
  });
}

Value k_positive(const Value* a) { return Value::boolean(py_gt(a[0], kZero)); }
Value k_toivec(const Value* a) { return make_pair(a[0], kZero); }
Value k_tojvec(const Value* a) { return make_pair(kZero, a[0]); }
Value k_both(const Value* a) { return py_truth(a[0]) ? a[1] : a[0]; }
Value k_either(const Value* a) { return py_truth(a[0]) ? a[0] : a[1]; }
Value k_astuple(const Value* a) { return make_pair(a[0], a[1]); }
Value k_branch(const Value* a) { return py_truth(a[0]) ? a[1] : a[2]; }

}  // namespace arcjit::kernels
