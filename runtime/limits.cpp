#include "runtime/limits.h"

namespace arcjit {

namespace {
thread_local LaneBudget t_budget;
}  // namespace

LaneBudget& lane_budget() { return t_budget; }

LaneScope::LaneScope(const Limits& limits) : saved_(t_budget) {
  t_budget = LaneBudget{};
  t_budget.limits = limits;
}

LaneScope::~LaneScope() { t_budget = saved_; }

}  // namespace arcjit
