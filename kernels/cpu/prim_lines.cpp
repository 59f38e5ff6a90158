// Neighbourhoods, lines, boxes and relations between patches: dneighbors ineighbors neighbors
// hmatching vmatching manhattan adjacent bordering position connect shoot vfrontier hfrontier
// backdrop delta inbox outbox box gravitate.
//
// Fast paths for Cells / Indices patches and int points; generic paths follow dsl.py's
// evaluation order over pyops. Sets built from ranges are size-checked before anything is
// allocated, so a far-flung patch raises ResourceLimit instead of exhausting memory.
#include <algorithm>
#include <tuple>
#include <unordered_set>

#include "kernels/cpu/kernels.h"
#include "kernels/cpu/patch_view.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

namespace {

using geom::Bounds;
using geom::bounds_of;
using geom::is_fast_patch;
using geom::is_packed_patch;
using geom::Membership;
using geom::Points;
using geom::small_bounds;

const Value kOne = Value::integer(1);
const Value kZero = Value::integer(0);

int64_t max_container() { return lane_budget().limits.max_container; }

// Raises ResourceLimit when a set of n elements could not be built.
void guard_size(uint64_t n) {
  if (n > uint64_t(max_container())) raise(ErrKind::ResourceLimit);
}

// len(range(start, stop)), exact for any int64 bounds.
uint64_t range_len(int64_t start, int64_t stop) {
  return stop > start ? uint64_t(stop) - uint64_t(start) : 0;
}

// Raises ResourceLimit when rows * cols elements could not be built (without overflowing).
void guard_area(uint64_t rows, uint64_t cols) {
  guard_size(rows);
  guard_size(cols);
  if (rows != 0 && cols > uint64_t(max_container()) / rows) raise(ErrKind::ResourceLimit);
}

// min(a, b) and max(a, b) of two arguments: the second replaces the first only when strictly
// smaller (larger), so equal values keep the first (True before 1).
Value min2(const Value& a, const Value& b) { return py_cmp(b, a, CmpOp::LT) ? b : a; }
Value max2(const Value& a, const Value& b) { return py_cmp(b, a, CmpOp::GT) ? b : a; }

// A set of pairs: make_indices when every coordinate is a plain int, else the generic set
// (bools survive as elements, as in the reference), first occurrence kept.
Value pairs_set(std::vector<std::pair<Value, Value>> pairs) {
  bool plain = true;
  for (const auto& [x, y] : pairs) plain = plain && x.tag() == Tag::Int && y.tag() == Tag::Int;
  if (plain) {
    std::vector<Idx> idx;
    idx.reserve(pairs.size());
    for (const auto& [x, y] : pairs) idx.push_back({x.i(), y.i()});
    return make_indices(std::move(idx));
  }
  std::vector<Value> items;
  items.reserve(pairs.size());
  for (const auto& [x, y] : pairs) items.push_back(make_pair(x, y));
  return make_set(std::move(items));
}

// The 4 points of dneighbors (diagonal = false) or ineighbors (true) of plain int (i, j).
void neighbours_fast(int64_t i, int64_t j, bool diagonal, std::vector<Idx>& out) {
  int64_t im = checked_add(i, -1), ip = checked_add(i, 1);
  int64_t jm = checked_add(j, -1), jp = checked_add(j, 1);
  if (diagonal) {
    out.insert(out.end(), {{im, jm}, {im, jp}, {ip, jm}, {ip, jp}});
  } else {
    out.insert(out.end(), {{im, j}, {ip, j}, {i, jm}, {i, jp}});
  }
}

bool int_point(const Value& loc) { return is_ints(loc) && loc.tuple().ints.size() >= 2; }

// The rows (cols = false) or columns of a fast patch, sorted and distinct.
std::vector<int64_t> lines_of(const Value& p, bool cols) {
  std::vector<int64_t> v;
  if (p.set().layout == SetLayout::Cells) {
    for (const Cell& c : cells_of(p)) v.push_back(cols ? c.j : c.i);
  } else {
    for (const Idx& x : indices_of(p)) v.push_back(cols ? x.j : x.i);
  }
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

bool sorted_intersect(const std::vector<int64_t>& a, const std::vector<int64_t>& b) {
  size_t x = 0, y = 0;
  while (x < a.size() && y < b.size()) {
    if (a[x] == b[y]) return true;
    if (a[x] < b[y])
      ++x;
    else
      ++y;
  }
  return false;
}

// Whether the rows (cols: columns) of both toindices share a value, by Python equality; all of
// a is unpacked, then all of b.
Value matching(const Value& a, const Value& b, bool cols) {
  if (is_fast_patch(a) && is_fast_patch(b))
    return Value::boolean(sorted_intersect(lines_of(a, cols), lines_of(b, cols)));
  std::unordered_set<Value, ValueHash, ValueEq> seen;
  Value ta = k_toindices(&a);
  for (const Value& e : py_iter(ta)) {
    auto [i, j] = py_unpack2(e);
    seen.insert(cols ? j : i);
  }
  Value tb = k_toindices(&b);
  bool hit = false;
  for (const Value& e : py_iter(tb)) {
    auto [i, j] = py_unpack2(e);
    hit = hit || seen.count(cols ? j : i) > 0;
  }
  return Value::boolean(hit);
}

// The distance between two patches of small coordinates, where the second is shifted by
// (oi, oj): the reference's double loop, without overflow checks (small_bounds leaves room).
int64_t min_distance(std::span<const Idx> a, std::span<const Idx> b, int64_t oi, int64_t oj) {
  int64_t best = INT64_MAX;
  for (const Idx& p : a) {
    int64_t pi = p.i + oi, pj = p.j + oj;
    for (const Idx& q : b) {
      int64_t d = (pi > q.i ? pi - q.i : q.i - pi) + (pj > q.j ? pj - q.j : q.j - pj);
      best = std::min(best, d);
    }
    if (best == 0) break;
  }
  return best;
}

// manhattan(a shifted by (oi, oj), b) == 1 for small coordinates: no location shared, and some
// location of the shifted a has a direct neighbour in b.
bool adjacent_fast(const Points& a, const Membership& b, int64_t oi, int64_t oj) {
  bool near = false;
  for (const Idx& p : a.pts()) {
    Idx s{p.i + oi, p.j + oj};
    if (b.contains(s)) return false;
    near = near || b.contains({s.i - 1, s.j}) || b.contains({s.i + 1, s.j}) ||
           b.contains({s.i, s.j - 1}) || b.contains({s.i, s.j + 1});
  }
  return near;
}

// The smallest city-block distance over all pairs, streamed in the reference's order.
// toindices(b) is evaluated inside the generator, once per element of toindices(a): an empty a
// gives ValueError without looking at b.
Value manhattan_generic(const Value& a, const Value& b) {
  Value ta = k_toindices(&a);
  // Both turned into packed indices (or empty): the same double loop over ints. The reference
  // charges len(b) per element of a; charged at once, the total and its limit are the same.
  if (is_indices(ta)) {
    auto pa = indices_of(ta);
    if (pa.empty()) raise(ErrKind::ValueError);
    Value tb = k_toindices(&b);
    if (is_indices(tb)) {
      auto pb = indices_of(tb);
      charge_work(int64_t(pa.size()) * int64_t(pb.size()));
      if (pb.empty()) raise(ErrKind::ValueError);
      if (ta.set().size() && tb.set().size() && small_bounds(bounds_of(ta)) &&
          small_bounds(bounds_of(tb)))
        return Value::integer(min_distance(pa, pb, 0, 0));
      int64_t best = INT64_MAX;
      for (const Idx& p : pa)
        for (const Idx& q : pb) {
          auto abs_of = [](int64_t x) {
            if (x == INT64_MIN) raise(ErrKind::ResourceLimit);  // as py_abs overflows
            return x < 0 ? -x : x;
          };
          int64_t d = checked_add(abs_of(checked_sub(p.i, q.i)), abs_of(checked_sub(p.j, q.j)));
          best = std::min(best, d);
        }
      return Value::integer(best);
    }
  }
  std::vector<Value> items_a = py_iter(ta);
  std::vector<Value> items_b;
  bool have_b = false;
  Value best;
  bool have = false;
  for (const Value& ea : items_a) {
    auto [ai, aj] = py_unpack2(ea);
    if (!have_b) {
      Value tb = k_toindices(&b);
      items_b = py_iter(tb);
      have_b = true;
    }
    charge_work(int64_t(items_b.size()));
    for (const Value& eb : items_b) {
      auto [bi, bj] = py_unpack2(eb);
      Value di = py_sub(ai, bi);
      Value adi = py_abs(di);
      Value dj = py_sub(aj, bj);
      Value adj = py_abs(dj);
      Value d = py_add(adi, adj);
      if (!have) {
        best = d;
        have = true;
      } else if (py_cmp(d, best, CmpOp::LT)) {
        best = d;
      }
    }
  }
  if (!have) raise(ErrKind::ValueError);
  return best;
}

// Both patches fast and non-empty, with coordinates small enough for unchecked arithmetic.
bool fast_pair(const Value& a, const Value& b) {
  return is_packed_patch(a) && is_packed_patch(b) && small_bounds(bounds_of(a)) &&
         small_bounds(bounds_of(b));
}

Value manhattan_of(const Value& a, const Value& b) {
  if (fast_pair(a, b)) {
    Points pa(a), pb(b);
    charge_work(int64_t(pa.size()) * int64_t(pb.size()));
    return Value::integer(min_distance(pa.pts(), pb.pts(), 0, 0));
  }
  return manhattan_generic(a, b);
}

bool adjacent_of(const Value& a, const Value& b) {
  if (fast_pair(a, b)) {
    Points pa(a), pb(b);
    charge_work(int64_t(pa.size()) * int64_t(pb.size()));
    return adjacent_fast(pa, Membership(pb.pts()), 0, 0);
  }
  return py_eq(manhattan_generic(a, b), kOne);
}

// The outline of the box with corners (si, sj) and (ei, ej): the left and right columns over
// rows si..ei, then the top and bottom rows over columns sj..ej, inclusive; the first of equal
// elements is kept, as the reference's set unions do. Every range is
// type-checked before any element is built.
Value outline(const Value& si, const Value& sj, const Value& ei, const Value& ej) {
  Value ei1 = py_add(ei, kOne);
  int64_t i0 = py_index(si), i1 = py_index(ei1);
  Value ej1 = py_add(ej, kOne);
  int64_t j0 = py_index(sj), j1 = py_index(ej1);
  uint64_t ni = range_len(i0, i1), nj = range_len(j0, j1);
  guard_size(ni);
  guard_size(nj);
  guard_size(2 * ni + 2 * nj);
  bool plain =
      si.tag() == Tag::Int && sj.tag() == Tag::Int && ei.tag() == Tag::Int && ej.tag() == Tag::Int;
  if (plain) {
    std::vector<Idx> idx;
    idx.reserve(size_t(2 * ni + 2 * nj));
    for (int64_t i = i0; i < i1; ++i) idx.push_back({i, j0});
    for (int64_t i = i0; i < i1; ++i) idx.push_back({i, ej.i()});
    for (int64_t j = j0; j < j1; ++j) idx.push_back({i0, j});
    for (int64_t j = j0; j < j1; ++j) idx.push_back({ei.i(), j});
    return make_indices(std::move(idx));
  }
  std::vector<std::pair<Value, Value>> pairs;
  for (int64_t i = i0; i < i1; ++i) pairs.emplace_back(Value::integer(i), sj);
  for (int64_t i = i0; i < i1; ++i) pairs.emplace_back(Value::integer(i), ej);
  for (int64_t j = j0; j < j1; ++j) pairs.emplace_back(si, Value::integer(j));
  for (int64_t j = j0; j < j1; ++j) pairs.emplace_back(ei, Value::integer(j));
  return pairs_set(std::move(pairs));
}

// inbox (grow = -1) and outbox (grow = 1): the outline of the bounds moved out by grow.
Value shifted_outline(const Value& patch, int64_t grow) {
  const Value g = Value::integer(grow);
  Value ai, aj, bi, bj;
  if (is_packed_patch(patch)) {
    Bounds b = bounds_of(patch);
    ai = Value::integer(checked_add(b.top, -grow));
    aj = Value::integer(checked_add(b.left, -grow));
    bi = Value::integer(checked_add(b.bottom, grow));
    bj = Value::integer(checked_add(b.right, grow));
  } else {
    Value up = k_uppermost(&patch);
    ai = py_sub(up, g);
    Value left = k_leftmost(&patch);
    aj = py_sub(left, g);
    Value low = k_lowermost(&patch);
    bi = py_add(low, g);
    Value right = k_rightmost(&patch);
    bj = py_add(right, g);
  }
  Value si = min2(ai, bi), sj = min2(aj, bj);
  Value ei = max2(ai, bi), ej = max2(aj, bj);
  return outline(si, sj, ei, ej);
}

// The rectangle rows [i0, i1) x cols [j0, j1), size-checked first.
std::vector<Idx> rectangle(int64_t i0, int64_t i1, int64_t j0, int64_t j1) {
  uint64_t rows = range_len(i0, i1), cols = range_len(j0, j1);
  guard_area(rows, cols);
  uint64_t n = rows * cols;
  std::vector<Idx> out;
  out.reserve(size_t(n));
  for (int64_t i = i0; i < i1; ++i)
    for (int64_t j = j0; j < j1; ++j) out.push_back({i, j});
  return out;
}

// A straight run of `count` points from (i0, j0) by steps (di, dj), size-checked first.
Value run(int64_t i0, int64_t j0, int64_t di, int64_t dj, uint64_t count) {
  guard_size(count);
  std::vector<Idx> out;
  out.reserve(size_t(count));
  for (int64_t k = 0; k < int64_t(count); ++k) out.push_back({i0 + k * di, j0 + k * dj});
  return make_indices(std::move(out));
}

}  // namespace

Value k_dneighbors(const Value* a) {
  const Value& loc = a[0];
  if (int_point(loc)) {
    std::vector<Idx> out;
    neighbours_fast(loc.tuple().ints[0], loc.tuple().ints[1], false, out);
    return make_indices(std::move(out));
  }
  Value l0 = py_at(loc, 0);
  Value up = py_sub(l0, kOne);
  Value l1 = py_at(loc, 1);
  Value down = py_add(l0, kOne);
  Value left = py_sub(l1, kOne);
  Value right = py_add(l1, kOne);
  return pairs_set({{up, l1}, {down, l1}, {l0, left}, {l0, right}});
}

Value k_ineighbors(const Value* a) {
  const Value& loc = a[0];
  if (int_point(loc)) {
    std::vector<Idx> out;
    neighbours_fast(loc.tuple().ints[0], loc.tuple().ints[1], true, out);
    return make_indices(std::move(out));
  }
  Value l0 = py_at(loc, 0);
  Value up = py_sub(l0, kOne);
  Value l1 = py_at(loc, 1);
  Value left = py_sub(l1, kOne);
  Value right = py_add(l1, kOne);
  Value down = py_add(l0, kOne);
  return pairs_set({{up, left}, {up, right}, {down, left}, {down, right}});
}

Value k_neighbors(const Value* a) {
  const Value& loc = a[0];
  if (int_point(loc)) {
    std::vector<Idx> out;
    neighbours_fast(loc.tuple().ints[0], loc.tuple().ints[1], false, out);
    neighbours_fast(loc.tuple().ints[0], loc.tuple().ints[1], true, out);
    return make_indices(std::move(out));
  }
  Value d = k_dneighbors(a);
  Value i = k_ineighbors(a);
  std::vector<Value> items = py_iter(d);
  for (Value& e : py_iter(i)) items.push_back(std::move(e));
  return make_set(std::move(items));
}

Value k_hmatching(const Value* a) { return matching(a[0], a[1], false); }
Value k_vmatching(const Value* a) { return matching(a[0], a[1], true); }

Value k_manhattan(const Value* a) { return manhattan_of(a[0], a[1]); }
Value k_adjacent(const Value* a) { return Value::boolean(adjacent_of(a[0], a[1])); }

Value k_bordering(const Value* a) {
  const Value& patch = a[0];
  const Value& grid = a[1];
  Value up, left, low, right;
  if (is_packed_patch(patch)) {
    Bounds b = bounds_of(patch);
    up = Value::integer(b.top);
    left = Value::integer(b.left);
    low = Value::integer(b.bottom);
    right = Value::integer(b.right);
  }
  // `or` short-circuits: the grid is only looked at when the top and left tests fail.
  if (up.is_none()) up = k_uppermost(&patch);
  if (py_eq(up, kZero)) return Value::boolean(true);
  if (left.is_none()) left = k_leftmost(&patch);
  if (py_eq(left, kZero)) return Value::boolean(true);
  if (low.is_none()) low = k_lowermost(&patch);
  int64_t h = py_len(grid);
  if (py_eq(low, Value::integer(h - 1))) return Value::boolean(true);
  if (right.is_none()) right = k_rightmost(&patch);
  int64_t w;
  if (is_grid(grid)) {
    w = grid.tuple().w;
  } else {
    Value row = py_at(grid, 0);
    w = py_len(row);
  }
  return Value::boolean(py_eq(right, Value::integer(w - 1)));
}

Value k_position(const Value* a) {
  Value ia, ja, ib, jb;
  if (is_packed_patch(a[0]) && is_packed_patch(a[1])) {
    Value ca = k_center(&a[0]);
    Value cb = k_center(&a[1]);
    ia = Value::integer(ca.tuple().ints[0]);
    ja = Value::integer(ca.tuple().ints[1]);
    ib = Value::integer(cb.tuple().ints[0]);
    jb = Value::integer(cb.tuple().ints[1]);
  } else {
    Value ta = k_toindices(&a[0]);
    Value ca = k_center(&ta);
    std::tie(ia, ja) = py_unpack2(ca);
    Value tb = k_toindices(&a[1]);
    Value cb = k_center(&tb);
    std::tie(ib, jb) = py_unpack2(cb);
  }
  auto sign_lt = [](const Value& x, const Value& y) {
    return Value::integer(py_cmp(x, y, CmpOp::LT) ? 1 : -1);
  };
  if (py_eq(ia, ib)) return make_pair(kZero, sign_lt(ja, jb));
  if (py_eq(ja, jb)) return make_pair(sign_lt(ia, ib), kZero);
  if (py_cmp(ia, ib, CmpOp::LT)) return make_pair(kOne, sign_lt(ja, jb));
  if (py_cmp(ia, ib, CmpOp::GT)) return make_pair(Value::integer(-1), sign_lt(ja, jb));
  return Value::none();  // the reference has no final else (not reachable for ints)
}

Value k_connect(const Value* a) {
  auto [ai, aj] = py_unpack2(a[0]);
  auto [bi, bj] = py_unpack2(a[1]);
  Value si = min2(ai, bi);
  Value mi = max2(ai, bi);
  Value ei = py_add(mi, kOne);
  Value sj = min2(aj, bj);
  Value mj = max2(aj, bj);
  Value ej = py_add(mj, kOne);
  // From here all eight values are ints or bools: adding 1 to both maxima succeeded.
  if (py_eq(ai, bi)) {
    int64_t j0 = py_index(sj), j1 = py_index(ej);
    uint64_t n = range_len(j0, j1);
    guard_size(n);
    if (ai.tag() == Tag::Int) return run(ai.i(), j0, 0, 1, n);
    std::vector<std::pair<Value, Value>> pairs;
    for (int64_t j = j0; j < j1; ++j) pairs.emplace_back(ai, Value::integer(j));
    return pairs_set(std::move(pairs));
  }
  if (py_eq(aj, bj)) {
    int64_t i0 = py_index(si), i1 = py_index(ei);
    uint64_t n = range_len(i0, i1);
    guard_size(n);
    if (aj.tag() == Tag::Int) return run(i0, aj.i(), 1, 0, n);
    std::vector<std::pair<Value, Value>> pairs;
    for (int64_t i = i0; i < i1; ++i) pairs.emplace_back(Value::integer(i), aj);
    return pairs_set(std::move(pairs));
  }
  Value di = py_sub(bi, ai);
  Value dj = py_sub(bj, aj);
  int64_t i0 = py_index(si), i1 = py_index(ei);
  int64_t j0 = py_index(sj), j1 = py_index(ej);
  // zip of two ranges stops at the shorter one.
  uint64_t n = std::min(range_len(i0, i1), range_len(j0, j1));
  if (py_eq(di, dj)) return run(i0, j0, 1, 1, n);
  Value di2 = py_sub(bi, ai);
  Value dj2 = py_sub(aj, bj);
  if (py_eq(di2, dj2)) return run(i0, j1 - 1, 1, -1, n);  // columns descend from the last
  return empty_set();
}

Value k_shoot(const Value* a) {
  const Value& start = a[0];
  const Value& dir = a[1];
  const Value k42 = Value::integer(42);
  Value s0 = py_at(start, 0);
  Value d0 = py_at(dir, 0);
  Value m0 = py_mul(k42, d0);  // 42 * a tuple repeats it, as in Python
  Value e0 = py_add(s0, m0);
  Value s1 = py_at(start, 1);
  Value d1 = py_at(dir, 1);
  Value m1 = py_mul(k42, d1);
  Value e1 = py_add(s1, m1);
  return kcall(k_connect, start, make_pair(e0, e1));
}

Value k_vfrontier(const Value* a) {
  Value j = py_at(a[0], 1);
  if (j.tag() == Tag::Int) return run(0, j.i(), 1, 0, 30);
  std::vector<std::pair<Value, Value>> pairs;
  for (int64_t i = 0; i < 30; ++i) pairs.emplace_back(Value::integer(i), j);
  return pairs_set(std::move(pairs));
}

Value k_hfrontier(const Value* a) {
  Value i = py_at(a[0], 0);
  if (i.tag() == Tag::Int) return run(i.i(), 0, 0, 1, 30);
  std::vector<std::pair<Value, Value>> pairs;
  for (int64_t j = 0; j < 30; ++j) pairs.emplace_back(i, Value::integer(j));
  return pairs_set(std::move(pairs));
}

Value k_backdrop(const Value* a) {
  const Value& patch = a[0];
  if (py_len(patch) == 0) return empty_set();
  if (is_fast_patch(patch)) {
    Bounds b = bounds_of(patch);
    int64_t i1 = checked_add(b.bottom, 1), j1 = checked_add(b.right, 1);
    return make_indices(rectangle(b.top, i1, b.left, j1));
  }
  Value ind = k_toindices(&patch);
  Value ul = k_ulcorner(&ind);
  auto [si, sj] = py_unpack2(ul);
  Value lr = k_lrcorner(&patch);
  auto [ei, ej] = py_unpack2(lr);
  Value ei1 = py_add(ei, kOne);
  int64_t i0 = py_index(si), i1 = py_index(ei1);
  if (i0 >= i1) return empty_set();  // the inner range is never evaluated
  Value ej1 = py_add(ej, kOne);
  int64_t j0 = py_index(sj), j1 = py_index(ej1);
  return make_indices(rectangle(i0, i1, j0, j1));
}

Value k_delta(const Value* a) {
  const Value& patch = a[0];
  if (py_len(patch) == 0) return empty_set();
  if (is_fast_patch(patch)) {
    Bounds b = bounds_of(patch);
    int64_t i1 = checked_add(b.bottom, 1), j1 = checked_add(b.right, 1);
    uint64_t rows = range_len(b.top, i1), cols = range_len(b.left, j1);
    guard_area(rows, cols);
    // Mark the patch's locations in a bitmap of its bounding box, then emit the rest in order.
    std::vector<char> inside(size_t(rows * cols), 0);
    auto mark = [&](int64_t i, int64_t j) {
      inside[size_t((i - b.top) * int64_t(cols) + (j - b.left))] = 1;
    };
    if (patch.set().layout == SetLayout::Cells) {
      for (const Cell& c : cells_of(patch)) mark(c.i, c.j);
    } else {
      for (const Idx& x : indices_of(patch)) mark(x.i, x.j);
    }
    std::vector<Idx> out;
    for (int64_t r = 0; r < int64_t(rows); ++r)
      for (int64_t c = 0; c < int64_t(cols); ++c)
        if (!inside[size_t(r * int64_t(cols) + c)]) out.push_back({b.top + r, b.left + c});
    return make_indices(std::move(out));
  }
  Value bd = k_backdrop(&patch);
  Value ind = k_toindices(&patch);
  if (!ind.is_set()) raise(ErrKind::TypeError);  // frozenset - tuple
  std::vector<Value> out;
  for (Value& e : py_iter(bd))
    if (!py_contains(ind, e)) out.push_back(std::move(e));
  return make_set(std::move(out));
}

Value k_inbox(const Value* a) { return shifted_outline(a[0], -1); }
Value k_outbox(const Value* a) { return shifted_outline(a[0], 1); }

Value k_box(const Value* a) {
  const Value& patch = a[0];
  if (py_len(patch) == 0) return patch;
  if (is_fast_patch(patch)) {
    Bounds b = bounds_of(patch);
    return outline(Value::integer(b.top), Value::integer(b.left), Value::integer(b.bottom),
                   Value::integer(b.right));
  }
  Value ul = k_ulcorner(&patch);
  auto [ai, aj] = py_unpack2(ul);
  Value lr = k_lrcorner(&patch);
  auto [bi, bj] = py_unpack2(lr);
  Value si = min2(ai, bi), sj = min2(aj, bj);
  Value ei = max2(ai, bi), ej = max2(aj, bj);
  return outline(si, sj, ei, ej);
}

Value k_gravitate(const Value* a) {
  const Value& dest = a[1];
  Value source = a[0];
  if (fast_pair(source, dest)) {
    // Same steps on the typed views: the source is never rebuilt, only offset.
    Value cs = k_center(&source);
    Value cd = k_center(&dest);
    int64_t i = 0, j = 0;
    if (matching(source, dest, true).i())
      i = cs.tuple().ints[0] < cd.tuple().ints[0] ? 1 : -1;
    else
      j = cs.tuple().ints[1] < cd.tuple().ints[1] ? 1 : -1;
    Points ps(source), pd(dest);
    Membership in_dest(pd.pts());
    int64_t work = int64_t(ps.size()) * int64_t(pd.size());
    int64_t c = 0;
    while (true) {
      charge_work(work);
      if (adjacent_fast(ps, in_dest, c * i, c * j) || c >= 42) break;
      ++c;
    }
    return make_point(c * i, c * j);
  }
  Value cs = k_center(&source);
  auto [si, sj] = py_unpack2(cs);
  Value cd = k_center(&dest);
  auto [di, dj] = py_unpack2(cd);
  int64_t i = 0, j = 0;
  if (kcall(k_vmatching, source, dest).i())
    i = py_cmp(si, di, CmpOp::LT) ? 1 : -1;
  else
    j = py_cmp(sj, dj, CmpOp::LT) ? 1 : -1;
  int64_t gi = i, gj = j;
  const Value step = make_point(i, j);
  for (int64_t c = 0; !adjacent_of(source, dest) && c < 42; ++c) {
    gi += i;
    gj += j;
    source = kcall(k_shift, source, step);
  }
  return make_point(gi - i, gj - j);
}

}  // namespace arcjit::kernels
