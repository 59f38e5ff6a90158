// arcjit dump's formats: the JSON lists every group with its lane count and every node it
// touches; the text and DOT name each group's signature and the source location.
#include <catch2/catch.hpp>

#include "frontends/python/lower.h"
#include "frontends/python/parser.h"
#include "tools/arcjit/plan_dump.h"

using namespace arcjit;

TEST_CASE("the plan dump lists every group with its instances in each format", "[dump]") {
  Workload w;
  auto parsed = frontend::parse_program(
      "def solve_a(I):\n    x1 = rot90(I)\n    f = rbind(add, 1)\n    return f(size(x1))\n",
      "d.py");
  REQUIRE(parsed.ok());
  REQUIRE(frontend::lower_module(*parsed.module, w).empty());
  for (uint32_t l = 0; l < 3; ++l) {
    Lane lane;
    lane.inputs[0] = make_grid(1, 1, {int64_t(l)});
    w.lanes.push_back(lane);
    w.runs.push_back(Run{0, l});
  }
  FlatWorkload fw = flatten(w, Limits{});
  Plan plan = make_plan(w, fw, PlanStrategy::Depth);
  nlohmann::json j = plan_json(w, fw, plan);
  REQUIRE(j["groups"].size() == plan.groups.size());
  size_t total = 0;
  for (const auto& grp : j["groups"]) total += grp["lane_instances"].get<size_t>();
  CHECK(total == 3 * plan.groups.size());  // every node of this program runs on all 3 lanes
  CHECK(j["inlined_calls"] == 2);          // f(...) is add(_, 1) through the rbind closure
  CHECK(j["per_instance_fallback_lane_instances"] == 0);
  std::string text = plan_text(w, fw, plan, true);
  CHECK(text.find("rot90(_)") != std::string::npos);
  CHECK(text.find("add(_, 1)") != std::string::npos);
  CHECK(text.find("d.py:2:10") != std::string::npos);
  std::string dot = plan_dot(w, fw, plan);
  CHECK(dot.rfind("digraph plan {", 0) == 0);
  CHECK(dot.find("subgraph cluster_") != std::string::npos);
}
