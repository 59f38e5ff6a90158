// The batched folds' union of packed sets gives merge's reference answer and charge: over random
// cell and index sets in an ARC-sized box (the bitmap path) and with far-flung coordinates (the
// sort path), with empty parts, a single part, and a mix of layouts (declined); the same with
// each part shifted by an offset first, unbuilt.
#include <catch2/catch.hpp>

#include <random>

#include "kernels/cpu/call.h"
#include "kernels/cpu/kernels.h"
#include "kernels/cpu/packed_sets.h"
#include "runtime/canon.h"
#include "runtime/catching.h"
#include "runtime/limits.h"

using namespace arcjit;

namespace {

struct Charged {
  Value v;
  int64_t elements;
};

template <class F>
Charged charged(F&& f) {
  LaneScope scope(Limits{});
  Value v = f();
  return {v, lane_budget().elements};
}

std::vector<Value> random_parts(std::mt19937& rng, bool cells, int64_t spread, size_t n) {
  std::uniform_int_distribution<int64_t> coord(-spread, spread), color(0, 9), len(0, 12);
  std::vector<Value> parts;
  for (size_t p = 0; p < n; ++p) {
    const int64_t m = len(rng);
    if (cells) {
      std::vector<Cell> cs;
      for (int64_t k = 0; k < m; ++k) cs.push_back({color(rng), coord(rng), coord(rng)});
      parts.push_back(make_cells(std::move(cs)));
    } else {
      std::vector<Idx> is;
      for (int64_t k = 0; k < m; ++k) is.push_back({coord(rng), coord(rng)});
      parts.push_back(make_indices(std::move(is)));
    }
  }
  return parts;
}

void check_same(const std::vector<Value>& parts) {
  const Charged ref = charged([&] { return kernels::merge_elements(parts, true); });
  std::optional<Value> got;
  const Charged ours = charged([&] {
    got = kernels::packed_union(parts);
    return got ? *got : Value();
  });
  REQUIRE(got.has_value());
  CHECK(py_eq(ref.v, ours.v));
  CHECK(canon_cmp(ref.v, ours.v) == 0);
  CHECK(ref.v.set().size() == ours.v.set().size());
  CHECK(ref.v.set().layout == ours.v.set().layout);
  CHECK(ref.elements == ours.elements);
}

}  // namespace

TEST_CASE("packed_union equals merge on random cell and index sets", "[packed_sets]") {
  std::mt19937 rng(12345);
  for (bool cells : {true, false})
    for (int64_t spread : {int64_t(3), int64_t(15), int64_t(40), int64_t(1) << 40})
      for (size_t n : {size_t(0), size_t(1), size_t(2), size_t(7), size_t(60)})
        for (int rep = 0; rep < 4; ++rep) {
          INFO("cells " << cells << " spread " << spread << " parts " << n);
          check_same(random_parts(rng, cells, spread, n));
        }
}

TEST_CASE("packed_union: empty parts and one non-empty part", "[packed_sets]") {
  const Value a = make_cells({{1, 0, 0}, {2, 5, 5}});
  check_same({empty_set(), a, empty_set()});
  check_same({empty_set(), empty_set()});
  check_same({make_indices({{3, 3}}), empty_set(), make_indices({{3, 3}, {0, 9}})});
  // Extreme coordinates and colours take the sort path.
  check_same({make_cells({{INT64_MIN, 0, INT64_MAX}}), make_cells({{INT64_MAX, INT64_MIN, 0}}),
              make_cells({{0, 0, 0}})});
}

TEST_CASE("packed_union declines what is not all cells or all indices", "[packed_sets]") {
  LaneScope scope(Limits{});
  CHECK_FALSE(
      kernels::packed_union(std::vector<Value>{make_cells({{1, 0, 0}}), make_indices({{0, 0}})}));
  CHECK_FALSE(kernels::packed_union(
      std::vector<Value>{make_set({make_ints({1, 2}), Value::integer(4)}), empty_set()}));
  CHECK_FALSE(kernels::packed_union(std::vector<Value>{make_ints({1, 2})}));
}

TEST_CASE("packed_union_shifted equals merge over the shifted sets, charges included",
          "[packed_sets]") {
  std::mt19937 rng(4242);
  std::uniform_int_distribution<int64_t> near(-20, 20), far(-(int64_t(1) << 38), int64_t(1) << 38);
  for (bool cells : {true, false})
    for (bool far_apart : {false, true})
      for (size_t n : {size_t(0), size_t(1), size_t(2), size_t(9), size_t(50)})
        for (int rep = 0; rep < 4; ++rep) {
          INFO("cells " << cells << " far " << far_apart << " parts " << n);
          const std::vector<Value> parts = random_parts(rng, cells, 15, n);
          std::vector<kernels::Offset> off;
          for (size_t k = 0; k < n; ++k)
            off.push_back(far_apart ? kernels::Offset{far(rng), far(rng)}
                                    : kernels::Offset{near(rng), near(rng)});
          if (n > 2) off[1] = {};  // a part the body built itself
          std::vector<Value> built;
          {
            LaneScope scope(Limits{});
            built = kernels::shifted_parts(parts, off);
            CHECK(lane_budget().elements == 0);  // the shifts were charged as the calls
          }
          const Charged ref = charged([&] { return kernels::merge_elements(built, true); });
          std::optional<Value> got;
          const Charged ours = charged([&] {
            got = kernels::packed_union_shifted(parts, off);
            return got ? *got : Value();
          });
          REQUIRE(got.has_value());
          CHECK(canon_cmp(ref.v, *got) == 0);
          CHECK(ref.elements == ours.elements);
        }
  LaneScope scope(Limits{});
  const std::vector<kernels::Offset> two{{1, 1}, {0, 0}};
  CHECK_FALSE(kernels::packed_union_shifted(
      std::vector<Value>{make_cells({{1, 0, 0}}), make_indices({{0, 0}})}, two));
}

TEST_CASE("packed_set_of_sets equals make_set on random cell and index sets", "[packed_sets]") {
  std::mt19937 rng(777);
  for (bool cells : {true, false})
    for (int64_t spread : {int64_t(1), int64_t(2), int64_t(6), int64_t(1) << 40})
      for (size_t n : {size_t(1), size_t(2), size_t(9), size_t(80)})
        for (int rep = 0; rep < 4; ++rep) {
          INFO("cells " << cells << " spread " << spread << " items " << n);
          std::vector<Value> items = random_parts(rng, cells, spread, n);
          // Repeats, as apply over many elements gives them.
          for (size_t k = 0; k < n; k += 3) items.push_back(items[k]);
          std::vector<Value> copy = items;
          const Charged ref = charged([&] { return make_set(items); });
          std::optional<Value> got;
          const Charged ours = charged([&] {
            got = kernels::packed_set_of_sets(copy);
            return got ? *got : Value();
          });
          if (spread > 100) {
            // Coordinates past the packed key's range are left to make_set (unless every set
            // happens to be empty).
            if (got) CHECK(py_eq(ref.v, *got));
            continue;
          }
          REQUIRE(got.has_value());
          REQUIRE(ref.v.set().size() == got->set().size());
          for (int64_t k = 0; k < ref.v.set().size(); ++k)
            CHECK(canon_cmp(ref.v.set().at(k), got->set().at(k)) == 0);
          CHECK(ref.elements == ours.elements);
        }
}

TEST_CASE("packed_set_of_sets declines mixed layouts and other items", "[packed_sets]") {
  LaneScope scope(Limits{});
  std::vector<Value> mixed{make_cells({{1, 0, 0}}), make_indices({{0, 0}})};
  CHECK_FALSE(kernels::packed_set_of_sets(mixed));
  std::vector<Value> ints{make_ints({1, 2}), empty_set()};
  CHECK_FALSE(kernels::packed_set_of_sets(ints));
  std::vector<Value> none;
  CHECK_FALSE(kernels::packed_set_of_sets(none));
}

// The batched mapply of a fused shift charges each element what this shows, without calling
// shift (batched.cpp, lazy_shift): if shift's charges change, that must change with them.
TEST_CASE("shift of a packed patch by a point charges the patch's size in elements, no work",
          "[packed_sets]") {
  for (const Value& patch :
       {make_cells({{1, 0, 0}, {2, 5, 5}, {3, 5, 6}}), make_indices({{3, 3}, {0, 9}})}) {
    const Value args[2] = {patch, make_ints({2, -3})};
    LaneScope scope(Limits{});
    const Value shifted = invoke(Op::shift, {args, 2});
    CHECK(shifted.set().size() == patch.set().size());
    CHECK(lane_budget().work == 0);
    CHECK(lane_budget().elements == patch.set().size());
  }
}

namespace {

struct Spent {
  Value v;
  int64_t elements, work;
};

template <class F>
Spent spent(F&& f) {
  LaneScope scope(Limits{});
  Value v = f();
  return {v, lane_budget().elements, lane_budget().work};
}

// The reference kernel and the batched one on the same arguments: same value (canonical order
// included), same charges.
void check_batched_kernel(Op op, const std::vector<Value>& args) {
  INFO("op " << op_info(op).name);
  const Spent ref =
      spent([&] { return catching([&] { return op_info(op).kernel(args.data()); }); });
  const Spent ours =
      spent([&] { return catching([&] { return kernels::batched_kernel(op)(args.data()); }); });
  REQUIRE(ref.v.tag() == ours.v.tag());
  if (ref.v.is_err())
    CHECK(ref.v.err() == ours.v.err());
  else
    CHECK(canon_cmp(ref.v, ours.v) == 0);
  CHECK(ref.elements == ours.elements);
  CHECK(ref.work == ours.work);
}

}  // namespace

// A map whose function is chosen by data (mpapply(mapply, fs, xs) in 7df24a62) calls it per
// element; its batched kernel unions and collects the results as the map regions' folds do.
TEST_CASE("the batched maps over a function value equal the reference kernels, charges included",
          "[packed_sets]") {
  std::mt19937 rng(99);
  std::uniform_int_distribution<int64_t> near(-6, 6);
  const Value shift = prim_value(Op::shift);
  for (bool cells : {true, false})
    for (size_t n : {size_t(1), size_t(4), size_t(30)})
      for (int rep = 0; rep < 3; ++rep) {
        const Value patch = random_parts(rng, cells, 8, 1)[0];
        std::vector<Idx> offs;
        for (size_t k = 0; k < n; ++k) offs.push_back({near(rng), near(rng)});
        const Value offsets = make_indices(offs);
        const Value shifted = kernels::kcall(kernels::k_lbind, shift, patch);
        check_batched_kernel(Op::mapply, {shifted, offsets});
        check_batched_kernel(Op::apply, {shifted, offsets});
        const Value two_offsets =
            make_tuple({offsets.set().at(0), offsets.set().at(offsets.set().size() - 1)});
        check_batched_kernel(Op::mpapply, {shift, make_tuple({patch, patch}), two_offsets});
        // An element call that raises: the same error from both.
        check_batched_kernel(Op::mpapply,
                             {shift, make_tuple({patch, patch}),
                              make_tuple({two_offsets.tuple().at(0), Value::integer(1)})});
        // prapply: a frozenset of the shifted patches; mfilter keeps the non-empty ones.
        const Value patches = make_set({patch, empty_set(), random_parts(rng, cells, 8, 1)[0]});
        check_batched_kernel(Op::prapply, {shift, patches, offsets});
        check_batched_kernel(Op::mfilter, {patches, prim_value(Op::size)});
        // A set of sets of sets: merged through packed_make_set.
        const Value nested = make_set({make_set({patch}), make_set({patch, patches.set().at(0)})});
        check_batched_kernel(Op::merge, {nested});
      }
}

// prapply's pairs fold hands over its empty results by their count.
TEST_CASE("packed_make_set with empty sets by count equals make_set with them held",
          "[packed_sets]") {
  std::mt19937 rng(31);
  const std::vector<std::vector<Value>> cases = {
      {},
      random_parts(rng, false, 6, 5),
      random_parts(rng, true, 6, 9),
      {make_set({make_ints({1, 2})}), make_indices({{0, 1}})},  // not packed alike: make_set
  };
  for (const std::vector<Value>& items : cases)
    for (size_t empties : {size_t(0), size_t(1), size_t(7)}) {
      if (items.empty() && empties == 0) continue;
      INFO(items.size() << " items, " << empties << " empty");
      std::vector<Value> held = items;
      held.insert(held.end(), empties, empty_set());
      const Spent ref = spent([&] { return make_set(held); });
      std::vector<Value> copy = items;
      const Spent ours = spent([&] { return kernels::packed_make_set(copy, empties); });
      CHECK(canon_cmp(ref.v, ours.v) == 0);
      CHECK(ref.elements == ours.elements);
      CHECK(ref.work == ours.work);
    }
}

// Items already in canonical order (a fold's shifts of one patch by offsets in order), some
// repeated next to each other: no sort, the same set.
TEST_CASE("packed_set_of_sets over items already in order equals make_set", "[packed_sets]") {
  std::mt19937 rng(5);
  for (bool cells : {true, false}) {
    std::vector<Value> items = random_parts(rng, cells, 6, 40);
    LaneScope scope(Limits{});
    const Value sorted = make_set(items);
    std::vector<Value> in_order;
    for (int64_t k = 0; k < sorted.set().size(); ++k) {
      in_order.push_back(sorted.set().at(k));
      if (k % 3 == 0) in_order.push_back(sorted.set().at(k));
    }
    std::vector<Value> copy = in_order;
    const Charged ref = charged([&] { return make_set(in_order); });
    std::optional<Value> got;
    const Charged ours = charged([&] {
      got = kernels::packed_set_of_sets(copy);
      return got ? *got : Value();
    });
    REQUIRE(got.has_value());
    CHECK(canon_cmp(ref.v, *got) == 0);
    CHECK(ref.elements == ours.elements);
  }
}
