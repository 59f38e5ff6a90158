#include "compiler/planner.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "compiler/schedule.h"
#include "runtime/value_repr.h"

namespace arcjit {

std::string_view strategy_name(PlanStrategy s) {
  return s == PlanStrategy::Depth ? "depth" : "agenda";
}

std::optional<PlanStrategy> strategy_from_name(std::string_view name) {
  if (name == "depth") return PlanStrategy::Depth;
  if (name == "agenda") return PlanStrategy::Agenda;
  return std::nullopt;
}

namespace {

std::string const_text(const Value& v) {
  if (v.is_func() && v.func().kind == FuncKind::Prim)
    return std::string(op_info(static_cast<Op>(v.func().op)).name);
  std::string s = repr(v);
  return s.size() > 24 ? s.substr(0, 21) + "..." : s;
}

// Higher-order primitives whose function argument, when known statically, makes the call a map
// region over the container's elements: the position of that argument.
std::optional<size_t> function_arg(Op op) {
  switch (op) {
    case Op::apply:
    case Op::mapply:
    case Op::papply:
    case Op::mpapply:
    case Op::prapply:
      return 0;
    case Op::sfilter:
    case Op::mfilter:
    case Op::extract:
    case Op::argmax:
    case Op::argmin:
    case Op::valmax:
    case Op::valmin:
    case Op::order:
      return 1;
    default:
      return std::nullopt;
  }
}

// Notes for the dump: fallbacks and map regions, with the reason.
void classify(const Graph& g, NodeId id, Group& grp) {
  const Node& n = g.node(id);
  if (n.kind == NodeKind::Call) {
    grp.mode = GroupMode::PerLane;
    grp.note = "per-lane fallback: calls a function value computed at run time";
    return;
  }
  if (n.kind != NodeKind::Prim) return;
  auto fa = function_arg(n.op);
  if (!fa || *fa >= n.n_args) return;
  NodeId f = g.args(id)[*fa];
  const Node& fn = g.node(f);
  if (fn.kind == NodeKind::Const)
    grp.note = "map region: function known statically (" + const_text(g.const_value(f)) +
               "); elements run per instance (flattening not implemented yet)";
  else if (fn.kind == NodeKind::Lambda)
    grp.note =
        "map region: a lambda of the program; elements run per instance (flattening not "
        "implemented yet)";
  else if (fn.kind == NodeKind::Prim && op_info(fn.op).cost == CostClass::HigherOrder)
    grp.note = "map region: closure built by " + std::string(op_info(fn.op).name) +
               " in the program; elements run per instance (flattening not implemented yet)";
  else
    grp.note = "map region with a function chosen at run time: per-lane dispatch";
}

}  // namespace

std::string node_signature(const Graph& g, NodeId id) {
  const Node& n = g.node(id);
  std::string head;
  switch (n.kind) {
    case NodeKind::Prim:
      head = std::string(op_info(n.op).name);
      break;
    case NodeKind::Call:
      head = "call";
      break;
    case NodeKind::Guard:
      head = "guard[" + std::to_string(n.aux) + "]";
      break;
    case NodeKind::Lambda:
      head = "lambda/" + std::to_string(n.aux);
      break;
    case NodeKind::Tuple:
      head = "tuple";
      break;
    case NodeKind::Input:
      return "input";
    case NodeKind::Const:
      return "const " + const_text(g.const_value(id));
    case NodeKind::Param:
      return "param";
  }
  if (n.kind == NodeKind::Lambda) head += "@" + std::to_string(n.slot);
  head += '(';
  auto args = g.args(id);
  for (size_t k = 0; k < args.size(); ++k) {
    if (k) head += ", ";
    const Node& a = g.node(args[k]);
    head += a.kind == NodeKind::Const ? const_text(g.const_value(args[k])) : "_";
  }
  return head + ')';
}

Plan make_plan(const Workload& w, PlanStrategy strategy) {
  const Graph& g = w.graph;
  Plan plan;
  plan.strategy = strategy;
  plan.lanes.resize(g.size());
  plan.depth.assign(g.size(), 0);
  plan.group_of.assign(g.size(), ~0u);

  // Lanes per program, then per node: a node is needed on every lane of every program using it.
  std::vector<std::vector<uint32_t>> program_lanes(w.programs.size());
  for (const Run& r : w.runs) program_lanes[r.program].push_back(r.lane);
  std::vector<uint8_t> needed(g.size(), 0);
  for (size_t p = 0; p < w.programs.size(); ++p) {
    auto& pl = program_lanes[p];
    if (pl.empty()) continue;
    std::sort(pl.begin(), pl.end());
    pl.erase(std::unique(pl.begin(), pl.end()), pl.end());
    for (NodeId id : program_schedule(g, w.programs[p])) {
      needed[id] = 1;
      auto& lanes = plan.lanes[id];
      if (lanes.empty()) {
        lanes = pl;
      } else if (lanes != pl) {
        std::vector<uint32_t> merged;
        std::set_union(lanes.begin(), lanes.end(), pl.begin(), pl.end(),
                       std::back_inserter(merged));
        lanes = std::move(merged);
      }
    }
  }

  // Depths (node order is topological).
  for (NodeId id = 0; id < g.size(); ++id) {
    uint32_t d = 0;
    for (NodeId a : g.args(id)) d = std::max(d, plan.depth[a] + 1);
    plan.depth[id] = d;
  }

  auto groupable = [&](NodeId id) {
    NodeKind k = g.node(id).kind;
    return needed[id] && k != NodeKind::Input && k != NodeKind::Const && k != NodeKind::Param;
  };
  std::vector<std::string> sig(g.size());
  for (NodeId id = 0; id < g.size(); ++id)
    if (groupable(id)) sig[id] = node_signature(g, id);

  auto emit = [&](const std::vector<NodeId>& members, uint32_t step) {
    Group grp;
    grp.kind = g.node(members[0]).kind;
    grp.op = g.node(members[0]).op;
    grp.signature = sig[members[0]];
    grp.nodes = members;
    grp.step = step;
    for (NodeId m : members) {
      grp.instances += plan.lanes[m].size();
      plan.group_of[m] = uint32_t(plan.groups.size());
    }
    classify(g, members[0], grp);
    plan.instances += grp.instances;
    plan.groups.push_back(std::move(grp));
  };

  if (strategy == PlanStrategy::Depth) {
    std::map<std::pair<uint32_t, std::string>, std::vector<NodeId>> by_key;
    for (NodeId id = 0; id < g.size(); ++id)
      if (groupable(id)) by_key[{plan.depth[id], sig[id]}].push_back(id);
    for (auto& [key, members] : by_key) emit(members, key.first);
    return plan;
  }

  // Agenda: ready nodes by signature; run the signature whose ready nodes have the least
  // average depth, all of them at once.
  std::vector<uint32_t> waiting(g.size(), 0);
  std::vector<std::vector<NodeId>> consumers(g.size());
  for (NodeId id = 0; id < g.size(); ++id) {
    if (!groupable(id)) continue;
    for (NodeId a : g.args(id))
      if (groupable(a)) {
        ++waiting[id];
        consumers[a].push_back(id);
      }
  }
  std::unordered_map<std::string, std::vector<NodeId>> ready;
  for (NodeId id = 0; id < g.size(); ++id)
    if (groupable(id) && waiting[id] == 0) ready[sig[id]].push_back(id);
  uint32_t step = 0;
  while (!ready.empty()) {
    auto best = ready.end();
    double best_depth = 0;
    for (auto it = ready.begin(); it != ready.end(); ++it) {
      double sum = 0;
      for (NodeId id : it->second) sum += plan.depth[id];
      double avg = sum / double(it->second.size());
      if (best == ready.end() || avg < best_depth ||
          (avg == best_depth && it->second[0] < best->second[0])) {
        best = it;
        best_depth = avg;
      }
    }
    std::vector<NodeId> members = std::move(best->second);
    ready.erase(best);
    std::sort(members.begin(), members.end());
    emit(members, step++);
    for (NodeId m : members)
      for (NodeId c : consumers[m])
        if (--waiting[c] == 0) ready[sig[c]].push_back(c);
  }
  return plan;
}

}  // namespace arcjit
