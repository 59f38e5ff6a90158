#include "runtime/pyops.h"

#include <algorithm>

namespace arcjit {

int64_t py_len(const Value& c) {
  if (c.is_tuple()) return c.tuple().size();
  if (c.is_set()) return c.set().size();
  raise(ErrKind::TypeError);
}

bool py_truth(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
      return false;
    case Tag::Bool:
    case Tag::Int:
      return v.i() != 0;
    case Tag::Tuple:
      return v.tuple().size() != 0;
    case Tag::Set:
      return v.set().size() != 0;
    default:
      return true;
  }
}

int64_t py_index(const Value& v) {
  if (!v.is_int()) raise(ErrKind::TypeError);
  return v.i();
}

Value py_at(const Value& c, int64_t k) {
  if (!c.is_tuple()) raise(ErrKind::TypeError);
  int64_t n = c.tuple().size();
  if (k < 0) k += n;
  if (k < 0 || k >= n) raise(ErrKind::IndexError);
  return c.tuple().at(k);
}

Value py_getitem(const Value& c, const Value& idx) {
  if (!c.is_tuple()) raise(ErrKind::TypeError);
  return py_at(c, py_index(idx));
}

namespace {

// PySlice_GetIndices + PySlice_AdjustIndices.
struct SliceRange {
  int64_t start, step, count;
};

SliceRange adjust(int64_t len, const std::optional<Value>& a, const std::optional<Value>& b,
                  const std::optional<Value>& s) {
  auto bound = [](const std::optional<Value>& v) -> std::optional<int64_t> {
    if (!v || v->is_none()) return std::nullopt;
    if (!v->is_int()) raise(ErrKind::TypeError);
    return v->i();
  };
  std::optional<int64_t> step_v = bound(s);
  int64_t step = step_v.value_or(1);
  if (step == 0) raise(ErrKind::ValueError);
  auto fix = [&](std::optional<int64_t> x, bool is_start) -> int64_t {
    if (!x) return is_start ? (step < 0 ? len - 1 : 0) : (step < 0 ? -1 : len);
    int64_t v = *x;
    if (v < 0) {
      v += len;
      if (v < 0) v = step < 0 ? -1 : 0;
    } else if (v >= len) {
      v = step < 0 ? len - 1 : len;
    }
    return v;
  };
  int64_t start = fix(bound(a), true), stop = fix(bound(b), false);
  int64_t count = 0;
  if (step < 0) {
    if (stop < start) count = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    count = (stop - start - 1) / step + 1;
  }
  return {start, step, count};
}

}  // namespace

Value py_slice(const Value& c, const std::optional<Value>& start, const std::optional<Value>& stop,
               const std::optional<Value>& step) {
  if (!c.is_tuple()) raise(ErrKind::TypeError);
  const TupleObj& t = c.tuple();
  SliceRange r = adjust(t.size(), start, stop, step);
  if (t.layout == TupleLayout::Ints) {
    std::vector<int64_t> out;
    out.reserve(size_t(r.count));
    for (int64_t k = 0; k < r.count; ++k) out.push_back(t.ints[size_t(r.start + k * r.step)]);
    return make_ints(std::move(out));
  }
  if (t.layout == TupleLayout::Grid) {
    std::vector<int64_t> out;
    out.reserve(size_t(r.count * t.w));
    for (int64_t k = 0; k < r.count; ++k) {
      auto row = t.row(r.start + k * r.step);
      out.insert(out.end(), row.begin(), row.end());
    }
    return make_grid(r.count, t.w, std::move(out));
  }
  std::vector<Value> out;
  out.reserve(size_t(r.count));
  for (int64_t k = 0; k < r.count; ++k) out.push_back(t.items[size_t(r.start + k * r.step)]);
  return make_tuple(std::move(out));
}

std::vector<Value> py_iter(const Value& c) {
  std::vector<Value> out;
  if (c.is_tuple()) {
    const TupleObj& t = c.tuple();
    if (t.layout == TupleLayout::Generic) return t.items;
    int64_t n = t.size();
    out.reserve(size_t(n));
    for (int64_t k = 0; k < n; ++k) out.push_back(t.at(k));
    return out;
  }
  if (c.is_set()) {
    const SetObj& s = c.set();
    if (s.has_none) raise(ErrKind::TypeError);
    if (s.layout == SetLayout::Generic) return s.items;
    int64_t n = s.size();
    out.reserve(size_t(n));
    for (int64_t k = 0; k < n; ++k) out.push_back(s.at(k));
    return out;
  }
  raise(ErrKind::TypeError);
}

Value py_next_first(const Value& c) {
  if (c.is_set() && c.set().has_none) raise(ErrKind::TypeError);
  if (py_len(c) == 0) raise(ErrKind::StopIteration);
  return c.is_tuple() ? c.tuple().at(0) : c.set().at(0);
}

bool py_contains(const Value& c, const Value& v) {
  if (c.is_tuple()) {
    const TupleObj& t = c.tuple();
    if (t.layout == TupleLayout::Ints) {
      if (!v.is_int()) return false;
      return std::find(t.ints.begin(), t.ints.end(), v.i()) != t.ints.end();
    }
    for (int64_t k = 0, n = t.size(); k < n; ++k)
      if (py_eq(t.at(k), v)) return true;
    return false;
  }
  if (!c.is_set()) raise(ErrKind::TypeError);
  const SetObj& s = c.set();
  if (s.layout == SetLayout::Indices) {
    if (!v.is_tuple()) return false;
    const TupleObj& t = v.tuple();
    if (t.size() != 2) return false;
    Value a = t.at(0), b = t.at(1);
    if (!a.is_int() || !b.is_int()) return false;
    return std::binary_search(s.idx.begin(), s.idx.end(), Idx{a.i(), b.i()});
  }
  bool none = v.is_none() || ((v.is_tuple() || v.is_set()) && v.obj()->has_none);
  if (s.has_none || none || s.layout == SetLayout::Cells) {
    for (int64_t k = 0, n = s.size(); k < n; ++k)
      if (py_eq(s.at(k), v)) return true;
    return false;
  }
  auto it = std::lower_bound(s.items.begin(), s.items.end(), v,
                             [](const Value& a, const Value& b) { return canon_cmp(a, b) < 0; });
  return it != s.items.end() && py_eq(*it, v);
}

std::pair<Value, Value> py_unpack2(const Value& v) {
  if (v.is_tuple()) {
    if (v.tuple().size() != 2) raise(ErrKind::ValueError);
    return {v.tuple().at(0), v.tuple().at(1)};
  }
  std::vector<Value> items = py_iter(v);
  if (items.size() != 2) raise(ErrKind::ValueError);
  return {items[0], items[1]};
}

namespace {

bool cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::LT:
      return c < 0;
    case CmpOp::LE:
      return c <= 0;
    case CmpOp::GT:
      return c > 0;
    case CmpOp::GE:
      return c >= 0;
  }
  return false;
}

// a <= b for frozensets (C-level iteration: no canonical order needed).
bool is_subset(const SetObj& a, const Value& b) {
  if (a.size() > b.set().size()) return false;
  for (int64_t k = 0, n = a.size(); k < n; ++k)
    if (!py_contains(b, a.at(k))) return false;
  return true;
}

}  // namespace

bool py_cmp(const Value& a, const Value& b, CmpOp op) {
  if (a.is_int() && b.is_int()) return cmp_result(a.i() < b.i() ? -1 : (a.i() > b.i() ? 1 : 0), op);
  if (a.is_tuple() && b.is_tuple()) {
    const TupleObj& x = a.tuple();
    const TupleObj& y = b.tuple();
    if (x.layout == TupleLayout::Ints && y.layout == TupleLayout::Ints) {
      size_t n = std::min(x.ints.size(), y.ints.size());
      for (size_t k = 0; k < n; ++k)
        if (x.ints[k] != y.ints[k]) return cmp_result(x.ints[k] < y.ints[k] ? -1 : 1, op);
      int64_t p = int64_t(x.ints.size()), q = int64_t(y.ints.size());
      return cmp_result(p < q ? -1 : (p > q ? 1 : 0), op);
    }
    int64_t n = std::min(x.size(), y.size());
    for (int64_t k = 0; k < n; ++k) {
      Value u = x.at(k), v = y.at(k);
      if (!py_eq(u, v)) return py_cmp(u, v, op);
    }
    int64_t p = x.size(), q = y.size();
    return cmp_result(p < q ? -1 : (p > q ? 1 : 0), op);
  }
  if (a.is_set() && b.is_set()) {
    int64_t p = a.set().size(), q = b.set().size();
    switch (op) {
      case CmpOp::LT:
        return p < q && is_subset(a.set(), b);
      case CmpOp::LE:
        return is_subset(a.set(), b);
      case CmpOp::GT:
        return p > q && is_subset(b.set(), a);
      case CmpOp::GE:
        return is_subset(b.set(), a);
    }
  }
  raise(ErrKind::TypeError);
}

namespace {

Value concat(const Value& a, const Value& b) {
  const TupleObj& x = a.tuple();
  const TupleObj& y = b.tuple();
  charge_elements(x.size() + y.size());
  if (x.layout == TupleLayout::Ints && y.layout == TupleLayout::Ints) {
    std::vector<int64_t> v(x.ints);
    v.insert(v.end(), y.ints.begin(), y.ints.end());
    return make_ints(std::move(v));
  }
  if (x.layout == TupleLayout::Grid && y.layout == TupleLayout::Grid && x.w == y.w) {
    std::vector<int64_t> v(x.ints);
    v.insert(v.end(), y.ints.begin(), y.ints.end());
    return make_grid(x.h + y.h, x.w, std::move(v));
  }
  std::vector<Value> v = py_iter(a);
  std::vector<Value> w = py_iter(b);
  v.insert(v.end(), w.begin(), w.end());
  return make_tuple(std::move(v));
}

Value repeat(const Value& t, int64_t n) {
  if (n <= 0) return empty_tuple();
  int64_t len = t.tuple().size();
  if (len == 0) return t;
  if (len > lane_budget().limits.max_container / n) raise(ErrKind::ResourceLimit);
  std::vector<Value> items = py_iter(t);
  std::vector<Value> out;
  out.reserve(size_t(len * n));
  for (int64_t k = 0; k < n; ++k) out.insert(out.end(), items.begin(), items.end());
  return make_tuple(std::move(out));
}

}  // namespace

Value py_add(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return Value::integer(checked_add(a.i(), b.i()));
  if (a.is_tuple() && b.is_tuple()) return concat(a, b);
  raise(ErrKind::TypeError);
}

Value py_sub(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) {
    int64_t r;
    if (__builtin_sub_overflow(a.i(), b.i(), &r)) raise(ErrKind::ResourceLimit);
    return Value::integer(r);
  }
  raise(ErrKind::TypeError);
}

Value py_mul(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return Value::integer(checked_mul(a.i(), b.i()));
  if (a.is_tuple() && b.is_int()) return repeat(a, b.i());
  if (a.is_int() && b.is_tuple()) return repeat(b, a.i());
  raise(ErrKind::TypeError);
}

Value py_floordiv(const Value& a, const Value& b) {
  if (!a.is_int() || !b.is_int()) raise(ErrKind::TypeError);
  int64_t x = a.i(), y = b.i();
  if (y == 0) raise(ErrKind::ZeroDivisionError);
  if (x == INT64_MIN && y == -1) raise(ErrKind::ResourceLimit);
  int64_t q = x / y;
  if ((x % y != 0) && ((x < 0) != (y < 0))) --q;
  return Value::integer(q);
}

Value py_mod(const Value& a, const Value& b) {
  if (!a.is_int() || !b.is_int()) raise(ErrKind::TypeError);
  int64_t x = a.i(), y = b.i();
  if (y == 0) raise(ErrKind::ZeroDivisionError);
  if (y == -1) return Value::integer(0);
  int64_t r = x % y;
  if (r != 0 && ((r < 0) != (y < 0))) r += y;
  return Value::integer(r);
}

Value py_neg(const Value& a) {
  if (!a.is_int()) raise(ErrKind::TypeError);
  if (a.i() == INT64_MIN) raise(ErrKind::ResourceLimit);
  return Value::integer(-a.i());
}

Value py_abs(const Value& a) {
  if (!a.is_int()) raise(ErrKind::TypeError);
  if (a.i() == INT64_MIN) raise(ErrKind::ResourceLimit);
  return Value::integer(a.i() < 0 ? -a.i() : a.i());
}

Value rebuild_like(const Value& like, std::vector<Value> items) {
  if (like.is_tuple()) return make_tuple(std::move(items));
  if (like.is_set()) return make_set(std::move(items));
  raise(ErrKind::TypeError);
}

namespace {

bool key_lt(const Value& a, const Value& b) { return py_cmp(a, b, CmpOp::LT); }

// CPython's count_run: length of the run at lo; a strictly descending run is reversed.
size_t count_run(std::vector<size_t>& perm, const std::vector<Value>& keys, size_t lo, size_t hi) {
  if (lo + 1 == hi) return 1;
  size_t n = 2;
  size_t p = lo + 1;
  if (key_lt(keys[perm[p]], keys[perm[p - 1]])) {
    for (p = p + 1; p < hi; ++p, ++n)
      if (!key_lt(keys[perm[p]], keys[perm[p - 1]])) break;
    std::reverse(perm.begin() + long(lo), perm.begin() + long(lo + n));
  } else {
    for (p = p + 1; p < hi; ++p, ++n)
      if (key_lt(keys[perm[p]], keys[perm[p - 1]])) break;
  }
  return n;
}

// CPython's binarysort over perm[lo, hi), with perm[lo, start) already sorted.
void binary_sort(std::vector<size_t>& perm, const std::vector<Value>& keys, size_t lo, size_t hi,
                 size_t start) {
  if (lo == start) ++start;
  for (; start < hi; ++start) {
    size_t l = lo, r = start;
    size_t pivot = perm[start];
    do {
      size_t m = l + ((r - l) >> 1);
      if (key_lt(keys[pivot], keys[perm[m]]))
        r = m;
      else
        l = m + 1;
    } while (l < r);
    for (size_t q = start; q > l; --q) perm[q] = perm[q - 1];
    perm[l] = pivot;
  }
}

}  // namespace

void py_sort_by_keys(std::vector<Value>& items, std::vector<Value>& keys) {
  size_t n = items.size();
  if (n < 2) return;
  charge_work(int64_t(n) * 8);
  std::vector<size_t> perm(n);
  for (size_t k = 0; k < n; ++k) perm[k] = k;
  if (n < 64) {
    size_t run = count_run(perm, keys, 0, n);
    if (run < n) binary_sort(perm, keys, 0, n, run);
  } else {
    std::stable_sort(perm.begin(), perm.end(),
                     [&](size_t a, size_t b) { return key_lt(keys[a], keys[b]); });
  }
  std::vector<Value> out;
  out.reserve(n);
  for (size_t k : perm) out.push_back(std::move(items[k]));
  items = std::move(out);
}

}  // namespace arcjit
