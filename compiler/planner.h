// The planner: which lanes need each node of the flattened graph, and the order of groups that
// run them. A group holds the nodes of one signature (kind + op + constant arguments), so one
// batched operation covers the same op across every lane, every program and every map region of
// the batch (a node in a map region runs over all the elements of all the lanes at once).
// Strategies: depth grouping (all signatures of one depth at a time) or an agenda (ready queue,
// the signature of least average depth first, as DyNet's autobatching).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/flatten.h"

namespace arcjit {

enum class PlanStrategy : uint8_t { Depth, Agenda };
std::string_view strategy_name(PlanStrategy s);
std::optional<PlanStrategy> strategy_from_name(std::string_view name);

// How a group runs. Batched: one operation over all its instances. PerInstance: the function is
// chosen by data, so each instance calls it on its own (DynCall, or a higher-order primitive
// left to its reference kernel).
enum class GroupMode : uint8_t { Batched, PerInstance };

struct Group {
  FlatKind kind = FlatKind::Prim;
  Op op = Op::identity;
  std::string signature;  // e.g. objects(_, True, False, True)
  std::vector<FlatId> nodes;
  uint32_t step = 0;          // depth (Depth) or agenda step (Agenda)
  size_t lane_instances = 0;  // sum of the members' lane counts (a map region's elements per
                              // lane are known only when it runs)
  bool in_region = false;     // some member lives in a map region (a space with axes)
  GroupMode mode = GroupMode::Batched;
  std::string note;  // a map region's function, a fallback and why
};

inline constexpr uint32_t kNoGroup = ~0u;
inline constexpr uint32_t kKeptToEnd = ~0u - 1;

struct Plan {
  PlanStrategy strategy = PlanStrategy::Depth;
  std::vector<Group> groups;                 // in execution order
  std::vector<std::vector<uint32_t>> lanes;  // per node: the lanes that need it, ascending
  std::vector<uint32_t> depth;               // per node
  std::vector<uint32_t> group_of;            // per node: its group, or kNoGroup (constants)
  // Per node: the last group that reads it (its values can go after that group), or kKeptToEnd
  // for what runs read at the end (results, append items). A statement's errors are read at the
  // end too: an executor keeps those before the values go.
  std::vector<uint32_t> last_use;
  // Per node: the Reduce whose fold evaluates it element by element (a fused body: no column of
  // its own), or kNoFlat.
  std::vector<FlatId> fused_into;
  size_t fusions = 0;
  size_t lane_instances = 0;
};

Plan make_plan(const Workload& w, const FlatWorkload& fw, PlanStrategy strategy);

// The signature text of a node (also used by the dump).
std::string node_signature(const FlatGraph& g, FlatId id);
// A space as text: "lane" or "lane x elements of %12 x ...".
std::string space_text(const FlatGraph& g, SpaceId s);

}  // namespace arcjit
