// Helpers shared by the grid kernels (prim_transform.cpp, prim_paint.cpp): dense grid building
// under the lane's size guards, and Python's slice arithmetic for the dense fast paths. The patch
// geometry those primitives call inside dsl.py (toindices, ulcorner, shape, shift, normalize,
// mostcolor, ...) is the primitives' own kernels (kernels.h); packed patches' bounding boxes come
// from patch_view.h.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "kernels/cpu/patch_view.h"
#include "runtime/pyops.h"
#include "runtime/value.h"

namespace arcjit::kernels::geom {

// Raises ResourceLimit before anything with h rows of w cells is allocated beyond the lane limits.
void guard_grid(int64_t h, int64_t w);
// n * max(f, 0) elements, or ResourceLimit when that exceeds one container.
int64_t repeat_count(int64_t n, int64_t f);

// A dense grid of h x w cells, cell (r, c) = f(r, c). h == 0 gives the empty tuple.
template <class F>
Value dense(int64_t h, int64_t w, F f) {
  if (h <= 0) return empty_tuple();
  guard_grid(h, w);
  std::vector<int64_t> cells(size_t(h * w));
  size_t k = 0;
  for (int64_t r = 0; r < h; ++r)
    for (int64_t c = 0; c < w; ++c) cells[k++] = f(r, c);
  return make_grid(h, w, std::move(cells));
}

// Python's seq[start:stop] over a length-n sequence: (first index, count).
inline std::pair<int64_t, int64_t> slice1(int64_t n, int64_t start, int64_t stop) {
  auto fix = [n](int64_t v) {
    if (v < 0) {
      v += n;
      if (v < 0) v = 0;
    } else if (v > n) {
      v = n;
    }
    return v;
  };
  int64_t a = fix(start), b = fix(stop);
  return {a, b > a ? b - a : 0};
}

using arcjit::checked_add;
using arcjit::checked_mul;
using arcjit::checked_sub;

}  // namespace arcjit::kernels::geom
