// Higher-order primitives: compose chain matcher rbind lbind power fork (closure builders),
// apply rapply mapply papply mpapply prapply sfilter mfilter extract (maps and filters) and
// order valmax valmin argmax argmin (key-driven selection). The maps, filters and selections are
// hof_core.h's cores with a caller that calls the function value; the closures report Python's
// co_argcount, since rbind/lbind dispatch on it.
#include <vector>

#include "kernels/cpu/call.h"
#include "kernels/cpu/hof_core.h"
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

const Value kOne = Value::integer(1);

// co_argcount of the lambda rbind/lbind return for a function of n parameters.
int bound_arity(int n) { return n == 2 ? 1 : (n == 3 ? 2 : 3); }

// rapply's caller: the elements are the functions, each called on the fixed value.
struct CallEachOn {
  const Value& x;
  Value elem(int64_t, const Value& fn) { return call1(fn, x); }
  Value pair(int64_t, int64_t, const Value&, const Value&) { raise(ErrKind::TypeError); }
  Value any(const Value&) { raise(ErrKind::TypeError); }
};

}  // namespace

// --- closure builders: nothing is checked until the closure is called ---

Value k_compose(const Value* a) { return make_closure(FuncKind::Compose, 1, {a[0], a[1]}); }
Value k_chain(const Value* a) { return make_closure(FuncKind::Chain, 1, {a[0], a[1], a[2]}); }
Value k_matcher(const Value* a) { return make_closure(FuncKind::Matcher, 1, {a[0], a[1]}); }
Value k_fork(const Value* a) { return make_closure(FuncKind::Fork, 1, {a[0], a[1], a[2]}); }

// rbind/lbind read function.__code__.co_argcount (AttributeError for a non-callable) and build
// a lambda of 1, 2 or 3 parameters accordingly.
Value k_rbind(const Value* a) {
  int n = func_arity(a[0]);
  return make_closure(FuncKind::Rbind, bound_arity(n), {a[0], a[1]});
}
Value k_lbind(const Value* a) {
  int n = func_arity(a[0]);
  return make_closure(FuncKind::Lbind, bound_arity(n), {a[0], a[1]});
}

// power(f, 1) is f itself (whatever it is); otherwise compose(f, power(f, n - 1)): a non-int n
// fails at `n - 1`, an n below 1 recurses without end, and n above the budget is refused.
Value k_power(const Value* a) {
  const Value& f = a[0];
  const Value& n = a[1];
  if (py_eq(n, kOne)) return f;
  Value m = py_sub(n, kOne);
  if (m.i() < 1) raise(ErrKind::RecursionError);
  if (n.i() > lane_budget().limits.max_power) raise(ErrKind::ResourceLimit);
  return make_closure(FuncKind::Power, 1, {f}, n.i());
}

// --- maps, filters and key-driven selection: hof_core.h ---

using hof::CallFunction;

Value k_apply(const Value* a) { return hof::apply_kernel<CallFunction>(a); }
Value k_rapply(const Value* a) {
  CallEachOn f{a[1]};
  return hof::rapply_core(f, a[0]);
}
Value k_mapply(const Value* a) { return hof::mapply_kernel<CallFunction>(a); }
Value k_papply(const Value* a) {
  CallFunction f{a[0]};
  return hof::papply_core(f, a[1], a[2]);
}
Value k_mpapply(const Value* a) { return hof::mpapply_kernel<CallFunction>(a); }
Value k_prapply(const Value* a) { return hof::prapply_kernel<CallFunction>(a); }
Value k_sfilter(const Value* a) {
  CallFunction f{a[1]};
  return hof::sfilter_core(f, a[0]);
}
Value k_mfilter(const Value* a) { return hof::mfilter_kernel<CallFunction>(a); }
Value k_extract(const Value* a) {
  CallFunction f{a[1]};
  return hof::extract_core(f, a[0]);
}
Value k_order(const Value* a) {
  CallFunction f{a[1]};
  return hof::order_core(f, a[0]);
}
Value k_valmax(const Value* a) {
  CallFunction f{a[1]};
  return hof::valextreme_core(f, a[0], true);
}
Value k_valmin(const Value* a) {
  CallFunction f{a[1]};
  return hof::valextreme_core(f, a[0], false);
}
Value k_argmax(const Value* a) {
  CallFunction f{a[1]};
  return hof::argextreme_core(f, a[0], true);
}
Value k_argmin(const Value* a) {
  CallFunction f{a[1]};
  return hof::argextreme_core(f, a[0], false);
}

}  // namespace arcjit::kernels
