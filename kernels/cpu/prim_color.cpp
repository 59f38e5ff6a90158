// Colours, cells and objects: mostcolor leastcolor colorcount colorfilter palette numcolors color
// ofcolor asindices toobject asobject objects partition fgpartition occurrences frontiers.
//
// Each kernel has a generic path that follows dsl.py's expression order over pyops (so ill-typed
// inputs raise what CPython raises), and fast paths over the dense Grid layout and the packed
// Cells / Indices sets that give the same answer without building a Value per cell.
//
// Work charged for loops whose cost is not proportional to their output (the same formula on
// every path, so every backend reports ResourceLimit on the same lane):
//   mostcolor / leastcolor: values * distinct values (Python counts each distinct value);
//   objects: h * w; partition / fgpartition: colours * cells; occurrences: per offset row,
//   offsets in that row * max(1, object cells).
#include <algorithm>
#include <array>
#include <optional>
#include <span>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/patch_view.h"
#include "runtime/canon.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

const Value kZero = Value::integer(0);

// A frozenset of these ints, given in ascending order.
Value int_set(std::span<const int64_t> ascending) {
  std::vector<Value> items;
  items.reserve(ascending.size());
  for (int64_t c : ascending) items.push_back(Value::integer(c));
  return make_sorted_set(std::move(items));
}

// Checked before allocating something of n elements (the constructor charges it afterwards).
void check_container(int64_t n) {
  if (n > lane_budget().limits.max_container) raise(ErrKind::ResourceLimit);
}

int64_t sat_mul(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) return INT64_MAX;
  return r;
}

// --- colour counting over plain ints ---

// Distinct values in ascending order with their counts.
struct ColorCounts {
  std::vector<int64_t> colors;
  std::vector<int64_t> counts;
};

constexpr int64_t kSmallColor = 32;
using Histogram = std::array<int64_t, kSmallColor>;

// Counts into hist the n ints get(0..n) when all lie in [0, kSmallColor) (colours nearly always
// do); false otherwise.
template <class Get>
bool small_histogram(int64_t n, Get get, Histogram& hist) {
  // Four counters per value, used in turn: a run of one colour (the background, mostly) would
  // otherwise make every increment wait for the previous one.
  std::array<Histogram, 4> part{};
  int64_t k = 0;
  for (; k + 4 <= n; k += 4) {
    const uint64_t a = uint64_t(get(k)), b = uint64_t(get(k + 1)), c = uint64_t(get(k + 2)),
                   d = uint64_t(get(k + 3));
    if ((a | b | c | d) >= uint64_t(kSmallColor)) return false;  // negatives wrap around
    ++part[0][a];
    ++part[1][b];
    ++part[2][c];
    ++part[3][d];
  }
  for (; k < n; ++k) {
    const uint64_t a = uint64_t(get(k));
    if (a >= uint64_t(kSmallColor)) return false;
    ++part[0][a];
  }
  for (size_t v = 0; v < hist.size(); ++v)
    hist[v] = part[0][v] + part[1][v] + part[2][v] + part[3][v];
  return true;
}

// get(k) is the k-th of n ints.
template <class Get>
ColorCounts count_colors(int64_t n, Get get) {
  ColorCounts out;
  Histogram hist;
  if (small_histogram(n, get, hist)) {
    const auto distinct =
        size_t(std::count_if(hist.begin(), hist.end(), [](int64_t h) { return h > 0; }));
    out.colors.reserve(distinct);
    out.counts.reserve(distinct);
    for (int64_t c = 0; c < kSmallColor; ++c)
      if (hist[size_t(c)] > 0) {
        out.colors.push_back(c);
        out.counts.push_back(hist[size_t(c)]);
      }
    return out;
  }
  std::vector<int64_t> vals(static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) vals[size_t(k)] = get(k);
  std::sort(vals.begin(), vals.end());
  for (size_t k = 0; k < vals.size();) {
    size_t e = k;
    while (e < vals.size() && vals[e] == vals[k]) ++e;
    out.colors.push_back(vals[k]);
    out.counts.push_back(int64_t(e - k));
    k = e;
  }
  return out;
}

// The most (or least) frequent value: the reference ranks the distinct values in ascending order,
// so on a tie the smallest value wins.
Value extreme_of_counts(const ColorCounts& cc, int64_t n, bool most) {
  if (cc.colors.empty()) raise(ErrKind::ValueError);
  charge_work(sat_mul(n, int64_t(cc.colors.size())));
  size_t best = 0;
  for (size_t k = 1; k < cc.colors.size(); ++k)
    if (most ? cc.counts[k] > cc.counts[best] : cc.counts[k] < cc.counts[best]) best = k;
  return Value::integer(cc.colors[best]);
}

// The ints an element's colour loop visits, when the element's layout makes them plain ints:
// a grid's cells, an object's colours, or the first coordinate of each index pair.
struct IntView {
  const int64_t* base = nullptr;  // Grid
  std::span<const Cell> cells;    // Cells
  std::span<const Idx> idx;       // Indices
  int kind = -1;                  // 0 grid, 1 cells, 2 indices
  int64_t n = 0;
  int64_t at(int64_t k) const {
    if (kind == 0) return base[k];
    if (kind == 1) return cells[size_t(k)].c;
    return idx[size_t(k)].i;
  }
};

IntView grid_view(const TupleObj& g) {
  IntView v;
  v.kind = 0;
  v.base = g.ints.data();
  v.n = g.h * g.w;
  return v;
}

std::optional<IntView> int_view(const Value& e) {
  if (is_grid(e)) return grid_view(e.tuple());
  IntView v;
  if (is_cells(e)) {
    v.kind = 1;
    v.cells = cells_of(e);
    v.n = int64_t(v.cells.size());
    return v;
  }
  if (is_indices(e)) {
    v.kind = 2;
    v.idx = indices_of(e);
    v.n = int64_t(v.idx.size());
    return v;
  }
  return std::nullopt;
}

// f(get), get(k) being the view's k-th int.
template <class F>
auto visit_view(const IntView& v, F f) {
  if (v.kind == 0) return f([&](int64_t k) { return v.base[k]; });
  if (v.kind == 1) return f([&](int64_t k) { return v.cells[size_t(k)].c; });
  return f([&](int64_t k) { return v.idx[size_t(k)].i; });
}

ColorCounts count_view(const IntView& v) {
  return visit_view(v, [&](auto get) { return count_colors(v.n, get); });
}

// extreme_of_counts(count_view(v), ...) without building the colour lists when the values are
// small: mostcolor runs inside underfill, cover, move and the like on every call.
Value extreme_of_view(const IntView& v, bool most) {
  Histogram hist;
  if (!visit_view(v, [&](auto get) { return small_histogram(v.n, get, hist); }))
    return extreme_of_counts(count_view(v), v.n, most);
  int64_t distinct = 0, best = -1;
  for (int64_t c = 0; c < kSmallColor; ++c) {
    const int64_t count = hist[size_t(c)];
    if (count == 0) continue;
    ++distinct;
    if (best < 0 || (most ? count > hist[size_t(best)] : count < hist[size_t(best)])) best = c;
  }
  if (best < 0) raise(ErrKind::ValueError);
  charge_work(sat_mul(v.n, distinct));
  return Value::integer(best);
}

// The positions of a grid's cells in canonical Cell order: by colour, then row-major (a counting
// sort over the distinct colours, which are few).
struct Pos {
  int64_t i, j;
};

std::vector<Pos> canonical_positions(const TupleObj& g, const ColorCounts& cc) {
  const int64_t* cells = g.ints.data();
  std::vector<int64_t> start(cc.colors.size());
  for (size_t k = 1; k < start.size(); ++k) start[k] = start[k - 1] + cc.counts[k - 1];
  std::vector<Pos> out(static_cast<size_t>(g.h * g.w));
  const bool small = cc.colors.empty() || (cc.colors.front() >= 0 && cc.colors.back() < 32);
  std::array<int64_t, 32> slot{};
  if (small)
    for (size_t k = 0; k < cc.colors.size(); ++k) slot[size_t(cc.colors[k])] = int64_t(k);
  for (int64_t i = 0, p = 0; i < g.h; ++i)
    for (int64_t j = 0; j < g.w; ++j, ++p) {
      size_t k = small ? size_t(slot[size_t(cells[p])])
                       : size_t(std::lower_bound(cc.colors.begin(), cc.colors.end(), cells[p]) -
                                cc.colors.begin());
      out[size_t(start[k]++)] = {i, j};
    }
  return out;
}

// The colour list the reference builds: every value of every row for a tuple, else the first
// item of each two-item element.
std::vector<Value> element_values(const Value& e) {
  std::vector<Value> out;
  if (e.is_tuple()) {
    for (const Value& r : py_iter(e))
      for (Value& v : py_iter(r)) out.push_back(std::move(v));
    return out;
  }
  for (const Value& x : py_iter(e)) {
    auto pair = py_unpack2(x);
    out.push_back(std::move(pair.first));
  }
  return out;
}

Value extreme_color(const Value& e, bool most) {
  if (auto v = int_view(e)) return extreme_of_view(*v, most);
  std::vector<Value> values = element_values(e);
  // A set of the values keeps the first of equal ones (True before 1), in canonical order.
  std::vector<Value> uniq = py_iter(make_set(values));
  if (uniq.empty()) raise(ErrKind::ValueError);
  charge_work(sat_mul(int64_t(values.size()), int64_t(uniq.size())));
  return py_max_by(
      uniq,
      [&](const Value& x) {
        int64_t c = 0;
        for (const Value& v : values) c += py_eq(v, x) ? 1 : 0;
        return Value::integer(c);
      },
      most);
}

Value palette_of(const Value& e) {
  if (auto v = int_view(e)) return int_set(count_view(*v).colors);
  return make_set(element_values(e));
}

// --- grid access for the generic paths ---

// The grid's length, then the length of its first row, in that order.
std::pair<int64_t, int64_t> grid_hw(const Value& grid) {
  int64_t h = py_len(grid);
  Value g0 = py_at(grid, 0);
  int64_t w = py_len(g0);
  return {h, w};
}

// Row i, then its item j, for plain int coordinates.
Value cell_at(const Value& grid, int64_t i, int64_t j) {
  Value row = py_at(grid, i);
  return py_at(row, j);
}

// Every item of every row with its row and column numbers, in iteration order.
struct Enumerated {
  int64_t i, j;
  Value v;
};

std::vector<Enumerated> enumerate_grid(const Value& grid) {
  std::vector<Enumerated> out;
  int64_t i = 0;
  for (const Value& r : py_iter(grid)) {
    int64_t j = 0;
    for (Value& v : py_iter(r)) out.push_back({i, j++, std::move(v)});
    ++i;
  }
  return out;
}

Value cell_value(const Value& v, int64_t i, int64_t j) { return make_pair(v, make_point(i, j)); }

// --- objects ---

// The flood fill over a dense grid: a label per cell, then the cells gathered in canonical order,
// so every object's cells, and the objects themselves (ordered by their first cell, as their
// positions are disjoint), come out sorted.
Value objects_grid(const TupleObj& g, bool univalued, bool diagonal, bool without_bg) {
  const int64_t h = g.h, w = g.w, n = h * w;
  const int64_t* cells = g.ints.data();
  const ColorCounts cc = count_view(grid_view(g));
  const bool has_bg = without_bg;
  const int64_t bg = without_bg ? extreme_of_counts(cc, n, true).i() : 0;
  charge_work(n);
  // Labels (and colours) on the grid padded by a border that counts as visited: neighbours need
  // no bounds test.
  constexpr int32_t kFree = -1, kBorder = INT32_MAX;
  const int64_t pw = w + 2;
  std::vector<int32_t> label(static_cast<size_t>((h + 2) * pw), kBorder);
  std::vector<int64_t> colour(label.size(), 0);
  for (int64_t i = 0; i < h; ++i) {
    std::fill_n(label.begin() + (i + 1) * pw + 1, w, kFree);
    std::copy_n(cells + i * w, w, colour.begin() + (i + 1) * pw + 1);
  }
  const int64_t off[8] = {-pw, pw, -1, 1, -pw - 1, -pw + 1, pw - 1, pw + 1};
  const int nn = diagonal ? 8 : 4;
  std::vector<int64_t> sizes;
  std::vector<int64_t> stack;
  for (int64_t i = 0; i < h; ++i)
    for (int64_t j = 0; j < w; ++j) {
      const int64_t start = (i + 1) * pw + j + 1;
      if (label[size_t(start)] != kFree) continue;
      const int64_t val = cells[i * w + j];
      if (has_bg && val == bg) continue;
      const int32_t id = int32_t(sizes.size());
      int64_t size = 1;
      label[size_t(start)] = id;
      stack.push_back(start);
      while (!stack.empty()) {
        const int64_t p = stack.back();
        stack.pop_back();
        for (int d = 0; d < nn; ++d) {
          const int64_t q = p + off[d];
          if (label[size_t(q)] != kFree) continue;
          const int64_t v = colour[size_t(q)];
          if (univalued ? v != val : (has_bg && v == bg)) continue;
          label[size_t(q)] = id;
          ++size;
          stack.push_back(q);
        }
      }
      sizes.push_back(size);
    }
  // Objects numbered by their first cell in canonical order: the output order.
  std::vector<int32_t> rank(sizes.size(), -1);
  std::vector<std::vector<Cell>> objs(sizes.size());
  int32_t next = 0;
  for (const Pos& p : canonical_positions(g, cc)) {
    const int32_t id = label[size_t((p.i + 1) * pw + p.j + 1)];
    if (id == kBorder || id < 0) continue;
    if (rank[size_t(id)] < 0) {
      rank[size_t(id)] = next;
      objs[size_t(next++)].reserve(size_t(sizes[size_t(id)]));
    }
    objs[size_t(rank[size_t(id)])].push_back({cells[p.i * w + p.j], p.i, p.j});
  }
  std::vector<Value> out;
  out.reserve(objs.size());
  for (auto& o : objs) out.push_back(make_sorted_cells(std::move(o)));
  return make_sorted_set(std::move(out));
}

// dsl.py's algorithm over generic values. Candidates of one round are visited in canonical order
// (CPython visits them in hash order; only the kind of error raised by a ragged grid could tell).
Value objects_generic(const Value& grid, bool univalued, bool diagonal, bool without_bg) {
  Value bg;  // None without a background: no int equals it
  if (without_bg) bg = extreme_color(grid, true);
  const auto hw = grid_hw(grid);
  const int64_t h = hw.first, w = hw.second;
  check_container(sat_mul(h, w));
  charge_work(sat_mul(h, w));
  std::vector<uint8_t> occupied(size_t(std::max<int64_t>(0, h) * std::max<int64_t>(0, w)), 0);
  auto neighbours = [&](int64_t i, int64_t j, std::vector<std::pair<int64_t, int64_t>>& out) {
    for (int di = -1; di <= 1; ++di)
      for (int dj = -1; dj <= 1; ++dj) {
        if (di == 0 && dj == 0) continue;
        if (!diagonal && di != 0 && dj != 0) continue;
        int64_t a = i + di, b = j + dj;
        if (a >= 0 && a < h && b >= 0 && b < w) out.push_back({a, b});
      }
  };
  std::vector<Value> objs;
  for (int64_t i = 0; i < h; ++i)
    for (int64_t j = 0; j < w; ++j) {
      if (occupied[size_t(i * w + j)]) continue;
      Value val = cell_at(grid, i, j);
      if (py_eq(val, bg)) continue;
      std::vector<Value> obj;
      std::vector<std::pair<int64_t, int64_t>> cands = {{i, j}};
      while (!cands.empty()) {
        std::vector<std::pair<int64_t, int64_t>> hood;
        for (auto [a, b] : cands) {
          Value v = cell_at(grid, a, b);
          bool joins = univalued ? py_eq(val, v) : !py_eq(v, bg);
          if (!joins) continue;
          obj.push_back(cell_value(v, a, b));
          occupied[size_t(a * w + b)] = 1;
          neighbours(a, b, hood);
        }
        std::sort(hood.begin(), hood.end());
        hood.erase(std::unique(hood.begin(), hood.end()), hood.end());
        cands.clear();
        for (auto ab : hood)
          if (!occupied[size_t(ab.first * w + ab.second)]) cands.push_back(ab);
      }
      objs.push_back(make_set(std::move(obj)));
    }
  return make_set(std::move(objs));
}

// --- partition ---

Value partition_grid(const TupleObj& g, bool without_most) {
  const int64_t n = g.h * g.w;
  const int64_t* cells = g.ints.data();
  const ColorCounts cc = count_view(grid_view(g));
  std::optional<int64_t> drop;
  if (without_most) drop = extreme_of_counts(cc, n, true).i();
  const int64_t kept = int64_t(cc.colors.size()) - (drop ? 1 : 0);
  charge_work(sat_mul(kept, n));
  // One run of canonical positions per colour, ascending: the partition in canonical order.
  const std::vector<Pos> pos = canonical_positions(g, cc);
  std::vector<Value> out;
  size_t at = 0;
  for (size_t k = 0; k < cc.colors.size(); ++k) {
    const size_t len = size_t(cc.counts[k]);
    if (!drop || cc.colors[k] != *drop) {
      std::vector<Cell> part;
      part.reserve(len);
      for (size_t q = at; q < at + len; ++q)
        part.push_back({cells[pos[q].i * g.w + pos[q].j], pos[q].i, pos[q].j});
      out.push_back(make_sorted_cells(std::move(part)));
    }
    at += len;
  }
  return make_sorted_set(std::move(out));
}

Value partition_generic(const Value& grid, bool without_most) {
  std::vector<Value> colors = py_iter(palette_of(grid));
  if (without_most) {
    Value most = extreme_color(grid, true);
    std::erase_if(colors, [&](const Value& c) { return py_eq(c, most); });
  }
  std::vector<Enumerated> all = enumerate_grid(grid);
  charge_work(sat_mul(int64_t(colors.size()), int64_t(all.size())));
  std::vector<Value> out;
  for (const Value& c : colors) {
    std::vector<Value> part;
    for (const Enumerated& e : all)
      if (py_eq(e.v, c)) part.push_back(cell_value(e.v, e.i, e.j));
    out.push_back(make_set(std::move(part)));
  }
  return make_set(std::move(out));
}

// --- occurrences ---

Value occurrences_grid(const TupleObj& g, const Value& object) {
  const std::span<const Cell> obj = cells_of(object);
  const int64_t h = g.h, w = g.w;
  std::vector<Idx> out;
  if (obj.empty()) {
    // An empty object has shape (0, 0) and matches at every offset: (h + 1) x (w + 1) of them.
    for (int64_t i = 0; i <= h; ++i) {
      charge_work(w + 1);
      for (int64_t j = 0; j <= w; ++j) out.push_back({i, j});
    }
    return make_sorted_indices(std::move(out));
  }
  const auto [top, bottom, left, right] = geom::bounds_of(object);
  const int64_t oh = checked_add(checked_sub(bottom, top), 1);
  const int64_t ow = checked_add(checked_sub(right, left), 1);
  const int64_t h2 = h - oh + 1, w2 = w - ow + 1;
  if (h2 <= 0 || w2 <= 0) return empty_set();
  // The normalized object as flat offsets into the grid.
  std::vector<std::pair<int64_t, int64_t>> pts;
  pts.reserve(obj.size());
  for (const Cell& c : obj) pts.push_back({(c.i - top) * w + (c.j - left), c.c});
  const int64_t* cells = g.ints.data();
  const int64_t n = int64_t(obj.size());
  for (int64_t i = 0; i < h2; ++i) {
    charge_work(sat_mul(w2, n));
    for (int64_t j = 0; j < w2; ++j) {
      const int64_t* base = cells + i * w + j;
      bool occurs = true;
      for (const auto& [off, c] : pts)
        if (base[off] != c) {
          occurs = false;
          break;
        }
      if (occurs) out.push_back({i, j});
    }
  }
  return make_sorted_indices(std::move(out));
}

Value occurrences_generic(const Value& grid, const Value& obj) {
  Value normed = k_normalize(&obj);
  auto [h, w] = grid_hw(grid);
  Value shape = k_shape(&obj);
  auto [oh, ow] = py_unpack2(shape);
  const Value one = Value::integer(1);
  int64_t h2 = py_index(py_add(py_sub(Value::integer(h), oh), one));
  int64_t w2 = py_index(py_add(py_sub(Value::integer(w), ow), one));
  const Value H = Value::integer(h), W = Value::integer(w);
  const int64_t n = std::max<int64_t>(1, py_len(normed));
  std::vector<Value> out;
  for (int64_t i = 0; i < h2; ++i) {
    charge_work(sat_mul(std::max<int64_t>(0, w2), n));
    for (int64_t j = 0; j < w2; ++j) {
      Value shifted = kcall(k_shift, normed, make_point(i, j));
      bool occurs = true;
      for (const Value& e : py_iter(shifted)) {
        auto vp = py_unpack2(e);
        auto ab = py_unpack2(vp.second);
        const Value& a = ab.first;
        const Value& b = ab.second;
        bool ok = py_cmp(kZero, a, CmpOp::LE) && py_cmp(a, H, CmpOp::LT) &&
                  py_cmp(kZero, b, CmpOp::LE) && py_cmp(b, W, CmpOp::LT);
        if (ok) {
          Value row = py_getitem(grid, a);
          Value v = py_getitem(row, b);
          ok = py_eq(v, vp.first);
        }
        if (!ok) {
          occurs = false;
          break;
        }
      }
      if (occurs) out.push_back(make_point(i, j));
    }
  }
  return make_set(std::move(out));
}

// --- frontiers ---

// Whether r holds exactly one distinct value. A frozenset row is merged into the set without
// being iterated, so it never raises.
bool uniform(const Value& r) {
  if (r.is_set()) return r.set().size() == 1;
  std::vector<Value> items = py_iter(r);
  if (items.empty()) return false;
  for (const Value& x : items)
    if (!py_eq(x, items[0])) return false;
  return true;
}

Value frontiers_grid(const TupleObj& g) {
  const int64_t h = g.h, w = g.w;
  std::vector<Value> out;
  for (int64_t i = 0; i < h && w > 0; ++i) {
    auto r = g.row(i);
    if (std::all_of(r.begin(), r.end(), [&](int64_t v) { return v == r[0]; })) {
      std::vector<Cell> line;
      for (int64_t j = 0; j < w; ++j) line.push_back({r[0], i, j});
      out.push_back(make_sorted_cells(std::move(line)));
    }
  }
  for (int64_t j = 0; j < w; ++j) {
    const int64_t c = g.ints[size_t(j)];
    bool same = true;
    for (int64_t i = 1; i < h && same; ++i) same = g.ints[size_t(i * w + j)] == c;
    if (same) {
      std::vector<Cell> line;
      for (int64_t i = 0; i < h; ++i) line.push_back({c, i, j});
      out.push_back(make_sorted_cells(std::move(line)));
    }
  }
  return make_set(std::move(out));
}

Value frontiers_generic(const Value& grid) {
  auto [h, w] = grid_hw(grid);
  std::vector<Value> rows = py_iter(grid);
  std::vector<int64_t> row_indices;
  for (size_t i = 0; i < rows.size(); ++i)
    if (uniform(rows[i])) row_indices.push_back(int64_t(i));
  // The columns come from zipping the rows: every row is iterated, columns stop at the shortest.
  std::vector<std::vector<Value>> cols_of_rows;
  size_t ncols = SIZE_MAX;
  for (const Value& r : rows) {
    cols_of_rows.push_back(py_iter(r));
    ncols = std::min(ncols, cols_of_rows.back().size());
  }
  if (rows.empty()) ncols = 0;
  std::vector<int64_t> col_indices;
  for (size_t j = 0; j < ncols; ++j) {
    std::vector<Value> col;
    for (const auto& r : cols_of_rows) col.push_back(r[j]);
    if (uniform(make_tuple(std::move(col)))) col_indices.push_back(int64_t(j));
  }
  std::vector<Value> out;
  for (int64_t i : row_indices) {
    std::vector<Value> line;
    for (int64_t j = 0; j < w; ++j) line.push_back(cell_value(cell_at(grid, i, j), i, j));
    out.push_back(make_set(std::move(line)));
  }
  for (int64_t j : col_indices) {
    std::vector<Value> line;
    for (int64_t i = 0; i < h; ++i) line.push_back(cell_value(cell_at(grid, i, j), i, j));
    out.push_back(make_set(std::move(line)));
  }
  return make_set(std::move(out));
}

}  // namespace

Value k_mostcolor(const Value* a) { return extreme_color(a[0], true); }
Value k_leastcolor(const Value* a) { return extreme_color(a[0], false); }

Value k_colorcount(const Value* a) {
  const Value& e = a[0];
  const Value& value = a[1];
  if (value.is_int()) {
    if (auto v = int_view(e)) {
      int64_t c = 0;
      for (int64_t k = 0; k < v->n; ++k) c += v->at(k) == value.i() ? 1 : 0;
      return Value::integer(c);
    }
  }
  int64_t total = 0;
  if (e.is_tuple()) {
    for (const Value& row : py_iter(e)) {
      // Counting items of a row is a tuple method: other rows raise AttributeError.
      if (!row.is_tuple()) raise(ErrKind::AttributeError);
      for (const Value& x : py_iter(row)) total += py_eq(x, value) ? 1 : 0;
    }
    return Value::integer(total);
  }
  for (const Value& x : py_iter(e)) {
    auto pair = py_unpack2(x);
    total += py_eq(pair.first, value) ? 1 : 0;
  }
  return Value::integer(total);
}

Value k_colorfilter(const Value* a) {
  const Value& objs = a[0];
  const Value& value = a[1];
  if (objs.is_set() && objs.set().layout == SetLayout::Generic && value.is_int()) {
    const auto& items = objs.set().items;
    bool packed = std::all_of(items.begin(), items.end(), [](const Value& o) {
      return o.is_set() && o.set().layout == SetLayout::Cells;
    });
    if (packed) {
      std::vector<Value> out;
      for (const Value& o : items)
        if (o.set().cells[0].c == value.i()) out.push_back(o);
      return make_set(std::move(out));
    }
  }
  std::vector<Value> out;
  for (const Value& obj : py_iter(objs)) {
    Value first = in_generator([&] { return py_next_first(obj); });
    Value c = py_at(first, 0);
    if (py_eq(c, value)) out.push_back(obj);
  }
  return make_set(std::move(out));
}

Value k_palette(const Value* a) { return palette_of(a[0]); }

Value k_numcolors(const Value* a) {
  if (auto v = int_view(a[0])) return Value::integer(int64_t(count_view(*v).colors.size()));
  return Value::integer(py_len(palette_of(a[0])));
}

Value k_color(const Value* a) {
  const Value& obj = a[0];
  if (is_cells(obj) && obj.set().size() > 0) return Value::integer(cells_of(obj)[0].c);
  Value first = py_next_first(obj);
  return py_at(first, 0);
}

Value k_ofcolor(const Value* a) {
  const Value& grid = a[0];
  const Value& value = a[1];
  if (is_grid(grid) && value.is_int()) {
    const TupleObj& g = grid.tuple();
    std::vector<Idx> out;
    for (int64_t k = 0, n = g.h * g.w; k < n; ++k)
      if (g.ints[size_t(k)] == value.i()) out.push_back({k / g.w, k % g.w});
    return make_sorted_indices(std::move(out));
  }
  std::vector<Value> out;
  for (const Enumerated& e : enumerate_grid(grid))
    if (py_eq(e.v, value)) out.push_back(make_point(e.i, e.j));
  return make_set(std::move(out));
}

Value k_asindices(const Value* a) {
  const Value& grid = a[0];
  int64_t h = py_len(grid);
  if (h == 0) return empty_set();  // the first row is only read inside the loop over rows
  Value g0 = py_at(grid, 0);
  int64_t w = py_len(g0);
  if (w == 0) return empty_set();
  check_container(sat_mul(h, w));
  std::vector<Idx> out;
  out.reserve(size_t(h * w));
  for (int64_t i = 0; i < h; ++i)
    for (int64_t j = 0; j < w; ++j) out.push_back({i, j});
  return make_sorted_indices(std::move(out));
}

Value k_toobject(const Value* a) {
  const Value& patch = a[0];
  const Value& grid = a[1];
  auto [h, w] = grid_hw(grid);
  if (is_grid(grid) && (is_indices(patch) || is_cells(patch))) {
    const TupleObj& g = grid.tuple();
    std::vector<Cell> out;
    auto add = [&](int64_t i, int64_t j) {
      if (0 <= i && i < h && 0 <= j && j < w) out.push_back({g.ints[size_t(i * w + j)], i, j});
    };
    if (patch.set().layout == SetLayout::Cells)
      for (const Cell& c : cells_of(patch)) add(c.i, c.j);
    else
      for (const Idx& x : indices_of(patch)) add(x.i, x.j);
    return make_cells(std::move(out));
  }
  const Value H = Value::integer(h), W = Value::integer(w);
  std::vector<Value> out;
  Value ind = k_toindices(&patch);
  for (const Value& e : py_iter(ind)) {
    auto [i, j] = py_unpack2(e);
    bool inside = py_cmp(kZero, i, CmpOp::LE) && py_cmp(i, H, CmpOp::LT) &&
                  py_cmp(kZero, j, CmpOp::LE) && py_cmp(j, W, CmpOp::LT);
    if (!inside) continue;
    Value row = py_getitem(grid, i);
    Value v = py_getitem(row, j);
    out.push_back(make_pair(v, make_pair(i, j)));
  }
  return make_set(std::move(out));
}

Value k_asobject(const Value* a) {
  const Value& grid = a[0];
  if (is_grid(grid)) {
    const TupleObj& g = grid.tuple();
    std::vector<Cell> out;
    out.reserve(g.ints.size());
    for (const Pos& p : canonical_positions(g, count_view(grid_view(g))))
      out.push_back({g.ints[size_t(p.i * g.w + p.j)], p.i, p.j});
    return make_sorted_cells(std::move(out));
  }
  std::vector<Value> out;
  for (const Enumerated& e : enumerate_grid(grid)) out.push_back(cell_value(e.v, e.i, e.j));
  return make_set(std::move(out));
}

Value k_objects(const Value* a) {
  const bool univalued = py_truth(a[1]);
  const bool diagonal = py_truth(a[2]);
  const bool without_bg = py_truth(a[3]);
  if (is_grid(a[0])) return objects_grid(a[0].tuple(), univalued, diagonal, without_bg);
  return objects_generic(a[0], univalued, diagonal, without_bg);
}

Value k_partition(const Value* a) {
  if (is_grid(a[0])) return partition_grid(a[0].tuple(), false);
  return partition_generic(a[0], false);
}

Value k_fgpartition(const Value* a) {
  if (is_grid(a[0])) return partition_grid(a[0].tuple(), true);
  return partition_generic(a[0], true);
}

Value k_occurrences(const Value* a) {
  if (is_grid(a[0]) && is_cells(a[1])) return occurrences_grid(a[0].tuple(), a[1]);
  return occurrences_generic(a[0], a[1]);
}

Value k_frontiers(const Value* a) {
  if (is_grid(a[0])) return frontiers_grid(a[0].tuple());
  return frontiers_generic(a[0]);
}

}  // namespace arcjit::kernels
