// Helpers shared by the grid kernels (prim_transform.cpp, prim_paint.cpp): exact generic versions
// of the patch geometry that those primitives call inside dsl.py (toindices, ulcorner/lrcorner,
// uppermost.., height, width, shape, shift, normalize, mostcolor), each raising what CPython raises
// for ill-typed input, with fast paths for the packed layouts; plus size guards and Python's
// slice arithmetic for the dense fast paths.
#pragma once

#include <cstdint>
#include <utility>

#include "runtime/pyops.h"
#include "runtime/value.h"

namespace arcjit::kernels::geom {

// Bounding box of a non-empty Cells or Indices set.
struct Box {
  int64_t i0, j0, i1, j1;
};
bool is_packed_patch(const Value& p);  // a non-empty Cells or Indices set
Box packed_box(const Value& p);        // requires is_packed_patch

// The object/indices decision for a non-empty piece: is item 1 of its first element (canonical
// order) a tuple? Raises as CPython does for elements that cannot be indexed.
bool first_is_cell(const Value& piece);

Value toindices(const Value& patch);
// ulcorner (lower = false) / lrcorner (lower = true): the columnwise min / max of the indices as
// zip pairs them up (so truncated to the shortest element; () for no element).
Value corner(const Value& patch, bool lower);
// uppermost (coord 0, min), lowermost (0, max), leftmost (1, min), rightmost (1, max).
Value extreme(const Value& patch, int coord, bool want_max);
Value height(const Value& piece);
Value width(const Value& piece);
Value shape(const Value& piece);
Value shift(const Value& patch, const Value& directions);
Value normalize(const Value& patch);
Value mostcolor(const Value& element);
// The most common cell of a dense grid; ties go to the smallest (canonical order).
int64_t grid_mostcolor(const TupleObj& g);

// Raises ResourceLimit before anything with h rows of w cells is allocated beyond the lane limits.
void guard_grid(int64_t h, int64_t w);
// n * max(f, 0) elements, or ResourceLimit when that exceeds one container.
int64_t repeat_count(int64_t n, int64_t f);

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

inline int64_t sub_ck(int64_t a, int64_t b) {
  int64_t r;
  if (__builtin_sub_overflow(a, b, &r)) raise(ErrKind::ResourceLimit);
  return r;
}
using arcjit::checked_add;
using arcjit::checked_mul;

}  // namespace arcjit::kernels::geom
