// A run's output from its nodes' values on its lane, the same for every executor: the first
// statement error in program order, else the returned value (or the batt appends).
#pragma once

#include "compiler/program.h"
#include "runtime/eager.h"

namespace arcjit {

// `value(node)` gives the node's value on the run's lane.
template <class ValueOf>
RunOutput collect_run(const Program& p, const ValueOf& value) {
  RunOutput out;
  for (NodeId s : p.statements)
    if (value(s).is_err()) {
      out.value = value(s);
      return out;
    }
  if (p.kind == ProgramKind::Solver) {
    out.value = value(p.result);
    return out;
  }
  for (const AppendRecord& rec : p.appends)
    for (const auto& item : rec.items)
      if (const NodeId* n = std::get_if<NodeId>(&item)) out.appended.push_back(value(*n));
  return out;
}

}  // namespace arcjit
