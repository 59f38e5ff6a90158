#include "kernels/cpu/packed_union.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "runtime/limits.h"

namespace arcjit::kernels {

namespace {

// An axis's range over the parts, and whether its span stays small enough to index a bitmap.
struct Range {
  int64_t lo = INT64_MAX, hi = INT64_MIN;
  void add(int64_t v) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  // hi - lo + 1, or 0 past 2^20 (or an empty range).
  uint64_t span() const {
    if (hi < lo) return 0;
    const uint64_t s = uint64_t(hi) - uint64_t(lo) + 1;
    return s > (uint64_t(1) << 20) ? 0 : s;
  }
};

std::vector<uint64_t>& bitmap() {
  thread_local std::vector<uint64_t> bits;
  return bits;
}

// A bitmap of `bits` bits pays where scanning its words costs about what sorting would.
bool bitmap_pays(uint64_t bits, size_t total) {
  return bits != 0 && bits / 64 <= 4 * uint64_t(total) + 64 && bits <= (uint64_t(1) << 26);
}

// Marks key(e) for every element, then emits the keys in ascending order through out(key); keys
// are the elements' positions in canonical order within the box.
template <class T, class Key, class Out>
void bitmap_union(std::span<const Value> parts, std::span<const T> (*elems)(const Value&),
                  uint64_t n_bits, Key&& key, Out&& out) {
  std::vector<uint64_t>& bits = bitmap();
  bits.assign(size_t((n_bits + 63) / 64), 0);
  for (const Value& p : parts)
    for (const T& e : elems(p)) {
      const uint64_t k = key(e);
      bits[k >> 6] |= uint64_t(1) << (k & 63);
    }
  for (size_t w = 0; w < bits.size(); ++w)
    for (uint64_t word = bits[w]; word; word &= word - 1)
      out(uint64_t(w) * 64 + uint64_t(std::countr_zero(word)));
}

Value union_cells(std::span<const Value> parts, size_t total) {
  Range c, i, j;
  for (const Value& p : parts)
    for (const Cell& e : cells_of(p)) c.add(e.c), i.add(e.i), j.add(e.j);
  std::vector<Cell> out;
  out.reserve(total);
  const uint64_t sc = c.span(), si = i.span(), sj = j.span();
  if (sc && si && sj && sc * si <= (uint64_t(1) << 26) && bitmap_pays(sc * si * sj, total)) {
    const uint64_t row = si * sj;
    bitmap_union<Cell>(
        parts, cells_of, sc * row,
        [&](const Cell& e) {
          return (uint64_t(e.c - c.lo) * si + uint64_t(e.i - i.lo)) * sj + uint64_t(e.j - j.lo);
        },
        [&](uint64_t k) {
          out.push_back(
              {c.lo + int64_t(k / row), i.lo + int64_t(k % row / sj), j.lo + int64_t(k % sj)});
        });
  } else {
    for (const Value& p : parts) out.insert(out.end(), cells_of(p).begin(), cells_of(p).end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return make_sorted_cells(std::move(out));
}

Value union_indices(std::span<const Value> parts, size_t total) {
  Range i, j;
  for (const Value& p : parts)
    for (const Idx& e : indices_of(p)) i.add(e.i), j.add(e.j);
  std::vector<Idx> out;
  out.reserve(total);
  const uint64_t si = i.span(), sj = j.span();
  if (si && sj && bitmap_pays(si * sj, total)) {
    bitmap_union<Idx>(
        parts, indices_of, si * sj,
        [&](const Idx& e) { return uint64_t(e.i - i.lo) * sj + uint64_t(e.j - j.lo); },
        [&](uint64_t k) {
          out.push_back({i.lo + int64_t(k / sj), j.lo + int64_t(k % sj)});
        });
  } else {
    for (const Value& p : parts) out.insert(out.end(), indices_of(p).begin(), indices_of(p).end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
  }
  return make_sorted_indices(std::move(out));
}

}  // namespace

std::optional<Value> packed_union(std::span<const Value> parts) {
  bool all_cells = true, all_idx = true;
  size_t total = 0, non_empty = 0;
  const Value* only = nullptr;
  for (const Value& p : parts) {
    all_cells = all_cells && is_cells(p);
    all_idx = all_idx && is_indices(p);
    if (!all_cells && !all_idx) return std::nullopt;
    if (const int64_t n = p.set().size(); n > 0) {
      total += size_t(n);
      ++non_empty;
      only = &p;
    }
  }
  // One set: already the union (charged as the copy merge would build).
  if (non_empty <= 1) {
    charge_elements(int64_t(total));
    return only ? *only : empty_set();
  }
  return all_cells ? union_cells(parts, total) : union_indices(parts, total);
}

}  // namespace arcjit::kernels
