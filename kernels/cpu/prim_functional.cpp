// Higher-order primitives: compose chain matcher rbind lbind power fork (closure builders),
// apply rapply mapply papply mpapply prapply sfilter mfilter extract (maps and filters) and
// order valmax valmin argmax argmin (key-driven selection).
//
// Python details kept here:
// - The maps and filters call their function inside a generator expression, so a StopIteration
//   escaping the function becomes RuntimeError (in_generator). order/valmax/valmin/argmax/argmin
//   call the key from sorted/max/min, which are not generators: StopIteration passes through.
// - `type(container)(...)` keeps tuple vs frozenset; zip stops at the shortest input.
// - mapply/mpapply/mfilter merge (merge_elements, merge's own code) the elements of the
//   intermediate apply/papply/sfilter would build, without building it where it cannot change
//   the result: see k_mapply.
// - The closures report Python's co_argcount, since rbind/lbind dispatch on it.
#include <algorithm>
#include <optional>
#include <vector>

#include "kernels/cpu/call.h"
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

const Value kOne = Value::integer(1);

// Number of elements `for e in c` will visit, or 0 when c is not a container (the iteration
// itself raises then); only used to reserve.
size_t size_hint(const Value& c) {
  if (c.is_tuple()) return size_t(c.tuple().size());
  if (c.is_set()) return size_t(c.set().size());
  return 0;
}

// `for e in c`, visiting elements without copying the container; f returns false to stop early.
// Raises TypeError exactly where py_iter does (before any element is visited).
template <class F>
void for_each_elem(const Value& c, F&& f) {
  if (c.is_tuple()) {
    const TupleObj& t = c.tuple();
    if (t.layout == TupleLayout::Generic) {
      for (const Value& e : t.items)
        if (!f(e)) return;
      return;
    }
    for (int64_t k = 0, n = t.size(); k < n; ++k)
      if (!f(t.at(k))) return;
    return;
  }
  if (c.is_set()) {
    const SetObj& s = c.set();
    if (s.has_none) raise(ErrKind::TypeError);  // no canonical order to iterate in
    if (s.layout == SetLayout::Generic) {
      for (const Value& e : s.items)
        if (!f(e)) return;
      return;
    }
    for (int64_t k = 0, n = s.size(); k < n; ++k)
      if (!f(s.at(k))) return;
    return;
  }
  raise(ErrKind::TypeError);
}

// True when every element of c is an int, or a tuple of ints, at any depth: no bool hides in it,
// so no element of it is == to another yet encoded differently (True vs 1).
bool bool_free(const Value& c) {
  if (c.is_set()) return c.set().size() == 0 || c.set().layout != SetLayout::Generic;
  if (c.is_tuple()) return c.tuple().layout != TupleLayout::Generic;
  return false;
}

// co_argcount of the lambda rbind/lbind return for a function of n parameters.
int bound_arity(int n) { return n == 2 ? 1 : (n == 3 ? 2 : 3); }

// `function(e)` inside a generator expression.
Value gen_call1(const Value& f, const Value& x) {
  return in_generator([&] { return call1(f, x); });
}
Value gen_call2(const Value& f, const Value& x, const Value& y) {
  return in_generator([&] { return call2(f, x, y); });
}

// `type(container)(function(e) for e in container)`, as a vector of results in order.
std::vector<Value> apply_items(const Value& f, const Value& c) {
  std::vector<Value> out;
  out.reserve(size_hint(c));
  for_each_elem(c, [&](const Value& e) {
    out.push_back(gen_call1(f, e));
    return true;
  });
  return out;
}

// `tuple(function(i, j) for i, j in zip(a, b))`, as a vector.
std::vector<Value> papply_items(const Value& f, const Value& a, const Value& b) {
  // zip calls iter(a), then iter(b), before the generator runs.
  std::vector<Value> va = py_iter(a);
  std::vector<Value> vb = py_iter(b);
  size_t n = std::min(va.size(), vb.size());
  std::vector<Value> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) out.push_back(gen_call2(f, va[k], vb[k]));
  return out;
}

// The elements of `type(c)(e for e in c if condition(e))`, in iteration order.
std::vector<Value> kept_items(const Value& c, const Value& cond) {
  std::vector<Value> kept;
  for_each_elem(c, [&](const Value& e) {
    if (in_generator([&] { return py_truth(call1(cond, e)); })) kept.push_back(e);
    return true;
  });
  return kept;
}

// max/min(container, key=compfunc): the first extreme element in iteration order wins (CPython
// computes each key, then compares it with the best so far). nullopt when empty.
std::optional<Value> extreme(const Value& c, const Value& f, bool want_max) {
  std::optional<Value> best;
  Value best_key;
  for_each_elem(c, [&](const Value& e) {
    Value k = call1(f, e);
    if (!best) {
      best = e;
      best_key = std::move(k);
    } else if (py_cmp(k, best_key, want_max ? CmpOp::GT : CmpOp::LT)) {
      best = e;
      best_key = std::move(k);
    }
    return true;
  });
  return best;
}

Value valextreme(const Value* a, bool want_max) {
  std::optional<Value> best = extreme(a[0], a[1], want_max);
  // max(..., default=0): an empty container gives 0, which compfunc then receives.
  Value x = best ? *best : Value::integer(0);
  return call1(a[1], x);
}

Value argextreme(const Value* a, bool want_max) {
  std::optional<Value> best = extreme(a[0], a[1], want_max);
  if (!best) raise(ErrKind::ValueError);  // max() of an empty sequence
  return *best;
}

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

// --- maps ---

Value k_apply(const Value* a) {
  const Value& c = a[1];
  std::vector<Value> out = apply_items(a[0], c);
  return rebuild_like(c, std::move(out));
}

Value k_rapply(const Value* a) {
  const Value& fs = a[0];
  const Value& x = a[1];
  std::vector<Value> out;
  out.reserve(size_hint(fs));
  for_each_elem(fs, [&](const Value& f) {
    out.push_back(gen_call1(f, x));
    return true;
  });
  return rebuild_like(fs, std::move(out));
}

// merge(apply(function, container)). A tuple intermediate holds the results as they come, so
// merging them directly is the same. A frozenset intermediate drops results equal to an earlier
// one (in canonical order), and which of two equal results survives shows only when a bool is
// among them (True vs 1): so the frozenset is built, as apply builds it, only then. Otherwise its
// duplicates would add nothing to the union merge builds, and merging the results directly gives
// the same set.
Value k_mapply(const Value* a) {
  const Value& c = a[1];
  std::vector<Value> out = apply_items(a[0], c);
  if (c.is_tuple() || std::all_of(out.begin(), out.end(), bool_free)) {
    charge_elements(int64_t(out.size()));  // the intermediate
    return merge_elements(out, c.is_set());
  }
  Value mid = make_set(std::move(out));
  return k_merge(&mid);
}

Value k_papply(const Value* a) { return make_tuple(papply_items(a[0], a[1], a[2])); }

// merge(papply(function, a, b)): the intermediate is a tuple, merged directly (see k_mapply).
Value k_mpapply(const Value* a) {
  std::vector<Value> out = papply_items(a[0], a[1], a[2]);
  charge_elements(int64_t(out.size()));
  return merge_elements(out, false);
}

// frozenset(function(i, j) for j in b for i in a): b is iterated first (when the generator is
// made); a only once b yields something, so an empty b never looks at a.
Value k_prapply(const Value* a) {
  const Value& f = a[0];
  std::vector<Value> vb = py_iter(a[2]);
  if (vb.empty()) return empty_set();
  std::vector<Value> va = py_iter(a[1]);
  const size_t cap = size_t(lane_budget().limits.max_container);
  std::vector<Value> out;
  out.reserve(std::min(cap, va.size() * vb.size()));
  for (const Value& j : vb) {
    for (const Value& i : va) {
      out.push_back(gen_call2(f, i, j));
      if (out.size() >= cap) {
        // Deduplicate as we go so the pending results stay bounded; make_set keeps the first
        // occurrence of equal elements, as the frozenset being filled would.
        Value part = make_set(std::move(out));
        out = py_iter(part);
      }
    }
  }
  return make_set(std::move(out));
}

// --- filters ---

Value k_sfilter(const Value* a) {
  const Value& c = a[0];
  const Value& cond = a[1];
  if (is_cells(c) && c.set().size() > 0) {
    const SetObj& s = c.set();
    std::vector<Cell> kept;
    for (int64_t k = 0, n = s.size(); k < n; ++k) {
      Value e = s.at(k);
      if (in_generator([&] { return py_truth(call1(cond, e)); }))
        kept.push_back(s.cells[size_t(k)]);
    }
    return make_sorted_cells(std::move(kept));
  }
  if (is_indices(c) && c.set().size() > 0) {
    const SetObj& s = c.set();
    std::vector<Idx> kept;
    for (int64_t k = 0, n = s.size(); k < n; ++k) {
      Value e = s.at(k);
      if (in_generator([&] { return py_truth(call1(cond, e)); })) kept.push_back(s.idx[size_t(k)]);
    }
    return make_sorted_indices(std::move(kept));
  }
  std::vector<Value> kept = kept_items(c, cond);
  if (c.is_set()) return make_sorted_set(std::move(kept));
  return make_tuple(std::move(kept));
}

// merge(sfilter(container, function)): the intermediate keeps the container's type and order
// (a frozenset's kept elements are distinct already), so the kept elements are merged directly.
Value k_mfilter(const Value* a) {
  const Value& c = a[0];
  std::vector<Value> kept = kept_items(c, a[1]);
  charge_elements(int64_t(kept.size()));
  return merge_elements(kept, c.is_set());
}

// next(e for e in container if condition(e)): StopIteration (from next) when none qualifies.
Value k_extract(const Value* a) {
  const Value& cond = a[1];
  std::optional<Value> found;
  for_each_elem(a[0], [&](const Value& e) {
    if (in_generator([&] { return py_truth(call1(cond, e)); })) {
      found = e;
      return false;
    }
    return true;
  });
  if (!found) raise(ErrKind::StopIteration);
  return *found;
}

// --- key-driven selection (sorted/max/min: no generator) ---

Value k_order(const Value* a) {
  const Value& f = a[1];
  std::vector<Value> items = py_iter(a[0]);
  std::vector<Value> sorted =
      py_sorted(std::move(items), [&](const Value& e) { return call1(f, e); });
  return make_tuple(std::move(sorted));
}

Value k_valmax(const Value* a) { return valextreme(a, true); }
Value k_valmin(const Value* a) { return valextreme(a, false); }
Value k_argmax(const Value* a) { return argextreme(a, true); }
Value k_argmin(const Value* a) { return argextreme(a, false); }

}  // namespace arcjit::kernels
