// The columnar entries: the arithmetic, comparison and small-tuple primitives on ints, bools,
// points and cells (dsl.py's meaning: `isinstance(x, int)` takes bools; a tuple operand uses its
// [0] and [1]; a new pair costs its two elements), and the tests of small packed patches
// (manhattan, matching, lines, colour). Overflow, zero divisors and every other shape are
// declined: the reference kernel raises or computes those. Then the dense passes, over whole
// columns of one shape.
#include "kernels/cpu/columnar.h"

#include <algorithm>
#include <array>
#include <cstdlib>

#include "kernels/cpu/patch_view.h"
#include "runtime/canon.h"

namespace arcjit {

namespace {

using kernels::geom::Bounds;
using kernels::geom::bounds_of;
using kernels::geom::is_packed_patch;
using kernels::geom::small_bounds;

// An op on two ints: the result, an error the reference raises too (ZeroDivisionError), or
// decline (overflow: the reference raises ResourceLimit).
enum class IntOp { Ok, Err, Decline };

// Python's floor division.
IntOp floordiv(int64_t a, int64_t b, int64_t& r, ErrKind& e) {
  if (b == 0) return e = ErrKind::ZeroDivisionError, IntOp::Err;
  if (a == INT64_MIN && b == -1) return IntOp::Decline;
  r = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --r;
  return IntOp::Ok;
}

// dsl.py's shape for add/subtract/multiply/divide, over ints and tuples of ints:
//   int op int | (a[0] op b[0], a[1] op b[1]) | (a op b[0], a op b[1]) | (a[0] op b, a[1] op b)
// evaluated in Python's order, so a short tuple raises IndexError where Python does.
template <class F>
bool numeric2(const ColIn* in, ColOut& out, F f) {
  const ColIn &a = in[0], &b = in[1];
  int64_t r[2];
  ErrKind e{};
  if (a.is_int() && b.is_int()) {
    switch (f(a.a, b.a, r[0], e)) {
      case IntOp::Ok:
        out.set_int(r[0]);
        return true;
      case IntOp::Err:
        out.set_err(e);
        return true;
      case IntOp::Decline:
        return false;
    }
  }
  int64_t ab[2], bb[2];
  const int64_t *pa = nullptr, *pb = nullptr;
  size_t na = 0, nb = 0;
  const bool ta = a.int_tuple(pa, na, ab), tb = b.int_tuple(pb, nb, bb);
  if (!(ta && tb) && !(a.is_int() && tb) && !(ta && b.is_int())) return false;
  for (size_t k = 0; k < 2; ++k) {
    if (ta && na <= k) return out.set_err(ErrKind::IndexError), true;
    if (tb && nb <= k) return out.set_err(ErrKind::IndexError), true;
    switch (f(ta ? pa[k] : a.a, tb ? pb[k] : b.a, r[k], e)) {
      case IntOp::Ok:
        break;
      case IntOp::Err:
        return out.set_err(e), true;
      case IntOp::Decline:
        return false;
    }
  }
  out.set_point(r[0], r[1]);
  return true;
}

// `f(n) if isinstance(n, int) else (f(n[0]), f(n[1]))`.
template <class F>
bool numeric1(const ColIn* in, ColOut& out, F f) {
  int64_t r[2], buf[2];
  if (in[0].is_int()) {
    if (!f(in[0].a, r[0])) return false;
    out.set_int(r[0]);
    return true;
  }
  const int64_t* p = nullptr;
  size_t n = 0;
  if (!in[0].int_tuple(p, n, buf)) return false;
  for (size_t k = 0; k < 2; ++k) {
    if (n <= k) return out.set_err(ErrKind::IndexError), true;
    if (!f(p[k], r[k])) return false;
  }
  out.set_point(r[0], r[1]);
  return true;
}

IntOp checked(bool overflow) { return overflow ? IntOp::Decline : IntOp::Ok; }

// The int cases, shared by the entries and the dense passes; the arithmetic ones return whether
// the result overflowed.
bool add_overflows(int64_t x, int64_t y, int64_t& r) { return __builtin_add_overflow(x, y, &r); }
bool sub_overflows(int64_t x, int64_t y, int64_t& r) { return __builtin_sub_overflow(x, y, &r); }
bool mul_overflows(int64_t x, int64_t y, int64_t& r) { return __builtin_mul_overflow(x, y, &r); }
int64_t sign_of(int64_t x) { return x == 0 ? 0 : (x > 0 ? 1 : -1); }
// (i0, j0) > (i1, j1), as Python compares tuples.
bool point_greater(int64_t i0, int64_t j0, int64_t i1, int64_t j1) {
  return i0 != i1 ? i0 > i1 : j0 > j1;
}

bool k_add(const ColIn* in, ColOut& out) {
  return numeric2(in, out, [](int64_t x, int64_t y, int64_t& r, ErrKind&) {
    return checked(add_overflows(x, y, r));
  });
}
bool k_subtract(const ColIn* in, ColOut& out) {
  return numeric2(in, out, [](int64_t x, int64_t y, int64_t& r, ErrKind&) {
    return checked(sub_overflows(x, y, r));
  });
}
bool k_multiply(const ColIn* in, ColOut& out) {
  return numeric2(in, out, [](int64_t x, int64_t y, int64_t& r, ErrKind&) {
    return checked(mul_overflows(x, y, r));
  });
}
bool k_divide(const ColIn* in, ColOut& out) { return numeric2(in, out, floordiv); }
bool k_invert(const ColIn* in, ColOut& out) {
  return numeric1(in, out, [](int64_t x, int64_t& r) {
    if (x == INT64_MIN) return false;
    r = -x;
    return true;
  });
}
bool k_double(const ColIn* in, ColOut& out) {
  return numeric1(in, out, [](int64_t x, int64_t& r) { return !__builtin_mul_overflow(x, 2, &r); });
}
bool k_halve(const ColIn* in, ColOut& out) {
  return numeric1(in, out, [](int64_t x, int64_t& r) {
    ErrKind e;
    return floordiv(x, 2, r, e) == IntOp::Ok;
  });
}
bool k_increment(const ColIn* in, ColOut& out) {
  return numeric1(in, out, [](int64_t x, int64_t& r) { return !__builtin_add_overflow(x, 1, &r); });
}
bool k_decrement(const ColIn* in, ColOut& out) {
  return numeric1(in, out, [](int64_t x, int64_t& r) { return !__builtin_sub_overflow(x, 1, &r); });
}
bool k_crement(const ColIn* in, ColOut& out) {
  return numeric1(in, out, [](int64_t x, int64_t& r) {
    if (x == 0) return r = 0, true;
    return x > 0 ? !__builtin_add_overflow(x, 1, &r) : !__builtin_sub_overflow(x, 1, &r);
  });
}
bool k_sign(const ColIn* in, ColOut& out) {
  return numeric1(in, out, [](int64_t x, int64_t& r) {
    r = sign_of(x);
    return true;
  });
}

bool k_even(const ColIn* in, ColOut& out) {
  if (!in[0].is_int()) return false;
  out.set_bool(in[0].a % 2 == 0);
  return true;
}
bool k_positive(const ColIn* in, ColOut& out) {
  if (!in[0].is_int()) return false;
  out.set_bool(in[0].a > 0);
  return true;
}
bool k_flip(const ColIn* in, ColOut& out) {
  if (in[0].s != Slot::Bool) return false;
  out.set_bool(in[0].a == 0);
  return true;
}

// a > b on ints, or on two points (tuples compare lexicographically).
bool k_greater(const ColIn* in, ColOut& out) {
  int64_t i0, j0, i1, j1;
  if (in[0].is_int() && in[1].is_int()) {
    out.set_bool(in[0].a > in[1].a);
    return true;
  }
  if (in[0].point(i0, j0) && in[1].point(i1, j1)) {
    out.set_bool(point_greater(i0, j0, i1, j1));
    return true;
  }
  return false;
}

// a == b: ints with ints (True == 1), points with points, cells with cells; an int never equals
// a container or a function.
bool k_equality(const ColIn* in, ColOut& out) {
  const ColIn &a = in[0], &b = in[1];
  int64_t i0, j0, i1, j1;
  if (a.is_int() || b.is_int()) {
    const ColIn& o = a.is_int() ? b : a;
    if (o.is_int()) {
      out.set_bool(a.a == b.a);
      return true;
    }
    if (o.s == Slot::Point || o.s == Slot::Cell || (o.s == Slot::Boxed && !o.v->is_none())) {
      out.set_bool(false);
      return true;
    }
    return false;
  }
  if (a.point(i0, j0) && b.point(i1, j1)) {
    out.set_bool(i0 == i1 && j0 == j1);
    return true;
  }
  if (a.s == Slot::Cell && b.s == Slot::Cell) {
    out.set_bool(a.a == b.a && a.b == b.b && a.c == b.c);
    return true;
  }
  // Two boxed values (an object against the one argmin picked): the reference's own test, the
  // same object at once.
  if (a.s == Slot::Boxed && b.s == Slot::Boxed) {
    out.set_bool(py_eq(*a.v, *b.v));
    return true;
  }
  return false;
}

bool k_both(const ColIn* in, ColOut& out) {
  if (in[0].s != Slot::Bool || in[1].s != Slot::Bool) return false;
  out.set_bool(in[0].a && in[1].a);
  return true;
}
bool k_either(const ColIn* in, ColOut& out) {
  if (in[0].s != Slot::Bool || in[1].s != Slot::Bool) return false;
  out.set_bool(in[0].a || in[1].a);
  return true;
}

// first(c) = next(iter(c)) and last(c) = max(enumerate(c))[1]: the element, read where it
// lies (a point's ints, a cell's colour and (i, j), a packed set's element unboxed); an empty
// container raises StopIteration / ValueError, a non-container TypeError, as the reference.
bool first_or_last(const ColIn& x, ColOut& out, bool first) {
  int64_t i, j;
  if (x.s == Slot::Cell) {
    if (first)
      out.set_int(x.a);
    else
      out.s = Slot::Point, out.a = x.b, out.b = x.c;  // the cell's existing (i, j)
    return true;
  }
  if (x.point(i, j)) {
    out.set_int(first ? i : j);
    return true;
  }
  if (x.is_int()) return out.set_err(ErrKind::TypeError), true;
  if (x.s != Slot::Boxed) return false;
  const Value& c = *x.v;
  if (c.is_tuple()) {
    const int64_t n = c.tuple().size();
    if (n == 0) return out.set_err(first ? ErrKind::StopIteration : ErrKind::ValueError), true;
    out.set_value(c.tuple().at(first ? 0 : n - 1));
    return true;
  }
  if (!c.is_set()) return false;
  const SetObj& st = c.set();
  if (st.has_none) return false;
  const int64_t n = st.size();
  if (n == 0) return out.set_err(first ? ErrKind::StopIteration : ErrKind::ValueError), true;
  const int64_t k = first ? 0 : n - 1;
  if (st.layout == SetLayout::Indices) {
    out.s = Slot::Point, out.a = st.idx[size_t(k)].i, out.b = st.idx[size_t(k)].j;
  } else if (st.layout == SetLayout::Cells) {
    const Cell& cell = st.cells[size_t(k)];
    out.s = Slot::Cell, out.a = cell.c, out.b = cell.i, out.c = cell.j;
  } else {
    out.set_value(st.items[size_t(k)]);
  }
  return true;
}
bool k_first(const ColIn* in, ColOut& out) { return first_or_last(in[0], out, true); }
bool k_last(const ColIn* in, ColOut& out) { return first_or_last(in[0], out, false); }

// An empty tuple or frozenset.
bool empty_container(const ColIn& x) {
  if (x.s != Slot::Boxed) return false;
  const Value& c = *x.v;
  return (c.is_tuple() && c.tuple().size() == 0) || (c.is_set() && c.set().size() == 0);
}

// uppermost and its kin: min/max over toindices(patch), a ValueError for an empty patch.
bool k_extreme_of_empty(const ColIn* in, ColOut& out) {
  if (!empty_container(in[0])) return false;
  out.set_err(ErrKind::ValueError);
  return true;
}

// toindices of a packed patch of at most kMax distinct locations, with coordinates small enough
// for unchecked arithmetic, in canonical order.
template <size_t kMax>
bool few_locations(const ColIn& x, std::array<Idx, kMax>& buf, size_t& n) {
  if (x.s != Slot::Boxed || !x.v->is_set()) return false;
  const SetObj& s = x.v->set();
  if (s.size() == 0 || size_t(s.size()) > kMax) return false;
  constexpr int64_t kSmall = int64_t(1) << 40;
  auto small = [&](const Idx& p) {
    return p.i > -kSmall && p.i < kSmall && p.j > -kSmall && p.j < kSmall;
  };
  n = 0;
  if (s.layout == SetLayout::Indices) {
    for (const Idx& p : s.idx) buf[n++] = p;
  } else if (s.layout == SetLayout::Cells) {
    // Cells of several colours may share a location: toindices keeps it once.
    for (const Cell& c : s.cells) buf[n++] = Idx{c.i, c.j};
    std::sort(buf.begin(), buf.begin() + long(n));
    n = size_t(std::unique(buf.begin(), buf.begin() + long(n)) - buf.begin());
  } else {
    return false;
  }
  return std::all_of(buf.begin(), buf.begin() + long(n), small);
}

// manhattan(a, b): min over the pairs, b read only once a yields a cell, so an empty a is a
// ValueError whatever b is. Two small packed patches (initset of a cell or a point, say): the
// reference's double loop, charging |a| * |b| work as it does.
bool k_manhattan(const ColIn* in, ColOut& out) {
  if (empty_container(in[0])) {
    out.set_err(ErrKind::ValueError);
    return true;
  }
  std::array<Idx, 8> a, b;
  size_t na, nb;
  if (!few_locations(in[0], a, na) || !few_locations(in[1], b, nb)) return false;
  int64_t best = INT64_MAX;
  for (size_t x = 0; x < na; ++x)
    for (size_t y = 0; y < nb; ++y)
      best = std::min(best, std::abs(a[x].i - b[y].i) + std::abs(a[x].j - b[y].j));
  out.cost.work += int64_t(na * nb);
  out.set_int(best);
  return true;
}

// connect(a, b) of two points, as k_connect computes it: the run along their shared row, else
// their shared column, else their diagonal or anti-diagonal (zip of the two ranges, as long as
// the shorter), else the empty set. Runs of more than 64 locations (or coordinates near the int
// limits) are left to the reference kernel, which guards the size.
bool k_connect(const ColIn* in, ColOut& out) {
  int64_t ai, aj, bi, bj;
  if (!in[0].point(ai, aj) || !in[1].point(bi, bj)) return false;
  constexpr int64_t kFar = int64_t(1) << 40;
  for (int64_t v : {ai, aj, bi, bj})
    if (v > kFar || v < -kFar) return false;
  const int64_t si = std::min(ai, bi), mi = std::max(ai, bi);
  const int64_t sj = std::min(aj, bj), mj = std::max(aj, bj);
  int64_t i0 = si, j0 = sj, di = 1, dj = 1, n;
  if (ai == bi) {
    i0 = ai, di = 0, n = mj - sj + 1;
  } else if (aj == bj) {
    j0 = aj, dj = 0, n = mi - si + 1;
  } else {
    n = std::min(mi - si + 1, mj - sj + 1);
    if (bi - ai == aj - bj) {
      j0 = mj, dj = -1;  // columns descend from the last
    } else if (bi - ai != bj - aj) {
      out.set_value(empty_set());
      return true;
    }
  }
  if (n > 64) return false;
  std::vector<Idx> line(static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) line[size_t(k)] = {i0 + k * di, j0 + k * dj};
  out.cost.elements += n;  // make_indices charges the run
  out.set_value(sorted_indices_uncharged(std::move(line)));
  return true;
}

// recolor(value, patch) of an empty patch: the empty frozenset, whatever the value (the
// generator over toindices(patch) never runs; most of a fold's connect lines are empty). Of a
// set of points and an int: its cells, in the points' order, charged as make_cells charges.
bool k_recolor(const ColIn* in, ColOut& out) {
  if (in[1].s != Slot::Boxed || !in[1].v->is_set()) return false;
  const SetObj& patch = in[1].v->set();
  if (patch.size() == 0) {
    out.set_value(empty_set());
    return true;
  }
  if (in[0].s != Slot::Int || patch.layout != SetLayout::Indices) return false;
  std::vector<Cell> cells;
  cells.reserve(patch.idx.size());
  for (const Idx& x : patch.idx) cells.push_back({in[0].a, x.i, x.j});
  out.cost.elements += int64_t(cells.size());
  out.set_value(sorted_cells_uncharged(std::move(cells)));
  return true;
}

// initset of a point or a cell: the packed singleton make_set builds, charged as it charges
// (the item, then the packed copy).
bool k_initset(const ColIn* in, ColOut& out) {
  int64_t i, j;
  if (in[0].point(i, j)) {
    out.set_value(sorted_indices_uncharged({{i, j}}));
  } else if (in[0].s == Slot::Cell) {
    out.set_value(sorted_cells_uncharged({{in[0].a, in[0].b, in[0].c}}));
  } else {
    return false;
  }
  out.cost.elements += 2;
  return true;
}

// A non-empty Cells or Indices set, boxed.
const Value* packed_patch(const ColIn& x) {
  if (x.s != Slot::Boxed || !is_packed_patch(*x.v)) return nullptr;
  return x.v;
}

// color(obj) = next(iter(obj))[0] of an object: its first cell's colour.
bool k_color(const ColIn* in, ColOut& out) {
  if (in[0].s != Slot::Boxed || !is_cells(*in[0].v) || in[0].v->set().size() == 0) return false;
  out.set_int(cells_of(*in[0].v)[0].c);
  return true;
}

// vline / hline of a packed patch: its extent along equals its size and across is 1, from its
// bounds, as the reference's fast path (which charges nothing).
bool line_test(const ColIn& x, ColOut& out, bool vertical) {
  const Value* p = packed_patch(x);
  if (!p) return false;
  const Bounds b = bounds_of(*p);
  if (!small_bounds(b)) return false;
  const int64_t h = b.bottom - b.top + 1, w = b.right - b.left + 1, n = p->set().size();
  out.set_bool(vertical ? (h == n && w == 1) : (w == n && h == 1));
  return true;
}
bool k_vline(const ColIn* in, ColOut& out) { return line_test(in[0], out, true); }
bool k_hline(const ColIn* in, ColOut& out) { return line_test(in[0], out, false); }

// hmatching / vmatching of two small packed patches: whether a row (column) of one is a row
// (column) of the other, as the reference's fast path (which charges nothing) finds it.
bool matching(const ColIn* in, ColOut& out, bool cols) {
  constexpr int64_t kMax = 16;
  const Value* a = packed_patch(in[0]);
  const Value* b = packed_patch(in[1]);
  if (!a || !b || a->set().size() > kMax || b->set().size() > kMax) return false;
  auto lines = [&](const Value& p, int64_t* v) {
    size_t n = 0;
    if (p.set().layout == SetLayout::Cells)
      for (const Cell& c : cells_of(p)) v[n++] = cols ? c.j : c.i;
    else
      for (const Idx& x : indices_of(p)) v[n++] = cols ? x.j : x.i;
    return n;
  };
  int64_t la[kMax], lb[kMax];
  const size_t na = lines(*a, la), nb = lines(*b, lb);
  bool hit = false;
  for (size_t x = 0; x < na && !hit; ++x)
    for (size_t y = 0; y < nb && !hit; ++y) hit = la[x] == lb[y];
  out.set_bool(hit);
  return true;
}
bool k_hmatching(const ColIn* in, ColOut& out) { return matching(in, out, false); }
bool k_vmatching(const ColIn* in, ColOut& out) { return matching(in, out, true); }

// (a, b) of two ints; bools make a tuple the reference stores generically.
bool k_astuple(const ColIn* in, ColOut& out) {
  if (in[0].s != Slot::Int || in[1].s != Slot::Int) return false;
  out.set_point(in[0].a, in[1].a);
  return true;
}
bool k_toivec(const ColIn* in, ColOut& out) {
  if (in[0].s != Slot::Int) return false;
  out.set_point(in[0].a, 0);
  return true;
}
bool k_tojvec(const ColIn* in, ColOut& out) {
  if (in[0].s != Slot::Int) return false;
  out.set_point(0, in[0].a);
  return true;
}

// max(point, default=0) / min(...).
bool k_maximum(const ColIn* in, ColOut& out) {
  int64_t i, j;
  if (!in[0].point(i, j)) return false;
  out.set_int(std::max(i, j));
  return true;
}
bool k_minimum(const ColIn* in, ColOut& out) {
  int64_t i, j;
  if (!in[0].point(i, j)) return false;
  out.set_int(std::min(i, j));
  return true;
}

// len(x) of a tuple or frozenset.
bool k_size(const ColIn* in, ColOut& out) {
  if (in[0].s == Slot::Point || in[0].s == Slot::Cell) {
    out.set_int(2);
    return true;
  }
  if (in[0].s != Slot::Boxed) return false;
  const Value& v = *in[0].v;
  if (v.is_tuple()) {
    out.set_int(v.tuple().size());
    return true;
  }
  if (v.is_set()) {
    out.set_int(v.set().size());
    return true;
  }
  return false;
}

std::array<ColumnarKernel, kNumOps> build_table() {
  std::array<ColumnarKernel, kNumOps> t{};
  t[size_t(Op::add)] = k_add;
  t[size_t(Op::subtract)] = k_subtract;
  t[size_t(Op::multiply)] = k_multiply;
  t[size_t(Op::divide)] = k_divide;
  t[size_t(Op::invert)] = k_invert;
  t[size_t(Op::double_)] = k_double;
  t[size_t(Op::halve)] = k_halve;
  t[size_t(Op::increment)] = k_increment;
  t[size_t(Op::decrement)] = k_decrement;
  t[size_t(Op::crement)] = k_crement;
  t[size_t(Op::sign)] = k_sign;
  t[size_t(Op::even)] = k_even;
  t[size_t(Op::positive)] = k_positive;
  t[size_t(Op::flip)] = k_flip;
  t[size_t(Op::greater)] = k_greater;
  t[size_t(Op::equality)] = k_equality;
  t[size_t(Op::both)] = k_both;
  t[size_t(Op::either)] = k_either;
  t[size_t(Op::first)] = k_first;
  t[size_t(Op::last)] = k_last;
  t[size_t(Op::astuple)] = k_astuple;
  t[size_t(Op::toivec)] = k_toivec;
  t[size_t(Op::tojvec)] = k_tojvec;
  t[size_t(Op::maximum)] = k_maximum;
  t[size_t(Op::minimum)] = k_minimum;
  t[size_t(Op::size)] = k_size;
  t[size_t(Op::uppermost)] = k_extreme_of_empty;
  t[size_t(Op::lowermost)] = k_extreme_of_empty;
  t[size_t(Op::leftmost)] = k_extreme_of_empty;
  t[size_t(Op::rightmost)] = k_extreme_of_empty;
  t[size_t(Op::manhattan)] = k_manhattan;
  t[size_t(Op::color)] = k_color;
  t[size_t(Op::vline)] = k_vline;
  t[size_t(Op::hline)] = k_hline;
  t[size_t(Op::hmatching)] = k_hmatching;
  t[size_t(Op::vmatching)] = k_vmatching;
  t[size_t(Op::center)] = k_extreme_of_empty;  // uppermost(patch) comes first
  t[size_t(Op::connect)] = k_connect;
  t[size_t(Op::recolor)] = k_recolor;
  t[size_t(Op::initset)] = k_initset;
  return t;
}

// One argument of a dense pass at one instance: an int, a point's (i, j) or a cell's colour, i
// and j; false where the instance it reads was not computed. The column's arrays are held in
// locals: the output's byte stores may alias anything, so fields read through the column were
// loaded again at every instance.
struct DenseRead {
  const uint8_t* tag = nullptr;  // null: the constant k
  const int64_t *a = nullptr, *b = nullptr, *c = nullptr;
  const uint32_t* proj = nullptr;
  uint8_t slot = 0;
  bool point = false, cell = false;
  int64_t k = 0;
  explicit DenseRead(const DenseArg& d) : point(d.point), cell(d.cell), k(d.k) {
    if (!d.col) return;
    tag = d.col->tags(), a = d.col->as(), b = d.col->bs(), c = d.col->cs();
    proj = d.proj;
    slot = uint8_t(d.point ? Slot::Point : (d.cell ? Slot::Cell : Slot::Int));
  }
  // A cell's colour, i and j in (i, j, *kk).
  bool at(uint32_t x, int64_t& i, int64_t& j, int64_t* kk = nullptr) const {
    if (!tag) return i = k, true;
    const uint32_t y = proj ? proj[x] : x;
    if (y == DenseArg::kNone || tag[y] != slot) return false;
    i = a[y];
    if (point || cell) j = b[y];
    if (cell && kk) *kk = c[y];
    return true;
  }
};

// The output of a dense pass: instances of a column fresh from reset(), written in place; the
// kinds written are recorded once at the end.
struct DenseWrite {
  Column& col;
  Column::Raw raw;
  bool costs;
  uint8_t kinds = 0;
  DenseWrite(Column& c, bool points, bool record_costs)
      : col(c), raw(c.raw(points)), costs(record_costs) {}
  ~DenseWrite() {
    for (Slot s : {Slot::Int, Slot::Bool, Slot::Point})
      if (kinds & (1u << unsigned(s))) col.written(s);
  }
  // Nothing built, nothing charged. Column::set_cost wants every instance's cost set, but once
  // the column is known to cost nothing so far (or holds an array, zero where unset), a zero is
  // implied: the pass sets none after that.
  bool zero_implied = false;
  void zero_cost(uint32_t x) {
    if (!costs || zero_implied) return;
    col.set_cost(x, Cost{});
    zero_implied = col.costs_nothing_so_far();
  }
  void put_int(uint32_t x, int64_t v) {
    raw.tag[x] = uint8_t(Slot::Int), raw.a[x] = v;
    kinds |= 1u << unsigned(Slot::Int);
    zero_cost(x);
  }
  void put_bool(uint32_t x, bool v) {
    raw.tag[x] = uint8_t(Slot::Bool), raw.a[x] = v ? 1 : 0;
    kinds |= 1u << unsigned(Slot::Bool);
    zero_cost(x);
  }
  // A new pair: two elements built, as set_point charges.
  void put_point(uint32_t x, int64_t i, int64_t j) {
    raw.tag[x] = uint8_t(Slot::Point), raw.a[x] = i, raw.b[x] = j;
    kinds |= 1u << unsigned(Slot::Point);
    if (costs) col.set_cost(x, Cost{0, 2});
  }
  // An existing pair (a cell's location): nothing built.
  void put_existing_point(uint32_t x, int64_t i, int64_t j) {
    raw.tag[x] = uint8_t(Slot::Point), raw.a[x] = i, raw.b[x] = j;
    kinds |= 1u << unsigned(Slot::Point);
    zero_cost(x);
  }
};

// numeric2's shapes with two-int tuples only: int op int, else per coordinate with an int
// operand used for both. f: one of the int cases, inlined.
template <class F>
size_t dense_numeric2(const DenseArg* args, const uint32_t* xs, size_t n, Column& out, bool costs,
                      uint32_t* declined, F f) {
  const DenseRead a{args[0]}, b{args[1]};
  const bool pa = args[0].point, pb = args[1].point;
  DenseWrite w(out, pa || pb, costs);
  size_t nd = 0;
  for (size_t t = 0; t < n; ++t) {
    const uint32_t x = xs ? xs[t] : uint32_t(t);
    int64_t ai, aj = 0, bi, bj = 0, ri, rj;
    if (!a.at(x, ai, aj) || !b.at(x, bi, bj)) {
      declined[nd++] = x;
      continue;
    }
    if (!pa && !pb) {
      if (f(ai, bi, ri)) {
        declined[nd++] = x;
        continue;
      }
      w.put_int(x, ri);
      continue;
    }
    if (f(ai, bi, ri) || f(pa ? aj : ai, pb ? bj : bi, rj)) {
      declined[nd++] = x;
      continue;
    }
    w.put_point(x, ri, rj);
  }
  return nd;
}

}  // namespace

bool has_dense_pass(Op op, const DenseArg* args, size_t nargs) {
  auto ints = [&](size_t k) { return k < nargs && !args[k].point && !args[k].cell; };
  auto points = [&](size_t k) { return k < nargs && args[k].point; };
  for (size_t k = 0; k < nargs; ++k)
    if (args[k].cell && op != Op::first && op != Op::last) return false;
  switch (op) {
    case Op::first:
    case Op::last:
      return nargs == 1 && args[0].col && !ints(0);
    case Op::add:
    case Op::subtract:
    case Op::multiply:
      return nargs == 2;
    case Op::sign:
      return nargs == 1;
    case Op::even:
      return nargs == 1 && ints(0);
    case Op::greater:
    case Op::equality:
      return nargs == 2 && ((ints(0) && ints(1)) || (points(0) && points(1)));
    default:
      return false;
  }
}

size_t dense_pass(Op op, const DenseArg* args, size_t nargs, const uint32_t* xs, size_t n,
                  Column& out, bool costs, uint32_t* declined) {
  switch (op) {
    case Op::add:
      return dense_numeric2(
          args, xs, n, out, costs, declined,
          [](int64_t x, int64_t y, int64_t& r) { return add_overflows(x, y, r); });
    case Op::subtract:
      return dense_numeric2(
          args, xs, n, out, costs, declined,
          [](int64_t x, int64_t y, int64_t& r) { return sub_overflows(x, y, r); });
    case Op::multiply:
      return dense_numeric2(
          args, xs, n, out, costs, declined,
          [](int64_t x, int64_t y, int64_t& r) { return mul_overflows(x, y, r); });
    default:
      break;
  }
  const DenseRead a{args[0]};
  const DenseRead b{nargs > 1 ? args[1] : DenseArg{}};  // a constant 0 when there is none
  const bool point = args[0].point;
  // sign of a point builds one; last of a cell gives its location
  DenseWrite w(out, (op == Op::sign && point) || (op == Op::last && args[0].cell), costs);
  size_t nd = 0;
  for (size_t t = 0; t < n; ++t) {
    const uint32_t x = xs ? xs[t] : uint32_t(t);
    int64_t ai, aj = 0, ak = 0, bi = 0, bj = 0;
    if (!a.at(x, ai, aj, &ak) || !b.at(x, bi, bj)) {
      declined[nd++] = x;
      continue;
    }
    switch (op) {
      case Op::sign:
        if (point)
          w.put_point(x, sign_of(ai), sign_of(aj));
        else
          w.put_int(x, sign_of(ai));
        break;
      case Op::even:
        w.put_bool(x, ai % 2 == 0);
        break;
      case Op::greater:
        w.put_bool(x, point ? point_greater(ai, aj, bi, bj) : ai > bi);
        break;
      case Op::equality:
        w.put_bool(x, ai == bi && (!point || aj == bj));
        break;
      // A point's i or j; a cell's colour or its existing (i, j), nothing built.
      case Op::first:
        w.put_int(x, ai);
        break;
      case Op::last:
        if (point)
          w.put_int(x, aj);
        else
          w.put_existing_point(x, aj, ak);
        break;
      default:
        declined[nd++] = x;
        break;
    }
  }
  return nd;
}

// A columnar kernel's result as a value (a point or a cell it made is a view: its cost says
// what it built).
Value out_value(ColOut&& o) {
  switch (o.s) {
    case Slot::Int:
      return Value::integer(o.a);
    case Slot::Bool:
      return Value::boolean(o.a != 0);
    case Slot::Point:
      return point_view(o.a, o.b);
    case Slot::Cell:
      return cell_view(o.a, o.b, o.c);
    case Slot::Err:
      return Value::error(ErrKind(o.a));
    case Slot::Boxed:
      return std::move(o.v);
    default:
      return Value();
  }
}

ColumnarKernel columnar_kernel(Op op) {
  static const std::array<ColumnarKernel, kNumOps> table = build_table();
  return table[size_t(op)];
}

}  // namespace arcjit
