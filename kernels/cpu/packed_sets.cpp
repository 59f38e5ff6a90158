#include "kernels/cpu/packed_sets.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <vector>

#include "kernels/cpu/hof_core.h"
#include "kernels/cpu/kernels.h"
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

// Part k's offset (none: all zero).
Offset offset_of(std::span<const Offset> offsets, size_t k) {
  return offsets.empty() ? Offset{} : offsets[k];
}

// The union of parts too far-flung for a bitmap: merge's own sort, over the shifted sets built.
Value far_flung(std::span<const Value> parts, std::span<const Offset> off) {
  if (off.empty()) return merge_elements(parts, true);
  const std::vector<Value> built = shifted_parts(parts, off);
  return merge_elements(built, true);
}

// Marks key(e) for every element, then emits the keys in ascending order through out(key); keys
// are the elements' positions in canonical order within the box.
template <class T, class Key, class Out>
void bitmap_union(std::span<const Value> parts, std::span<const Offset> off,
                  std::span<const T> (*elems)(const Value&), uint64_t n_bits, Key&& key,
                  Out&& out) {
  std::vector<uint64_t>& bits = bitmap();
  bits.assign(size_t((n_bits + 63) / 64), 0);
  for (size_t p = 0; p < parts.size(); ++p) {
    const Offset o = offset_of(off, p);
    for (const T& e : elems(parts[p])) {
      const uint64_t k = key(e, o);
      bits[k >> 6] |= uint64_t(1) << (k & 63);
    }
  }
  for (size_t w = 0; w < bits.size(); ++w)
    for (uint64_t word = bits[w]; word; word &= word - 1)
      out(uint64_t(w) * 64 + uint64_t(std::countr_zero(word)));
}

Value union_cells(std::span<const Value> parts, std::span<const Offset> off, size_t total) {
  Range c, i, j;
  for (size_t k = 0; k < parts.size(); ++k) {
    const Offset o = offset_of(off, k);
    for (const Cell& e : cells_of(parts[k])) c.add(e.c), i.add(e.i + o.di), j.add(e.j + o.dj);
  }
  const uint64_t sc = c.span(), si = i.span(), sj = j.span();
  if (sc && si && sj && sc * si <= (uint64_t(1) << 26) && bitmap_pays(sc * si * sj, total)) {
    std::vector<Cell> out;
    out.reserve(total);
    const uint64_t row = si * sj;
    bitmap_union<Cell>(
        parts, off, cells_of, sc * row,
        [&](const Cell& e, const Offset& o) {
          return (uint64_t(e.c - c.lo) * si + uint64_t(e.i + o.di - i.lo)) * sj +
                 uint64_t(e.j + o.dj - j.lo);
        },
        [&](uint64_t k) {
          out.push_back(
              {c.lo + int64_t(k / row), i.lo + int64_t(k % row / sj), j.lo + int64_t(k % sj)});
        });
    return make_sorted_cells(std::move(out));
  }
  return far_flung(parts, off);
}

Value union_indices(std::span<const Value> parts, std::span<const Offset> off, size_t total) {
  Range i, j;
  for (size_t k = 0; k < parts.size(); ++k) {
    const Offset o = offset_of(off, k);
    for (const Idx& e : indices_of(parts[k])) i.add(e.i + o.di), j.add(e.j + o.dj);
  }
  const uint64_t si = i.span(), sj = j.span();
  if (si && sj && bitmap_pays(si * sj, total)) {
    std::vector<Idx> out;
    out.reserve(total);
    bitmap_union<Idx>(
        parts, off, indices_of, si * sj,
        [&](const Idx& e, const Offset& o) {
          return uint64_t(e.i + o.di - i.lo) * sj + uint64_t(e.j + o.dj - j.lo);
        },
        [&](uint64_t k) {
          out.push_back({i.lo + int64_t(k / sj), j.lo + int64_t(k % sj)});
        });
    return make_sorted_indices(std::move(out));
  }
  return far_flung(parts, off);
}

// A set's element k as an integer ordered as canonical order orders elements; 0 where the set
// has no element k (a shorter set sorts first). False where a coordinate or colour is out of
// range.
bool elem_key(const Value& v, bool cells, size_t k, uint64_t& key) {
  const SetObj& s = v.set();
  if (size_t(s.size()) <= k) return key = 0, true;
  constexpr int64_t kHalf = int64_t(1) << 28;
  auto fits = [&](int64_t x) { return x >= -kHalf && x < kHalf; };
  if (cells) {
    const Cell& c = s.cells[k];
    if (c.c < 0 || c.c >= 16 || !fits(c.i) || !fits(c.j)) return false;
    key = 1 + (uint64_t(c.c) << 58 | uint64_t(c.i + kHalf) << 29 | uint64_t(c.j + kHalf));
    return true;
  }
  const Idx& x = s.idx[k];
  if (!fits(x.i) || !fits(x.j)) return false;
  key = 1 + (uint64_t(x.i + kHalf) << 29 | uint64_t(x.j + kHalf));
  return true;
}

// A set to sort: its first two elements' keys, then (on a tie) all its elements.
template <class T>
struct SortEntry {
  uint64_t first, second;
  const T* elems;
  uint32_t n, item;
};

template <class T>
Value sorted_distinct_sets(std::vector<Value>& items, size_t empties,
                           std::span<const T> (*elems)(const Value&), bool cells) {
  // Empty sets (most of a prapply(connect, ...): unaligned pairs) are all one, and the first in
  // canonical order: one stands for them all, outside the sort.
  std::vector<SortEntry<T>> order;
  order.reserve(items.size());
  bool empty = empties > 0;
  for (size_t k = 0; k < items.size(); ++k) {
    const std::span<const T> x = elems(items[k]);
    if (x.empty()) {
      empty = true;
      continue;
    }
    SortEntry<T>& e = order.emplace_back();
    e.elems = x.data(), e.n = uint32_t(x.size()), e.item = uint32_t(k);
    if (!elem_key(items[k], cells, 0, e.first) || !elem_key(items[k], cells, 1, e.second))
      return Value();
  }
  charge_elements(int64_t(items.size() + empties));  // as make_set charges
  // cmp_set's order for two sets of one packed layout: elementwise, then the shorter first.
  auto cmp = [](const SortEntry<T>& a, const SortEntry<T>& b) {
    if (a.first != b.first) return a.first <=> b.first;
    if (a.second != b.second) return a.second <=> b.second;
    return std::lexicographical_compare_three_way(a.elems, a.elems + a.n, b.elems, b.elems + b.n);
  };
  // Often in order already (a fold's results: the shifts of one patch by offsets in order).
  auto less = [&](const SortEntry<T>& a, const SortEntry<T>& b) { return cmp(a, b) < 0; };
  if (!std::is_sorted(order.begin(), order.end(), less))
    std::sort(order.begin(), order.end(), less);
  auto* s = new SetObj();
  s->items.reserve(order.size() + empty);
  if (empty) s->items.push_back(empty_set());
  const SortEntry<T>* last = nullptr;
  for (const SortEntry<T>& e : order) {
    if (last && cmp(*last, e) == 0) continue;
    last = &e;
    s->items.push_back(items[e.item]);
  }
  return Value::adopt(s);
}

}  // namespace

std::optional<Value> packed_set_of_sets(std::vector<Value>& items, size_t empties) {
  if (items.empty() && empties == 0) return std::nullopt;
  bool all_cells = true, all_idx = true;
  for (const Value& v : items) {
    all_cells = all_cells && is_cells(v);
    all_idx = all_idx && is_indices(v);
    if (!all_cells && !all_idx) return std::nullopt;
  }
  // None where a coordinate or colour is out of the keys' range (nothing charged then).
  Value out = all_cells ? sorted_distinct_sets<Cell>(items, empties, cells_of, true)
                        : sorted_distinct_sets<Idx>(items, empties, indices_of, false);
  if (out.is_none()) return std::nullopt;
  return out;
}

namespace {

std::optional<Value> union_of(std::span<const Value> parts, std::span<const Offset> off) {
  bool all_cells = true, all_idx = true;
  size_t total = 0, non_empty = 0, only = 0;
  for (size_t k = 0; k < parts.size(); ++k) {
    const Value& p = parts[k];
    all_cells = all_cells && is_cells(p);
    all_idx = all_idx && is_indices(p);
    if (!all_cells && !all_idx) return std::nullopt;
    if (const int64_t n = p.set().size(); n > 0) {
      total += size_t(n);
      ++non_empty;
      only = k;
    }
  }
  // One set: already the union (charged as the copy merge would build).
  if (non_empty <= 1) {
    charge_elements(int64_t(total));
    if (non_empty == 0) return empty_set();
    if (offset_of(off, only).di == 0 && offset_of(off, only).dj == 0) return parts[only];
    return shifted_parts(parts.subspan(only, 1), off.subspan(only, 1))[0];
  }
  return all_cells ? union_cells(parts, off, total) : union_indices(parts, off, total);
}

}  // namespace

std::vector<Value> shifted_parts(std::span<const Value> parts, std::span<const Offset> off) {
  std::vector<Value> out;
  out.reserve(parts.size());
  for (size_t k = 0; k < parts.size(); ++k) {
    const Value& p = parts[k];
    const Offset o = off[k];
    if ((o.di == 0 && o.dj == 0) || p.set().size() == 0) {
      out.push_back(p);
    } else if (p.set().layout == SetLayout::Cells) {
      std::vector<Cell> c(cells_of(p).begin(), cells_of(p).end());
      for (Cell& e : c) e.i += o.di, e.j += o.dj;
      out.push_back(sorted_cells_uncharged(std::move(c)));
    } else {
      std::vector<Idx> x(indices_of(p).begin(), indices_of(p).end());
      for (Idx& e : x) e.i += o.di, e.j += o.dj;
      out.push_back(sorted_indices_uncharged(std::move(x)));
    }
  }
  return out;
}

std::optional<Value> packed_union(std::span<const Value> parts) { return union_of(parts, {}); }

std::optional<Value> packed_union_shifted(std::span<const Value> parts,
                                          std::span<const Offset> offsets) {
  return union_of(parts, offsets);
}

Value batched_merge(const Value* a) {
  const Value& cs = a[0];
  if (cs.is_set() && cs.set().layout == SetLayout::Generic && !cs.set().has_none)
    if (std::optional<Value> u = packed_union(cs.set().items)) return *u;
  return k_merge(a);
}

Value packed_make_set(std::vector<Value>& items) { return packed_make_set(items, 0); }

Value packed_make_set(std::vector<Value>& items, size_t empties) {
  if (std::optional<Value> s = packed_set_of_sets(items, empties)) return *s;
  items.insert(items.end(), empties, empty_set());  // all one set: where they stand is no matter
  return make_set(std::move(items));
}

Value packed_merge(std::span<const Value> parts, bool to_set) {
  if (to_set)
    if (std::optional<Value> u = packed_union(parts)) return *u;
  return merge_elements(parts, to_set, packed_make_set);
}

namespace {

// The eager caller (the function value is called per element) with the batched folds' union and
// frozenset builders: a map whose function is chosen by data merges or collects its results as a
// map region's fold does.
struct PackedCallFunction : hof::CallFunction {
  Value merge(std::span<const Value> parts, bool to_set) const {
    return packed_merge(parts, to_set);
  }
  Value set_of(std::vector<Value>& items) const { return packed_make_set(items); }
};

}  // namespace

Kernel batched_kernel(Op op) {
  switch (op) {
    case Op::merge:
      return batched_merge;
    case Op::apply:
      return hof::apply_kernel<PackedCallFunction>;
    case Op::mapply:
      return hof::mapply_kernel<PackedCallFunction>;
    case Op::mpapply:
      return hof::mpapply_kernel<PackedCallFunction>;
    case Op::prapply:
      return hof::prapply_kernel<PackedCallFunction>;
    case Op::mfilter:
      return hof::mfilter_kernel<PackedCallFunction>;
    default:
      return op_info(op).kernel;
  }
}

}  // namespace arcjit::kernels
