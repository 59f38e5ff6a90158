// The planner: instances are (node, lane) pairs that some run needs; groups hold one signature;
// shared subexpressions of different programs are one node; calls of runtime function values are
// per-lane fallbacks; the agenda strategy never makes more groups than depth grouping.
#include <catch2/catch.hpp>

#include "compiler/planner.h"
#include "frontends/python/lower.h"
#include "frontends/python/parser.h"

using namespace arcjit;

namespace {

Workload workload(std::string_view text, size_t lanes) {
  Workload w;
  auto parsed = frontend::parse_program(text, "plan.py");
  REQUIRE(parsed.ok());
  REQUIRE(frontend::lower_module(*parsed.module, w).empty());
  for (size_t l = 0; l < lanes; ++l) {
    Lane lane;
    lane.inputs[0] = make_grid(1, 2, {int64_t(l), 1});
    w.lanes.push_back(lane);
    for (uint32_t p = 0; p < w.programs.size(); ++p) w.runs.push_back(Run{p, uint32_t(l)});
  }
  return w;
}

const char* kTwoPrograms =
    "def solve_a(I):\n    x1 = objects(I, T, F, T)\n    x2 = size(x1)\n    return x2\n"
    "def solve_b(I):\n    x1 = objects(I, T, F, T)\n    x2 = rot90(I)\n"
    "    x3 = rot90(x2)\n    f = rbind(add, 1)\n    return f(size(x1))\n";

}  // namespace

TEST_CASE("programs share identical subexpressions and groups hold one signature", "[planner]") {
  Workload w = workload(kTwoPrograms, 5);
  Plan plan = make_plan(w, PlanStrategy::Depth);
  size_t objects_groups = 0;
  for (const Group& g : plan.groups) {
    for (NodeId n : g.nodes) CHECK(node_signature(w.graph, n) == g.signature);
    if (g.signature == "objects(_, True, False, True)") {
      ++objects_groups;
      CHECK(g.nodes.size() == 1);  // one node serves both programs
      CHECK(g.instances == 5);     // once per lane
    }
  }
  CHECK(objects_groups == 1);
  // rot90(I) and rot90(rot90(I)) differ in depth: two groups under depth grouping.
  size_t rot_groups = 0;
  for (const Group& g : plan.groups) rot_groups += g.signature == "rot90(_)";
  CHECK(rot_groups == 2);
}

TEST_CASE("calls of run-time function values are per-lane fallbacks, with the reason",
          "[planner]") {
  Workload w = workload(kTwoPrograms, 3);
  Plan plan = make_plan(w, PlanStrategy::Agenda);
  bool saw_call = false;
  for (const Group& g : plan.groups)
    if (g.kind == NodeKind::Call) {
      saw_call = true;
      CHECK(g.mode == GroupMode::PerLane);
      CHECK(g.note.find("per-lane fallback") == 0);
    }
  CHECK(saw_call);
}

TEST_CASE("a node is needed only on the lanes of the runs that use it", "[planner]") {
  Workload w = workload(kTwoPrograms, 4);
  w.runs.erase(std::remove_if(w.runs.begin(), w.runs.end(),
                              [](const Run& r) { return r.program == 1 && r.lane >= 2; }),
               w.runs.end());
  Plan plan = make_plan(w, PlanStrategy::Depth);
  for (const Group& g : plan.groups)
    if (g.signature == "rot90(_)")
      CHECK(plan.lanes[g.nodes[0]] == std::vector<uint32_t>{0, 1});
    else if (g.signature == "objects(_, True, False, True)")
      CHECK(plan.lanes[g.nodes[0]].size() == 4);
}

TEST_CASE("agenda grouping makes no more groups than depth grouping", "[planner]") {
  Workload w = workload(kTwoPrograms, 2);
  CHECK(make_plan(w, PlanStrategy::Agenda).groups.size() <=
        make_plan(w, PlanStrategy::Depth).groups.size());
  CHECK(make_plan(w, PlanStrategy::Agenda).instances ==
        make_plan(w, PlanStrategy::Depth).instances);
}
