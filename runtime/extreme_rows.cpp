#include "runtime/extreme_rows.h"

#include <algorithm>
#include <numeric>

namespace arcjit {

bool missing_positions(std::span<const uint32_t> positions, uint32_t source_n,
                       std::vector<uint32_t>& out, uint32_t max_missing) {
  out.clear();
  if (positions.size() > source_n) return false;
  const uint32_t missing = source_n - uint32_t(positions.size());
  if (missing > max_missing) return false;
  // positions[k] - k counts the positions missing before entry k: the j-th missing position
  // (j from 1) sits just before the first entry where that count reaches j.
  for (uint32_t j = 1; j <= missing; ++j) {
    size_t lo = 0, hi = positions.size();
    while (lo < hi) {
      const size_t mid = (lo + hi) / 2;
      if (positions[mid] - uint32_t(mid) >= j)
        hi = mid;
      else
        lo = mid + 1;
    }
    out.push_back(uint32_t(lo) + j - 1);
  }
  return true;
}

void order_by_key(std::span<const int64_t> keys, bool want_max, std::vector<uint32_t>& order) {
  order.resize(keys.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
    return want_max ? keys[x] > keys[y] : keys[x] < keys[y];
  });
}

}  // namespace arcjit
