// The planner: which (node, lane) instances a workload needs, and the order of groups that run
// them. A group holds nodes of one signature (node kind + op + constant arguments), so one
// batched operation covers the same op across every lane and every program of the batch.
// Strategies: depth grouping (all ready signatures of one depth at a time) or an agenda
// (ready queue, the signature of least average depth first, as DyNet's autobatching).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/program.h"

namespace arcjit {

enum class PlanStrategy : uint8_t { Depth, Agenda };
std::string_view strategy_name(PlanStrategy s);
std::optional<PlanStrategy> strategy_from_name(std::string_view name);

// How a group runs. Batched: one operation over all its instances. PerLane: the function is
// chosen by data (a call of a function value), so each instance dispatches on its own.
enum class GroupMode : uint8_t { Batched, PerLane };

struct Group {
  NodeKind kind = NodeKind::Prim;
  Op op = Op::identity;
  std::string signature;  // e.g. objects(_, True, False, True)
  std::vector<NodeId> nodes;
  uint32_t step = 0;     // depth (Depth) or agenda step (Agenda)
  size_t instances = 0;  // sum of the members' lane counts
  GroupMode mode = GroupMode::Batched;
  std::string note;  // why a fallback, or a map region's function
};

struct Plan {
  PlanStrategy strategy = PlanStrategy::Depth;
  std::vector<Group> groups;                 // in execution order
  std::vector<std::vector<uint32_t>> lanes;  // per node: the lanes that need it, ascending
  std::vector<uint32_t> depth;               // per node
  std::vector<uint32_t> group_of;            // per node: its group, or ~0u (inputs, constants)
  size_t instances = 0;
};

Plan make_plan(const Workload& w, PlanStrategy strategy);

// The signature text of a node (also used by the dump).
std::string node_signature(const Graph& g, NodeId id);

}  // namespace arcjit
