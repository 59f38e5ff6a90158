// Per-lane resource limits (SEMANTICS.md): sizes and operation counts, never wall time, so every
// backend reports ResourceLimit on the same lane. Exceeding one raises ResourceLimit for the lane.
#pragma once

#include <cstdint>
#include <limits>

#include "runtime/errors.h"

namespace arcjit {

struct Limits {
  int64_t max_grid_cells = 250'000;        // cells in one grid (h * w)
  int64_t max_container = 1'000'000;       // elements in one tuple or frozenset
  int64_t max_lane_elements = 20'000'000;  // elements one node builds in total (a byte proxy)
  int64_t max_lane_work = 400'000'000;     // elementary steps of one node (scans, calls)
  int64_t max_power = 256;                 // power(f, n): largest n
  int64_t max_call_depth = 400;            // nested calls through closures

  // No limits: the budget of code running outside any lane (loading tasks, encoding outputs).
  // constexpr: the thread-local budget below is then initialized statically, and reading it
  // costs no initialization check (every kernel charge reads it).
  static constexpr Limits unlimited() {
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max() / 4;
    return Limits{kMax, kMax, kMax, kMax, kMax, kMax};
  }
};

// The budget of the lane running on this thread. Kernels charge it; executors install a fresh one
// for every node they evaluate for a lane (LaneScope), closures called inside that node included.
// Per node, not per run: a batched backend computes a node shared by many programs once per lane,
// so only a per-node budget makes every backend report ResourceLimit on the same lanes.
struct LaneBudget {
  Limits limits;
  int64_t elements = 0;
  int64_t work = 0;
  int64_t depth = 0;
};

namespace detail {
inline thread_local LaneBudget t_budget{Limits::unlimited()};
}  // namespace detail

inline LaneBudget& lane_budget() { return detail::t_budget; }

// Installs a fresh budget for one lane on this thread and restores the previous one after.
class LaneScope {
 public:
  explicit LaneScope(const Limits& limits);
  ~LaneScope();
  LaneScope(const LaneScope&) = delete;
  LaneScope& operator=(const LaneScope&) = delete;

 private:
  LaneBudget saved_;
};

inline void charge_elements(int64_t n) {
  LaneBudget& b = lane_budget();
  if (n > b.limits.max_container) raise(ErrKind::ResourceLimit);
  b.elements += n;
  if (b.elements > b.limits.max_lane_elements) raise(ErrKind::ResourceLimit);
}

inline void charge_work(int64_t n) {
  LaneBudget& b = lane_budget();
  b.work += n;
  if (b.work > b.limits.max_lane_work) raise(ErrKind::ResourceLimit);
}

// Charges a cost measured earlier, as the lane totals it added then: a subexpression Python
// evaluates again, an element result a batched backend replays.
inline void charge_recorded(int64_t work, int64_t elements) {
  LaneBudget& b = lane_budget();
  b.work += work;
  b.elements += elements;
  if (b.work > b.limits.max_lane_work || b.elements > b.limits.max_lane_elements)
    raise(ErrKind::ResourceLimit);
}

inline void check_grid_cells(int64_t h, int64_t w) {
  if (h > 0 && w > 0 && h * w > lane_budget().limits.max_grid_cells) raise(ErrKind::ResourceLimit);
}

// Guards one level of nested calls through function values.
class DepthGuard {
 public:
  DepthGuard() {
    LaneBudget& b = lane_budget();
    if (++b.depth > b.limits.max_call_depth) {
      --b.depth;
      raise(ErrKind::ResourceLimit);
    }
  }
  ~DepthGuard() { --lane_budget().depth; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
};

}  // namespace arcjit
