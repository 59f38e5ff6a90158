// The pieces of the folds over a source minus a few elements (runtime/extreme_rows.h), against
// the obvious computations: every subset of a small source, and ties in the keys.
#include <catch2/catch.hpp>

#include <algorithm>

#include "runtime/extreme_rows.h"

using namespace arcjit;

TEST_CASE("missing_positions finds what a subset of 0..n-1 lacks", "[extreme_rows]") {
  for (uint32_t n = 0; n <= 9; ++n)
    for (uint32_t mask = 0; mask < (1u << n); ++mask) {
      std::vector<uint32_t> kept, lacking;
      for (uint32_t k = 0; k < n; ++k) (mask >> k & 1 ? kept : lacking).push_back(k);
      std::vector<uint32_t> got;
      const bool ok = missing_positions(kept, n, got, 4);
      INFO("n " << n << " mask " << mask);
      REQUIRE(ok == (lacking.size() <= 4));
      if (ok) CHECK(got == lacking);
    }
  std::vector<uint32_t> out;
  CHECK_FALSE(missing_positions(std::vector<uint32_t>{0, 1, 2}, 2, out, 4));  // not a subset
}

TEST_CASE("order_by_key puts the fold's winner first, ties in iteration order", "[extreme_rows]") {
  const std::vector<int64_t> keys = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};
  std::vector<uint32_t> lo, hi;
  order_by_key(keys, false, lo);
  order_by_key(keys, true, hi);
  CHECK(lo == std::vector<uint32_t>{1, 3, 6, 0, 9, 2, 4, 8, 10, 7, 5});
  CHECK(hi == std::vector<uint32_t>{5, 7, 4, 8, 10, 2, 0, 9, 6, 1, 3});
  // For every subset that lacks one position, the first of the order it holds is the first
  // extreme in iteration order, as a fold finds it.
  for (uint32_t miss = 0; miss < keys.size(); ++miss)
    for (bool want_max : {false, true}) {
      const std::vector<uint32_t>& order = want_max ? hi : lo;
      uint32_t expect = miss == 0 ? 1 : 0;
      for (uint32_t k = 0; k < keys.size(); ++k)
        if (k != miss && (want_max ? keys[k] > keys[expect] : keys[k] < keys[expect])) expect = k;
      const uint32_t got =
          *std::find_if(order.begin(), order.end(), [&](uint32_t e) { return e != miss; });
      CHECK(got == expect);
    }
}

TEST_CASE("ExtremeRows builds each row once per key, bases alike or far apart", "[extreme_rows]") {
  ExtremeRows rows;
  int fills = 0;
  auto get = [&](ExtremeRows::Key k) {
    return rows
        .get(k,
             [&](ExtremeRow& r) {
               ++fills;
               r.ok = true;
               r.order = {k[0], k[1]};
             })
        .order;
  };
  const uint32_t far = (1u << 22) + 5;  // past the slots indexed by base
  const std::vector<ExtremeRows::Key> keys = {{3, ~0u, ~0u, ~0u},
                                              {3, 7, ~0u, ~0u},
                                              {0, ~0u, ~0u, ~0u},
                                              {far, 1, ~0u, ~0u},
                                              {far, 2, 9, ~0u}};
  for (int pass = 0; pass < 2; ++pass)
    for (const ExtremeRows::Key& k : keys) CHECK(get(k) == std::vector<uint32_t>{k[0], k[1]});
  CHECK(fills == int(keys.size()));
}
