// arcjit dump's formats: the JSON lists every group with its lane count and every node it
// touches; the text and DOT name each group's signature and the source location.
#include <fmt/core.h>
#include <catch2/catch.hpp>

#include <sstream>

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

TEST_CASE("a big plan's DOT draws one box per group and the groups' data edges", "[dump]") {
  // 250 adds with distinct constants: 250 signatures, so more groups than the clustered view
  // draws.
  std::string src = "def solve_a(I):\n    x0 = size(I)\n";
  for (int k = 1; k <= 250; ++k) src += fmt::format("    x{} = add(x{}, {})\n", k, k - 1, k);
  src += "    return x250\n";
  Workload w;
  auto parsed = frontend::parse_program(src, "big.py");
  REQUIRE(parsed.ok());
  REQUIRE(frontend::lower_module(*parsed.module, w).empty());
  Lane lane;
  lane.inputs[0] = make_grid(1, 1, {0});
  w.lanes.push_back(lane);
  w.runs.push_back(Run{0, 0});
  FlatWorkload fw = flatten(w, Limits{});
  Plan plan = make_plan(w, fw, PlanStrategy::Depth);
  REQUIRE(plan.groups.size() > 250);
  std::string dot = plan_dot(w, fw, plan);
  CHECK(dot.find("subgraph cluster_") == std::string::npos);
  size_t boxes = 0, edges = 0;
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);)
    if (line.rfind("  g", 0) == 0) ++(line.find("->") != std::string::npos ? edges : boxes);
  CHECK(boxes == plan.groups.size());
  // x1 = add(x0, 1) reads x0's group, ..., x250 reads x249's: at least one edge per add.
  CHECK(edges >= 250);
  auto group_named = [&](const std::string& sig) {
    for (size_t k = 0; k < plan.groups.size(); ++k)
      if (plan.groups[k].signature == sig) return k;
    FAIL("no group " << sig);
    return size_t(0);
  };
  CHECK(dot.find(fmt::format("g{} -> g{};", group_named("add(_, 249)"),
                             group_named("add(_, 250)"))) != std::string::npos);
}
