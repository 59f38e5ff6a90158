#include "runtime/value.h"

#include <algorithm>
#include <atomic>
#include <cassert>
#include <optional>
#include <type_traits>

#include "runtime/canon.h"
#include "runtime/limits.h"

namespace arcjit {

void Value::destroy() const {
  switch (p_->tag) {
    case Tag::Tuple:
      delete static_cast<TupleObj*>(p_);
      break;
    case Tag::Set:
      delete static_cast<SetObj*>(p_);
      break;
    case Tag::Func:
      delete static_cast<FuncObj*>(p_);
      break;
    default:
      break;
  }
}

Value Value::borrow_immortal(const HeapObj* o) {
  Value v;
  v.tag_ = o->tag;
  v.p_ = const_cast<HeapObj*>(o);
  return v;
}

Value Value::adopt(HeapObj* o) {
  Value v;
  v.tag_ = o->tag;
  v.p_ = o;
  o->rc.store(1, std::memory_order_relaxed);
  return v;
}

namespace {

// An Ints tuple built as a view of existing data: Python returns the element object it holds,
// so nothing is charged.
Value ints_view(std::vector<int64_t> ints) {
  auto* t = new TupleObj();
  t->layout = TupleLayout::Ints;
  t->ints = std::move(ints);
  return Value::adopt(t);
}

// Points with small coordinates (every grid position and offset an ARC program meets) are
// interned: one immortal tuple each, made at first use, so a point read from a column or a
// packed set costs no allocation. Tuples are never mutated, so sharing one is invisible.
constexpr int64_t kPointLo = -32, kPointSpan = 128;
std::atomic<TupleObj*> g_points[kPointSpan * kPointSpan];

// The slot's immortal object, made by make() at first use (a racing thread's copy is dropped).
template <class Make>
Value interned(std::atomic<TupleObj*>& slot, Make&& make) {
  TupleObj* t = slot.load(std::memory_order_acquire);
  if (!t) {
    TupleObj* made = make();
    made->rc.store(kImmortalRc, std::memory_order_relaxed);
    if (slot.compare_exchange_strong(t, made, std::memory_order_acq_rel))
      t = made;
    else
      delete made;  // another thread interned it first: t holds that one
  }
  return Value::borrow_immortal(t);
}

bool small_point(int64_t i, int64_t j, size_t& at) {
  // Unsigned: a coordinate near the int limits wraps to a large offset instead of overflowing.
  const uint64_t a = uint64_t(i) - uint64_t(kPointLo), b = uint64_t(j) - uint64_t(kPointLo);
  if (a >= uint64_t(kPointSpan) || b >= uint64_t(kPointSpan)) return false;
  at = size_t(a * kPointSpan + b);
  return true;
}

Value interned_point(int64_t i, int64_t j) {
  size_t at;
  if (!small_point(i, j, at)) return ints_view({i, j});
  return interned(g_points[at], [&] {
    auto* t = new TupleObj();
    t->layout = TupleLayout::Ints;
    t->ints = {i, j};
    return t;
  });
}

// Object cells of the ten ARC colours at small points are interned the same way: iterating an
// object, or reading a cell out of a column, then allocates nothing.
constexpr int64_t kColors = 10;
std::atomic<TupleObj*> g_cells[kColors * kPointSpan * kPointSpan];

TupleObj* cell_tuple(int64_t c, int64_t i, int64_t j) {
  auto* t = new TupleObj();
  t->items = {Value::integer(c), interned_point(i, j)};
  return t;
}

}  // namespace

Value point_view(int64_t i, int64_t j) { return interned_point(i, j); }

Value cell_view(int64_t c, int64_t i, int64_t j) {
  size_t at;
  if (uint64_t(c) >= uint64_t(kColors) || !small_point(i, j, at))
    return Value::adopt(cell_tuple(c, i, j));
  return interned(g_cells[size_t(c) * kPointSpan * kPointSpan + at],
                  [&] { return cell_tuple(c, i, j); });
}

Value TupleObj::at(int64_t k) const {
  switch (layout) {
    case TupleLayout::Generic:
      return items[size_t(k)];
    case TupleLayout::Ints:
      return Value::integer(ints[size_t(k)]);
    case TupleLayout::Grid: {
      auto r = row(k);
      return ints_view(std::vector<int64_t>(r.begin(), r.end()));
    }
  }
  return Value();
}

Value SetObj::at(int64_t k) const {
  switch (layout) {
    case SetLayout::Generic:
      return items[size_t(k)];
    case SetLayout::Cells: {
      const Cell& c = cells[size_t(k)];
      return cell_view(c.c, c.i, c.j);
    }
    case SetLayout::Indices:
      return point_view(idx[size_t(k)].i, idx[size_t(k)].j);
  }
  return Value();
}

namespace {

bool deep_none(const Value& v) {
  return v.is_none() || ((v.is_tuple() || v.is_set()) && v.obj()->has_none);
}

Value adopt_tuple(TupleObj* t) { return Value::adopt(t); }

}  // namespace

namespace {

// The empty tuple and the empty frozenset are one immortal object each (as in CPython), made at
// first use: the many empty results of filters and folds allocate nothing.
template <class Obj>
const Obj* immortal_empty() {
  static const Obj* const empty = [] {
    auto* o = new Obj();
    if constexpr (std::is_same_v<Obj, TupleObj>) o->layout = TupleLayout::Ints;
    o->rc.store(kImmortalRc, std::memory_order_relaxed);
    return o;
  }();
  return empty;
}

}  // namespace

Value make_ints(std::vector<int64_t> ints) {
  charge_elements(int64_t(ints.size()));
  if (ints.empty()) return Value::borrow_immortal(immortal_empty<TupleObj>());
  auto* t = new TupleObj();
  t->layout = TupleLayout::Ints;
  t->ints = std::move(ints);
  return adopt_tuple(t);
}

Value make_point(int64_t i, int64_t j) {
  charge_elements(2);
  return interned_point(i, j);
}

Value make_pair(const Value& a, const Value& b) { return make_tuple({a, b}); }

Value empty_tuple() { return make_ints({}); }

Value make_grid(int64_t h, int64_t w, std::vector<int64_t> cells) {
  if (h == 0) return empty_tuple();
  check_grid_cells(h, w);
  charge_elements(h * w + h);
  auto* t = new TupleObj();
  t->layout = TupleLayout::Grid;
  t->h = h;
  t->w = w;
  t->ints = std::move(cells);
  return adopt_tuple(t);
}

Value make_tuple(std::vector<Value> items) {
  bool all_int = true, all_rows = !items.empty(), none = false;
  int64_t w = -1;
  for (const Value& e : items) {
    if (e.tag() != Tag::Int) all_int = false;
    if (all_rows) {
      if (!e.is_tuple() || e.tuple().layout != TupleLayout::Ints) {
        all_rows = false;
      } else {
        int64_t n = int64_t(e.tuple().ints.size());
        if (w < 0) w = n;
        if (n != w) all_rows = false;
      }
    }
    none = none || deep_none(e);
  }
  if (all_int) {
    std::vector<int64_t> ints;
    ints.reserve(items.size());
    for (const Value& e : items) ints.push_back(e.i());
    return make_ints(std::move(ints));
  }
  if (all_rows) {
    // Stored densely, but Python builds only this tuple of existing rows: charged as that.
    check_grid_cells(int64_t(items.size()), w);
    charge_elements(int64_t(items.size()));
    std::vector<int64_t> cells;
    cells.reserve(items.size() * size_t(w));
    for (const Value& e : items)
      cells.insert(cells.end(), e.tuple().ints.begin(), e.tuple().ints.end());
    auto* t = new TupleObj();
    t->layout = TupleLayout::Grid;
    t->h = int64_t(items.size());
    t->w = w;
    t->ints = std::move(cells);
    return adopt_tuple(t);
  }
  charge_elements(int64_t(items.size()));
  auto* t = new TupleObj();
  t->has_none = none;
  t->items = std::move(items);
  return adopt_tuple(t);
}

Value empty_set() { return Value::borrow_immortal(immortal_empty<SetObj>()); }

Value make_cells(std::vector<Cell> cells) {
  charge_elements(int64_t(cells.size()));
  std::sort(cells.begin(), cells.end());
  cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
  if (cells.empty()) return empty_set();
  auto* s = new SetObj();
  s->layout = SetLayout::Cells;
  s->cells = std::move(cells);
  return Value::adopt(s);
}

Value make_indices(std::vector<Idx> idx) {
  charge_elements(int64_t(idx.size()));
  std::sort(idx.begin(), idx.end());
  idx.erase(std::unique(idx.begin(), idx.end()), idx.end());
  if (idx.empty()) return empty_set();
  auto* s = new SetObj();
  s->layout = SetLayout::Indices;
  s->idx = std::move(idx);
  return Value::adopt(s);
}

namespace {

// Strictly ascending: canonical order without duplicates.
template <class T>
bool strictly_ascending(const std::vector<T>& v) {
  return std::adjacent_find(v.begin(), v.end(), [](const T& a, const T& b) { return !(a < b); }) ==
         v.end();
}

}  // namespace

Value make_sorted_cells(std::vector<Cell> cells) {
  charge_elements(int64_t(cells.size()));
  return sorted_cells_uncharged(std::move(cells));
}

Value sorted_cells_uncharged(std::vector<Cell> cells) {
  assert(strictly_ascending(cells));
  if (cells.empty()) return empty_set();
  auto* s = new SetObj();
  s->layout = SetLayout::Cells;
  s->cells = std::move(cells);
  return Value::adopt(s);
}

Value make_sorted_indices(std::vector<Idx> idx) {
  charge_elements(int64_t(idx.size()));
  return sorted_indices_uncharged(std::move(idx));
}

Value sorted_indices_uncharged(std::vector<Idx> idx) {
  assert(strictly_ascending(idx));
  if (idx.empty()) return empty_set();
  auto* s = new SetObj();
  s->layout = SetLayout::Indices;
  s->idx = std::move(idx);
  return Value::adopt(s);
}

namespace {

// Items that are all points, or all cells, as the packed set of them; `sorted`: they are in
// canonical order and distinct already ((i, j) and (c, i, j) compare lexicographically), else
// the packed constructor sorts and deduplicates. None when they are neither.
std::optional<Value> packed_set(const std::vector<Value>& items, bool sorted) {
  bool all_points = true, all_cells = true;
  for (const Value& e : items) {
    all_points = all_points && is_point(e);
    all_cells = all_cells && is_cell(e);
  }
  if (all_points) {
    std::vector<Idx> idx;
    idx.reserve(items.size());
    for (const Value& e : items) idx.push_back({e.tuple().ints[0], e.tuple().ints[1]});
    return sorted ? make_sorted_indices(std::move(idx)) : make_indices(std::move(idx));
  }
  if (all_cells) {
    std::vector<Cell> cells;
    cells.reserve(items.size());
    for (const Value& e : items) {
      const TupleObj& t = e.tuple();
      cells.push_back({t.items[0].i(), t.items[1].tuple().ints[0], t.items[1].tuple().ints[1]});
    }
    return sorted ? make_sorted_cells(std::move(cells)) : make_cells(std::move(cells));
  }
  return std::nullopt;
}

}  // namespace

Value make_sorted_set(std::vector<Value> items) {
  if (items.empty()) return empty_set();
  if (std::optional<Value> p = packed_set(items, true)) return std::move(*p);
  assert(std::adjacent_find(items.begin(), items.end(), [](const Value& a, const Value& b) {
           return canon_cmp(a, b) >= 0;
         }) == items.end());
  charge_elements(int64_t(items.size()));
  auto* s = new SetObj();
  s->items = std::move(items);
  return Value::adopt(s);
}

Value make_set(std::vector<Value> items) {
  charge_elements(int64_t(items.size()));
  if (items.empty()) return empty_set();
  if (std::optional<Value> p = packed_set(items, false)) return std::move(*p);
  bool none = false;
  for (const Value& e : items) none = none || deep_none(e);
  auto* s = new SetObj();
  if (none) {
    // No canonical order exists; keep insertion order, first occurrence wins.
    s->has_none = true;
    for (Value& e : items) {
      bool dup = false;
      for (const Value& k : s->items) dup = dup || py_eq(k, e);
      if (!dup) s->items.push_back(std::move(e));
    }
  } else {
    std::stable_sort(items.begin(), items.end(),
                     [](const Value& a, const Value& b) { return canon_cmp(a, b) < 0; });
    for (Value& e : items)
      if (s->items.empty() || canon_cmp(s->items.back(), e) != 0) s->items.push_back(std::move(e));
  }
  return Value::adopt(s);
}

namespace {
std::atomic<uint64_t> g_func_serial{1u << 16};  // below: primitives, by op index
}  // namespace

Value make_func(FuncObj* f) {
  if (f->kind == FuncKind::Prim)
    f->serial = f->op;
  else
    f->serial = g_func_serial.fetch_add(1, std::memory_order_relaxed);
  // A callable's canonical key is its identity, never its captured values: has_none stays false.
  return Value::adopt(f);
}

bool is_grid(const Value& v) { return v.is_tuple() && v.tuple().layout == TupleLayout::Grid; }

bool is_point(const Value& v) {
  return v.is_tuple() && v.tuple().layout == TupleLayout::Ints && v.tuple().ints.size() == 2;
}

bool is_cell(const Value& v) {
  if (!v.is_tuple()) return false;
  const TupleObj& t = v.tuple();
  return t.layout == TupleLayout::Generic && t.items.size() == 2 && t.items[0].tag() == Tag::Int &&
         is_point(t.items[1]);
}

bool is_cells(const Value& v) {
  return v.is_set() && (v.set().layout == SetLayout::Cells || v.set().size() == 0);
}
bool is_indices(const Value& v) {
  return v.is_set() && (v.set().layout == SetLayout::Indices || v.set().size() == 0);
}
bool is_ints(const Value& v) { return v.is_tuple() && v.tuple().layout == TupleLayout::Ints; }

std::span<const Cell> cells_of(const Value& v) { return v.set().cells; }
std::span<const Idx> indices_of(const Value& v) { return v.set().idx; }
std::span<const int64_t> ints_of(const Value& v) { return v.tuple().ints; }

}  // namespace arcjit
