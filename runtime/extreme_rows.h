// valmax/valmin/argmax/argmin over a container that is its source minus a few elements
// (remove(x, S), the fold of each x over S): the fold reads the same body row, the keys of S's
// elements, once per x, so a quadratic number of element reads. Here each row is read once:
// its positions ordered by key (ties in iteration order) and its summed element cost; an
// instance then takes the first position of that order it holds, and the sum less what it
// lacks. Same winner, same charges as the fold element by element.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "runtime/column.h"

namespace arcjit {

// The positions of 0..source_n-1 missing from `positions` (strictly increasing, a subset's
// positions in its source), at most max_missing of them; false when more are missing.
bool missing_positions(std::span<const uint32_t> positions, uint32_t source_n,
                       std::vector<uint32_t>& out, uint32_t max_missing);

struct ExtremeRow {
  bool ok = false;  // every element's key an int and its cost known
  Cost total;       // the elements' summed cost
  std::vector<uint32_t> order;
};

class ExtremeRows {
 public:
  // Rows are identified by the body's base instance and the charge spaces' bases.
  using Key = std::array<uint32_t, 4>;
  static constexpr size_t kMaxBases = 3;

  // The row for key; fill(row) builds it the first time. The reference is good until the next
  // call.
  template <class Fill>
  const ExtremeRow& get(const Key& k, Fill&& fill) {
    // Mostly the body's base alone tells rows apart: a slot per base (the whole key checked),
    // the map for the rest; a lookup per instance of the fold was most of its time.
    constexpr uint32_t kDirect = 1u << 22;
    if (k[0] < kDirect) {
      if (direct_.size() <= k[0]) direct_.resize(size_t(k[0]) + 1, 0);
      if (const uint32_t slot = direct_[k[0]]; slot != 0 && keys_[slot - 1] == k)
        return rows_[slot - 1];
      if (direct_[k[0]] == 0) {
        direct_[k[0]] = add(k, fill);
        return rows_.back();
      }
    }
    auto [it, fresh] = others_.try_emplace(k, 0);
    if (fresh) it->second = add(k, fill);
    return rows_[it->second - 1];
  }

 private:
  template <class Fill>
  uint32_t add(const Key& k, Fill& fill) {
    keys_.push_back(k);
    fill(rows_.emplace_back());
    return uint32_t(rows_.size());
  }

  struct Hash {
    size_t operator()(const Key& k) const {
      uint64_t h = 0x9e3779b97f4a7c15ull;
      for (uint32_t v : k) h = (h ^ v) * 0x100000001b3ull;
      return size_t(h);
    }
  };
  std::vector<Key> keys_;
  std::vector<ExtremeRow> rows_;
  std::vector<uint32_t> direct_;                    // per body base: 1 + its row, or 0
  std::unordered_map<Key, uint32_t, Hash> others_;  // 1 + the row
};

// Orders the positions 0..keys.size()-1 by key (the greatest first when want_max), ties by
// position: the first entry is the fold's winner over the whole row.
void order_by_key(std::span<const int64_t> keys, bool want_max, std::vector<uint32_t>& order);

}  // namespace arcjit
