// The higher-order primitives' meaning, written once over an element caller: apply rapply mapply
// papply mpapply prapply sfilter mfilter extract order valmax valmin argmax argmin. The eager
// kernels pass a caller that calls the function value; the batched executor passes one that
// replays results a map region computed for every element (charging each element's recorded cost
// as the call would have). Both run this code, so iteration order, generator wrapping, early
// stops, ties, result types and charges agree by construction.
//
// A caller provides, for the function argument f of the primitive:
//   Value elem(int64_t k, const Value& e)   f(e) where e is element k in iteration order
//                                           (rapply: f is the k-th function, e the fixed value)
//   Value pair(int64_t i, int64_t j, const Value& x, const Value& y)
//                                           f(x, y): papply's k-th zipped pair (i == j == k),
//                                           prapply's a[i], b[j]
//   Value any(const Value& x)               f(x) for a value that is no element (valmax's default)
// and, optionally, where it reads no elements and stands in for a container not built:
//   int64_t container_len(const Value& c)   the number of elements `for e in c` visits
//   Value container_elem(const Value& c, int64_t k)   element k (a kept one, a winner)
// Each may raise PyErr. Python details kept here:
// - The maps and filters call their function inside a generator expression, so a StopIteration
//   escaping it becomes RuntimeError (in_generator). order/valmax/valmin/argmax/argmin call the
//   key from sorted/max/min, which are not generators: StopIteration passes through.
// - `type(container)(...)` keeps tuple vs frozenset; zip stops at the shortest input.
// - mapply/mpapply/mfilter merge (merge_elements, merge's own code) the elements of the
//   intermediate apply/papply/sfilter would build, without building it where it cannot change
//   the result: see mapply_core.
#pragma once

#include <algorithm>
#include <optional>
#include <vector>

#include "kernels/cpu/call.h"
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels::hof {

// Number of elements `for e in c` will visit, or 0 when c is not a container (the iteration
// itself raises then); only used to reserve.
inline size_t size_hint(const Value& c) {
  if (c.is_tuple()) return size_t(c.tuple().size());
  if (c.is_set()) return size_t(c.set().size());
  return 0;
}

// `for e in c`, visiting elements without copying the container; f(k, e) returns false to stop
// early. Raises TypeError exactly where py_iter does (before any element is visited).
template <class F>
void for_each_elem(const Value& c, F&& f) {
  if (c.is_tuple()) {
    const TupleObj& t = c.tuple();
    if (t.layout == TupleLayout::Generic) {
      for (size_t k = 0; k < t.items.size(); ++k)
        if (!f(int64_t(k), t.items[k])) return;
      return;
    }
    for (int64_t k = 0, n = t.size(); k < n; ++k)
      if (!f(k, t.at(k))) return;
    return;
  }
  if (c.is_set()) {
    const SetObj& s = c.set();
    if (s.has_none) raise(ErrKind::TypeError);  // no canonical order to iterate in
    if (s.layout == SetLayout::Generic) {
      for (size_t k = 0; k < s.items.size(); ++k)
        if (!f(int64_t(k), s.items[k])) return;
      return;
    }
    for (int64_t k = 0, n = s.size(); k < n; ++k)
      if (!f(k, s.at(k))) return;
    return;
  }
  raise(ErrKind::TypeError);
}

// A caller that replays recorded results (the batched folds, which declare kReplays) never reads
// the element it is handed, and a packed set's cell or a grid's row is a new tuple each time it is
// taken out: for such a caller only the elements a fold returns (a kept one, a winner) are built.
template <class Caller>
constexpr bool reads_elements = !requires {
  Caller::kReplays;
};

// The element handed to a caller that does not read it.
inline const Value& unread_element() {
  static const Value none;
  return none;
}

// The number of elements `for e in c` visits, raising where for_each_elem raises.
inline int64_t iter_len(const Value& c) {
  if (c.is_tuple()) return c.tuple().size();
  if (c.is_set()) {
    if (c.set().has_none) raise(ErrKind::TypeError);
    return c.set().size();
  }
  raise(ErrKind::TypeError);
}

// Element k of a container in iteration order (k < iter_len(c)).
inline Value elem_at(const Value& c, int64_t k) {
  return c.is_tuple() ? c.tuple().at(k) : c.set().at(k);
}

// The length of container c and its element k, for a caller that does not read elements: the
// caller's own where it stands in for a container not built (the batched folds over a product
// whose pairs are enumerated from its factors), else iter_len and elem_at.
template <class Caller>
int64_t container_len(const Caller& f, const Value& c) {
  if constexpr (requires { f.container_len(c); })
    return f.container_len(c);
  else
    return iter_len(c);
}
template <class Caller>
Value container_elem(const Caller& f, const Value& c, int64_t k) {
  if constexpr (requires { f.container_elem(c, k); })
    return f.container_elem(c, k);
  else
    return elem_at(c, k);
}

// `for e in c` for caller f: f.elem(k, e) through visit(k, e) as for_each_elem gives them, or with
// the unread element where f does not read it.
template <class Caller, class F>
void for_each_call(const Caller& f, const Value& c, F&& visit) {
  if constexpr (reads_elements<Caller>) {
    for_each_elem(c, visit);
  } else {
    for (int64_t k = 0, n = container_len(f, c); k < n; ++k)
      if (!visit(k, unread_element())) return;
  }
}

// True when every element of c is an int, or a tuple of ints, at any depth: no bool hides in it,
// so no element of it is == to another yet encoded differently (True vs 1).
inline bool bool_free(const Value& c) {
  if (c.is_set()) return c.set().size() == 0 || c.set().layout != SetLayout::Generic;
  if (c.is_tuple()) return c.tuple().layout != TupleLayout::Generic;
  return false;
}

// merge over the intermediate's elements: the caller's own union where it has one (the batched
// folds' packed_union), else merge's reference code.
template <class Caller>
Value merge_parts(Caller& f, std::span<const Value> parts, bool to_set) {
  if constexpr (requires { f.merge(parts, to_set); })
    return f.merge(parts, to_set);
  else
    return merge_elements(parts, to_set);
}

// A frozenset of the items: the caller's own builder where it has one (packed_set_of_sets), else
// make_set.
template <class Caller>
Value set_of(Caller& f, std::vector<Value> items) {
  if constexpr (requires { f.set_of(items); })
    return f.set_of(items);
  else
    return make_set(std::move(items));
}

// `type(container)(function(e) for e in container)`, as a vector of results in order.
template <class Caller>
std::vector<Value> apply_items(Caller& f, const Value& c) {
  std::vector<Value> out;
  out.reserve(size_hint(c));
  for_each_call(f, c, [&](int64_t k, const Value& e) {
    out.push_back(in_generator([&] { return f.elem(k, e); }));
    return true;
  });
  return out;
}

// `tuple(function(i, j) for i, j in zip(a, b))`, as a vector.
template <class Caller>
std::vector<Value> papply_items(Caller& f, const Value& a, const Value& b) {
  // zip calls iter(a), then iter(b), before the generator runs.
  std::vector<Value> out;
  if constexpr (!reads_elements<Caller>) {
    const int64_t na = iter_len(a);
    const int64_t n = std::min(na, iter_len(b));
    out.reserve(size_t(n));
    const Value& none = unread_element();
    for (int64_t k = 0; k < n; ++k)
      out.push_back(in_generator([&] { return f.pair(k, k, none, none); }));
    return out;
  }
  std::vector<Value> va = py_iter(a);
  std::vector<Value> vb = py_iter(b);
  size_t n = std::min(va.size(), vb.size());
  out.reserve(n);
  for (size_t k = 0; k < n; ++k)
    out.push_back(in_generator([&] { return f.pair(int64_t(k), int64_t(k), va[k], vb[k]); }));
  return out;
}

// The elements of `type(c)(e for e in c if condition(e))`, in iteration order.
template <class Caller>
std::vector<Value> kept_items(Caller& cond, const Value& c) {
  std::vector<Value> kept;
  for_each_call(cond, c, [&](int64_t k, const Value& e) {
    if (in_generator([&] { return py_truth(cond.elem(k, e)); }))
      kept.push_back(reads_elements<Caller> ? e : container_elem(cond, c, k));
    return true;
  });
  return kept;
}

// max/min(container, key=compfunc): the first extreme element in iteration order wins (CPython
// computes each key, then compares it with the best so far). nullopt when empty; `at` is the
// winner's position.
template <class Caller>
std::optional<Value> extreme(Caller& f, const Value& c, bool want_max, int64_t* at) {
  std::optional<Value> best;
  Value best_key;
  for_each_call(f, c, [&](int64_t k, const Value& e) {
    Value key = f.elem(k, e);
    if (!best || py_cmp(key, best_key, want_max ? CmpOp::GT : CmpOp::LT)) {
      best = e;
      best_key = std::move(key);
      *at = k;
    }
    return true;
  });
  if (best && !reads_elements<Caller>) best = container_elem(f, c, *at);
  return best;
}

// compfunc(max(container, key=compfunc, default=0)): the winner is called again; an empty
// container gives 0, which compfunc then receives.
template <class Caller>
Value valextreme_core(Caller& f, const Value& c, bool want_max) {
  int64_t at = -1;
  std::optional<Value> best = extreme(f, c, want_max, &at);
  if (!best) return f.any(Value::integer(0));
  return f.elem(at, *best);
}

template <class Caller>
Value argextreme_core(Caller& f, const Value& c, bool want_max) {
  int64_t at = -1;
  std::optional<Value> best = extreme(f, c, want_max, &at);
  if (!best) raise(ErrKind::ValueError);  // max() of an empty sequence
  return *best;
}

template <class Caller>
Value apply_core(Caller& f, const Value& c) {
  std::vector<Value> out = apply_items(f, c);
  if (c.is_set()) return set_of(f, std::move(out));
  return rebuild_like(c, std::move(out));
}

// type(functions)(function(value) for function in functions): the caller's elem(k, function)
// calls the k-th function on the fixed value.
template <class Caller>
Value rapply_core(Caller& f, const Value& functions) {
  std::vector<Value> out = apply_items(f, functions);
  return rebuild_like(functions, std::move(out));
}

// merge(apply(function, container)). A tuple intermediate holds the results as they come, so
// merging them directly is the same. A frozenset intermediate drops results equal to an earlier
// one (in canonical order), and which of two equal results survives shows only when a bool is
// among them (True vs 1): so the frozenset is built, as apply builds it, only then. Otherwise its
// duplicates would add nothing to the union merge builds, and merging the results directly gives
// the same set.
template <class Caller>
Value mapply_core(Caller& f, const Value& c) {
  std::vector<Value> out = apply_items(f, c);
  if (c.is_tuple() || std::all_of(out.begin(), out.end(), bool_free)) {
    charge_elements(int64_t(out.size()));  // the intermediate
    return merge_parts(f, out, c.is_set());
  }
  Value mid = make_set(std::move(out));
  return k_merge(&mid);
}

template <class Caller>
Value papply_core(Caller& f, const Value& a, const Value& b) {
  return make_tuple(papply_items(f, a, b));
}

// merge(papply(function, a, b)): the intermediate is a tuple, merged directly (see mapply_core).
template <class Caller>
Value mpapply_core(Caller& f, const Value& a, const Value& b) {
  std::vector<Value> out = papply_items(f, a, b);
  charge_elements(int64_t(out.size()));
  return merge_parts(f, out, false);
}

// frozenset(function(i, j) for j in b for i in a): b is iterated first (when the generator is
// made); a only once b yields something, so an empty b never looks at a.
template <class Caller>
Value prapply_core(Caller& f, const Value& a, const Value& b) {
  std::vector<Value> va, vb;
  size_t na, nb;
  if constexpr (reads_elements<Caller>) {
    vb = py_iter(b);
    nb = vb.size();
    if (nb == 0) return empty_set();
    va = py_iter(a);
    na = va.size();
  } else {
    nb = size_t(iter_len(b));
    if (nb == 0) return empty_set();
    na = size_t(iter_len(a));
  }
  auto elem = [](const std::vector<Value>& v, size_t k) -> const Value& {
    return reads_elements<Caller> ? v[k] : unread_element();
  };
  const size_t cap = size_t(lane_budget().limits.max_container);
  std::vector<Value> out;
  out.reserve(std::min(cap, na * nb));
  for (size_t j = 0; j < nb; ++j) {
    for (size_t i = 0; i < na; ++i) {
      out.push_back(
          in_generator([&] { return f.pair(int64_t(i), int64_t(j), elem(va, i), elem(vb, j)); }));
      if (out.size() >= cap) {
        // Deduplicate as we go so the pending results stay bounded; make_set keeps the first
        // occurrence of equal elements, as the frozenset being filled would.
        Value part = make_set(std::move(out));
        out = py_iter(part);
      }
    }
  }
  return set_of(f, std::move(out));
}

template <class Caller>
Value sfilter_core(Caller& cond, const Value& c) {
  auto keep = [&](int64_t k, const Value& e) {
    return in_generator([&] { return py_truth(cond.elem(k, e)); });
  };
  auto packed_keep = [&](const SetObj& s, int64_t k) {
    if constexpr (reads_elements<Caller>)
      return keep(k, s.at(k));
    else
      return keep(k, unread_element());
  };
  if (is_cells(c) && c.set().size() > 0) {
    const SetObj& s = c.set();
    std::vector<Cell> kept;
    for (int64_t k = 0, n = s.size(); k < n; ++k)
      if (packed_keep(s, k)) kept.push_back(s.cells[size_t(k)]);
    return make_sorted_cells(std::move(kept));
  }
  if (is_indices(c) && c.set().size() > 0) {
    const SetObj& s = c.set();
    std::vector<Idx> kept;
    for (int64_t k = 0, n = s.size(); k < n; ++k)
      if (packed_keep(s, k)) kept.push_back(s.idx[size_t(k)]);
    return make_sorted_indices(std::move(kept));
  }
  std::vector<Value> kept = kept_items(cond, c);
  if (c.is_set()) return make_sorted_set(std::move(kept));
  return make_tuple(std::move(kept));
}

// merge(sfilter(container, function)): the intermediate keeps the container's type and order
// (a frozenset's kept elements are distinct already), so the kept elements are merged directly.
template <class Caller>
Value mfilter_core(Caller& f, const Value& c) {
  std::vector<Value> kept = kept_items(f, c);
  charge_elements(int64_t(kept.size()));
  return merge_parts(f, kept, c.is_set());
}

// next(e for e in container if condition(e)): StopIteration (from next) when none qualifies.
template <class Caller>
Value extract_core(Caller& cond, const Value& c) {
  std::optional<Value> found;
  for_each_call(cond, c, [&](int64_t k, const Value& e) {
    if (in_generator([&] { return py_truth(cond.elem(k, e)); })) {
      found = reads_elements<Caller> ? e : container_elem(cond, c, k);
      return false;
    }
    return true;
  });
  if (!found) raise(ErrKind::StopIteration);
  return *found;
}

template <class Caller>
Value order_core(Caller& f, const Value& c) {
  std::vector<Value> items = py_iter(c);
  std::vector<Value> keys;
  keys.reserve(items.size());
  for (size_t k = 0; k < items.size(); ++k) keys.push_back(f.elem(int64_t(k), items[k]));
  py_sort_by_keys(items, keys);
  return make_tuple(std::move(items));
}

// The eager caller: calls the function value on each element.
struct CallFunction {
  const Value& f;
  Value elem(int64_t, const Value& e) { return call1(f, e); }
  Value pair(int64_t, int64_t, const Value& x, const Value& y) { return call2(f, x, y); }
  Value any(const Value& x) { return call1(f, x); }
};

// The kernels of the maps that merge or collect their results, over a caller made from the
// function argument: the reference kernels' CallFunction, or the batched executor's, which adds
// its own union and frozenset builders (packed_sets.cpp).
template <class Caller>
Value apply_kernel(const Value* a) {
  Caller f{a[0]};
  return apply_core(f, a[1]);
}
template <class Caller>
Value mapply_kernel(const Value* a) {
  Caller f{a[0]};
  return mapply_core(f, a[1]);
}
template <class Caller>
Value mpapply_kernel(const Value* a) {
  Caller f{a[0]};
  return mpapply_core(f, a[1], a[2]);
}
template <class Caller>
Value prapply_kernel(const Value* a) {
  Caller f{a[0]};
  return prapply_core(f, a[1], a[2]);
}
template <class Caller>
Value mfilter_kernel(const Value* a) {
  Caller f{a[1]};
  return mfilter_core(f, a[0]);
}

}  // namespace arcjit::kernels::hof
