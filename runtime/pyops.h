// Python's object protocol over Values: the operations arc-dsl's dsl.py performs (len, indexing,
// slicing, iteration, `in`, rich comparisons, arithmetic, truthiness, unpacking, max/min, sorted),
// each raising the exception class CPython raises. Primitives are written over these so that
// ill-typed calls fail exactly as in the reference.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/canon.h"
#include "runtime/errors.h"
#include "runtime/limits.h"
#include "runtime/value.h"

namespace arcjit {

// --- sizes, items, iteration ---
int64_t py_len(const Value& c);                      // TypeError unless tuple/frozenset
bool py_truth(const Value& v);                       // bool(v)
int64_t py_index(const Value& v);                    // operator.index: int/bool, else TypeError
Value py_getitem(const Value& c, const Value& idx);  // c[idx] for an int idx
Value py_at(const Value& c, int64_t k);              // c[k] (negative counts from the end)
// c[start:stop:step]; absent bounds are None. Tuples only (TypeError otherwise).
Value py_slice(const Value& c, const std::optional<Value>& start, const std::optional<Value>& stop,
               const std::optional<Value>& step = std::nullopt);
// The elements `for e in c` visits: tuple order, or canonical order for a frozenset.
// TypeError if c is not iterable, or is a frozenset holding None (no canonical order).
std::vector<Value> py_iter(const Value& c);
bool py_contains(const Value& c, const Value& v);    // `v in c`
std::pair<Value, Value> py_unpack2(const Value& v);  // `a, b = v`
Value py_next_first(const Value& c);                 // next(iter(c)): StopIteration if empty

// --- comparisons ---
enum class CmpOp { LT, LE, GT, GE };
bool py_cmp(const Value& a, const Value& b, CmpOp op);  // TypeError for unorderable pairs
inline bool py_lt(const Value& a, const Value& b) { return py_cmp(a, b, CmpOp::LT); }
inline bool py_gt(const Value& a, const Value& b) { return py_cmp(a, b, CmpOp::GT); }

// --- arithmetic (ints are 64-bit; overflow raises ResourceLimit) ---
Value py_add(const Value& a, const Value& b);  // ints, or tuple concatenation
Value py_sub(const Value& a, const Value& b);
Value py_mul(const Value& a, const Value& b);  // ints, or tuple repetition
Value py_floordiv(const Value& a, const Value& b);
Value py_mod(const Value& a, const Value& b);
Value py_neg(const Value& a);
Value py_abs(const Value& a);
// Plain int64 arithmetic for the fast paths; overflow raises ResourceLimit.
inline int64_t checked_add(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_add_overflow(a, b, &r)) raise(ErrKind::ResourceLimit);
  return r;
}
inline int64_t checked_sub(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) raise(ErrKind::ResourceLimit);
  return r;
}
inline int64_t checked_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) raise(ErrKind::ResourceLimit);
  return r;
}

// `type(like)(items)`: a tuple or a frozenset, as `like` is (like was iterated, so it is one).
Value rebuild_like(const Value& like, std::vector<Value> items);

// Inside a generator expression, a StopIteration that escapes becomes RuntimeError (PEP 479).
template <class F>
decltype(auto) in_generator(F&& f) {
  try {
    return f();
  } catch (const PyErr& e) {
    if (e.kind == ErrKind::StopIteration) raise(ErrKind::RuntimeError);
    throw;
  }
}

// max(items, key=key) / min(...): the first extreme element wins, as CPython's min_max.
// ValueError when empty.
template <class Key>
Value py_max_by(const std::vector<Value>& items, Key&& key, bool want_max) {
  if (items.empty()) raise(ErrKind::ValueError);
  size_t best = 0;
  Value best_key = key(items[0]);
  for (size_t k = 1; k < items.size(); ++k) {
    Value kk = key(items[k]);
    if (py_cmp(kk, best_key, want_max ? CmpOp::GT : CmpOp::LT)) {
      best = k;
      best_key = std::move(kk);
    }
  }
  return items[best];
}

// sorted(items, key=key): CPython's list.sort (count_run + binary insertion below 64 elements,
// which decides the result exactly even for partial orders such as frozenset keys; a stable
// merge sort above, exact for total orders).
void py_sort_by_keys(std::vector<Value>& items, std::vector<Value>& keys);

template <class Key>
std::vector<Value> py_sorted(std::vector<Value> items, Key&& key) {
  std::vector<Value> keys;
  keys.reserve(items.size());
  for (const Value& e : items) keys.push_back(key(e));
  py_sort_by_keys(items, keys);
  return items;
}

}  // namespace arcjit
