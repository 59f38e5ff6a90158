// The value model: layouts are invisible, Python's equality/hash/order rules, canonical order.
#include <catch2/catch.hpp>

#include <thread>

#include "runtime/canon.h"
#include "runtime/pyops.h"
#include "tests/support/test_values.h"

using namespace arcjit;
using arcjit::test::V;

TEST_CASE("a grid equals the generic tuple of tuples and hashes the same", "[value]") {
  Value g = make_grid(2, 2, {1, 2, 3, 4});
  Value generic = make_tuple({make_ints({1, 2}), make_ints({3, 4})});
  CHECK(is_grid(generic));  // constructors pick the dense layout
  CHECK(py_eq(g, generic));
  CHECK(py_hash(g) == py_hash(generic));
  CHECK(py_eq(py_at(g, 1), make_ints({3, 4})));
}

TEST_CASE("True == 1 and a set holding both keeps the first", "[value]") {
  CHECK(py_eq(Value::boolean(true), Value::integer(1)));
  CHECK(py_hash(Value::boolean(true)) == py_hash(Value::integer(1)));
  Value s = make_set({Value::boolean(true), Value::integer(1)});
  REQUIRE(s.set().size() == 1);
  CHECK(s.set().at(0).is_bool());
}

TEST_CASE("canonical order: ints < tuples < frozensets, objects by (color, i, j)", "[value]") {
  Value s = V(R"({"s": [{"s": [1]}, {"t": [0, 0]}, 5, {"t": []}]})");
  REQUIRE(s.set().size() == 4);
  CHECK(py_eq(s.set().at(0), Value::integer(5)));
  CHECK(py_eq(s.set().at(1), make_ints({})));
  CHECK(py_eq(s.set().at(2), make_point(0, 0)));
  Value obj = V(R"({"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [1, {"t": [5, 5]}]}]})");
  CHECK(is_cells(obj));
  CHECK(cells_of(obj)[0] == Cell{1, 5, 5});
}

TEST_CASE("Python comparisons raise TypeError across types; sets compare by inclusion", "[value]") {
  CHECK_THROWS_AS(py_lt(Value::integer(1), make_point(0, 0)), PyErr);
  Value a = V(R"({"s": [1]})"), b = V(R"({"s": [1, 2]})"), c = V(R"({"s": [3]})");
  CHECK(py_lt(a, b));
  CHECK_FALSE(py_lt(a, c));
  CHECK_FALSE(py_gt(a, c));
  CHECK(py_lt(make_ints({1, 2}), make_ints({1, 2, 0})));
}

TEST_CASE("slices follow Python's index adjustment", "[value]") {
  Value t = make_ints({0, 1, 2, 3, 4});
  auto I = [](int64_t v) { return std::optional<Value>(Value::integer(v)); };
  CHECK(py_eq(py_slice(t, I(-2), std::nullopt), make_ints({3, 4})));
  CHECK(py_eq(py_slice(t, I(1), I(-1)), make_ints({1, 2, 3})));
  CHECK(py_eq(py_slice(t, std::nullopt, std::nullopt, I(-2)), make_ints({4, 2, 0})));
  CHECK(py_eq(py_slice(t, I(7), I(9)), make_ints({})));
}

TEST_CASE("floor division and modulo round like Python", "[value]") {
  CHECK(py_floordiv(Value::integer(-7), Value::integer(2)).i() == -4);
  CHECK(py_mod(Value::integer(-7), Value::integer(2)).i() == 1);
  CHECK(py_mod(Value::integer(7), Value::integer(-2)).i() == -1);
  CHECK_THROWS_AS(py_floordiv(Value::integer(1), Value::integer(0)), PyErr);
}

TEST_CASE("outside any lane the budget is unlimited, inside a lane it is the lane's", "[value]") {
  // Regression: writing 687,200 run outputs outside any lane once tripped a per-node limit.
  int64_t outside = 0, inside = 0;
  std::thread([&] {
    outside = lane_budget().limits.max_lane_elements;
    LaneScope lane{Limits{}};
    inside = lane_budget().limits.max_lane_elements;
  }).join();
  CHECK(outside == Limits::unlimited().max_lane_elements);
  CHECK(inside == Limits{}.max_lane_elements);
}
