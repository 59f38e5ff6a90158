#include "tools/arcjit/plan_dump.h"

#include <fmt/core.h>

namespace arcjit {

using nlohmann::json;

namespace {

constexpr uint32_t kNoGroup = ~0u;

std::string where(const Graph& g, NodeId id) {
  const SrcLoc& l = g.node(id).loc;
  if (l.line == 0) return "";
  return fmt::format("{}:{}:{}", g.file(l.file), l.line, l.col);
}

const char* mode_name(GroupMode m) { return m == GroupMode::Batched ? "batched" : "per-lane"; }

// Nodes the plan touches: grouped nodes and the inputs and constants they read.
std::vector<NodeId> shown_nodes(const Workload& w, const Plan& plan) {
  std::vector<NodeId> out;
  for (NodeId id = 0; id < w.graph.size(); ++id)
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

json plan_json(const Workload& w, const Plan& plan) {
  const Graph& g = w.graph;
  json groups = json::array();
  size_t per_lane = 0;
  for (size_t k = 0; k < plan.groups.size(); ++k) {
    const Group& grp = plan.groups[k];
    if (grp.mode == GroupMode::PerLane) per_lane += grp.instances;
    groups.push_back({{"id", k},
                      {"signature", grp.signature},
                      {"step", grp.step},
                      {"nodes", grp.nodes},
                      {"instances", grp.instances},
                      {"backend", "cpu"},
                      {"mode", mode_name(grp.mode)},
                      {"note", grp.note}});
  }
  json nodes = json::array();
  for (NodeId id : shown_nodes(w, plan)) {
    json n{{"id", id},
           {"signature", node_signature(g, id)},
           {"depth", plan.depth[id]},
           {"lanes", plan.lanes[id].size()},
           {"args", std::vector<NodeId>(g.args(id).begin(), g.args(id).end())}};
    if (plan.group_of[id] != kNoGroup) n["group"] = plan.group_of[id];
    if (!where(g, id).empty()) n["at"] = where(g, id);
    nodes.push_back(std::move(n));
  }
  json programs = json::array();
  for (const Program& p : w.programs) programs.push_back(p.name);
  return {{"strategy", std::string(strategy_name(plan.strategy))},
          {"programs", programs},
          {"lanes", w.lanes.size()},
          {"runs", w.runs.size()},
          {"groups", groups},
          {"instances", plan.instances},
          {"per_lane_fallback_instances", per_lane},
          {"fusions", json::array()},  // none yet: every node is its own group member
          {"nodes", nodes}};
}

std::string plan_text(const Workload& w, const Plan& plan, bool with_nodes) {
  std::string out =
      fmt::format("plan: {} grouping, {} programs x {} lanes = {} runs; {} groups, {} instances\n",
                  strategy_name(plan.strategy), w.programs.size(), w.lanes.size(), w.runs.size(),
                  plan.groups.size(), plan.instances);
  out += "  group  step  instances nodes  mode      signature\n";
  for (size_t k = 0; k < plan.groups.size(); ++k) {
    const Group& grp = plan.groups[k];
    out += fmt::format("  #{:<5} {:>4} {:>10} {:>5}  {:<9} {}\n", k, grp.step, grp.instances,
                       grp.nodes.size(), mode_name(grp.mode), grp.signature);
    if (!grp.note.empty()) out += fmt::format("{:>35}{}\n", "", grp.note);
  }
  if (!with_nodes) return out;
  out += "\nnodes:\n";
  const Graph& g = w.graph;
  for (NodeId id : shown_nodes(w, plan)) {
    std::string args;
    for (NodeId a : g.args(id)) args += fmt::format("{}%{}", args.empty() ? "" : ", ", a);
    std::string grp = plan.group_of[id] == kNoGroup ? "-" : fmt::format("#{}", plan.group_of[id]);
    out += fmt::format("  %{:<6} {:<40} depth {:<3} lanes {:<6} group {:<6} args [{}] {}\n", id,
                       node_signature(g, id), plan.depth[id], plan.lanes[id].size(), grp, args,
                       where(g, id));
  }
  return out;
}

std::string plan_dot(const Workload& w, const Plan& plan) {
  const Graph& g = w.graph;
  // Graphviz lays out clusters slowly: a big plan (W1 has ~1,700 groups) gets one box per node
  // labelled with its group instead; filter with --program/--lane for the clustered view.
  const bool clusters = plan.groups.size() <= 200;
  std::string out =
      "digraph plan {\n  rankdir=TB;\n  node [shape=box, fontsize=10, fontname=\"monospace\"];\n";
  auto color = [](const Group& grp) {
    return grp.mode == GroupMode::PerLane ? "red" : (grp.note.empty() ? "gray" : "blue");
  };
  for (size_t k = 0; k < plan.groups.size(); ++k) {
    const Group& grp = plan.groups[k];
    std::string title =
        fmt::format("#{} step {}: {} x{}{}", k, grp.step, dot_escape(grp.signature), grp.instances,
                    grp.mode == GroupMode::PerLane ? " (per-lane)" : "");
    if (clusters)
      out += fmt::format("  subgraph cluster_{} {{\n    label=\"{}\";\n    color={};\n", k, title,
                         color(grp));
    for (NodeId n : grp.nodes)
      out +=
          fmt::format("    n{} [label=\"%{} {}\\n{}\"{}];\n", n, n,
                      dot_escape(node_signature(g, n)), clusters ? dot_escape(where(g, n)) : title,
                      clusters ? "" : fmt::format(", color={}", color(grp)));
    if (clusters) out += "  }\n";
  }
  for (NodeId id : shown_nodes(w, plan)) {
    if (plan.group_of[id] == kNoGroup)
      out += fmt::format("  n{} [shape=ellipse, label=\"{}\"];\n", id,
                         dot_escape(node_signature(g, id)));
    for (NodeId a : g.args(id)) out += fmt::format("  n{} -> n{};\n", a, id);
  }
  return out + "}\n";
}

}  // namespace arcjit
