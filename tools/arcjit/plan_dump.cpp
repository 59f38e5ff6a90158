#include "tools/arcjit/plan_dump.h"

#include <fmt/core.h>

#include <set>

namespace arcjit {

using nlohmann::json;

namespace {

// Where the trace node a flat node came from was written.
std::string where(const Workload& w, const FlatGraph& g, FlatId id) {
  const NodeId o = g.at(id).origin;
  if (o == kNoNode) return "";
  const SrcLoc& l = w.graph.node(o).loc;
  if (l.line == 0) return "";
  return fmt::format("{}:{}:{}", w.graph.file(l.file), l.line, l.col);
}

const char* mode_name(GroupMode m) { return m == GroupMode::Batched ? "batched" : "per-instance"; }

// Nodes the plan touches: grouped nodes and the constants they read.
std::vector<FlatId> shown_nodes(const FlatGraph& g, const Plan& plan) {
  std::vector<FlatId> out;
  for (FlatId id = 0; id < g.size(); ++id)
    if (!plan.lanes[id].empty()) out.push_back(id);
  return out;
}

std::string dot_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

json plan_json(const Workload& w, const FlatWorkload& fw, const Plan& plan) {
  const FlatGraph& g = fw.graph;
  json groups = json::array();
  size_t per_instance = 0;
  for (size_t k = 0; k < plan.groups.size(); ++k) {
    const Group& grp = plan.groups[k];
    if (grp.mode == GroupMode::PerInstance) per_instance += grp.lane_instances;
    groups.push_back({{"id", k},
                      {"signature", grp.signature},
                      {"step", grp.step},
                      {"nodes", grp.nodes},
                      {"lane_instances", grp.lane_instances},
                      {"in_map_region", grp.in_region},
                      {"backend", "cpu"},
                      {"mode", mode_name(grp.mode)},
                      {"note", grp.note}});
  }
  json nodes = json::array();
  for (FlatId id : shown_nodes(g, plan)) {
    json n{{"id", id},
           {"signature", node_signature(g, id)},
           {"space", space_text(g, g.at(id).space)},
           {"depth", plan.depth[id]},
           {"lanes", plan.lanes[id].size()},
           {"args", std::vector<FlatId>(g.args(id).begin(), g.args(id).end())}};
    if (plan.group_of[id] != kNoGroup) n["group"] = plan.group_of[id];
    if (!where(w, g, id).empty()) n["at"] = where(w, g, id);
    nodes.push_back(std::move(n));
  }
  json programs = json::array();
  for (const Program& p : w.programs) programs.push_back(p.name);
  json fusions = json::array();
  for (FlatId id = 0; id < g.size(); ++id)
    if (plan.fused_into[id] != kNoFlat)
      fusions.push_back(
          {{"body", id}, {"signature", node_signature(g, id)}, {"reduce", plan.fused_into[id]}});
  return {{"strategy", std::string(strategy_name(plan.strategy))},
          {"programs", programs},
          {"lanes", w.lanes.size()},
          {"runs", w.runs.size()},
          {"groups", groups},
          {"lane_instances", plan.lane_instances},
          {"per_instance_fallback_lane_instances", per_instance},
          {"map_regions", fw.stats.regions},
          {"inlined_calls", fw.stats.inlined_calls},
          {"dynamic_call_nodes", fw.stats.dynamic_calls},
          {"opaque_higher_order_nodes", fw.stats.opaque_hofs},
          {"fusions", fusions},  // map-region bodies evaluated inside their Reduce's fold
          {"nodes", nodes}};
}

std::string plan_text(const Workload& w, const FlatWorkload& fw, const Plan& plan,
                      bool with_nodes) {
  const FlatGraph& g = fw.graph;
  std::string out = fmt::format(
      "plan: {} grouping, {} programs x {} lanes = {} runs; {} groups over {} flat nodes (the "
      "file: {} map regions, {} inlined calls, {} calls of functions chosen by data, {} "
      "higher-order calls left to their kernel); {} region bodies fused into their fold\n",
      strategy_name(plan.strategy), w.programs.size(), w.lanes.size(), w.runs.size(),
      plan.groups.size(), g.size(), fw.stats.regions, fw.stats.inlined_calls,
      fw.stats.dynamic_calls, fw.stats.opaque_hofs, plan.fusions);
  out += "  group  step      lanes nodes  mode          signature\n";
  for (size_t k = 0; k < plan.groups.size(); ++k) {
    const Group& grp = plan.groups[k];
    out += fmt::format("  #{:<5} {:>4} {:>10} {:>5}  {:<13} {}{}\n", k, grp.step,
                       grp.lane_instances, grp.nodes.size(), mode_name(grp.mode), grp.signature,
                       grp.in_region ? "   [in a map region: x elements]" : "");
    if (!grp.note.empty()) out += fmt::format("{:>39}{}\n", "", grp.note);
  }
  if (!with_nodes) return out;
  out += "\nnodes:\n";
  for (FlatId id : shown_nodes(g, plan)) {
    std::string args;
    for (FlatId a : g.args(id)) args += fmt::format("{}%{}", args.empty() ? "" : ", ", a);
    std::string grp = plan.group_of[id] == kNoGroup ? "-" : fmt::format("#{}", plan.group_of[id]);
    out += fmt::format("  %{:<6} {:<40} depth {:<3} lanes {:<6} group {:<6} args [{}] over {} {}\n",
                       id, node_signature(g, id), plan.depth[id], plan.lanes[id].size(), grp, args,
                       space_text(g, g.at(id).space), where(w, g, id));
  }
  return out;
}

std::string plan_dot(const Workload& w, const FlatWorkload& fw, const Plan& plan) {
  const FlatGraph& g = fw.graph;
  // Graphviz lays out clusters (and thousands of nodes) slowly: a big plan (W1 has thousands of
  // groups) is drawn one box per group, an edge where a group reads another's result, without
  // spline routing; filter with --program/--lane for the clustered view of the nodes.
  const bool clusters = plan.groups.size() <= 200;
  std::string out = "digraph plan {\n  rankdir=TB;\n";
  if (!clusters) out += "  splines=false;\n  nslimit=2;\n  mclimit=0.2;\n";
  out += "  node [shape=box, fontsize=10, fontname=\"monospace\"];\n";
  auto color = [](const Group& grp) {
    return grp.mode == GroupMode::PerInstance
               ? "red"
               : (grp.in_region ? "darkgreen" : (grp.note.empty() ? "gray" : "blue"));
  };
  for (size_t k = 0; k < plan.groups.size(); ++k) {
    const Group& grp = plan.groups[k];
    std::string title = fmt::format("#{} step {}: {} x{}{}", k, grp.step, dot_escape(grp.signature),
                                    grp.lane_instances,
                                    grp.mode == GroupMode::PerInstance ? " (per-instance)" : "");
    if (!clusters) {
      out += fmt::format("  g{} [label=\"{}\", color={}];\n", k, title, color(grp));
      continue;
    }
    out += fmt::format("  subgraph cluster_{} {{\n    label=\"{}\";\n    color={};\n", k, title,
                       color(grp));
    for (FlatId n : grp.nodes)
      out += fmt::format("    n{} [label=\"%{} {}\\n{}\"];\n", n, n,
                         dot_escape(node_signature(g, n)), dot_escape(where(w, g, n)));
    out += "  }\n";
  }
  if (!clusters) {
    std::set<std::pair<uint32_t, uint32_t>> edges;
    for (FlatId id : shown_nodes(g, plan))
      for (FlatId a : g.args(id))
        if (plan.group_of[a] != kNoGroup && plan.group_of[id] != kNoGroup &&
            plan.group_of[a] != plan.group_of[id])
          edges.emplace(plan.group_of[a], plan.group_of[id]);
    for (auto [from, to] : edges) out += fmt::format("  g{} -> g{};\n", from, to);
    return out + "}\n";
  }
  for (FlatId id : shown_nodes(g, plan)) {
    if (plan.group_of[id] == kNoGroup)
      out += fmt::format("  n{} [shape=ellipse, label=\"{}\"];\n", id,
                         dot_escape(node_signature(g, id)));
    for (FlatId a : g.args(id)) out += fmt::format("  n{} -> n{};\n", a, id);
  }
  return out + "}\n";
}

}  // namespace arcjit
