// The flattened graph and the plan as text, JSON and Graphviz DOT: groups with their signature,
// lane counts, mode (batched or per-instance fallback) and notes (map regions, fallbacks and why),
// and the nodes with their spaces, source locations, depths, lane counts and groups.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "compiler/planner.h"

namespace arcjit {

nlohmann::json plan_json(const Workload& w, const FlatWorkload& fw, const Plan& plan);
std::string plan_text(const Workload& w, const FlatWorkload& fw, const Plan& plan, bool with_nodes);
std::string plan_dot(const Workload& w, const FlatWorkload& fw, const Plan& plan);

}  // namespace arcjit
