#include "tools/arcjit/dump_command.h"

#include <fmt/core.h>

#include <algorithm>
#include <thread>

#include <fstream>
#include <string>

#include "tools/arcjit/load_workload.h"
#include "tools/arcjit/plan_dump.h"

namespace arcjit {

namespace {

constexpr const char* kHelp = R"(usage: arcjit dump --programs FILE --tasks DIR [options]

Prints the flattened graph and the plan the cpu backend would run: groups in execution order
with their signature (op and constant arguments; _ is a traced value), lane counts (nodes x lanes
that need them; a member in a map region runs once per element there), mode (batched, or
per-instance where a function is chosen by data) and notes (map regions: the primitive, what it
maps over, its body; fallbacks and why).

options:
  --programs FILE, --tasks DIR, --pairing own|all, --sample N, --seed S   as for `arcjit run`
  --strategy depth|agenda   grouping strategy (default depth)
  --program NAME            only the runs of this program
  --lane TASK:INDEX         only the runs on this example (e.g. 007bbfb7:0)
  --format text|json|dot    text (default), JSON, or Graphviz DOT (render: dot -Tsvg -o plan.svg)
  --nodes                   text: list the nodes too (id, signature, depth, lanes, group, source)
  --out FILE                write there instead of stdout
)";

}  // namespace

int dump_command(int argc, char** argv) {
  WorkloadSource src;
  PlanStrategy strategy = PlanStrategy::Depth;
  std::string format = "text", out_file, only_program, only_lane;
  bool with_nodes = false;
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    if (a == "--help" || a == "-h") {
      fmt::print("{}", kHelp);
      return 0;
    }
    if (a == "--nodes") {
      with_nodes = true;
      continue;
    }
    if (k + 1 >= argc) {
      fmt::print(stderr, "arcjit dump: {} needs a value\n\n{}", a, kHelp);
      return 2;
    }
    std::string v = argv[++k];
    bool ok = true;
    if (a == "--programs")
      src.programs = v;
    else if (a == "--tasks")
      src.tasks = v;
    else if (a == "--program")
      only_program = v;
    else if (a == "--lane")
      only_lane = v;
    else if (a == "--out")
      out_file = v;
    else if (a == "--format")
      ok = (format = v) == "text" || v == "json" || v == "dot";
    else if (a == "--strategy") {
      auto s = strategy_from_name(v);
      ok = s.has_value();
      if (s) strategy = *s;
    } else if (a == "--pairing") {
      auto p = pairing_from_name(v);
      ok = p && *p != Pairing::Batt;
      if (ok) src.pairing.pairing = *p, src.pairing_given = true;
    } else if (a == "--sample" || a == "--seed") {
      try {
        (a == "--sample" ? src.pairing.sample : src.pairing.seed) = std::stoull(v);
      } catch (const std::exception&) {
        ok = false;
      }
    } else {
      fmt::print(stderr, "arcjit dump: unknown option '{}'\n\n{}", a, kHelp);
      return 2;
    }
    if (!ok) {
      fmt::print(stderr, "arcjit dump: bad value '{}' for {}\n\n{}", v, a, kHelp);
      return 2;
    }
  }
  if (src.programs.empty() || src.tasks.empty()) {
    fmt::print(stderr, "arcjit dump: --programs and --tasks are required\n\n{}", kHelp);
    return 2;
  }
  int code = 0;
  src.threads = int(std::max(1u, std::thread::hardware_concurrency()));
  auto loaded = load_workload(src, "dump", &code);
  if (!loaded) return code;
  Workload& w = loaded->w;
  std::erase_if(w.runs, [&](const Run& r) {
    const Lane& lane = w.lanes[r.lane];
    if (!only_program.empty() && w.programs[r.program].name != only_program) return true;
    return !only_lane.empty() && lane.task + ":" + std::to_string(lane.index) != only_lane;
  });
  if (w.runs.empty()) {
    fmt::print(stderr, "arcjit dump: no run matches the filters\n");
    return 1;
  }
  FlatWorkload fw = flatten(w, Limits{});
  Plan plan = make_plan(w, fw, strategy);
  std::string text = format == "json"  ? plan_json(w, fw, plan).dump(1) + "\n"
                     : format == "dot" ? plan_dot(w, fw, plan)
                                       : plan_text(w, fw, plan, with_nodes);
  if (out_file.empty()) {
    fmt::print("{}", text);
  } else if (!(std::ofstream(out_file) << text)) {
    fmt::print(stderr, "arcjit dump: cannot write {}\n", out_file);
    return 2;
  }
  return 0;
}

}  // namespace arcjit
