// Which nodes a program needs, in topological order: the nodes its statements, result and append
// items reach, not entering lambda bodies (a lambda's captures are its inputs; its body runs
// when it is called). Shared by the executors and the planner.
#pragma once

#include <vector>

#include "compiler/program.h"

namespace arcjit {

// The nodes `roots` reach, ascending (node order is topological), stopping at `stop_at`.
std::vector<NodeId> reachable_nodes(const Graph& g, const std::vector<NodeId>& roots,
                                    const std::vector<NodeId>& stop_at = {});

// Everything a run of `p` evaluates at top level.
std::vector<NodeId> program_schedule(const Graph& g, const Program& p);

// The nodes whose values a run of `p` reads at the end: statements, result, append items.
std::vector<NodeId> program_outputs(const Program& p);

}  // namespace arcjit
