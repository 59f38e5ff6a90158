// Painting and scaling: fill paint underfill underpaint hupscale vupscale upscale downscale
// cellwise replace switch index canvas cover move hperiod vperiod.
//
// Dense paths work on the Grid layout with packed Cells/Indices patches; the generic paths follow
// dsl.py's statements in order over pyops (a grid is rebuilt from lists of its rows, out-of-grid
// cells are skipped, a later cell at the same location wins), so ill-typed inputs fail with
// CPython's exception class. Sizes computed from numbers (canvas, the upscales) are checked before
// anything is allocated.
#include <algorithm>
#include <utility>
#include <vector>

#include "kernels/cpu/grid_geom.h"
#include "kernels/cpu/kernels.h"
#include "runtime/canon.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

using namespace geom;

const Value kZero = Value::integer(0);

// The sizes these kernels read first: the number of rows, then the length of the first row.
std::pair<int64_t, int64_t> grid_hw(const Value& grid) {
  if (is_grid(grid)) return {grid.tuple().h, grid.tuple().w};
  int64_t h = py_len(grid);
  Value row = py_at(grid, 0);
  return {h, py_len(row)};
}

using Rows = std::vector<std::vector<Value>>;

// The rows copied to mutable lists (each row must be iterable).
Rows to_lists(const Value& grid) {
  Rows rows;
  for (const Value& r : py_iter(grid)) rows.push_back(py_iter(r));
  return rows;
}

// Back to a tuple of tuples.
Value from_lists(Rows& rows) {
  std::vector<Value> out;
  out.reserve(rows.size());
  for (auto& r : rows) out.push_back(make_tuple(std::move(r)));
  return make_tuple(std::move(out));
}

// `0 <= x < n`, chained as Python does (the second comparison only when the first holds).
bool in_range(const Value& x, int64_t n) {
  if (!py_cmp(kZero, x, CmpOp::LE)) return false;
  return py_cmp(x, Value::integer(n), CmpOp::LT);
}

// rows[i][j] for list rows, i already known to be in range; IndexError past a short row.
Value& cell_at(Rows& rows, const Value& i, const Value& j) {
  auto& row = rows[size_t(i.i())];
  if (j.i() >= int64_t(row.size())) raise(ErrKind::IndexError);
  return row[size_t(j.i())];
}

// Raises ResourceLimit before a container of `have` elements grows past one container's limit.
void check_growth(int64_t have, int64_t more) {
  if (more > 0 && more > lane_budget().limits.max_container - have) raise(ErrKind::ResourceLimit);
}

// Calls f(i, j) for every location of a packed (or empty) patch, in canonical order.
template <class F>
void for_each_loc(const Value& patch, F f) {
  const SetObj& s = patch.set();
  if (s.layout == SetLayout::Cells)
    for (const Cell& c : s.cells) f(c.i, c.j);
  else if (s.layout == SetLayout::Indices)
    for (const Idx& x : s.idx) f(x.i, x.j);
}

// The most common colour of a dense grid, as mostcolor finds it.
int64_t grid_mostcolor(const Value& grid) { return k_mostcolor(&grid).i(); }

// fill / underfill (under: only where the cell equals the most common colour).
Value fill_v(const Value& grid, const Value& value, const Value& patch, bool under) {
  auto [h, w] = grid_hw(grid);
  if (is_grid(grid) && value.tag() == Tag::Int && is_fast_patch(patch)) {
    const TupleObj& g = grid.tuple();
    int64_t bg = under ? grid_mostcolor(grid) : 0;
    std::vector<int64_t> cells = g.ints;
    int64_t v = value.i();
    for_each_loc(patch, [&](int64_t i, int64_t j) {
      if (i < 0 || i >= h || j < 0 || j >= w) return;
      int64_t& c = cells[size_t(i * w + j)];
      if (!under || c == bg) c = v;
    });
    return make_grid(h, w, std::move(cells));
  }
  Value bg;
  if (under) bg = k_mostcolor(&grid);
  Rows rows = to_lists(grid);
  Value ind = k_toindices(&patch);
  for (const Value& e : py_iter(ind)) {
    auto [i, j] = py_unpack2(e);
    if (!in_range(i, h) || !in_range(j, w)) continue;
    Value& c = cell_at(rows, i, j);
    if (!under || py_eq(c, bg)) c = value;
  }
  return from_lists(rows);
}

// paint / underpaint.
Value paint_v(const Value& grid, const Value& obj, bool under) {
  auto [h, w] = grid_hw(grid);
  if (is_grid(grid) && is_cells(obj)) {
    const TupleObj& g = grid.tuple();
    int64_t bg = under ? grid_mostcolor(grid) : 0;
    std::vector<int64_t> cells = g.ints;
    for (const Cell& x : cells_of(obj)) {
      if (x.i < 0 || x.i >= h || x.j < 0 || x.j >= w) continue;
      int64_t& c = cells[size_t(x.i * w + x.j)];
      if (!under || c == bg) c = x.c;
    }
    return make_grid(h, w, std::move(cells));
  }
  Value bg;
  if (under) bg = k_mostcolor(&grid);
  Rows rows = to_lists(grid);
  for (const Value& e : py_iter(obj)) {
    auto [value, loc] = py_unpack2(e);
    auto [i, j] = py_unpack2(loc);
    if (!in_range(i, h) || !in_range(j, w)) continue;
    Value& c = cell_at(rows, i, j);
    if (!under || py_eq(c, bg)) c = value;
  }
  return from_lists(rows);
}

Value cover_v(const Value& grid, const Value& patch) {
  if (is_grid(grid) && is_fast_patch(patch))
    return fill_v(grid, Value::integer(grid_mostcolor(grid)), patch, false);
  Value bg = k_mostcolor(&grid);
  Value ind = k_toindices(&patch);
  return fill_v(grid, bg, ind, false);
}

// Every cell repeated fw times across and every row fh times down (fh, fw >= 1).
Value scale_dense(const TupleObj& g, int64_t fh, int64_t fw) {
  int64_t nh = repeat_count(g.h, fh), nw = repeat_count(g.w, fw);
  guard_grid(nh, nw);
  std::vector<int64_t> cells(size_t(nh * nw));
  int64_t* out = cells.data();
  for (int64_t r = 0; r < g.h; ++r) {
    const int64_t* first = out;
    for (int64_t v : g.row(r)) out = std::fill_n(out, fw, v);
    for (int64_t k = 1; k < fh; ++k) out = std::copy(first, first + nw, out);
  }
  return make_grid(nh, nw, std::move(cells));
}

// One row widened: every value repeated factor times (factor is read only once a value exists).
Value hrepeat_row(const Value& row, const Value& factor) {
  std::vector<Value> vals = py_iter(row);
  if (vals.empty()) return empty_tuple();
  int64_t f = py_index(factor);
  int64_t n = repeat_count(int64_t(vals.size()), f);
  std::vector<Value> out;
  out.reserve(size_t(n));
  if (f > 0)
    for (const Value& v : vals) out.insert(out.end(), size_t(f), v);
  return make_tuple(std::move(out));
}

}  // namespace

Value k_fill(const Value* a) { return fill_v(a[0], a[1], a[2], false); }
Value k_paint(const Value* a) { return paint_v(a[0], a[1], false); }
Value k_underfill(const Value* a) { return fill_v(a[0], a[1], a[2], true); }
Value k_underpaint(const Value* a) { return paint_v(a[0], a[1], true); }

Value k_hupscale(const Value* a) {
  const Value& grid = a[0];
  const Value& factor = a[1];
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    if (g.w == 0) return grid;  // no cell: range(factor) is never evaluated
    int64_t f = py_index(factor);
    if (f <= 0) return make_grid(g.h, 0, {});
    return scale_dense(g, 1, f);
  }
  std::vector<Value> out;
  for (const Value& row : py_iter(grid)) out.push_back(hrepeat_row(row, factor));
  return make_tuple(std::move(out));
}

Value k_vupscale(const Value* a) {
  const Value& grid = a[0];
  const Value& factor = a[1];
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    int64_t f = py_index(factor);
    if (f <= 0) return empty_tuple();
    return scale_dense(g, f, 1);
  }
  std::vector<Value> out;
  for (const Value& row : py_iter(grid)) {
    int64_t f = py_index(factor);
    check_growth(int64_t(out.size()), f);
    if (f > 0) out.insert(out.end(), size_t(f), row);
  }
  return make_tuple(std::move(out));
}

Value k_upscale(const Value* a) {
  const Value& element = a[0];
  const Value& factor = a[1];
  if (element.is_tuple()) {
    if (is_grid(element)) {
      const TupleObj& g = element.tuple();
      int64_t f = py_index(factor);
      if (f <= 0) return empty_tuple();
      return scale_dense(g, f, f);
    }
    std::vector<Value> out;
    for (const Value& row : py_iter(element)) {
      Value wide = hrepeat_row(row, factor);
      int64_t f = py_index(factor);
      check_growth(int64_t(out.size()), f);
      if (f > 0) out.insert(out.end(), size_t(f), wide);
    }
    return make_tuple(std::move(out));
  }
  if (py_len(element) == 0) return empty_set();
  if (element.set().layout == SetLayout::Cells) {
    int64_t f = py_index(factor);
    if (f <= 0) return empty_set();
    const auto& cells = element.set().cells;
    int64_t n = repeat_count(repeat_count(int64_t(cells.size()), f), f);
    Bounds b = bounds_of(element);
    std::vector<Cell> out;
    out.reserve(size_t(n));
    for (const Cell& c : cells) {
      int64_t i = checked_add(checked_mul(checked_sub(c.i, b.top), f), b.top);
      int64_t j = checked_add(checked_mul(checked_sub(c.j, b.left), f), b.left);
      checked_add(i, f);
      checked_add(j, f);
      for (int64_t io = 0; io < f; ++io)
        for (int64_t jo = 0; jo < f; ++jo) out.push_back({c.c, i + io, j + jo});
    }
    return make_cells(std::move(out));
  }
  Value ul = k_ulcorner(&element);
  auto [di_inv, dj_inv] = py_unpack2(ul);
  Value di = py_neg(di_inv);
  Value dj = py_neg(dj_inv);
  Value normed = kcall(k_shift, element, make_pair(di, dj));
  std::vector<Value> o;
  for (const Value& e : py_iter(normed)) {
    auto [value, loc] = py_unpack2(e);
    auto [i, j] = py_unpack2(loc);
    int64_t f = py_index(factor);
    check_growth(int64_t(o.size()), repeat_count(f, f));
    for (int64_t io = 0; io < f; ++io) {
      for (int64_t jo = 0; jo < f; ++jo) {
        Value ni = py_mul(i, factor);
        ni = py_add(ni, Value::integer(io));
        Value nj = py_mul(j, factor);
        nj = py_add(nj, Value::integer(jo));
        o.push_back(make_pair(value, make_pair(ni, nj)));
      }
    }
  }
  Value upscaled = make_set(std::move(o));
  return kcall(k_shift, upscaled, make_pair(di_inv, dj_inv));
}

Value k_downscale(const Value* a) {
  const Value& grid = a[0];
  const Value& factor = a[1];
  auto [h, w] = grid_hw(grid);
  if (is_grid(grid) && factor.is_int() && factor.i() != 0) {
    const TupleObj& g = grid.tuple();
    int64_t f = factor.i();
    std::vector<int64_t> rows, cols;
    for (int64_t r = 0; r < h; ++r)
      if (r % f == 0) rows.push_back(r);
    for (int64_t c = 0; c < w; ++c)
      if (c % f == 0) cols.push_back(c);
    std::vector<int64_t> cells;
    cells.reserve(rows.size() * cols.size());
    for (int64_t r : rows)
      for (int64_t c : cols) cells.push_back(g.ints[size_t(r * w + c)]);
    return make_grid(int64_t(rows.size()), int64_t(cols.size()), std::move(cells));
  }
  charge_work(h * (w + 1));
  std::vector<Value> g;
  for (int64_t i = 0; i < h; ++i) {
    std::vector<Value> r;
    Value row;
    for (int64_t j = 0; j < w; ++j) {
      Value m = py_mod(Value::integer(j), factor);
      if (!py_eq(m, kZero)) continue;
      if (row.is_none()) row = py_at(grid, i);
      r.push_back(py_at(row, j));
    }
    g.push_back(make_tuple(std::move(r)));
  }
  std::vector<Value> out;
  for (int64_t i = 0; i < int64_t(g.size()); ++i) {
    Value m = py_mod(Value::integer(i), factor);
    if (py_eq(m, kZero)) out.push_back(g[size_t(i)]);
  }
  return make_tuple(std::move(out));
}

Value k_cellwise(const Value* a) {
  const Value& x = a[0];
  const Value& y = a[1];
  const Value& fallback = a[2];
  auto [h, w] = grid_hw(x);
  if (is_grid(x) && is_grid(y) && fallback.tag() == Tag::Int && y.tuple().h >= h &&
      y.tuple().w >= w) {
    const TupleObj& p = x.tuple();
    const TupleObj& q = y.tuple();
    int64_t fb = fallback.i();
    return dense(h, w, [&](int64_t r, int64_t c) {
      int64_t u = p.ints[size_t(r * p.w + c)];
      return u == q.ints[size_t(r * q.w + c)] ? u : fb;
    });
  }
  std::vector<Value> out;
  for (int64_t i = 0; i < h; ++i) {
    std::vector<Value> row;
    Value xr, yr;
    for (int64_t j = 0; j < w; ++j) {
      if (xr.is_none()) xr = py_at(x, i);
      Value u = py_at(xr, j);
      if (yr.is_none()) yr = py_at(y, i);
      Value v = py_at(yr, j);
      row.push_back(py_eq(u, v) ? u : fallback);
    }
    out.push_back(make_tuple(std::move(row)));
  }
  return make_tuple(std::move(out));
}

Value k_replace(const Value* a) {
  const Value& grid = a[0];
  const Value& replacee = a[1];
  const Value& replacer = a[2];
  if (is_grid(grid)) {
    if (!replacee.is_int()) return grid;  // no int cell equals a non-int
    if (replacer.tag() == Tag::Int) {
      const TupleObj& g = grid.tuple();
      int64_t from = replacee.i(), to = replacer.i();
      std::vector<int64_t> cells = g.ints;
      for (int64_t& c : cells)
        if (c == from) c = to;
      return make_grid(g.h, g.w, std::move(cells));
    }
  }
  std::vector<Value> out;
  for (const Value& r : py_iter(grid)) {
    std::vector<Value> row = py_iter(r);
    for (Value& v : row)
      if (py_eq(v, replacee)) v = replacer;
    out.push_back(make_tuple(std::move(row)));
  }
  return make_tuple(std::move(out));
}

Value k_switch_(const Value* a) {
  const Value& grid = a[0];
  const Value& x = a[1];
  const Value& y = a[2];
  if (is_grid(grid) && x.tag() == Tag::Int && y.tag() == Tag::Int) {
    const TupleObj& g = grid.tuple();
    // x becomes y and y becomes x through a two-entry dict; when x == y it holds one key, mapped
    // to x.
    int64_t p = x.i(), q = y.i();
    std::vector<int64_t> cells = g.ints;
    for (int64_t& c : cells) {
      if (c == p)
        c = q == p ? p : q;
      else if (c == q)
        c = p;
    }
    return make_grid(g.h, g.w, std::move(cells));
  }
  bool same = py_eq(x, y);
  std::vector<Value> out;
  for (const Value& r : py_iter(grid)) {
    std::vector<Value> row = py_iter(r);
    for (Value& v : row) {
      if (py_eq(v, x))
        v = same ? x : y;
      else if (py_eq(v, y))
        v = x;
    }
    out.push_back(make_tuple(std::move(row)));
  }
  return make_tuple(std::move(out));
}

Value k_index(const Value* a) {
  const Value& grid = a[0];
  const Value& loc = a[1];
  if (is_grid(grid) && is_ints(loc) && loc.tuple().ints.size() == 2) {
    const TupleObj& g = grid.tuple();
    int64_t i = loc.tuple().ints[0], j = loc.tuple().ints[1];
    if (i < 0 || i >= g.h || j < 0 || j >= g.w) return Value::none();
    return Value::integer(g.ints[size_t(i * g.w + j)]);
  }
  auto [i, j] = py_unpack2(loc);
  auto [h, w] = grid_hw(grid);
  if (!in_range(i, h) || !in_range(j, w)) return Value::none();
  Value l0 = py_at(loc, 0);
  Value row = py_getitem(grid, l0);
  Value l1 = py_at(loc, 1);
  return py_getitem(row, l1);
}

Value k_canvas(const Value* a) {
  const Value& value = a[0];
  const Value& dims = a[1];
  Value d0 = py_at(dims, 0);
  int64_t h = py_index(d0);
  if (h <= 0) return empty_tuple();
  Value d1 = py_at(dims, 1);
  int64_t w = std::max<int64_t>(py_index(d1), 0);
  guard_grid(h, w);
  if (value.tag() == Tag::Int)
    return make_grid(h, w, std::vector<int64_t>(size_t(h * w), value.i()));
  Value row = make_tuple(std::vector<Value>(size_t(w), value));
  return make_tuple(std::vector<Value>(size_t(h), row));
}

Value k_cover(const Value* a) { return cover_v(a[0], a[1]); }

Value k_move(const Value* a) {
  const Value& grid = a[0];
  const Value& obj = a[1];
  const Value& offset = a[2];
  if (is_grid(grid) && is_cells(obj) && is_ints(offset) && offset.tuple().ints.size() == 2) {
    // cover, shift and paint in one pass; shifting keeps the canonical (c, i, j) order.
    const TupleObj& g = grid.tuple();
    int64_t h = g.h, w = g.w;
    int64_t bg = grid_mostcolor(grid);
    int64_t di = offset.tuple().ints[0], dj = offset.tuple().ints[1];
    std::vector<int64_t> cells = g.ints;
    auto cs = cells_of(obj);
    for (const Cell& x : cs)
      if (x.i >= 0 && x.i < h && x.j >= 0 && x.j < w) cells[size_t(x.i * w + x.j)] = bg;
    for (const Cell& x : cs) {
      int64_t i = checked_add(x.i, di), j = checked_add(x.j, dj);
      if (i >= 0 && i < h && j >= 0 && j < w) cells[size_t(i * w + j)] = x.c;
    }
    return make_grid(h, w, std::move(cells));
  }
  Value covered = cover_v(grid, obj);
  Value moved = kcall(k_shift, obj, offset);
  return paint_v(covered, moved, false);
}

namespace {

// hperiod (axis 1) / vperiod (axis 0): the smallest p in [1, extent) such that the normalized
// object shifted back by p, cut at the border, lies inside itself; else the extent.
Value period(const Value& obj, int axis) {
  if (obj.is_set() && obj.set().layout == SetLayout::Cells) {
    Bounds b = bounds_of(obj);
    std::vector<Cell> norm;
    norm.reserve(obj.set().cells.size());
    for (const Cell& c : obj.set().cells)
      norm.push_back({c.c, checked_sub(c.i, b.top), checked_sub(c.j, b.left)});
    int64_t ext =
        checked_add(axis == 0 ? checked_sub(b.bottom, b.top) : checked_sub(b.right, b.left), 1);
    for (int64_t p = 1; p < ext; ++p) {
      charge_work(int64_t(norm.size()));
      bool inside = true;
      for (const Cell& c : norm) {
        Cell s = axis == 0 ? Cell{c.c, c.i - p, c.j} : Cell{c.c, c.i, c.j - p};
        if ((axis == 0 ? s.i : s.j) < 0) continue;
        if (!std::binary_search(norm.begin(), norm.end(), s)) {
          inside = false;
          break;
        }
      }
      if (inside) return Value::integer(p);
    }
    return Value::integer(ext);
  }
  Value normalized = k_normalize(&obj);
  Value ext = axis == 0 ? k_height(&normalized) : k_width(&normalized);
  int64_t n = py_index(ext);
  for (int64_t p = 1; p < n; ++p) {
    Value off =
        axis == 0 ? make_pair(Value::integer(-p), kZero) : make_pair(kZero, Value::integer(-p));
    Value offsetted = kcall(k_shift, normalized, off);
    std::vector<Value> kept;
    for (const Value& e : py_iter(offsetted)) {
      charge_work(1);
      auto [c, loc] = py_unpack2(e);
      auto [i, j] = py_unpack2(loc);
      if (py_cmp(axis == 0 ? i : j, kZero, CmpOp::GE))
        kept.push_back(make_pair(c, make_pair(i, j)));
    }
    Value pruned = make_set(std::move(kept));
    bool subset = true;
    for (int64_t k = 0, m = pruned.set().size(); k < m && subset; ++k)
      subset = py_contains(normalized, pruned.set().at(k));
    if (subset) return Value::integer(p);
  }
  return ext;
}

}  // namespace

Value k_hperiod(const Value* a) { return period(a[0], 1); }
Value k_vperiod(const Value* a) { return period(a[0], 0); }

}  // namespace arcjit::kernels
