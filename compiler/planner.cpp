#include "compiler/planner.h"

#include <algorithm>
#include <map>
#include <unordered_map>

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

std::string args_text(const FlatGraph& g, std::span<const FlatId> args) {
  std::string out = "(";
  for (size_t k = 0; k < args.size(); ++k) {
    if (k) out += ", ";
    out += g.at(args[k]).kind == FlatKind::Const ? const_text(g.const_value(args[k])) : "_";
  }
  return out + ")";
}

// Notes for the dump: map regions and fallbacks, with the reason.
void classify(const FlatGraph& g, FlatId id, Group& grp) {
  const FlatNode& n = g.at(id);
  switch (n.kind) {
    case FlatKind::DynCall:
      grp.mode = GroupMode::PerInstance;
      grp.note = "per-instance fallback: calls a function value chosen by data";
      return;
    case FlatKind::Prim:
      if (calls_function_values(n.op)) {
        grp.mode = GroupMode::PerInstance;
        grp.note = n.op == Op::rapply
                       ? "per-instance fallback: rapply calls functions held as data"
                       : "per-instance fallback: the function is chosen by data (reference kernel)";
      }
      return;
    case FlatKind::Reduce: {
      const ReduceInfo& r = g.reduce_info(id);
      const Axis& ax = g.axis_info(r.axis);
      const char* how = ax.kind == AxisKind::Zip       ? "zipped elements of"
                        : ax.kind == AxisKind::Product ? "pairs of elements of"
                        : ax.kind == AxisKind::Pairs   ? "the product's pairs, read from"
                                                       : "elements of";
      grp.note = "map region: " + std::string(op_info(n.op).name) + " over " + how + " %" +
                 std::to_string(ax.a) + (ax.b != kNoFlat ? " and %" + std::to_string(ax.b) : "") +
                 "; body %" + std::to_string(r.body) + ", " +
                 std::to_string(g.steps(r.charge).size()) + " charge steps per element";
      return;
    }
    case FlatKind::Budget:
      grp.note = "an inlined call at top level: its charges replayed under one lane budget";
      return;
    default:
      return;
  }
}

// A Reduce's body fused into its fold: a primitive building a set or grid per element (connect,
// shift, recolor, ...) that nothing else reads, charged last in the element's charge program
// and living in the element space itself (not hoisted out of a map, where its instances are
// shared). The fold then evaluates it element by element as it goes, with the same kernel and
// the same recorded cost, instead of holding a column of the chunk's results between two
// groups. `refs`: how many times each node is read (arguments, space containers, runs).
FlatId fusable_body(const FlatGraph& g, FlatId id, const std::vector<uint32_t>& refs) {
  if (g.at(id).kind != FlatKind::Reduce) return kNoFlat;
  const ReduceInfo& r = g.reduce_info(id);
  const FlatId b = r.body;
  const FlatNode& bn = g.at(b);
  if (bn.kind != FlatKind::Prim || calls_function_values(bn.op) || refs[b] != 1 ||
      bn.space != r.elem_space || g.args(b).size() > 8)
    return kNoFlat;
  // Ints, bools and points stay columns: folds read those unboxed (argmax over sizes, ...);
  // so does IntegerSet, arc-dsl's declared type of numcolors, an int.
  const OpInfo& info = op_info(bn.op);
  if (info.cost != CostClass::Linear && info.cost != CostClass::Heavy) return kNoFlat;
  switch (info.result) {
    case ResultType::Grid:
    case ResultType::Indices:
    case ResultType::Object:
    case ResultType::Objects:
    case ResultType::Patch:
    case ResultType::FrozenSet:
      break;
    default:
      return kNoFlat;
  }
  auto steps = g.steps(r.charge);
  if (steps.empty() || steps.back().kind != StepKind::Node || steps.back().node != b)
    return kNoFlat;
  for (const ChargeStep& s : steps)
    if (s.kind == StepKind::GuardJump || (s.node == b && &s != &steps.back())) return kNoFlat;
  return b;
}

}  // namespace

std::string node_signature(const FlatGraph& g, FlatId id) {
  const FlatNode& n = g.at(id);
  auto args = g.args(id);
  switch (n.kind) {
    case FlatKind::Input:
      return "input";
    case FlatKind::Const:
      return "const " + const_text(g.const_value(id));
    case FlatKind::Prim:
      return std::string(op_info(n.op).name) + args_text(g, args);
    case FlatKind::Elem: {
      const AxisKind k = g.axis_info(n.aux).kind;
      return k == AxisKind::Elem
                 ? "elem"
                 : (k == AxisKind::Zip ? "zip" : (k == AxisKind::Pairs ? "pair" : "product")) +
                       std::string(n.slot ? "[1]" : "[0]");
    }
    case FlatKind::Reduce:
      return "reduce " + std::string(op_info(n.op).name);
    case FlatKind::DynCall:
      return "call" + args_text(g, args);
    case FlatKind::MakeFunc:
      return "function " + std::to_string(n.slot);
    case FlatKind::Tuple:
      return "tuple" + args_text(g, args);
    case FlatKind::Guard:
      return "guard[" + std::to_string(n.aux) + "]";
    case FlatKind::Fail:
      return "fail " + std::string(err_name(ErrKind(n.aux)));
    case FlatKind::After:
      return "after " + const_text(g.pool_value(n.slot));
    case FlatKind::GuardState:
      return "guard-state[" + std::to_string(n.aux) + "]";
    case FlatKind::GuardSelect:
      return "guard-select";
    case FlatKind::Budget:
      return "budget";
  }
  return "?";
}

std::string space_text(const FlatGraph& g, SpaceId s) {
  std::string out = "lane";
  for (AxisId a : g.space_axes(s)) {
    const Axis& ax = g.axis_info(a);
    out += " x " +
           std::string(ax.kind == AxisKind::Elem    ? "elements of %"
                       : ax.kind == AxisKind::Zip   ? "zip of %"
                       : ax.kind == AxisKind::Pairs ? "pairs of product of %"
                                                    : "product of %") +
           std::to_string(ax.a) + (ax.b != kNoFlat ? ", %" + std::to_string(ax.b) : "");
  }
  return out;
}

Plan make_plan(const Workload& w, const FlatWorkload& fw, PlanStrategy strategy) {
  const FlatGraph& g = fw.graph;
  const size_t n_nodes = g.size();
  Plan plan;
  plan.strategy = strategy;
  plan.lanes.resize(n_nodes);
  plan.depth.assign(n_nodes, 0);
  plan.group_of.assign(n_nodes, kNoGroup);
  plan.last_use.assign(n_nodes, kNoGroup);

  auto deps = [&](FlatId id, auto&& f) { for_each_dep(g, id, f); };

  // Lanes: programs with the same lanes (all of them, in all-pairs runs) share one pass.
  std::vector<std::vector<uint32_t>> program_lanes(w.programs.size());
  for (const Run& r : w.runs) program_lanes[r.program].push_back(r.lane);
  std::map<std::vector<uint32_t>, std::vector<size_t>> by_lanes;
  for (size_t p = 0; p < w.programs.size(); ++p) {
    auto& pl = program_lanes[p];
    if (pl.empty()) continue;
    std::sort(pl.begin(), pl.end());
    pl.erase(std::unique(pl.begin(), pl.end()), pl.end());
    by_lanes[pl].push_back(p);
  }
  std::vector<uint32_t> mark(n_nodes, 0);
  uint32_t epoch = 0;
  std::vector<FlatId> stack;
  for (const auto& [lanes, progs] : by_lanes) {
    ++epoch;
    for (size_t p : progs) {
      const FlatProgram& fp = fw.programs[p];
      stack.insert(stack.end(), fp.statements.begin(), fp.statements.end());
      if (fp.result != kNoFlat) stack.push_back(fp.result);
      stack.insert(stack.end(), fp.append_items.begin(), fp.append_items.end());
    }
    while (!stack.empty()) {
      FlatId id = stack.back();
      stack.pop_back();
      if (mark[id] == epoch) continue;
      mark[id] = epoch;
      auto& nl = plan.lanes[id];
      if (nl.empty()) {
        nl = lanes;
      } else if (nl != lanes) {
        std::vector<uint32_t> merged;
        std::set_union(nl.begin(), nl.end(), lanes.begin(), lanes.end(),
                       std::back_inserter(merged));
        nl = std::move(merged);
      }
      deps(id, [&](FlatId a) { stack.push_back(a); });
    }
  }

  // Depths (a node's dependencies are always created before it).
  for (FlatId id = 0; id < n_nodes; ++id)
    deps(id, [&](FlatId a) { plan.depth[id] = std::max(plan.depth[id], plan.depth[a] + 1); });

  auto groupable = [&](FlatId id) {
    return !plan.lanes[id].empty() && g.at(id).kind != FlatKind::Const;
  };
  std::vector<std::string> sig(n_nodes);
  for (FlatId id = 0; id < n_nodes; ++id)
    if (groupable(id)) sig[id] = node_signature(g, id);

  auto emit = [&](const std::vector<FlatId>& members, uint32_t step) {
    Group grp;
    grp.kind = g.at(members[0]).kind;
    grp.op = g.at(members[0]).op;
    grp.signature = sig[members[0]];
    grp.nodes = members;
    grp.step = step;
    for (FlatId m : members) {
      grp.lane_instances += plan.lanes[m].size();
      grp.in_region = grp.in_region || g.at(m).space != kRootSpace;
      plan.group_of[m] = uint32_t(plan.groups.size());
    }
    classify(g, members[0], grp);
    plan.lane_instances += grp.lane_instances;
    plan.groups.push_back(std::move(grp));
  };

  if (strategy == PlanStrategy::Depth) {
    std::map<std::pair<uint32_t, std::string>, std::vector<FlatId>> by_key;
    for (FlatId id = 0; id < n_nodes; ++id)
      if (groupable(id)) by_key[{plan.depth[id], sig[id]}].push_back(id);
    for (auto& [key, members] : by_key) emit(members, key.first);
  } else {
    // Agenda: ready nodes by signature; run the signature whose ready nodes have the least
    // average depth, all of them at once.
    std::vector<uint32_t> waiting(n_nodes, 0);
    std::vector<std::vector<FlatId>> consumers(n_nodes);
    for (FlatId id = 0; id < n_nodes; ++id) {
      if (!groupable(id)) continue;
      std::vector<FlatId> ds;
      deps(id, [&](FlatId a) {
        if (groupable(a)) ds.push_back(a);
      });
      std::sort(ds.begin(), ds.end());
      ds.erase(std::unique(ds.begin(), ds.end()), ds.end());
      for (FlatId a : ds) {
        ++waiting[id];
        consumers[a].push_back(id);
      }
    }
    std::unordered_map<std::string, std::vector<FlatId>> ready;
    for (FlatId id = 0; id < n_nodes; ++id)
      if (groupable(id) && waiting[id] == 0) ready[sig[id]].push_back(id);
    uint32_t step = 0;
    while (!ready.empty()) {
      auto best = ready.end();
      double best_depth = 0;
      for (auto it = ready.begin(); it != ready.end(); ++it) {
        double sum = 0;
        for (FlatId id : it->second) sum += plan.depth[id];
        double avg = sum / double(it->second.size());
        if (best == ready.end() || avg < best_depth ||
            (avg == best_depth && it->second[0] < best->second[0])) {
          best = it;
          best_depth = avg;
        }
      }
      std::vector<FlatId> members = std::move(best->second);
      ready.erase(best);
      std::sort(members.begin(), members.end());
      emit(members, step++);
      for (FlatId m : members)
        for (FlatId c : consumers[m])
          if (--waiting[c] == 0) ready[sig[c]].push_back(c);
    }
  }

  // Fusions (see fusable_body).
  plan.fused_into.assign(n_nodes, kNoFlat);
  {
    std::vector<uint32_t> refs(n_nodes, 0);
    for (FlatId id = 0; id < n_nodes; ++id)
      if (!plan.lanes[id].empty()) deps(id, [&](FlatId a) { ++refs[a]; });
    for (const FlatProgram& fp : fw.programs) {
      for (FlatId s : fp.statements) ++refs[s];
      if (fp.result != kNoFlat) ++refs[fp.result];
      for (FlatId a : fp.append_items) ++refs[a];
    }
    for (FlatId id = 0; id < n_nodes; ++id) {
      if (plan.lanes[id].empty()) continue;
      const FlatId b = fusable_body(g, id, refs);
      if (b == kNoFlat) continue;
      plan.fused_into[b] = id;
      ++plan.fusions;
      auto add_note = [](Group& grp, const std::string& note) {
        if (grp.note.find(note) == std::string::npos)
          grp.note += (grp.note.empty() ? "" : "; ") + note;
      };
      add_note(plan.groups[plan.group_of[id]], "fused body " + sig[b]);
      add_note(plan.groups[plan.group_of[b]], "fused: evaluated inside its Reduce's fold");
      // The region's elements that only the fused body reads are taken from their containers
      // as it needs them, not held in a column of the chunk's elements (a product's pairs:
      // millions of points).
      for (FlatId a : g.args(b)) {
        const FlatNode& an = g.at(a);
        if (an.kind != FlatKind::Elem || refs[a] != 1 || an.space != g.at(b).space ||
            plan.fused_into[a] != kNoFlat)
          continue;
        plan.fused_into[a] = id;
        ++plan.fusions;
        add_note(plan.groups[plan.group_of[id]], "fused " + sig[a]);
        add_note(plan.groups[plan.group_of[a]], "fused: read by its Reduce's fused body");
      }
    }
  }

  // Liveness: a node's values are read by its dependents' groups (a fused body's arguments: by
  // its Reduce's); what runs read is kept.
  for (FlatId id = 0; id < n_nodes; ++id) {
    const uint32_t gi = plan.group_of[id];
    if (gi == kNoGroup) continue;
    const uint32_t reader =
        plan.fused_into[id] == kNoFlat ? gi : plan.group_of[plan.fused_into[id]];
    deps(id, [&](FlatId a) {
      uint32_t& lu = plan.last_use[a];
      if (lu == kNoGroup || lu < reader) lu = reader;
    });
  }
  // A statement's value is read at the end only for its errors (the executor keeps those): it
  // goes after its last reader, or after its own group where nothing reads it.
  for (const FlatProgram& fp : fw.programs)
    for (FlatId s : fp.statements)
      if (uint32_t& lu = plan.last_use[s];
          plan.group_of[s] != kNoGroup && (lu == kNoGroup || lu < plan.group_of[s]))
        lu = plan.group_of[s];
  for (const FlatProgram& fp : fw.programs) {
    if (fp.result != kNoFlat) plan.last_use[fp.result] = kKeptToEnd;
    for (FlatId a : fp.append_items) plan.last_use[a] = kKeptToEnd;
  }
  return plan;
}

}  // namespace arcjit
