#include "compiler/schedule.h"

#include <algorithm>

namespace arcjit {

std::vector<NodeId> reachable_nodes(const Graph& g, const std::vector<NodeId>& roots,
                                    const std::vector<NodeId>& stop_at) {
  std::vector<uint8_t> seen(g.size(), 0);
  for (NodeId s : stop_at) seen[s] = 2;
  std::vector<NodeId> stack(roots.begin(), roots.end()), out;
  while (!stack.empty()) {
    NodeId id = stack.back();
    stack.pop_back();
    if (seen[id]) continue;
    seen[id] = 1;
    out.push_back(id);
    for (NodeId a : g.args(id)) stack.push_back(a);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<NodeId> program_outputs(const Program& p) {
  std::vector<NodeId> roots = p.statements;
  if (p.result != kNoNode) roots.push_back(p.result);
  for (const AppendRecord& r : p.appends)
    for (const auto& item : r.items)
      if (const NodeId* n = std::get_if<NodeId>(&item)) roots.push_back(*n);
  return roots;
}

std::vector<NodeId> program_schedule(const Graph& g, const Program& p) {
  return reachable_nodes(g, program_outputs(p));
}

}  // namespace arcjit
