// Containers: combine intersection difference dedupe repeat size merge maximum minimum mostcommon
// leastcommon initset totuple first last insert remove other interval product pair sizefilter.
//
// Each kernel follows the reference's Python step by step: which operand is iterated first, which
// attribute lookup fails (AttributeError) before which iteration (TypeError), and which of two
// equal elements (True and 1) a frozenset keeps. Typed fast paths (Grid / Cells / Indices / Ints)
// give the same answer for the common layouts.
#include <algorithm>
#include <map>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

// The elements of a frozenset as C code sees them (set algebra, `in`, set(...)): no canonical
// sort, so a set holding None does not fail here.
std::vector<Value> raw_items(const SetObj& s) {
  if (s.layout == SetLayout::Generic) return s.items;
  std::vector<Value> out;
  out.reserve(size_t(s.size()));
  for (int64_t k = 0, n = s.size(); k < n; ++k) out.push_back(s.at(k));
  return out;
}

// A value stored as-is in a Cells set: (c, (i, j)) with plain ints (bools would make it a
// different element, one the packed layout cannot hold).
bool exact_cell(const Value& v, Cell& out) {
  if (!v.is_tuple()) return false;
  const TupleObj& t = v.tuple();
  if (t.layout != TupleLayout::Generic || t.items.size() != 2) return false;
  const Value& c = t.items[0];
  const Value& p = t.items[1];
  if (c.tag() != Tag::Int || !is_ints(p) || p.tuple().ints.size() != 2) return false;
  out = {c.i(), p.tuple().ints[0], p.tuple().ints[1]};
  return true;
}

bool exact_idx(const Value& v, Idx& out) {
  if (!is_ints(v) || v.tuple().ints.size() != 2) return false;
  out = {v.tuple().ints[0], v.tuple().ints[1]};
  return true;
}

// A value Python finds equal to some (c, (i, j)) / (i, j): bools count as ints here.
bool equal_to_cell(const Value& v, Cell& out) {
  if (!v.is_tuple() || v.tuple().size() != 2) return false;
  Value c = v.tuple().at(0);
  Value p = v.tuple().at(1);
  if (!c.is_int() || !p.is_tuple() || p.tuple().size() != 2) return false;
  Value i = p.tuple().at(0);
  Value j = p.tuple().at(1);
  if (!i.is_int() || !j.is_int()) return false;
  out = {c.i(), i.i(), j.i()};
  return true;
}

bool equal_to_idx(const Value& v, Idx& out) {
  if (!v.is_tuple() || v.tuple().size() != 2) return false;
  Value i = v.tuple().at(0);
  Value j = v.tuple().at(1);
  if (!i.is_int() || !j.is_int()) return false;
  out = {i.i(), j.i()};
  return true;
}

// `v in c`, with a binary search for packed cells (pyops scans those).
bool contains(const Value& c, const Value& v) {
  if (c.is_set() && c.set().layout == SetLayout::Cells) {
    Cell x;
    if (!equal_to_cell(v, x)) return false;
    return std::binary_search(c.set().cells.begin(), c.set().cells.end(), x);
  }
  return py_contains(c, v);
}

// A tuple holding a's elements, then b's, in the most specific layout.
Value concat(const Value& x, const Value& y) {
  const TupleObj& s = x.tuple();
  const TupleObj& t = y.tuple();
  if (s.layout == TupleLayout::Ints && t.layout == TupleLayout::Ints) {
    std::vector<int64_t> out(s.ints);
    out.insert(out.end(), t.ints.begin(), t.ints.end());
    return make_ints(std::move(out));
  }
  if (s.layout == TupleLayout::Grid && t.layout == TupleLayout::Grid && s.w == t.w) {
    check_grid_cells(s.h + t.h, s.w);
    std::vector<int64_t> out(s.ints);
    out.insert(out.end(), t.ints.begin(), t.ints.end());
    return make_grid(s.h + t.h, s.w, std::move(out));
  }
  std::vector<Value> items = py_iter(x);
  std::vector<Value> more = py_iter(y);
  items.insert(items.end(), more.begin(), more.end());
  return make_tuple(std::move(items));
}

// The first occurrence of each distinct element (by ==), in order: what a set built by adding
// these elements one by one keeps.
std::vector<Value> distinct_first(const std::vector<Value>& items) {
  std::unordered_set<Value, ValueHash, ValueEq> seen;
  std::vector<Value> out;
  for (const Value& e : items)
    if (seen.insert(e).second) out.push_back(e);
  return out;
}

// `type(c)(e for e in c if e != value)`: c is iterated when the generator is built (TypeError for
// a non-iterable, or a frozenset without canonical order).
Value remove_impl(const Value& value, const Value& c) {
  if (c.is_set() && !c.set().has_none) {
    const SetObj& s = c.set();
    if (s.layout == SetLayout::Cells) {
      Cell x;
      if (!equal_to_cell(value, x)) return c;  // no element equals value
      auto it = std::lower_bound(s.cells.begin(), s.cells.end(), x);
      if (it == s.cells.end() || *it != x) return c;
      std::vector<Cell> out(s.cells.begin(), it);
      out.insert(out.end(), it + 1, s.cells.end());
      return make_cells(std::move(out));
    }
    if (s.layout == SetLayout::Indices) {
      Idx x;
      if (!equal_to_idx(value, x)) return c;
      auto it = std::lower_bound(s.idx.begin(), s.idx.end(), x);
      if (it == s.idx.end() || *it != x) return c;
      std::vector<Idx> out(s.idx.begin(), it);
      out.insert(out.end(), it + 1, s.idx.end());
      return make_indices(std::move(out));
    }
  }
  if (is_ints(c)) {
    const auto& ints = c.tuple().ints;
    if (!value.is_int()) return c;  // an int never equals a non-int
    std::vector<int64_t> out;
    out.reserve(ints.size());
    for (int64_t x : ints)
      if (x != value.i()) out.push_back(x);
    return make_ints(std::move(out));
  }
  std::vector<Value> items = py_iter(c);
  std::vector<Value> out;
  out.reserve(items.size());
  for (Value& e : items)
    if (!py_eq(e, value)) out.push_back(std::move(e));
  return rebuild_like(c, std::move(out));
}

// `max(set(c), key=c.count)` (most) or `min(...)`: set(c) needs an iterable (TypeError); only a
// tuple has .count (a frozenset raises AttributeError after set() succeeded); max/min then
// iterate the set in canonical order (TypeError without one), ValueError when empty, and the
// first extreme count in canonical order wins.
Value common(const Value& c, bool most) {
  if (!c.is_tuple() && !c.is_set()) raise(ErrKind::TypeError);
  if (c.is_set()) raise(ErrKind::AttributeError);
  const TupleObj& t = c.tuple();
  if (t.has_none) raise(ErrKind::TypeError);
  if (t.size() == 0) raise(ErrKind::ValueError);
  if (t.layout == TupleLayout::Ints) {
    std::map<int64_t, int64_t> counts;  // ascending: canonical order of ints
    for (int64_t x : t.ints) ++counts[x];
    auto best = counts.begin();
    for (auto it = std::next(counts.begin()); it != counts.end(); ++it)
      if (most ? it->second > best->second : it->second < best->second) best = it;
    return Value::integer(best->first);
  }
  std::vector<Value> items = py_iter(c);
  std::unordered_map<Value, int64_t, ValueHash, ValueEq> counts;
  std::vector<Value> reps;  // first occurrences: the elements set(c) keeps
  for (const Value& e : items) {
    auto [it, fresh] = counts.try_emplace(e, 0);
    if (fresh) reps.push_back(e);
    ++it->second;
  }
  std::sort(reps.begin(), reps.end(),
            [](const Value& a, const Value& b) { return canon_cmp(a, b) < 0; });
  size_t best = 0;
  int64_t best_n = counts.at(reps[0]);
  for (size_t k = 1; k < reps.size(); ++k) {
    int64_t n = counts.at(reps[k]);
    if (most ? n > best_n : n < best_n) {
      best = k;
      best_n = n;
    }
  }
  return reps[best];
}

// `max(c, default=0)` / `min(c, default=0)`: the first extreme element in iteration order.
Value extreme(const Value& c, bool want_max) {
  if (is_ints(c)) {
    const auto& v = c.tuple().ints;
    if (v.empty()) return Value::integer(0);
    return Value::integer(want_max ? *std::max_element(v.begin(), v.end())
                                   : *std::min_element(v.begin(), v.end()));
  }
  std::vector<Value> items = py_iter(c);
  if (items.empty()) return Value::integer(0);
  return py_max_by(
      items, [](const Value& v) { return v; }, want_max);
}

// len(range(start, stop, step)) for step != 0, in unsigned arithmetic (it can exceed INT64_MAX).
uint64_t range_len(int64_t start, int64_t stop, int64_t step) {
  if (step > 0) {
    if (start >= stop) return 0;
    return (uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1;
  }
  if (start <= stop) return 0;
  return (uint64_t(start) - uint64_t(stop) - 1) / (uint64_t(0) - uint64_t(step)) + 1;
}

}  // namespace

// `type(a)((*a, *b))`: a is unpacked before b (TypeError for a non-iterable), then the result
// takes a's type; a frozenset keeps the first of two equal elements (a's before b's).
Value k_combine(const Value* a) {
  const Value& x = a[0];
  const Value& y = a[1];
  if (x.is_set() && y.is_set()) {
    if (is_cells(x) && is_cells(y)) {
      auto p = cells_of(x), q = cells_of(y);
      std::vector<Cell> out(p.begin(), p.end());
      out.insert(out.end(), q.begin(), q.end());
      return make_cells(std::move(out));
    }
    if (is_indices(x) && is_indices(y)) {
      auto p = indices_of(x), q = indices_of(y);
      std::vector<Idx> out(p.begin(), p.end());
      out.insert(out.end(), q.begin(), q.end());
      return make_indices(std::move(out));
    }
  }
  if (x.is_tuple() && y.is_tuple()) return concat(x, y);
  std::vector<Value> items = py_iter(x);
  std::vector<Value> more = py_iter(y);
  items.insert(items.end(), more.begin(), more.end());
  return rebuild_like(x, std::move(items));
}

// `a & b`: ints (bools) are bitwise-anded (bool & bool stays a bool); frozensets intersect;
// anything else is a TypeError. CPython iterates the smaller set (b when sizes tie) and keeps
// that set's element, which decides True versus 1.
Value k_intersection(const Value* a) {
  const Value& x = a[0];
  const Value& y = a[1];
  if (x.is_int() && y.is_int()) {
    if (x.is_bool() && y.is_bool()) return Value::boolean((x.i() & y.i()) != 0);
    return Value::integer(x.i() & y.i());
  }
  if (!x.is_set() || !y.is_set()) raise(ErrKind::TypeError);
  const SetObj& s = x.set();
  const SetObj& t = y.set();
  if (s.size() == 0 || t.size() == 0) return empty_set();
  if (s.layout == SetLayout::Cells && t.layout == SetLayout::Cells) {
    std::vector<Cell> out;
    std::set_intersection(s.cells.begin(), s.cells.end(), t.cells.begin(), t.cells.end(),
                          std::back_inserter(out));
    return make_cells(std::move(out));
  }
  if (s.layout == SetLayout::Indices && t.layout == SetLayout::Indices) {
    std::vector<Idx> out;
    std::set_intersection(s.idx.begin(), s.idx.end(), t.idx.begin(), t.idx.end(),
                          std::back_inserter(out));
    return make_indices(std::move(out));
  }
  // A cell (c, (i, j)) never equals an index (i, j): their second items differ in type.
  if ((s.layout == SetLayout::Cells && t.layout == SetLayout::Indices) ||
      (s.layout == SetLayout::Indices && t.layout == SetLayout::Cells))
    return empty_set();
  bool swap = t.size() > s.size();
  const Value& probe = swap ? y : x;  // looked up in
  const SetObj& walk = swap ? s : t;  // iterated; its elements are kept
  std::vector<Value> out;
  for (Value& e : raw_items(walk))
    if (contains(probe, e)) out.push_back(std::move(e));
  return make_set(std::move(out));
}

// `type(a)(e for e in a if e not in b)`: a is iterated first; b is only probed per element, so an
// empty a never looks at b.
Value k_difference(const Value* a) {
  const Value& x = a[0];
  const Value& y = a[1];
  if (x.is_set() && y.is_set() && !x.set().has_none) {
    if (x.set().size() == 0) return empty_set();
    if (x.set().layout == SetLayout::Cells && is_cells(y)) {
      auto p = cells_of(x), q = cells_of(y);
      std::vector<Cell> out;
      std::set_difference(p.begin(), p.end(), q.begin(), q.end(), std::back_inserter(out));
      return make_cells(std::move(out));
    }
    if (x.set().layout == SetLayout::Indices && is_indices(y)) {
      auto p = indices_of(x), q = indices_of(y);
      std::vector<Idx> out;
      std::set_difference(p.begin(), p.end(), q.begin(), q.end(), std::back_inserter(out));
      return make_indices(std::move(out));
    }
    // A cell never equals an index: nothing is removed.
    const SetLayout lx = x.set().layout, ly = y.set().layout;
    if ((lx == SetLayout::Cells && ly == SetLayout::Indices) ||
        (lx == SetLayout::Indices && ly == SetLayout::Cells))
      return x;
  }
  std::vector<Value> items = py_iter(x);
  std::vector<Value> out;
  out.reserve(items.size());
  for (Value& e : items)
    if (!contains(y, e)) out.push_back(std::move(e));
  return rebuild_like(x, std::move(out));
}

// `tuple(e for i, e in enumerate(tup) if tup.index(e) == i)`: keeps first occurrences. A
// frozenset has no .index: AttributeError, unless it is empty and the lookup never happens.
Value k_dedupe(const Value* a) {
  const Value& c = a[0];
  if (is_ints(c)) {
    std::unordered_set<int64_t> seen;
    std::vector<int64_t> out;
    for (int64_t x : c.tuple().ints)
      if (seen.insert(x).second) out.push_back(x);
    return make_ints(std::move(out));
  }
  std::vector<Value> items = py_iter(c);
  if (c.is_set()) {
    if (items.empty()) return empty_tuple();
    raise(ErrKind::AttributeError);
  }
  return make_tuple(distinct_first(items));
}

// `tuple(item for i in range(num))`: num must be an int (TypeError); the length is checked
// against the container limit before anything is built.
Value k_repeat(const Value* a) {
  const Value& item = a[0];
  int64_t n = py_index(a[1]);
  if (n <= 0) return empty_tuple();
  if (n > lane_budget().limits.max_container) raise(ErrKind::ResourceLimit);
  if (item.tag() == Tag::Int) return make_ints(std::vector<int64_t>(size_t(n), item.i()));
  if (is_ints(item)) {
    const auto& row = item.tuple().ints;
    int64_t w = int64_t(row.size());
    check_grid_cells(n, w);
    std::vector<int64_t> cells;
    cells.reserve(size_t(n * w));
    for (int64_t k = 0; k < n; ++k) cells.insert(cells.end(), row.begin(), row.end());
    return make_grid(n, w, std::move(cells));
  }
  return make_tuple(std::vector<Value>(size_t(n), item));
}

Value k_size(const Value* a) { return Value::integer(py_len(a[0])); }

// merge over the elements of its argument. A frozenset of objects (or of index sets) is their
// union, deduplicated before it is charged so that overlapping parts do not count twice; a tuple
// of int tuples is their concatenation, and one of grids as wide as one another stacks them.
// Otherwise each element is iterated in turn (TypeError for a non-iterable one).
Value merge_elements(std::span<const Value> parts, bool to_set, SetBuilder build_set) {
  bool all_cells = to_set, all_idx = to_set, all_ints = !to_set, all_grids = !to_set;
  int64_t rows = 0, w = -1;
  size_t total = 0;
  for (const Value& p : parts) {
    all_cells = all_cells && is_cells(p);
    all_idx = all_idx && is_indices(p);
    all_ints = all_ints && is_ints(p);
    if (all_grids && is_grid(p) && (w < 0 || p.tuple().w == w)) {
      w = p.tuple().w;
      rows += p.tuple().h;
    } else {
      all_grids = false;
    }
    if (p.is_set()) total += size_t(p.set().size());
    if (p.is_tuple()) total += p.tuple().ints.size();
  }
  if (all_cells) {
    std::vector<Cell> out;
    out.reserve(total);
    for (const Value& p : parts) out.insert(out.end(), p.set().cells.begin(), p.set().cells.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return make_sorted_cells(std::move(out));
  }
  if (all_idx) {
    std::vector<Idx> out;
    out.reserve(total);
    for (const Value& p : parts) out.insert(out.end(), p.set().idx.begin(), p.set().idx.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return make_sorted_indices(std::move(out));
  }
  if (all_ints || (all_grids && w >= 0)) {
    std::vector<int64_t> out;
    out.reserve(total);
    for (const Value& p : parts)
      out.insert(out.end(), p.tuple().ints.begin(), p.tuple().ints.end());
    // Every row of every grid, in order: rows of one width make a grid again.
    return all_ints ? make_ints(std::move(out)) : make_grid(rows, w, std::move(out));
  }
  std::vector<Value> items;
  for (const Value& c : parts) {
    std::vector<Value> inner = py_iter(c);
    items.insert(items.end(), std::make_move_iterator(inner.begin()),
                 std::make_move_iterator(inner.end()));
  }
  if (!to_set) return make_tuple(std::move(items));
  return build_set ? build_set(items) : make_set(std::move(items));
}

// `type(cs)(e for c in cs for e in c)`: a grid flattens to its cells, else merge_elements over
// cs's elements (iterating cs raises TypeError for a non-container, or a frozenset holding None).
Value k_merge(const Value* a) {
  const Value& cs = a[0];
  if (is_grid(cs)) return make_ints(cs.tuple().ints);
  if (cs.is_tuple() && cs.tuple().layout == TupleLayout::Generic)
    return merge_elements(cs.tuple().items, false);
  if (cs.is_set() && cs.set().layout == SetLayout::Generic && !cs.set().has_none)
    return merge_elements(cs.set().items, true);
  std::vector<Value> outer = py_iter(cs);
  return merge_elements(outer, cs.is_set());
}

Value k_maximum(const Value* a) { return extreme(a[0], true); }
Value k_minimum(const Value* a) { return extreme(a[0], false); }
Value k_mostcommon(const Value* a) { return common(a[0], true); }
Value k_leastcommon(const Value* a) { return common(a[0], false); }

Value k_initset(const Value* a) { return make_set({a[0]}); }

// `tuple(c)`: a tuple is returned as is; a frozenset lists its elements in canonical order.
Value k_totuple(const Value* a) {
  const Value& c = a[0];
  if (c.is_tuple()) return c;
  return make_tuple(py_iter(c));
}

// `next(iter(c))`: StopIteration when empty.
Value k_first(const Value* a) { return py_next_first(a[0]); }

// `max(enumerate(c))[1]`: the indices decide, so the last element; ValueError when empty.
Value k_last(const Value* a) {
  const Value& c = a[0];
  if (c.is_set() && c.set().has_none) raise(ErrKind::TypeError);
  int64_t n = py_len(c);  // TypeError for a non-iterable
  if (n == 0) raise(ErrKind::ValueError);
  return c.is_tuple() ? c.tuple().at(n - 1) : c.set().at(n - 1);
}

// `c.union(frozenset({value}))`: only a frozenset has .union (AttributeError otherwise); an
// element equal to value already in c is kept.
Value k_insert(const Value* a) {
  const Value& value = a[0];
  const Value& c = a[1];
  if (!c.is_set()) raise(ErrKind::AttributeError);
  Cell cell;
  if (is_cells(c) && exact_cell(value, cell)) {
    auto p = cells_of(c);
    std::vector<Cell> out(p.begin(), p.end());
    out.push_back(cell);
    return make_cells(std::move(out));
  }
  Idx idx;
  if (is_indices(c) && exact_idx(value, idx)) {
    auto p = indices_of(c);
    std::vector<Idx> out(p.begin(), p.end());
    out.push_back(idx);
    return make_indices(std::move(out));
  }
  std::vector<Value> items = raw_items(c.set());
  items.push_back(value);
  return make_set(std::move(items));
}

Value k_remove(const Value* a) { return remove_impl(a[0], a[1]); }

// `first(remove(value, c))`.
Value k_other(const Value* a) {
  Value rest = remove_impl(a[1], a[0]);
  return py_next_first(rest);
}

// `tuple(range(start, stop, step))`: each bound must be an int (TypeError), step 0 is a
// ValueError; the length is checked before anything is built.
Value k_interval(const Value* a) {
  int64_t start = py_index(a[0]);
  int64_t stop = py_index(a[1]);
  int64_t step = py_index(a[2]);
  if (step == 0) raise(ErrKind::ValueError);
  uint64_t len = range_len(start, stop, step);
  if (len > uint64_t(lane_budget().limits.max_container)) raise(ErrKind::ResourceLimit);
  const int64_t n = int64_t(len);
  std::vector<int64_t> out(static_cast<size_t>(n));
  // Unsigned: k * step alone may overflow although start + k * step lies within [start, stop).
  for (int64_t k = 0; k < n; ++k)
    out[size_t(k)] = int64_t(uint64_t(start) + uint64_t(k) * uint64_t(step));
  return make_ints(std::move(out));
}

// `frozenset((i, j) for j in b for i in a)`: b is iterated first (the generator's outer loop), a
// only once b has an element. The first of two equal pairs is kept, i.e. the first occurrence of
// each i (in a) and of each j (in b).
Value k_product(const Value* a) {
  std::vector<Value> bs = py_iter(a[1]);
  if (bs.empty()) return empty_set();
  std::vector<Value> as = py_iter(a[0]);
  if (as.empty()) return empty_set();
  charge_work(int64_t(as.size()) * int64_t(bs.size()));
  auto plain_ints = [](const std::vector<Value>& v) {
    return std::all_of(v.begin(), v.end(), [](const Value& e) { return e.tag() == Tag::Int; });
  };
  const int64_t limit = lane_budget().limits.max_container;
  if (plain_ints(as) && plain_ints(bs)) {
    auto distinct = [](const std::vector<Value>& v) {
      std::vector<int64_t> out;
      out.reserve(v.size());
      for (const Value& e : v) out.push_back(e.i());
      std::sort(out.begin(), out.end());
      out.erase(std::unique(out.begin(), out.end()), out.end());
      return out;
    };
    std::vector<int64_t> is = distinct(as), js = distinct(bs);
    if (int64_t(is.size()) * int64_t(js.size()) > limit) raise(ErrKind::ResourceLimit);
    std::vector<Idx> out;
    out.reserve(is.size() * js.size());
    for (int64_t i : is)
      for (int64_t j : js) out.push_back({i, j});
    return make_indices(std::move(out));
  }
  // Two frozensets: their elements are distinct and in canonical order, so the pairs, first
  // element major, are already the result's canonical order.
  const bool sets = a[0].is_set() && a[1].is_set();
  std::vector<Value> is = sets ? std::move(as) : distinct_first(as);
  std::vector<Value> js = sets ? std::move(bs) : distinct_first(bs);
  if (int64_t(is.size()) * int64_t(js.size()) > limit) raise(ErrKind::ResourceLimit);
  std::vector<Value> out;
  out.reserve(is.size() * js.size());
  if (sets) {
    for (const Value& i : is)
      for (const Value& j : js) out.push_back(make_pair(i, j));
    return make_sorted_set(std::move(out));
  }
  for (const Value& j : js)
    for (const Value& i : is) out.push_back(make_pair(i, j));
  return make_set(std::move(out));
}

// `tuple(zip(a, b))`: both are iterated up front (a first); the shorter one decides the length.
Value k_pair(const Value* a) {
  const Value& x = a[0];
  const Value& y = a[1];
  if (is_ints(x) && is_ints(y)) {
    auto p = ints_of(x), q = ints_of(y);
    size_t n = std::min(p.size(), q.size());
    std::vector<int64_t> cells;
    cells.reserve(2 * n);
    for (size_t k = 0; k < n; ++k) {
      cells.push_back(p[k]);
      cells.push_back(q[k]);
    }
    return make_grid(int64_t(n), 2, std::move(cells));
  }
  std::vector<Value> xs = py_iter(x);
  std::vector<Value> ys = py_iter(y);
  size_t n = std::min(xs.size(), ys.size());
  std::vector<Value> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) out.push_back(make_pair(xs[k], ys[k]));
  return make_tuple(std::move(out));
}

// `frozenset(item for item in c if len(item) == n)`: len of a non-sized item is a TypeError; n is
// only compared with ==, so any value is accepted.
Value k_sizefilter(const Value* a) {
  std::vector<Value> items = py_iter(a[0]);
  const Value& n = a[1];
  std::vector<Value> out;
  for (Value& item : items) {
    int64_t len = py_len(item);
    if (py_eq(Value::integer(len), n)) out.push_back(std::move(item));
  }
  return make_set(std::move(out));
}

}  // namespace arcjit::kernels
