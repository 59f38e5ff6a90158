// Every columnar kernel gives the reference kernel's answer, error kind and cost on each
// argument shape it accepts: ints, bools, extremes, points and cells (unboxed and boxed), int
// tuples of other lengths, tuples holding bools, sets and functions, in every combination.
#include <catch2/catch.hpp>

#include "kernels/cpu/call.h"
#include "kernels/cpu/columnar.h"
#include "runtime/canon.h"
#include "runtime/limits.h"
#include "runtime/value_repr.h"

using namespace arcjit;

namespace {

struct Arg {
  Value v;   // the generic value
  ColIn in;  // as the executor hands it to a columnar kernel
};

std::vector<Arg> pool() {
  std::vector<Value> values = {
      Value::integer(0),
      Value::integer(1),
      Value::integer(-3),
      Value::integer(7),
      Value::integer(INT64_MAX),
      Value::integer(INT64_MIN),
      Value::boolean(true),
      Value::boolean(false),
      make_ints({}),
      make_ints({4}),
      make_ints({2, -5}),
      make_ints({1, 2, 3}),
      make_ints({INT64_MAX, 1}),
      make_tuple({Value::boolean(true), Value::integer(2)}),
      make_tuple({Value::integer(1), make_ints({2, 3})}),
      make_indices({{0, 1}, {2, 2}}),
      make_cells({{3, 0, 1}, {5, 2, 2}}),
      // Small patches (manhattan's fast lane): singletons, a location held by two colours
      // (toindices keeps it once, and the work charged counts it once), coordinates too large
      // for it, and one location more than it takes.
      make_indices({{4, -2}}),
      make_cells({{1, 3, 3}}),
      make_cells({{1, 0, 0}, {2, 0, 0}, {4, 1, 3}}),
      make_indices({{int64_t(1) << 50, 0}}),
      make_indices({{0, 1}, {1, 1}, {2, 1}}),  // a vertical line
      make_cells({{2, 3, 0}, {2, 3, 1}}),      // a horizontal one
      make_indices({{0, 0}, {1, 1}}),          // as tall as long, but no line
      make_indices({{0, 0}, {0, 1}, {0, 2}, {1, 0}, {1, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}),
      make_set({make_ints({1, 2}), Value::integer(4)}),
      make_grid(2, 2, {1, 2, 3, 4}),
      empty_set(),
      prim_value(Op::size),
  };
  std::vector<Arg> out;
  for (const Value& v : values) {
    Arg a;
    a.v = v;
    if (v.tag() == Tag::Int)
      a.in.s = Slot::Int, a.in.a = v.i();
    else if (v.tag() == Tag::Bool)
      a.in.s = Slot::Bool, a.in.a = v.i();
    else
      a.in.s = Slot::Boxed;
    out.push_back(a);
  }
  // Unboxed points and cells, next to their boxed forms above and below.
  auto point = [&](int64_t i, int64_t j) {
    Arg a;
    a.v = make_ints({i, j});
    a.in.s = Slot::Point, a.in.a = i, a.in.b = j;
    out.push_back(a);
  };
  point(2, -5);
  point(0, 0);
  // connect's runs from (0, 0): a row, a column, a diagonal, an anti-diagonal; and one longer
  // than its fast lane takes.
  point(0, 4);
  point(3, 0);
  point(3, 3);
  point(2, -2);
  point(0, 100);
  point(INT64_MIN, 3);
  Arg cell;
  cell.v = make_tuple({Value::integer(3), make_ints({1, 4})});
  cell.in.s = Slot::Cell, cell.in.a = 3, cell.in.b = 1, cell.in.c = 4;
  out.push_back(cell);
  for (Arg& a : out)
    if (a.in.s == Slot::Boxed) a.in.v = &a.v;
  return out;
}

// Same value with the same Python type (True is not 1 here), or the same error kind.
bool same(const Value& a, const Value& b) {
  if (a.is_err() || b.is_err()) return a.is_err() && b.is_err() && a.err() == b.err();
  if (a.tag() != b.tag()) return false;
  return py_eq(a, b);
}

}  // namespace

TEST_CASE("columnar kernels agree with the reference kernels, costs included", "[columnar]") {
  const std::vector<Arg> args = pool();
  size_t handled = 0, compared = 0;
  for (int k = 0; k < kNumOps; ++k) {
    const Op op = Op(k);
    ColumnarKernel ck = columnar_kernel(op);
    if (!ck) continue;
    const int arity = op_info(op).arity;
    const size_t n = args.size();
    const size_t combos = arity == 1 ? n : n * n;
    for (size_t c = 0; c < combos; ++c) {
      const Arg& a0 = args[arity == 1 ? c : c / n];
      const Arg* a1 = arity == 2 ? &args[c % n] : nullptr;
      ColIn in[2] = {a0.in, a1 ? a1->in : ColIn{}};
      Value gen[2] = {a0.v, a1 ? a1->v : Value()};
      Value ref;
      Cost ref_cost;
      {
        LaneScope scope(Limits{});
        ref = invoke(op, {gen, size_t(arity)});
        ref_cost = Cost{lane_budget().work, lane_budget().elements};
      }
      ColOut out;
      ++compared;
      if (!ck(in, out)) continue;
      ++handled;
      INFO(op_info(op).name << "(" << repr(gen[0]) << (a1 ? ", " + repr(gen[1]) : "") << ")"
                            << " reference " << repr(ref));
      CHECK(same(out_value(std::move(out)), ref));
      if (!ref.is_err()) {
        CHECK(out.cost.work == ref_cost.work);
        CHECK(out.cost.elements == ref_cost.elements);
      }
    }
  }
  CHECK(handled > 1000);  // the fast lanes take most shapes here
  CHECK(compared > handled);
}

TEST_CASE("dense passes agree with the columnar entries instance by instance", "[columnar]") {
  // A column of ints (extremes included, so some instances overflow) and one of points.
  const std::vector<int64_t> ints = {0, 1, -1, 2, -7, 5, INT64_MAX, INT64_MIN, 3, 4};
  const std::vector<std::pair<int64_t, int64_t>> points = {
      {0, 0}, {1, -2}, {-3, 4}, {2, 2}, {INT64_MAX, 1}, {5, 0}, {0, 5}, {1, -2}, {-1, -1}, {7, 3}};
  const uint32_t n = uint32_t(ints.size() * points.size());
  Column ci, cp;
  ci.reset(ints.size(), false);
  cp.reset(points.size(), false);
  for (uint32_t y = 0; y < ints.size(); ++y) ci.put_int(y, ints[y]);
  for (uint32_t y = 0; y < points.size(); ++y) cp.put_point(y, points[y].first, points[y].second);
  Column cc;
  cc.reset(points.size(), false);
  for (uint32_t y = 0; y < points.size(); ++y)
    cc.put_cell(y, int64_t(y % 4), points[y].first, points[y].second);
  REQUIRE(ci.holds_only(Slot::Int));
  REQUIRE(cp.holds_only(Slot::Point));
  REQUIRE(cc.holds_only(Slot::Cell));
  // Instance x pairs ints[x / 10] (or points) with ints[x % 10] (or points): every combination.
  std::vector<uint32_t> first(n), second(n), xs(n);
  for (uint32_t x = 0; x < n; ++x) first[x] = x / 10, second[x] = x % 10, xs[x] = x;
  // Shapes: 0 ints, 1 points, 2 a constant int, 3 cells.
  auto arg = [&](int shape, const std::vector<uint32_t>& proj) {
    DenseArg d;
    if (shape == 2) return d.k = -4, d;
    d.point = shape == 1;
    d.cell = shape == 3;
    d.col = d.point ? &cp : (d.cell ? &cc : &ci);
    d.proj = proj.data();
    return d;
  };
  auto in_of = [&](const DenseArg& d, uint32_t x) {
    ColIn c;
    if (!d.col) return c.s = Slot::Int, c.a = d.k, c;
    const uint32_t y = d.proj[x];
    c.s = d.col->slot(y), c.a = d.col->a(y);
    if (d.point || d.cell) c.b = d.col->b(y);
    if (d.cell) c.c = d.col->c(y);
    return c;
  };
  size_t passes = 0, computed = 0, declined_total = 0;
  for (Op op : {Op::add, Op::subtract, Op::multiply, Op::sign, Op::even, Op::greater, Op::equality,
                Op::first, Op::last}) {
    const size_t arity = size_t(op_info(op).arity);
    for (int s0 = 0; s0 < 4; ++s0)
      for (int s1 = 0; s1 < (arity == 2 ? 4 : 1); ++s1) {
        DenseArg args[2] = {arg(s0, first), arg(s1, second)};
        if (!has_dense_pass(op, args, arity)) continue;
        ++passes;
        for (bool costs : {false, true}) {
          Column out;
          out.reset(n, costs);
          std::vector<uint32_t> declined(n);
          const size_t nd = dense_pass(op, args, arity, xs.data(), n, out, costs, declined.data());
          declined_total += nd;
          std::vector<uint8_t> was_declined(n, 0);
          for (size_t t = 0; t < nd; ++t) was_declined[declined[t]] = 1;
          for (uint32_t x = 0; x < n; ++x) {
            if (was_declined[x]) continue;
            ++computed;
            ColIn in[2] = {in_of(args[0], x), in_of(args[1], x)};
            ColOut ref;
            INFO(op_info(op).name << " shapes " << s0 << ", " << s1 << " instance " << x);
            REQUIRE(columnar_kernel(op)(in, ref));
            CHECK(out.slot(x) == ref.s);
            CHECK(out.a(x) == ref.a);
            if (ref.s == Slot::Point) CHECK(out.b(x) == ref.b);
            CHECK((costs ? out.cost_at(x).elements : 0) == (costs ? ref.cost.elements : 0));
          }
        }
      }
  }
  CHECK(passes >= 19);
  CHECK(computed > 1000);
  CHECK(declined_total > 0);  // the overflows went to the entry
}

// A column holds one cost for all its instances until two differ (Column::set_cost): a dense
// pass's free instances, set no cost one by one, still cost nothing once an instance it declined
// costs something; an error's cost stays its own.
TEST_CASE("a column's costs: one for all, then per instance where they differ", "[columnar]") {
  Column ci;
  ci.reset(4, false);
  for (uint32_t y = 0; y < 4; ++y) ci.put_int(y, int64_t(y));
  std::vector<uint32_t> proj = {0, 1, 2, 3, 0, 1};
  DenseArg a;
  a.col = &ci;
  a.proj = proj.data();
  std::vector<uint32_t> xs = {0, 1, 2, 3, 4};  // instance 5 left for the "declined" one
  Column out;
  out.reset(6, true);
  std::vector<uint32_t> declined(6);
  REQUIRE(has_dense_pass(Op::even, &a, 1));
  REQUIRE(dense_pass(Op::even, &a, 1, xs.data(), xs.size(), out, true, declined.data()) == 0);
  CHECK(out.same_cost().has_value());
  out.put_int(5, 1);
  out.set_cost(5, Cost{3, 4});
  CHECK_FALSE(out.same_cost().has_value());
  for (uint32_t x = 0; x < 5; ++x) CHECK(out.cost_at(x).work == 0);
  CHECK(out.cost_at(5).work == 3);
  CHECK(out.cost_at(5).elements == 4);

  // One cost for all, an error apart.
  Column c;
  c.reset(3, true);
  c.put_int(0, 1);
  c.set_cost(0, Cost{0, 2});
  c.put_int(1, 2);
  c.set_cost(1, Cost{0, 2});
  REQUIRE(c.same_cost().has_value());
  CHECK(c.same_cost()->elements == 2);
  c.put_err(2, ErrKind::TypeError);
  c.set_cost(2, Cost{0, 2});
  CHECK(c.cost_at(0).elements == 2);
  CHECK(c.cost_at(1).elements == 2);
  CHECK(c.cost_at(2).elements == 2);
  Column e;
  e.reset(2, true);
  e.put_int(0, 1);
  e.set_cost(0, Cost{5, 0});
  e.put_err(1, ErrKind::TypeError);  // an error set no cost: it cost nothing
  CHECK(e.cost_at(0).work == 5);
  CHECK(e.cost_at(1).work == 0);
}
