// The flattener and the planner: shared subexpressions of different programs are one node, a
// node runs only on the lanes of the runs that use it, calls through known functions are inlined,
// higher-order calls become map regions whose body nodes live in the space of exactly the
// elements they depend on (hoisting), functions chosen by data are per-instance fallbacks, and
// the agenda strategy never makes more groups than depth grouping.
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

// The nodes of the flattened graph with this signature.
std::vector<FlatId> with_signature(const FlatGraph& g, const std::string& sig) {
  std::vector<FlatId> out;
  for (FlatId id = 0; id < g.size(); ++id)
    if (node_signature(g, id) == sig) out.push_back(id);
  return out;
}

}  // namespace

TEST_CASE("programs share identical subexpressions and groups hold one signature", "[planner]") {
  Workload w = workload(kTwoPrograms, 5);
  FlatWorkload fw = flatten(w, Limits{});
  Plan plan = make_plan(w, fw, PlanStrategy::Depth);
  size_t objects_groups = 0;
  for (const Group& g : plan.groups) {
    for (FlatId n : g.nodes) CHECK(node_signature(fw.graph, n) == g.signature);
    if (g.signature == "objects(_, True, False, True)") {
      ++objects_groups;
      CHECK(g.nodes.size() == 1);    // one node serves both programs
      CHECK(g.lane_instances == 5);  // once per lane
    }
  }
  CHECK(objects_groups == 1);
  // rot90(I) and rot90(rot90(I)) differ in depth: two groups under depth grouping.
  size_t rot_groups = 0;
  for (const Group& g : plan.groups) rot_groups += g.signature == "rot90(_)";
  CHECK(rot_groups == 2);
  // f(size(x1)) with f = rbind(add, 1) is inlined: add(size, 1), no call of a function value.
  CHECK(with_signature(fw.graph, "add(_, 1)").size() == 1);
  CHECK(fw.stats.dynamic_calls == 0);
  CHECK(fw.stats.inlined_calls == 2);  // the rbind closure, then add
}

TEST_CASE("a node is needed only on the lanes of the runs that use it", "[planner]") {
  Workload w = workload(kTwoPrograms, 4);
  w.runs.erase(std::remove_if(w.runs.begin(), w.runs.end(),
                              [](const Run& r) { return r.program == 1 && r.lane >= 2; }),
               w.runs.end());
  FlatWorkload fw = flatten(w, Limits{});
  Plan plan = make_plan(w, fw, PlanStrategy::Depth);
  for (const Group& g : plan.groups)
    if (g.signature == "rot90(_)")
      CHECK(plan.lanes[g.nodes[0]] == std::vector<uint32_t>{0, 1});
    else if (g.signature == "objects(_, True, False, True)")
      CHECK(plan.lanes[g.nodes[0]].size() == 4);
}

TEST_CASE("a map region's body lives in the space of the elements it depends on", "[planner]") {
  // For each object o: the cells p whose nearest object is o. The nearest object to p does not
  // depend on o: it is computed per (lane, p), not per (lane, o, p); center(o') per object.
  Workload w = workload(
      "def solve_n(I):\n"
      "    x1 = asindices(I)\n"
      "    x2 = objects(I, T, F, T)\n"
      "    x3 = compose(center, last)\n"
      "    x4 = fork(manhattan, first, x3)\n"
      "    x5 = lbind(lbind, astuple)\n"
      "    x6 = lbind(compose, x4)\n"
      "    x7 = compose(x6, x5)\n"
      "    x8 = lbind(argmin, x2)\n"
      "    x9 = compose(x8, x7)\n"
      "    x10 = lbind(rbind, equality)\n"
      "    x11 = rbind(compose, x9)\n"
      "    x12 = chain(lbind(sfilter, x1), x11, x10)\n"
      "    x13 = mapply(x12, x2)\n"
      "    return x13\n",
      2);
  FlatWorkload fw = flatten(w, Limits{});
  const FlatGraph& g = fw.graph;
  auto axes = [&](FlatId id) { return g.space_axes(g.at(id).space).size(); };
  std::vector<FlatId> argmins = with_signature(g, "reduce argmin");
  REQUIRE(argmins.size() == 1);
  CHECK(axes(argmins[0]) == 1);  // over the cells only
  std::vector<FlatId> centers = with_signature(g, "center(_)");
  REQUIRE(centers.size() == 1);
  CHECK(axes(centers[0]) == 1);  // one per object
  std::vector<FlatId> eq = with_signature(g, "equality(_, _)");
  REQUIRE(eq.size() == 1);
  CHECK(axes(eq[0]) == 2);       // (object, cell)
  CHECK(fw.stats.regions == 3);  // mapply, sfilter, argmin
  CHECK(fw.stats.dynamic_calls == 0);
}

TEST_CASE("a map over a subset of a container enumerates the container", "[planner]") {
  // valmin over remove(o, x2): the key depends on the other object only, so it is hoisted out of
  // the map over o.
  Workload w = workload(
      "def solve_s(I):\n"
      "    x2 = objects(I, T, F, T)\n"
      "    x3 = rbind(remove, x2)\n"
      "    x4 = lbind(lbind, valmin)\n"
      "    x5 = chain(rbind(x4, size), x3, identity)\n"
      "    x6 = x5(first(x2))\n"
      "    x7 = apply(lambda o: valmin(remove(o, x2), size), x2)\n"
      "    return x7\n",
      2);
  FlatWorkload fw = flatten(w, Limits{});
  const FlatGraph& g = fw.graph;
  std::vector<FlatId> sizes = with_signature(g, "size(_)");
  REQUIRE(!sizes.empty());
  for (FlatId s : sizes) CHECK(g.space_axes(g.at(s).space).size() == 1);
  size_t with_source = 0;
  for (FlatId id : with_signature(g, "reduce valmin"))
    with_source += g.reduce_info(id).source != kNoFlat;
  CHECK(with_source == 1);  // the one inside the map over o
}

TEST_CASE("calls of functions chosen by data are per-instance fallbacks, with the reason",
          "[planner]") {
  Workload w = workload(
      "def solve_c(I):\n    f = branch(equality(size(I), 1), rot90, hmirror)\n"
      "    return f(I)\n",
      3);
  FlatWorkload fw = flatten(w, Limits{});
  Plan plan = make_plan(w, fw, PlanStrategy::Agenda);
  bool saw_call = false;
  for (const Group& g : plan.groups)
    if (g.kind == FlatKind::DynCall) {
      saw_call = true;
      CHECK(g.mode == GroupMode::PerInstance);
      CHECK(g.note.find("per-instance fallback") == 0);
    }
  CHECK(saw_call);
  CHECK(fw.stats.dynamic_calls == 1);
}

TEST_CASE("agenda grouping makes no more groups than depth grouping", "[planner]") {
  Workload w = workload(kTwoPrograms, 2);
  FlatWorkload fw = flatten(w, Limits{});
  CHECK(make_plan(w, fw, PlanStrategy::Agenda).groups.size() <=
        make_plan(w, fw, PlanStrategy::Depth).groups.size());
  CHECK(make_plan(w, fw, PlanStrategy::Agenda).lane_instances ==
        make_plan(w, fw, PlanStrategy::Depth).lane_instances);
}

TEST_CASE("a region body building a set that only its fold reads is fused into the fold",
          "[planner]") {
  auto fused = [](const char* text) {
    Workload w = workload(text, 2);
    FlatWorkload fw = flatten(w, Limits{});
    Plan plan = make_plan(w, fw, PlanStrategy::Depth);
    std::vector<std::string> out;
    for (FlatId id = 0; id < fw.graph.size(); ++id)
      if (plan.fused_into[id] != kNoFlat) {
        CHECK(node_signature(fw.graph, plan.fused_into[id]).rfind("reduce ", 0) == 0);
        out.push_back(node_signature(fw.graph, id));
      }
    CHECK(plan.fusions == out.size());
    return out;
  };
  const std::string shifted =
      "def solve_a(I):\n    x1 = objects(I, T, F, T)\n    return mapply(rbind(shift, UNITY), x1)\n";
  // The element it reads (only it) is fused with it: taken from the objects as it runs.
  CHECK(fused(shifted.c_str()) == std::vector<std::string>{"elem", "shift(_, (1, 1))"});
  // An element that something else reads too (here the colour) stays a column.
  CHECK(fused("def solve_e(I):\n    x1 = objects(I, T, F, T)\n"
              "    return mapply(lambda o: shift(o, astuple(color(o), 1)), x1)\n") ==
        std::vector<std::string>{"shift(_, _)"});
  // The same body read by a second fold (apply over the same objects): computed once as a
  // column for both, not fused into either.
  const std::string shared = shifted +
                             "def solve_b(I):\n    x1 = objects(I, T, F, T)\n"
                             "    return apply(rbind(shift, UNITY), x1)\n";
  CHECK(fused(shared.c_str()).empty());
  // An int body stays a column: argmax reads it unboxed.
  CHECK(fused("def solve_c(I):\n    return argmax(objects(I, T, F, T), size)\n").empty());
  // A body hoisted out of the map over o (it depends on the other object only) is shared by
  // the instances of o: not fused.
  CHECK(fused("def solve_d(I):\n    x1 = objects(I, T, F, T)\n"
              "    return apply(lambda o: mapply(rbind(shift, UNITY), remove(o, x1)), x1)\n")
            .empty());
}
