#include "runtime/limits.h"

namespace arcjit {

LaneScope::LaneScope(const Limits& limits) : saved_(lane_budget()) {
  lane_budget() = LaneBudget{};
  lane_budget().limits = limits;
}

LaneScope::~LaneScope() { lane_budget() = saved_; }

}  // namespace arcjit
