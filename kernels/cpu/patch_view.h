// Typed views of patches shared by the patch and grid kernels (prim_bounds.cpp, prim_lines.cpp,
// prim_color.cpp, and prim_transform.cpp / prim_paint.cpp through grid_geom.h).
// A set with Cells or Indices layout holds plain (non-bool) int coordinates, so its bounds and
// locations can be read directly; toindices of such a patch is exactly its set of locations.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "runtime/pyops.h"
#include "runtime/value.h"

namespace arcjit::kernels::geom {

// A Cells or Indices patch, or the empty set.
inline bool is_fast_patch(const Value& p) { return is_cells(p) || is_indices(p); }
// A non-empty Cells or Indices patch.
inline bool is_packed_patch(const Value& p) {
  return p.is_set() && p.set().layout != SetLayout::Generic && p.set().size() > 0;
}

// How dsl.py tells an Object from Indices: is item 1 of the first element (canonical order) a
// tuple? So a mixed set is decided by whichever shape sorts first. The patch must be non-empty;
// an element that cannot be indexed raises as CPython does.
inline bool first_is_cell(const Value& patch) {
  if (patch.is_set() && patch.set().layout == SetLayout::Cells) return true;
  if (patch.is_set() && patch.set().layout == SetLayout::Indices) return false;
  Value first = py_next_first(patch);
  return py_at(first, 1).is_tuple();
}

struct Bounds {
  int64_t top, bottom, left, right;
};

// uppermost, lowermost, leftmost, rightmost of a non-empty fast patch (is_packed_patch).
inline Bounds bounds_of(const Value& p) {
  if (p.set().layout == SetLayout::Indices) {
    auto s = indices_of(p);  // sorted by (i, j): rows are the first and last elements
    Bounds b{s.front().i, s.back().i, s.front().j, s.front().j};
    for (const Idx& x : s) {
      b.left = std::min(b.left, x.j);
      b.right = std::max(b.right, x.j);
    }
    return b;
  }
  auto s = cells_of(p);
  Bounds b{s[0].i, s[0].i, s[0].j, s[0].j};
  for (const Cell& c : s) {
    b.top = std::min(b.top, c.i);
    b.bottom = std::max(b.bottom, c.i);
    b.left = std::min(b.left, c.j);
    b.right = std::max(b.right, c.j);
  }
  return b;
}

// Coordinates this far from the int64 limits leave room for sums and differences of a few
// of them, so loops over such patches need no overflow checks.
inline constexpr int64_t kSafeCoord = int64_t(1) << 58;
inline bool small_bounds(const Bounds& b) {
  return b.top > -kSafeCoord && b.bottom < kSafeCoord && b.left > -kSafeCoord &&
         b.right < kSafeCoord;
}

// toindices(p) of a fast patch: its distinct locations in canonical (i, j) order. Borrows the
// Indices storage, or owns the deduplicated locations of a Cells patch.
class Points {
 public:
  explicit Points(const Value& p) {
    if (is_indices(p)) {
      pts_ = indices_of(p);
      return;
    }
    auto cells = cells_of(p);
    owned_.reserve(cells.size());
    for (const Cell& c : cells) owned_.push_back({c.i, c.j});
    std::sort(owned_.begin(), owned_.end());
    owned_.erase(std::unique(owned_.begin(), owned_.end()), owned_.end());
    pts_ = owned_;
  }
  Points(const Points&) = delete;
  Points& operator=(const Points&) = delete;

  std::span<const Idx> pts() const { return pts_; }
  size_t size() const { return pts_.size(); }

 private:
  std::vector<Idx> owned_;
  std::span<const Idx> pts_;
};

// Membership tests against a set of locations: a bitmap over their bounding box when that box
// is small, else a binary search.
class Membership {
 public:
  explicit Membership(std::span<const Idx> pts) : pts_(pts) {
    if (pts.empty()) return;
    int64_t top = pts.front().i, bottom = pts.back().i, left = pts[0].j, right = pts[0].j;
    for (const Idx& x : pts) {
      left = std::min(left, x.j);
      right = std::max(right, x.j);
    }
    // Differences of far-apart coordinates may not fit: such boxes are never small.
    uint64_t rows = uint64_t(bottom) - uint64_t(top) + 1,
             cols = uint64_t(right) - uint64_t(left) + 1;
    uint64_t cap = std::max<uint64_t>(4096, 16 * pts.size());
    if (rows == 0 || cols == 0 || rows > cap || cols > cap || rows * cols > cap) return;
    top_ = top;
    left_ = left;
    rows_ = int64_t(rows);
    cols_ = int64_t(cols);
    bits_.assign(size_t(rows * cols), 0);
    for (const Idx& x : pts) bits_[size_t((x.i - top) * cols_ + (x.j - left))] = 1;
  }

  // Requires coordinates within kSafeCoord of the set's (so the subtractions cannot overflow).
  bool contains(Idx x) const {
    if (bits_.empty()) return std::binary_search(pts_.begin(), pts_.end(), x);
    int64_t r = x.i - top_, c = x.j - left_;
    if (r < 0 || r >= rows_ || c < 0 || c >= cols_) return false;
    return bits_[size_t(r * cols_ + c)] != 0;
  }

 private:
  std::span<const Idx> pts_;
  std::vector<char> bits_;
  int64_t top_ = 0, left_ = 0, rows_ = 0, cols_ = 0;
};

}  // namespace arcjit::kernels::geom
