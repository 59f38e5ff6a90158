#include "kernels/cpu/grid_geom.h"

#include <algorithm>
#include <array>
#include <vector>

#include "runtime/canon.h"
#include "runtime/limits.h"

namespace arcjit::kernels::geom {

bool is_packed_patch(const Value& p) {
  return p.is_set() && (p.set().layout == SetLayout::Cells || p.set().layout == SetLayout::Indices);
}

Box packed_box(const Value& p) {
  const SetObj& s = p.set();
  Box b{INT64_MAX, INT64_MAX, INT64_MIN, INT64_MIN};
  auto add = [&b](int64_t i, int64_t j) {
    b.i0 = std::min(b.i0, i);
    b.i1 = std::max(b.i1, i);
    b.j0 = std::min(b.j0, j);
    b.j1 = std::max(b.j1, j);
  };
  if (s.layout == SetLayout::Cells)
    for (const Cell& c : s.cells) add(c.i, c.j);
  else
    for (const Idx& x : s.idx) add(x.i, x.j);
  return b;
}

bool first_is_cell(const Value& piece) {
  if (piece.is_set() && piece.set().layout == SetLayout::Cells) return true;
  if (piece.is_set() && piece.set().layout == SetLayout::Indices) return false;
  Value first = py_next_first(piece);
  Value second = py_at(first, 1);
  return second.is_tuple();
}

Value toindices(const Value& patch) {
  if (py_len(patch) == 0) return empty_set();
  if (patch.is_set() && patch.set().layout == SetLayout::Indices) return patch;
  if (patch.is_set() && patch.set().layout == SetLayout::Cells) {
    std::vector<Idx> idx;
    idx.reserve(patch.set().cells.size());
    for (const Cell& c : patch.set().cells) idx.push_back({c.i, c.j});
    return make_indices(std::move(idx));
  }
  if (!first_is_cell(patch)) return patch;
  std::vector<Value> out;
  for (const Value& e : py_iter(patch)) {
    auto [value, loc] = py_unpack2(e);
    out.push_back(loc);
  }
  return make_set(std::move(out));
}

Value corner(const Value& patch, bool lower) {
  if (is_packed_patch(patch)) {
    Box b = packed_box(patch);
    return lower ? make_point(b.i1, b.j1) : make_point(b.i0, b.j0);
  }
  Value ind = toindices(patch);
  // The star expansion iterates ind, then zip takes an iterator of every element up front.
  std::vector<std::vector<Value>> cols;
  for (const Value& e : py_iter(ind)) cols.push_back(py_iter(e));
  size_t n = 0;
  if (!cols.empty()) {
    n = cols[0].size();
    for (const auto& c : cols) n = std::min(n, c.size());
  }
  std::vector<Value> out;
  for (size_t k = 0; k < n; ++k) {
    Value best = cols[0][k];
    for (size_t m = 1; m < cols.size(); ++m)
      if (py_cmp(cols[m][k], best, lower ? CmpOp::GT : CmpOp::LT)) best = cols[m][k];
    out.push_back(best);
  }
  return make_tuple(std::move(out));
}

Value extreme(const Value& patch, int coord, bool want_max) {
  if (is_packed_patch(patch)) {
    Box b = packed_box(patch);
    return Value::integer(coord == 0 ? (want_max ? b.i1 : b.i0) : (want_max ? b.j1 : b.j0));
  }
  Value ind = toindices(patch);
  // min/max over a generator: each element is unpacked just before it is compared.
  bool have = false;
  Value best;
  for (const Value& e : py_iter(ind)) {
    auto [i, j] = py_unpack2(e);
    const Value& x = coord == 0 ? i : j;
    if (!have) {
      best = x;
      have = true;
    } else if (py_cmp(x, best, want_max ? CmpOp::GT : CmpOp::LT)) {
      best = x;
    }
  }
  if (!have) raise(ErrKind::ValueError);
  return best;
}

namespace {

// `hi_extreme(p) - lo_extreme(p) + 1`, evaluated in that order.
Value extent(const Value& piece, int coord) {
  Value hi = extreme(piece, coord, true);
  Value lo = extreme(piece, coord, false);
  Value d = py_sub(hi, lo);
  return py_add(d, Value::integer(1));
}

}  // namespace

Value height(const Value& piece) {
  if (py_len(piece) == 0) return Value::integer(0);
  if (piece.is_tuple()) return Value::integer(py_len(piece));
  return extent(piece, 0);
}

Value width(const Value& piece) {
  if (py_len(piece) == 0) return Value::integer(0);
  if (piece.is_tuple()) {
    if (is_grid(piece)) return Value::integer(piece.tuple().w);
    Value row = py_at(piece, 0);
    return Value::integer(py_len(row));
  }
  return extent(piece, 1);
}

Value shape(const Value& piece) {
  Value h = height(piece);
  Value w = width(piece);
  return make_pair(h, w);
}

Value shift(const Value& patch, const Value& directions) {
  if (py_len(patch) == 0) return patch;
  auto [di, dj] = py_unpack2(directions);
  if (is_packed_patch(patch) && di.is_int() && dj.is_int()) {
    const SetObj& s = patch.set();
    int64_t a = di.i(), b = dj.i();
    if (s.layout == SetLayout::Cells) {
      std::vector<Cell> out;
      out.reserve(s.cells.size());
      for (const Cell& c : s.cells) out.push_back({c.c, checked_add(c.i, a), checked_add(c.j, b)});
      return make_cells(std::move(out));
    }
    std::vector<Idx> out;
    out.reserve(s.idx.size());
    for (const Idx& x : s.idx) out.push_back({checked_add(x.i, a), checked_add(x.j, b)});
    return make_indices(std::move(out));
  }
  bool cell = first_is_cell(patch);
  std::vector<Value> out;
  for (const Value& e : py_iter(patch)) {
    if (cell) {
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

Value normalize(const Value& patch) {
  if (py_len(patch) == 0) return patch;
  Value up = extreme(patch, 0, false);
  Value di = py_neg(up);
  Value left = extreme(patch, 1, false);
  Value dj = py_neg(left);
  return shift(patch, make_pair(di, dj));
}

namespace {

// The most common of these ints; ties go to the smallest (first in canonical order).
int64_t most_common_int(std::span<const int64_t> vals) {
  std::array<int64_t, 16> small{};
  bool all_small = true;
  for (int64_t v : vals) {
    if (v < 0 || v >= 16) {
      all_small = false;
      break;
    }
    ++small[size_t(v)];
  }
  if (all_small) {
    int64_t best = -1, count = 0;
    for (int64_t v = 0; v < 16; ++v)
      if (small[size_t(v)] > count) best = v, count = small[size_t(v)];
    return best;
  }
  std::vector<int64_t> sorted(vals.begin(), vals.end());
  std::sort(sorted.begin(), sorted.end());
  int64_t best = sorted[0], count = 0;
  for (size_t a = 0; a < sorted.size();) {
    size_t b = a;
    while (b < sorted.size() && sorted[b] == sorted[a]) ++b;
    if (int64_t(b - a) > count) best = sorted[a], count = int64_t(b - a);
    a = b;
  }
  return best;
}

}  // namespace

int64_t grid_mostcolor(const TupleObj& g) {
  if (g.ints.empty()) raise(ErrKind::ValueError);  // no colour at all
  return most_common_int(g.ints);
}

Value mostcolor(const Value& element) {
  if (is_grid(element)) return Value::integer(grid_mostcolor(element.tuple()));
  if (element.is_set() && element.set().layout == SetLayout::Cells) {
    std::vector<int64_t> colors;
    colors.reserve(element.set().cells.size());
    for (const Cell& c : element.set().cells) colors.push_back(c.c);
    return Value::integer(most_common_int(colors));
  }
  std::vector<Value> values;
  if (element.is_tuple()) {
    for (const Value& r : py_iter(element))
      for (Value& v : py_iter(r)) values.push_back(std::move(v));
  } else {
    for (const Value& e : py_iter(element)) {
      auto [v, rest] = py_unpack2(e);
      values.push_back(v);
    }
  }
  // The distinct values (the first of equal values is kept: True before 1) in canonical order;
  // the first with the largest count wins.
  std::vector<Value> distinct = py_iter(make_set(values));
  if (distinct.empty()) raise(ErrKind::ValueError);
  charge_work(int64_t(distinct.size()) * int64_t(values.size()));
  size_t best = 0;
  int64_t best_count = -1;
  for (size_t k = 0; k < distinct.size(); ++k) {
    int64_t count = 0;
    for (const Value& v : values) count += py_eq(v, distinct[k]) ? 1 : 0;
    if (count > best_count) best = k, best_count = count;
  }
  return distinct[best];
}

void guard_grid(int64_t h, int64_t w) {
  if (h <= 0) return;
  const Limits& lim = lane_budget().limits;
  if (h > lim.max_container || w > lim.max_container) raise(ErrKind::ResourceLimit);
  check_grid_cells(h, w);
}

int64_t repeat_count(int64_t n, int64_t f) {
  if (f <= 0 || n <= 0) return 0;
  if (n > lane_budget().limits.max_container / f) raise(ErrKind::ResourceLimit);
  return n * f;
}

}  // namespace arcjit::kernels::geom
