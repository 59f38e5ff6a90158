// Patches and their bounds: toindices recolor shift normalize uppermost lowermost leftmost
// rightmost ulcorner urcorner llcorner lrcorner height width shape portrait square vline hline
// centerofmass center corners.
//
// Every kernel has a fast path for Cells / Indices patches (and dense grids where a grid is
// accepted) and a generic path that follows dsl.py's evaluation order over pyops, so mixed,
// ill-typed or tuple-shaped patches fail (or succeed) exactly as in the reference.
#include <algorithm>
#include <climits>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/patch_view.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

using geom::Bounds;
using geom::bounds_of;
using geom::first_is_cell;
using geom::is_fast_patch;
using geom::is_packed_patch;

const Value kOne = Value::integer(1);
const Value kTwo = Value::integer(2);

int64_t checked_neg(int64_t a) {
  if (a == INT64_MIN) raise(ErrKind::ResourceLimit);
  return -a;
}

// Python's a // b for b > 0.
int64_t floordiv_pos(int64_t a, int64_t b) {
  int64_t q = a / b;
  if (a % b != 0 && a < 0) --q;
  return q;
}

Value to_indices(const Value& patch) {
  if (py_len(patch) == 0) return empty_set();
  if (is_indices(patch)) return patch;
  if (is_cells(patch)) {
    auto cells = cells_of(patch);
    std::vector<Idx> idx;
    idx.reserve(cells.size());
    for (const Cell& c : cells) idx.push_back({c.i, c.j});
    return make_indices(std::move(idx));
  }
  if (!first_is_cell(patch)) return patch;  // returned unchanged, even a tuple
  std::vector<Value> items = py_iter(patch);
  std::vector<Value> out;
  out.reserve(items.size());
  for (const Value& e : items) out.push_back(py_unpack2(e).second);
  return make_set(std::move(out));
}

enum class Side { Top, Bottom, Left, Right };

int64_t pick(const Bounds& b, Side s) {
  switch (s) {
    case Side::Top:
      return b.top;
    case Side::Bottom:
      return b.bottom;
    case Side::Left:
      return b.left;
    case Side::Right:
      return b.right;
  }
  return 0;
}

// The smallest or largest row (or column) over the unpacked pairs of toindices: streamed, so a
// comparison TypeError and an unpacking error are met in the reference's order, and the first
// extreme element (True before 1) is kept.
Value extreme(const Value& patch, Side s) {
  if (is_fast_patch(patch)) {
    const SetObj& set = patch.set();
    if (set.size() == 0) raise(ErrKind::ValueError);
    if (set.layout == SetLayout::Indices && s == Side::Top)
      return Value::integer(set.idx.front().i);
    if (set.layout == SetLayout::Indices && s == Side::Bottom)
      return Value::integer(set.idx.back().i);
    return Value::integer(pick(bounds_of(patch), s));
  }
  Value t = to_indices(patch);
  std::vector<Value> items = py_iter(t);
  bool want_row = s == Side::Top || s == Side::Bottom;
  CmpOp op = (s == Side::Bottom || s == Side::Right) ? CmpOp::GT : CmpOp::LT;
  Value best;
  bool have = false;
  for (const Value& e : items) {
    auto [i, j] = py_unpack2(e);
    const Value& v = want_row ? i : j;
    if (!have) {
      best = v;
      have = true;
    } else if (py_cmp(v, best, op)) {
      best = v;
    }
  }
  if (!have) raise(ErrKind::ValueError);
  return best;
}

// What the reference applies to each column of the transposed toindices (a zip of its elements).
enum class ColFn {
  Min,     // ulcorner
  Max,     // lrcorner
  MinMax,  // urcorner: {0: min, 1: max}[k], KeyError from column 2 on
  MaxMin,  // llcorner: {0: max, 1: min}[k]
  Mean,    // centerofmass: the column's sum, floor-divided by the patch's length
};

Value column_extreme(const std::vector<std::vector<Value>>& rows, size_t c, bool want_max) {
  Value best = rows[0][c];
  for (size_t r = 1; r < rows.size(); ++r)
    if (py_cmp(rows[r][c], best, want_max ? CmpOp::GT : CmpOp::LT)) best = rows[r][c];
  return best;
}

// The tuple of fn over the columns of the transposed toindices. The transposition iterates every
// element first (TypeError for a non-iterable one), stops at the shortest, and yields nothing for
// an empty patch, so the result is () there and may be longer than 2 for longer tuples.
Value map_columns(const Value& patch, ColFn fn) {
  if (is_fast_patch(patch)) {
    int64_t n = patch.set().size();
    if (n == 0) return empty_tuple();
    if (fn == ColFn::Mean) {
      geom::Points pts(patch);
      int64_t si = 0, sj = 0;
      for (const Idx& x : pts.pts()) {
        si = checked_add(si, x.i);
        sj = checked_add(sj, x.j);
      }
      // len(patch) counts cells, which may exceed the distinct locations summed.
      return make_point(floordiv_pos(si, n), floordiv_pos(sj, n));
    }
    Bounds b = bounds_of(patch);
    switch (fn) {
      case ColFn::Min:
        return make_point(b.top, b.left);
      case ColFn::Max:
        return make_point(b.bottom, b.right);
      case ColFn::MinMax:
        return make_point(b.top, b.right);
      case ColFn::MaxMin:
        return make_point(b.bottom, b.left);
      case ColFn::Mean:
        break;
    }
  }
  Value t = to_indices(patch);
  std::vector<Value> elems = py_iter(t);
  std::vector<std::vector<Value>> rows;
  rows.reserve(elems.size());
  size_t ncols = elems.empty() ? 0 : SIZE_MAX;
  for (const Value& e : elems) {
    rows.push_back(py_iter(e));
    ncols = std::min(ncols, rows.back().size());
  }
  std::vector<Value> out;
  for (size_t c = 0; c < ncols; ++c) {
    switch (fn) {
      case ColFn::Min:
        out.push_back(column_extreme(rows, c, false));
        break;
      case ColFn::Max:
        out.push_back(column_extreme(rows, c, true));
        break;
      case ColFn::MinMax:
      case ColFn::MaxMin:
        if (c >= 2) raise(ErrKind::KeyError);
        out.push_back(column_extreme(rows, c, (c == 1) == (fn == ColFn::MinMax)));
        break;
      case ColFn::Mean: {
        Value acc = Value::integer(0);
        for (const auto& r : rows) acc = py_add(acc, r[c]);
        Value n = Value::integer(py_len(patch));
        out.push_back(py_floordiv(acc, n));
        break;
      }
    }
  }
  return make_tuple(std::move(out));
}

Value height_of(const Value& piece) {
  int64_t n = py_len(piece);
  if (n == 0) return Value::integer(0);
  if (piece.is_tuple()) return Value::integer(n);
  if (is_fast_patch(piece)) {
    Bounds b = bounds_of(piece);
    return Value::integer(checked_add(checked_sub(b.bottom, b.top), 1));
  }
  Value lo = extreme(piece, Side::Bottom);
  Value up = extreme(piece, Side::Top);
  Value d = py_sub(lo, up);
  return py_add(d, kOne);
}

Value width_of(const Value& piece) {
  int64_t n = py_len(piece);
  if (n == 0) return Value::integer(0);
  if (piece.is_tuple()) {
    if (is_grid(piece)) return Value::integer(piece.tuple().w);
    Value row = py_at(piece, 0);
    return Value::integer(py_len(row));
  }
  if (is_fast_patch(piece)) {
    Bounds b = bounds_of(piece);
    return Value::integer(checked_add(checked_sub(b.right, b.left), 1));
  }
  Value r = extreme(piece, Side::Right);
  Value l = extreme(piece, Side::Left);
  Value d = py_sub(r, l);
  return py_add(d, kOne);
}

// The shift of a fast patch by ints; coordinates are checked for overflow.
Value shift_fast(const Value& patch, int64_t di, int64_t dj) {
  if (patch.set().layout == SetLayout::Cells) {
    auto cells = cells_of(patch);
    std::vector<Cell> out;
    out.reserve(cells.size());
    for (const Cell& c : cells) out.push_back({c.c, checked_add(c.i, di), checked_add(c.j, dj)});
    return make_sorted_cells(std::move(out));  // one offset keeps the order and distinctness
  }
  auto idx = indices_of(patch);
  std::vector<Idx> out;
  out.reserve(idx.size());
  for (const Idx& x : idx) out.push_back({checked_add(x.i, di), checked_add(x.j, dj)});
  return make_sorted_indices(std::move(out));
}

// vline: the height equals the length and, only then, the width is 1; hline swaps the two.
Value line_test(const Value& patch, bool vertical) {
  if (is_packed_patch(patch)) {
    Bounds b = bounds_of(patch);
    int64_t h = checked_add(checked_sub(b.bottom, b.top), 1);
    int64_t w = checked_add(checked_sub(b.right, b.left), 1);
    int64_t n = patch.set().size();
    return Value::boolean(vertical ? (h == n && w == 1) : (w == n && h == 1));
  }
  Value along = vertical ? height_of(patch) : width_of(patch);
  Value n = Value::integer(py_len(patch));
  if (!py_eq(along, n)) return Value::boolean(false);
  Value across = vertical ? width_of(patch) : height_of(patch);
  return Value::boolean(py_eq(across, kOne));
}

}  // namespace

Value k_toindices(const Value* a) { return to_indices(a[0]); }

Value k_recolor(const Value* a) {
  const Value& value = a[0];
  const Value& patch = a[1];
  if (value.tag() == Tag::Int && is_fast_patch(patch)) {
    int64_t c = value.i();
    std::vector<Cell> out;
    if (patch.set().layout == SetLayout::Cells) {
      for (const Cell& x : cells_of(patch)) out.push_back({c, x.i, x.j});
    } else {
      for (const Idx& x : indices_of(patch)) out.push_back({c, x.i, x.j});
    }
    return make_cells(std::move(out));  // dedupes the locations an Object held twice
  }
  Value t = to_indices(patch);
  std::vector<Value> items = py_iter(t);
  std::vector<Value> out;
  out.reserve(items.size());
  for (const Value& e : items) out.push_back(make_pair(value, e));
  return make_set(std::move(out));
}

Value k_shift(const Value* a) {
  const Value& patch = a[0];
  if (py_len(patch) == 0) return patch;
  auto [di, dj] = py_unpack2(a[1]);  // a frozenset of two ints unpacks in canonical order
  if (di.tag() == Tag::Int && dj.tag() == Tag::Int && is_fast_patch(patch))
    return shift_fast(patch, di.i(), dj.i());
  bool cells = first_is_cell(patch);
  std::vector<Value> items = py_iter(patch);
  std::vector<Value> out;
  out.reserve(items.size());
  for (const Value& e : items) {
    if (cells) {
      auto [value, loc] = py_unpack2(e);
      auto [i, j] = py_unpack2(loc);
      Value ni = py_add(i, di);
      Value nj = py_add(j, dj);
      out.push_back(make_pair(value, make_pair(ni, nj)));
    } else {
      auto [i, j] = py_unpack2(e);
      Value ni = py_add(i, di);
      Value nj = py_add(j, dj);
      out.push_back(make_pair(ni, nj));
    }
  }
  return make_set(std::move(out));
}

Value k_normalize(const Value* a) {
  const Value& patch = a[0];
  if (py_len(patch) == 0) return patch;
  if (is_fast_patch(patch)) {
    Bounds b = bounds_of(patch);
    return shift_fast(patch, checked_neg(b.top), checked_neg(b.left));
  }
  Value up = extreme(patch, Side::Top);
  Value di = py_neg(up);
  Value left = extreme(patch, Side::Left);
  Value dj = py_neg(left);
  return kcall(k_shift, patch, make_pair(di, dj));
}

Value k_uppermost(const Value* a) { return extreme(a[0], Side::Top); }
Value k_lowermost(const Value* a) { return extreme(a[0], Side::Bottom); }
Value k_leftmost(const Value* a) { return extreme(a[0], Side::Left); }
Value k_rightmost(const Value* a) { return extreme(a[0], Side::Right); }

Value k_ulcorner(const Value* a) { return map_columns(a[0], ColFn::Min); }
Value k_urcorner(const Value* a) { return map_columns(a[0], ColFn::MinMax); }
Value k_llcorner(const Value* a) { return map_columns(a[0], ColFn::MaxMin); }
Value k_lrcorner(const Value* a) { return map_columns(a[0], ColFn::Max); }

Value k_height(const Value* a) { return height_of(a[0]); }
Value k_width(const Value* a) { return width_of(a[0]); }

Value k_shape(const Value* a) {
  Value h = height_of(a[0]);
  Value w = width_of(a[0]);
  return make_pair(h, w);
}

Value k_portrait(const Value* a) {
  Value h = height_of(a[0]);
  Value w = width_of(a[0]);
  return Value::boolean(py_gt(h, w));
}

Value k_square(const Value* a) {
  const Value& piece = a[0];
  if (piece.is_tuple()) {
    if (is_grid(piece)) return Value::boolean(piece.tuple().h == piece.tuple().w);
    int64_t n = py_len(piece);
    Value row = py_at(piece, 0);
    return Value::boolean(n == py_len(row));
  }
  // height and width of a non-tuple are ints (or raise); their product is compared exactly,
  // as Python's unbounded ints would, instead of overflowing.
  Value h = height_of(piece);
  Value w = width_of(piece);
  int64_t area;
  bool overflow = __builtin_mul_overflow(h.i(), w.i(), &area);
  if (overflow || area != py_len(piece)) return Value::boolean(false);
  return Value::boolean(h.i() == w.i());
}

Value k_vline(const Value* a) { return line_test(a[0], true); }
Value k_hline(const Value* a) { return line_test(a[0], false); }

Value k_centerofmass(const Value* a) { return map_columns(a[0], ColFn::Mean); }

Value k_center(const Value* a) {
  const Value& patch = a[0];
  if (is_packed_patch(patch)) {
    Bounds b = bounds_of(patch);
    int64_t h = checked_add(checked_sub(b.bottom, b.top), 1);
    int64_t w = checked_add(checked_sub(b.right, b.left), 1);
    return make_point(checked_add(b.top, h / 2), checked_add(b.left, w / 2));
  }
  Value up = extreme(patch, Side::Top);
  Value h = height_of(patch);
  Value hh = py_floordiv(h, kTwo);
  Value ci = py_add(up, hh);
  Value left = extreme(patch, Side::Left);
  Value w = width_of(patch);
  Value hw = py_floordiv(w, kTwo);
  Value cj = py_add(left, hw);
  return make_pair(ci, cj);
}

Value k_corners(const Value* a) {
  const Value& patch = a[0];
  if (is_packed_patch(patch)) {
    Bounds b = bounds_of(patch);
    return make_indices(
        {{b.top, b.left}, {b.top, b.right}, {b.bottom, b.left}, {b.bottom, b.right}});
  }
  Value ul = map_columns(patch, ColFn::Min);
  Value ur = map_columns(patch, ColFn::MinMax);
  Value ll = map_columns(patch, ColFn::MaxMin);
  Value lr = map_columns(patch, ColFn::Max);
  // A set literal keeps the first of equal corners (True before 1).
  return make_set({ul, ur, ll, lr});
}

}  // namespace arcjit::kernels
