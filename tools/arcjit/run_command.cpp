#include "tools/arcjit/run_command.h"

#include <fmt/core.h>

#include <chrono>
#include <fstream>
#include <map>
#include <string>
#include <thread>

#include "compiler/flatten.h"
#include "compiler/planner.h"
#include "runtime/batched.h"
#include "runtime/eager.h"
#include "tools/arcjit/load_workload.h"
#include "tools/arcjit/run_outputs.h"

namespace arcjit {

namespace {

constexpr const char* kHelp = R"(usage: arcjit run --programs FILE --tasks DIR [options]

Runs the programs of FILE (arc-dsl solver functions `def solve_<id>(I): ...`, or a batt file
`def batt(task_id, S, I, C, log_path): ...`) on the ARC task files (*.json) of DIR.

options:
  --programs FILE       program file (Python subset, see SEMANTICS.md "Program files")
  --tasks DIR           folder of ARC task files, e.g. ../shared/arc-agi/data/training
  --pairing own|all     own (default): solve_<id> on every train+test example of task <id>;
                        all: every program on every example input of every task.
                        A batt file always runs on every sample of every task (S = the task's
                        train pairs, I = the sample's input, C = None).
  --sample N            with --pairing all: a seeded random sample of N runs
  --seed S              the sample's seed (default 1)
  --backend eager|cpu   executor. eager: each run interpreted on its own with the reference
                        kernels (the baseline). cpu: calls through known functions are inlined,
                        maps over containers become map regions, the planner groups identical
                        ops across all programs, lanes and elements; chunks of lanes run on a
                        thread pool
  --strategy depth|agenda  the cpu backend's grouping (default: depth)
  --threads N           worker threads (default: all cores)
  --chunk N             cpu backend: lanes run together, at most (default 8); a chunk's
                        columns and map regions are held in memory at once
  --chunk-cells N       cpu backend: a chunk takes fewer lanes where their input grids hold
                        more than N cells in all (default 1600)
  --report FILE.json    write the summary (also printed): programs, runs, examples correct,
                        tasks solved, errors by kind, seconds tracing/planning/executing
  --outputs FILE.jsonl  one JSON line per run: {"program", "task", "index", "ok" | "err"},
                        values in the oracle's encoding ({"t": [...]} tuples, {"s": [...]} sets)
  --group-stats FILE    cpu backend: every plan group as a JSON line (signature, thread seconds,
                        instances, the source line of its first node), to see where time goes
  --quiet               no progress on stderr
)";

struct Options {
  WorkloadSource src;
  std::string report, outputs, group_stats, backend = "eager";
  PlanStrategy strategy = PlanStrategy::Depth;
  int threads = int(std::max(1u, std::thread::hardware_concurrency()));
  bool quiet = false;
  uint32_t chunk = 0;
  int64_t chunk_cells = 0;
};

bool parse(int argc, char** argv, Options& o, std::string& err) {
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    auto value = [&](std::string& out) {
      if (k + 1 >= argc) {
        err = a + " needs a value";
        return false;
      }
      out = argv[++k];
      return true;
    };
    std::string v;
    if (a == "--programs") {
      if (!value(o.src.programs)) return false;
    } else if (a == "--tasks") {
      if (!value(o.src.tasks)) return false;
    } else if (a == "--report") {
      if (!value(o.report)) return false;
    } else if (a == "--outputs") {
      if (!value(o.outputs)) return false;
    } else if (a == "--group-stats") {
      if (!value(o.group_stats)) return false;
    } else if (a == "--backend") {
      if (!value(o.backend)) return false;
    } else if (a == "--strategy") {
      if (!value(v)) return false;
      auto st = strategy_from_name(v);
      if (!st) {
        err = "--strategy is depth or agenda, not '" + v + "'";
        return false;
      }
      o.strategy = *st;
    } else if (a == "--pairing") {
      if (!value(v)) return false;
      auto p = pairing_from_name(v);
      if (!p || *p == Pairing::Batt) {
        err = "--pairing is own or all, not '" + v + "'";
        return false;
      }
      o.src.pairing.pairing = *p;
      o.src.pairing_given = true;
    } else if (a == "--sample" || a == "--seed" || a == "--threads" || a == "--chunk" ||
               a == "--chunk-cells") {
      if (!value(v)) return false;
      try {
        long long n = std::stoll(v);
        if (n < 0) throw std::invalid_argument("negative");
        if (a == "--sample") o.src.pairing.sample = size_t(n);
        if (a == "--seed") o.src.pairing.seed = uint64_t(n);
        if (a == "--threads") o.threads = std::max(1, int(n));
        if (a == "--chunk") o.chunk = uint32_t(std::max(1LL, n));
        if (a == "--chunk-cells") o.chunk_cells = std::max(1LL, n);
      } catch (const std::exception&) {
        err = a + " needs a non-negative integer, not '" + v + "'";
        return false;
      }
    } else if (a == "--quiet") {
      o.quiet = true;
    } else {
      err = "unknown option '" + a + "'";
      return false;
    }
  }
  if (o.src.programs.empty() || o.src.tasks.empty()) {
    err = "--programs and --tasks are required";
    return false;
  }
  if (o.backend != "eager" && o.backend != "cpu") {
    err = "--backend is eager or cpu, not '" + o.backend + "'";
    return false;
  }
  return true;
}

double since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Progress on stderr once a run has gone on for a couple of seconds.
class Progress {
 public:
  Progress(size_t total, bool quiet) : total_(total), quiet_(quiet) {}
  void operator()(size_t done) {
    double el = since(t0_);
    if (quiet_ || el < 2.0 || (done != total_ && el - last_ < 2.0)) return;
    last_ = el;
    double rate = double(done) / el;
    fmt::print(stderr, "\r[arcjit] {}/{} runs ({:.1f}%), {:.0f} runs/s, {:.0f}s left   ", done,
               total_, 100.0 * double(done) / double(std::max<size_t>(1, total_)), rate,
               rate > 0 ? double(total_ - done) / rate : 0.0);
    if (done == total_) fmt::print(stderr, "\n");
  }

 private:
  size_t total_;
  bool quiet_;
  std::chrono::steady_clock::time_point t0_ = std::chrono::steady_clock::now();
  double last_ = 0;
};

// The cpu backend's thread seconds per program: a node's time split evenly among the programs
// that need it (a node shared by k programs costs each of them 1/k).
std::vector<double> program_thread_seconds(const FlatWorkload& fw,
                                           const std::vector<double>& node_seconds) {
  const FlatGraph& g = fw.graph;
  std::vector<std::vector<FlatId>> reach(fw.programs.size());
  std::vector<uint32_t> mark(g.size(), UINT32_MAX), users(g.size(), 0);
  std::vector<FlatId> stack;
  for (uint32_t p = 0; p < fw.programs.size(); ++p) {
    const FlatProgram& fp = fw.programs[p];
    stack.assign(fp.statements.begin(), fp.statements.end());
    if (fp.result != kNoFlat) stack.push_back(fp.result);
    stack.insert(stack.end(), fp.append_items.begin(), fp.append_items.end());
    while (!stack.empty()) {
      const FlatId id = stack.back();
      stack.pop_back();
      if (mark[id] == p) continue;
      mark[id] = p;
      reach[p].push_back(id);
      ++users[id];
      for_each_dep(g, id, [&](FlatId a) { stack.push_back(a); });
    }
  }
  std::vector<double> out(fw.programs.size(), 0.0);
  for (size_t p = 0; p < reach.size(); ++p)
    for (FlatId id : reach[p]) out[p] += node_seconds[id] / users[id];
  return out;
}

}  // namespace

int run_command(int argc, char** argv) {
  for (int k = 1; k < argc; ++k)
    if (std::string(argv[k]) == "--help" || std::string(argv[k]) == "-h") {
      fmt::print("{}", kHelp);
      return 0;
    }
  Options o;
  std::string err;
  if (!parse(argc, argv, o, err)) {
    fmt::print(stderr, "arcjit run: {}\n\n{}", err, kHelp);
    return 2;
  }
  int code = 0;
  o.src.threads = o.threads;
  std::optional<LoadedWorkload> loaded = load_workload(o.src, "run", &code);
  if (!loaded) return code;
  Workload& w = loaded->w;
  const bool batt = loaded->batt;
  RunTimes times;
  times.load_tasks = loaded->seconds_tasks;
  times.trace = loaded->seconds_trace;
  auto t0 = std::chrono::steady_clock::now();

  Progress progress(w.runs.size(), o.quiet);
  ExecOptions eo;
  eo.threads = o.threads;
  if (o.chunk) eo.lanes_per_chunk = o.chunk;
  if (o.chunk_cells) eo.cells_per_chunk = o.chunk_cells;
  eo.progress = [&](size_t done) { progress(done); };
  std::vector<RunOutput> outs;
  nlohmann::json plan_info;
  std::vector<double> program_secs(w.programs.size(), 0.0);
  if (o.backend == "cpu") {
    t0 = std::chrono::steady_clock::now();
    FlatWorkload fw = flatten(w, eo.limits);
    Plan plan = make_plan(w, fw, o.strategy);
    times.plan = since(t0);
    t0 = std::chrono::steady_clock::now();
    BatchedStats stats;
    outs = BatchedExecutor(w, fw, plan).run(eo, &stats);
    times.execute = since(t0);
    // Where the time goes: thread seconds per signature head (op), the heaviest first.
    std::map<std::string, std::pair<double, uint64_t>> by_op;
    for (size_t k = 0; k < plan.groups.size(); ++k) {
      const std::string& sig = plan.groups[k].signature;
      auto& e = by_op[sig.substr(0, sig.find('('))];
      e.first += stats.group_seconds[k];
      e.second += stats.group_instances[k];
    }
    std::vector<std::pair<double, std::string>> heavy;
    for (auto& [op, e] : by_op) heavy.emplace_back(e.first, op);
    std::sort(heavy.rbegin(), heavy.rend());
    nlohmann::json top = nlohmann::json::array();
    for (size_t k = 0; k < std::min<size_t>(15, heavy.size()); ++k)
      top.push_back({{"op", heavy[k].second},
                     {"thread_seconds", heavy[k].first},
                     {"instances", by_op[heavy[k].second].second}});
    auto where = [&](const Group& grp) {
      for (FlatId m : grp.nodes)
        if (NodeId src = fw.graph.at(m).origin; src != kNoNode && w.graph.node(src).loc.line) {
          const SrcLoc& l = w.graph.node(src).loc;
          return fmt::format("{}:{}", w.graph.file(l.file), l.line);
        }
      return std::string();
    };
    if (!o.group_stats.empty()) {
      std::ofstream gs(o.group_stats);
      for (size_t k = 0; k < plan.groups.size(); ++k)
        gs << nlohmann::json{{"group", k},
                             {"signature", plan.groups[k].signature},
                             {"nodes", plan.groups[k].nodes.size()},
                             {"thread_seconds", stats.group_seconds[k]},
                             {"instances", stats.group_instances[k]},
                             {"at", where(plan.groups[k])}}
                  .dump()
           << '\n';
    }
    program_secs = program_thread_seconds(fw, stats.node_seconds);
    // The slowest nodes, with where they were written.
    std::vector<std::pair<double, FlatId>> slow_nodes;
    for (FlatId id = 0; id < fw.graph.size(); ++id)
      slow_nodes.emplace_back(stats.node_seconds[id], id);
    std::sort(slow_nodes.rbegin(), slow_nodes.rend());
    nlohmann::json slowest_nodes = nlohmann::json::array();
    for (size_t k = 0; k < std::min<size_t>(12, slow_nodes.size()); ++k) {
      const FlatId id = slow_nodes[k].second;
      std::string at;
      if (NodeId src = fw.graph.at(id).origin; src != kNoNode && w.graph.node(src).loc.line) {
        const SrcLoc& l = w.graph.node(src).loc;
        at = fmt::format("{}:{}", w.graph.file(l.file), l.line);
      }
      slowest_nodes.push_back({{"node", id},
                               {"signature", node_signature(fw.graph, id)},
                               {"space", space_text(fw.graph, fw.graph.at(id).space)},
                               {"thread_seconds", slow_nodes[k].first},
                               {"at", at}});
    }
    // The slowest groups, with where their first node was written.
    std::vector<std::pair<double, size_t>> slow_groups;
    for (size_t k = 0; k < plan.groups.size(); ++k)
      slow_groups.emplace_back(stats.group_seconds[k], k);
    std::sort(slow_groups.rbegin(), slow_groups.rend());
    nlohmann::json slowest = nlohmann::json::array();
    for (size_t k = 0; k < std::min<size_t>(12, slow_groups.size()); ++k) {
      const Group& grp = plan.groups[slow_groups[k].second];
      const std::string at = where(grp);
      slowest.push_back({{"group", slow_groups[k].second},
                         {"signature", grp.signature},
                         {"nodes", grp.nodes.size()},
                         {"thread_seconds", slow_groups[k].first},
                         {"instances", stats.group_instances[slow_groups[k].second]},
                         {"at", at}});
    }
    plan_info = {{"strategy", std::string(strategy_name(plan.strategy))},
                 {"flat_nodes", fw.graph.size()},
                 {"groups", plan.groups.size()},
                 {"map_regions", fw.stats.regions},
                 {"inlined_calls", fw.stats.inlined_calls},
                 {"dynamic_call_nodes", fw.stats.dynamic_calls},
                 {"opaque_higher_order_nodes", fw.stats.opaque_hofs},
                 {"instances", stats.instances},
                 {"per_instance_calls", stats.per_instance_calls},
                 {"eager_fallbacks", stats.eager_fallbacks},
                 {"columnar_instances", stats.columnar_instances},
                 {"seconds_by_op", top},
                 {"slowest_groups", slowest},
                 {"slowest_nodes", slowest_nodes}};
  } else {
    t0 = std::chrono::steady_clock::now();
    EagerExecutor ex(w);
    times.plan = since(t0);
    t0 = std::chrono::steady_clock::now();
    outs = ex.run(eo);
    times.execute = since(t0);
    for (size_t k = 0; k < outs.size(); ++k) program_secs[w.runs[k].program] += outs[k].seconds;
  }

  t0 = std::chrono::steady_clock::now();
  if (!o.outputs.empty()) {
    std::ofstream f(o.outputs);
    if (!f) {
      fmt::print(stderr, "arcjit run: cannot write {}\n", o.outputs);
      return 2;
    }
    for (size_t k = 0; k < outs.size(); ++k) f << run_line(w, w.runs[k], outs[k]).dump() << '\n';
  }
  times.write = since(t0);

  nlohmann::json report =
      run_report(w, outs, times, loaded->task_file_errors, loaded->unmatched_programs);
  report["backend"] = o.backend;
  report["threads"] = o.threads;
  report["pairing"] = batt ? "batt" : (o.src.pairing.pairing == Pairing::Own ? "own" : "all");
  if (!plan_info.is_null()) report["plan"] = plan_info;
  // The slowest programs (eager: every run's time; cpu: its nodes' thread seconds, a shared
  // node's split among its programs): where the time goes.
  std::vector<std::pair<double, uint32_t>> slow;
  for (uint32_t p = 0; p < program_secs.size(); ++p)
    if (program_secs[p] > 0) slow.emplace_back(program_secs[p], p);
  std::sort(slow.rbegin(), slow.rend());
  nlohmann::json slowest = nlohmann::json::array();
  for (size_t k = 0; k < std::min<size_t>(10, slow.size()); ++k)
    slowest.push_back({{"program", w.programs[slow[k].second].name}, {"seconds", slow[k].first}});
  report["slowest_programs"] = slowest;
  nlohmann::json all = nlohmann::json::object();
  for (auto [sec, prog] : slow) all[w.programs[prog].name] = sec;
  report["program_seconds"] = all;
  if (!o.report.empty()) std::ofstream(o.report) << report.dump(2) << '\n';
  fmt::print("{}\n", report.dump(2));
  return 0;
}

}  // namespace arcjit
