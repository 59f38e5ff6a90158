// Grid geometry: rot90 rot180 rot270 hmirror vmirror dmirror cmirror crop subgrid hconcat vconcat
// hsplit vsplit tophalf bottomhalf lefthalf righthalf trim compress.
//
// Every kernel has a dense path (Grid layout; packed Cells/Indices for the mirrors) and an exact
// generic path that follows dsl.py's expression order over pyops, so non-rectangular tuples,
// tuples of frozensets, ints etc. behave (and fail) as in CPython: e.g. rot90 and dmirror zip the
// rows, so they truncate to the shortest row; slices clamp and count negative starts from the end.
#include <algorithm>
#include <optional>
#include <vector>

#include "kernels/cpu/grid_geom.h"
#include "kernels/cpu/kernels.h"
#include "runtime/canon.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

using namespace geom;

const std::optional<Value> kNoBound = std::nullopt;

// t[::-1]
Value reversed(const Value& t) { return py_slice(t, kNoBound, kNoBound, Value::integer(-1)); }

// The transposition zip makes of these rows: it takes an iterator of every row up front (TypeError
// for a non-iterable one), then stops at the shortest row.
Value zip_rows(const std::vector<Value>& rows) {
  std::vector<std::vector<Value>> its;
  its.reserve(rows.size());
  for (const Value& r : rows) its.push_back(py_iter(r));
  size_t n = 0;
  if (!its.empty()) {
    n = its[0].size();
    for (const auto& it : its) n = std::min(n, it.size());
  }
  std::vector<Value> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) {
    std::vector<Value> col;
    col.reserve(its.size());
    for (const auto& it : its) col.push_back(it[k]);
    out.push_back(make_tuple(std::move(col)));
  }
  return make_tuple(std::move(out));
}

// Rows [r0, r0 + nr) and columns [c0, c0 + nc) of a dense grid, all in range.
Value dense_window(const TupleObj& g, int64_t r0, int64_t nr, int64_t c0, int64_t nc) {
  if (nr <= 0) return empty_tuple();
  std::vector<int64_t> cells;
  cells.reserve(size_t(nr * nc));
  for (int64_t r = r0; r < r0 + nr; ++r) {
    const int64_t* row = g.ints.data() + r * g.w + c0;
    cells.insert(cells.end(), row, row + nc);
  }
  return make_grid(nr, nc, std::move(cells));
}

// --- the tuple views of a grid ---

Value rot90_v(const Value& grid) {
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    return dense(g.w, g.h,
                 [&](int64_t r, int64_t c) { return g.ints[size_t((g.h - 1 - c) * g.w + r)]; });
  }
  Value rev = reversed(grid);
  return zip_rows(py_iter(rev));
}

Value rot180_v(const Value& grid) {
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    return dense(g.h, g.w, [&](int64_t r, int64_t c) {
      return g.ints[size_t((g.h - 1 - r) * g.w + (g.w - 1 - c))];
    });
  }
  Value rev = reversed(grid);
  std::vector<Value> out;
  for (const Value& row : py_iter(rev)) out.push_back(reversed(row));
  return make_tuple(std::move(out));
}

Value rot270_v(const Value& grid) {
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    return dense(g.w, g.h,
                 [&](int64_t r, int64_t c) { return g.ints[size_t(c * g.w + (g.w - 1 - r))]; });
  }
  Value rev = reversed(grid);
  Value z = zip_rows(py_iter(rev));
  std::vector<Value> out;
  for (const Value& row : py_iter(z)) out.push_back(reversed(row));
  return reversed(make_tuple(std::move(out)));
}

Value tophalf_v(const Value& grid) {
  int64_t n = py_len(grid);
  return py_slice(grid, kNoBound, Value::integer(n / 2));
}

Value bottomhalf_v(const Value& grid) {
  int64_t n = py_len(grid);
  return py_slice(grid, Value::integer(n / 2 + n % 2), kNoBound);
}

// --- mirrors: tuples by rows, patches by their bounding box ---

// hmirror (axis 0) / vmirror (axis 1) of a frozenset piece: d = ul[axis] + lr[axis], coordinate
// axis becomes d - it.
Value mirror_patch(const Value& piece, int axis) {
  if (is_packed_patch(piece)) {
    Bounds b = bounds_of(piece);
    const SetObj& s = piece.set();
    int64_t d = axis == 0 ? checked_add(b.top, b.bottom) : checked_add(b.left, b.right);
    if (s.layout == SetLayout::Cells) {
      std::vector<Cell> out;
      out.reserve(s.cells.size());
      for (const Cell& c : s.cells)
        out.push_back(axis == 0 ? Cell{c.c, d - c.i, c.j} : Cell{c.c, c.i, d - c.j});
      return make_cells(std::move(out));
    }
    std::vector<Idx> out;
    out.reserve(s.idx.size());
    for (const Idx& x : s.idx) out.push_back(axis == 0 ? Idx{d - x.i, x.j} : Idx{x.i, d - x.j});
    return make_indices(std::move(out));
  }
  Value ul = k_ulcorner(&piece);
  Value a = py_at(ul, axis);
  Value lr = k_lrcorner(&piece);
  Value b = py_at(lr, axis);
  Value d = py_add(a, b);
  bool cell = first_is_cell(piece);
  std::vector<Value> out;
  for (const Value& e : py_iter(piece)) {
    if (cell) {
      auto [value, loc] = py_unpack2(e);
      auto [i, j] = py_unpack2(loc);
      Value n = axis == 0 ? py_sub(d, i) : py_sub(d, j);
      out.push_back(make_pair(value, axis == 0 ? make_pair(n, j) : make_pair(i, n)));
    } else {
      auto [i, j] = py_unpack2(e);
      Value n = axis == 0 ? py_sub(d, i) : py_sub(d, j);
      out.push_back(axis == 0 ? make_pair(n, j) : make_pair(i, n));
    }
  }
  return make_set(std::move(out));
}

Value hmirror_v(const Value& piece) {
  if (piece.is_tuple()) return reversed(piece);
  return mirror_patch(piece, 0);
}

Value vmirror_v(const Value& piece) {
  if (piece.is_tuple()) {
    if (is_grid(piece)) {
      const TupleObj& g = piece.tuple();
      return dense(g.h, g.w,
                   [&](int64_t r, int64_t c) { return g.ints[size_t(r * g.w + g.w - 1 - c)]; });
    }
    std::vector<Value> out;
    for (const Value& row : py_iter(piece)) out.push_back(reversed(row));
    return make_tuple(std::move(out));
  }
  return mirror_patch(piece, 1);
}

Value dmirror_v(const Value& piece) {
  if (piece.is_tuple()) {
    if (is_grid(piece)) {
      const TupleObj& g = piece.tuple();
      return dense(g.w, g.h, [&](int64_t r, int64_t c) { return g.ints[size_t(c * g.w + r)]; });
    }
    return zip_rows(py_iter(piece));
  }
  if (is_packed_patch(piece)) {
    // (i, j) -> (j - j0 + i0, i - i0 + j0)
    Bounds b = bounds_of(piece);
    int64_t dj = checked_sub(b.top, b.left), di = checked_sub(b.left, b.top);
    const SetObj& s = piece.set();
    if (s.layout == SetLayout::Cells) {
      std::vector<Cell> out;
      out.reserve(s.cells.size());
      for (const Cell& c : s.cells)
        out.push_back({c.c, checked_add(c.j, dj), checked_add(c.i, di)});
      return make_cells(std::move(out));
    }
    std::vector<Idx> out;
    out.reserve(s.idx.size());
    for (const Idx& x : s.idx) out.push_back({checked_add(x.j, dj), checked_add(x.i, di)});
    return make_indices(std::move(out));
  }
  Value ul = k_ulcorner(&piece);
  auto [a, b] = py_unpack2(ul);
  bool cell = first_is_cell(piece);
  std::vector<Value> out;
  for (const Value& e : py_iter(piece)) {
    Value v, i, j;
    if (cell) {
      auto [value, loc] = py_unpack2(e);
      v = value;
      auto [pi, pj] = py_unpack2(loc);
      i = pi;
      j = pj;
    } else {
      auto [pi, pj] = py_unpack2(e);
      i = pi;
      j = pj;
    }
    Value x = py_sub(j, b);
    x = py_add(x, a);
    Value y = py_sub(i, a);
    y = py_add(y, b);
    out.push_back(cell ? make_pair(v, make_pair(x, y)) : make_pair(x, y));
  }
  return make_set(std::move(out));
}

Value cmirror_v(const Value& piece) {
  if (piece.is_tuple()) {
    if (is_grid(piece)) {
      const TupleObj& g = piece.tuple();
      return dense(g.w, g.h, [&](int64_t r, int64_t c) {
        return g.ints[size_t((g.h - 1 - c) * g.w + (g.w - 1 - r))];
      });
    }
    Value rev = reversed(piece);
    std::vector<Value> rows;
    for (const Value& r : py_iter(rev)) rows.push_back(reversed(r));
    return zip_rows(rows);
  }
  if (is_packed_patch(piece)) {
    // vmirror(dmirror(vmirror(p))) in one step: (i, j) -> (j1 - j + i0, i1 - i + j0).
    Bounds b = bounds_of(piece);
    int64_t ri = checked_add(b.right, b.top), rj = checked_add(b.bottom, b.left);
    const SetObj& s = piece.set();
    if (s.layout == SetLayout::Cells) {
      std::vector<Cell> out;
      out.reserve(s.cells.size());
      for (const Cell& c : s.cells)
        out.push_back({c.c, checked_sub(ri, c.j), checked_sub(rj, c.i)});
      return make_cells(std::move(out));
    }
    std::vector<Idx> out;
    out.reserve(s.idx.size());
    for (const Idx& x : s.idx) out.push_back({checked_sub(ri, x.j), checked_sub(rj, x.i)});
    return make_indices(std::move(out));
  }
  Value v1 = vmirror_v(piece);
  Value d = dmirror_v(v1);
  return vmirror_v(d);
}

// --- windows ---

Value crop_v(const Value& grid, const Value& start, const Value& dims) {
  if (is_grid(grid) && is_ints(start) && is_ints(dims) && start.tuple().ints.size() >= 2 &&
      dims.tuple().ints.size() >= 2) {
    const TupleObj& g = grid.tuple();
    const auto& s = start.tuple().ints;
    const auto& d = dims.tuple().ints;
    auto [r0, nr] = slice1(g.h, s[0], checked_add(s[0], d[0]));
    auto [c0, nc] = slice1(g.w, s[1], checked_add(s[1], d[1]));
    return dense_window(g, r0, nr, c0, nc);
  }
  // Python slices: rows from start[0] for dims[0] rows, then in each row from start[1] for dims[1]
  // cells; the bounds are read (and may fail) in Python's order, per row for the columns.
  Value s0 = py_at(start, 0);
  Value s0b = py_at(start, 0);
  Value d0 = py_at(dims, 0);
  Value stop0 = py_add(s0b, d0);
  Value rows = py_slice(grid, s0, stop0);
  std::vector<Value> out;
  for (const Value& r : py_iter(rows)) {
    Value s1 = py_at(start, 1);
    Value s1b = py_at(start, 1);
    Value d1 = py_at(dims, 1);
    Value stop1 = py_add(s1b, d1);
    out.push_back(py_slice(r, s1, stop1));
  }
  return make_tuple(std::move(out));
}

// hsplit (axis 1) / vsplit (axis 0): n equal pieces, skipping one separator line between pieces
// when the length is not a multiple of n.
Value split(const Value& grid, const Value& n, int axis) {
  Value h, w;
  int64_t len;
  if (axis == 0) {  // piece height (length // n) first, then the row length
    len = py_len(grid);
    h = py_floordiv(Value::integer(len), n);
    Value row = py_at(grid, 0);
    w = Value::integer(py_len(row));
  } else {  // the grid height first, then piece width (row length // n)
    h = Value::integer(py_len(grid));
    Value row = py_at(grid, 0);
    len = py_len(row);
    w = py_floordiv(Value::integer(len), n);
  }
  Value rem = py_mod(Value::integer(len), n);
  bool offset = !py_eq(rem, Value::integer(0));
  int64_t count = py_index(n);
  if (count > lane_budget().limits.max_container) raise(ErrKind::ResourceLimit);
  const Value& step = axis == 0 ? h : w;
  Value zero = Value::integer(0);
  Value dims = make_pair(h, w);
  std::vector<Value> out;
  if (count > 0) out.reserve(size_t(count));
  if (is_grid(grid)) {
    // Same windows as crop below, cut straight from the dense cells.
    const TupleObj& g = grid.tuple();
    int64_t ph = h.i(), pw = w.i(), size = axis == 0 ? ph : pw;
    charge_work(count);
    for (int64_t i = 0; i < count; ++i) {
      int64_t at = checked_add(checked_mul(size, i), offset ? i : 0);
      auto [r0, nr] = axis == 0 ? slice1(g.h, at, checked_add(at, ph)) : slice1(g.h, 0, ph);
      auto [c0, nc] = axis == 0 ? slice1(g.w, 0, pw) : slice1(g.w, at, checked_add(at, pw));
      out.push_back(dense_window(g, r0, nr, c0, nc));
    }
    return make_tuple(std::move(out));
  }
  for (int64_t i = 0; i < count; ++i) {
    charge_work(1);
    Value at = py_mul(step, Value::integer(i));
    at = py_add(at, Value::integer(offset ? i : 0));
    Value start = axis == 0 ? make_pair(at, zero) : make_pair(zero, at);
    out.push_back(crop_v(grid, start, dims));
  }
  return make_tuple(std::move(out));
}

}  // namespace

Value k_rot90(const Value* a) { return rot90_v(a[0]); }
Value k_rot180(const Value* a) { return rot180_v(a[0]); }
Value k_rot270(const Value* a) { return rot270_v(a[0]); }
Value k_hmirror(const Value* a) { return hmirror_v(a[0]); }
Value k_vmirror(const Value* a) { return vmirror_v(a[0]); }
Value k_dmirror(const Value* a) { return dmirror_v(a[0]); }
Value k_cmirror(const Value* a) { return cmirror_v(a[0]); }
Value k_crop(const Value* a) { return crop_v(a[0], a[1], a[2]); }

Value k_subgrid(const Value* a) {
  const Value& patch = a[0];
  const Value& grid = a[1];
  if (is_packed_patch(patch) && is_grid(grid)) {
    Bounds b = bounds_of(patch);
    const TupleObj& g = grid.tuple();
    auto [r0, nr] = slice1(g.h, b.top, checked_add(b.bottom, 1));
    auto [c0, nc] = slice1(g.w, b.left, checked_add(b.right, 1));
    return dense_window(g, r0, nr, c0, nc);
  }
  Value ul = k_ulcorner(&patch);
  Value sh = k_shape(&patch);
  return crop_v(grid, ul, sh);
}

Value k_hconcat(const Value* a) {
  if (is_grid(a[0]) && is_grid(a[1])) {
    const TupleObj& x = a[0].tuple();
    const TupleObj& y = a[1].tuple();
    int64_t h = std::min(x.h, y.h);
    guard_grid(h, checked_add(x.w, y.w));
    std::vector<int64_t> cells;
    cells.reserve(size_t(h * (x.w + y.w)));
    for (int64_t r = 0; r < h; ++r) {
      auto p = x.row(r), q = y.row(r);
      cells.insert(cells.end(), p.begin(), p.end());
      cells.insert(cells.end(), q.begin(), q.end());
    }
    return make_grid(h, x.w + y.w, std::move(cells));
  }
  std::vector<Value> xs = py_iter(a[0]);
  std::vector<Value> ys = py_iter(a[1]);
  size_t n = std::min(xs.size(), ys.size());
  std::vector<Value> out;
  out.reserve(n);
  for (size_t k = 0; k < n; ++k) out.push_back(py_add(xs[k], ys[k]));
  return make_tuple(std::move(out));
}

Value k_vconcat(const Value* a) { return py_add(a[0], a[1]); }
Value k_hsplit(const Value* a) { return split(a[0], a[1], 1); }
Value k_vsplit(const Value* a) { return split(a[0], a[1], 0); }
Value k_tophalf(const Value* a) { return tophalf_v(a[0]); }
Value k_bottomhalf(const Value* a) { return bottomhalf_v(a[0]); }

Value k_lefthalf(const Value* a) {
  if (is_grid(a[0])) {
    const TupleObj& g = a[0].tuple();
    int64_t n = g.w / 2;
    return n == 0 ? empty_tuple() : dense_window(g, 0, g.h, 0, n);
  }
  Value r = rot90_v(a[0]);
  Value t = tophalf_v(r);
  return rot270_v(t);
}

Value k_righthalf(const Value* a) {
  if (is_grid(a[0])) {
    const TupleObj& g = a[0].tuple();
    int64_t n = g.w / 2;
    return n == 0 ? empty_tuple() : dense_window(g, 0, g.h, g.w - n, n);
  }
  Value r = rot90_v(a[0]);
  Value b = bottomhalf_v(r);
  return rot270_v(b);
}

Value k_trim(const Value* a) {
  const Value& grid = a[0];
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    return dense_window(g, 1, g.h - 2, 1, std::max<int64_t>(g.w - 2, 0));
  }
  Value rows = py_slice(grid, Value::integer(1), Value::integer(-1));
  std::vector<Value> out;
  for (const Value& r : py_iter(rows))
    out.push_back(py_slice(r, Value::integer(1), Value::integer(-1)));
  return make_tuple(std::move(out));
}

namespace {

// A line holding exactly one distinct value.
bool single_valued(const Value& r) {
  if (r.is_set()) return r.set().size() == 1;  // set(frozenset) copies it without iterating
  std::vector<Value> items = py_iter(r);
  if (items.empty()) return false;
  for (size_t k = 1; k < items.size(); ++k)
    if (!py_eq(items[k], items[0])) return false;
  return true;
}

}  // namespace

Value k_compress(const Value* a) {
  const Value& grid = a[0];
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    charge_work(g.h * g.w);
    std::vector<int64_t> rows, cols;
    for (int64_t r = 0; r < g.h; ++r) {
      bool same = g.w > 0;
      for (int64_t c = 1; c < g.w && same; ++c)
        same = g.ints[size_t(r * g.w + c)] == g.ints[size_t(r * g.w)];
      if (!same) rows.push_back(r);
    }
    for (int64_t c = 0; c < g.w; ++c) {
      bool same = true;
      for (int64_t r = 1; r < g.h && same; ++r)
        same = g.ints[size_t(r * g.w + c)] == g.ints[size_t(c)];
      if (!same) cols.push_back(c);
    }
    std::vector<int64_t> cells;
    cells.reserve(rows.size() * cols.size());
    for (int64_t r : rows)
      for (int64_t c : cols) cells.push_back(g.ints[size_t(r * g.w + c)]);
    return make_grid(int64_t(rows.size()), int64_t(cols.size()), std::move(cells));
  }
  std::vector<Value> items = py_iter(grid);
  std::vector<int64_t> ri;
  for (size_t i = 0; i < items.size(); ++i)
    if (single_valued(items[i])) ri.push_back(int64_t(i));
  Value d = dmirror_v(grid);
  std::vector<Value> dcols = py_iter(d);
  std::vector<int64_t> ci;
  for (size_t j = 0; j < dcols.size(); ++j)
    if (single_valued(dcols[j])) ci.push_back(int64_t(j));
  auto in = [](const std::vector<int64_t>& v, int64_t x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  std::vector<Value> again = py_iter(grid);
  std::vector<Value> out;
  for (size_t i = 0; i < again.size(); ++i) {
    if (in(ri, int64_t(i))) continue;
    std::vector<Value> vals = py_iter(again[i]);
    std::vector<Value> row;
    for (size_t j = 0; j < vals.size(); ++j)
      if (!in(ci, int64_t(j))) row.push_back(vals[j]);
    out.push_back(make_tuple(std::move(row)));
  }
  return make_tuple(std::move(out));
}

}  // namespace arcjit::kernels
