// arcjit-difftest: differential fuzzing of our primitives against the oracle (canon_dsl.py).
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include <fmt/core.h>

#include "tools/difftest/ours.h"
#include "tools/difftest/report.h"
#include "tools/difftest/runner.h"

namespace fs = std::filesystem;
using namespace arcjit;
using namespace arcjit::difftest;

namespace {

constexpr const char* kUsage = R"(usage: arcjit-difftest --dsl PATH/dsl.py [options]
Runs random calls of the primitives through our kernels and through the oracle
(canon_dsl.py serve) and compares the answers.
  --dsl PATH             arc-dsl's dsl.py (required)
  --calls N              number of calls (default 200000)
  --seed S               seed (default 1); call k's arguments depend only on (S, k)
  --ops a,b,c            primitives to fuzz, round-robin (default: all 160)
  --ill-typed-share P    share of calls with one argument of another type (default 0.15)
  --data DIR             ARC-AGI data folder (default ../shared/arc-agi/data)
  --oracle PATH          canon_dsl.py (default DIR/../../oracle/canon_dsl.py)
  --python EXE           interpreter for the oracle (default python3)
  --jobs J               workers, each with its own oracle process (default 2)
  --batch N              calls per oracle round trip (default 256)
  --timeout SEC          per-call oracle timeout; the call is skipped (default 5)
  --memory-mb N          address-space limit of each oracle process (default 3072)
  --max-seconds SEC      stop after this long (default: no limit)
  --object-grids N       grids the oracle cuts objects from at start-up (default 300)
  --no-shrink            keep mismatches as generated
  --shrink-tries N       candidates tried per shrunk mismatch (default 400)
  --max-examples N       mismatches kept and shrunk per primitive (default 3)
  --report FILE.json     write the full report
  --regressions FILE     write shrunk mismatches as Catch2 CHECK_CALL lines
  --show-call K          only print call K of this run (same --seed, --ops): its request,
                         our answer and the oracle's
  --quiet                no progress on stderr
Exit status: 0 no mismatch, 1 mismatches found, 2 usage or set-up error.
)";

std::vector<Op> parse_ops(const std::string& list) {
  std::vector<Op> ops;
  std::stringstream in(list);
  std::string name;
  while (std::getline(in, name, ',')) {
    if (name.empty()) continue;
    auto op = op_from_name(name);
    if (!op) throw std::invalid_argument("unknown primitive '" + name + "'");
    ops.push_back(*op);
  }
  if (ops.empty()) throw std::invalid_argument("--ops lists no primitive");
  return ops;
}

}  // namespace

int main(int argc, char** argv) {
  RunConfig cfg;
  std::string data = "../shared/arc-agi/data", report_path, regressions_path, ops_list;
  int object_grids = 300;
  int64_t show = -1;
  using Set = std::function<void(const std::string&)>;
  const std::map<std::string, Set> options = {
      {"--dsl", [&](const std::string& v) { cfg.oracle.dsl = v; }},
      {"--calls", [&](const std::string& v) { cfg.calls = std::stoll(v); }},
      {"--seed", [&](const std::string& v) { cfg.seed = std::stoull(v); }},
      {"--ops", [&](const std::string& v) { ops_list = v; }},
      {"--ill-typed-share", [&](const std::string& v) { cfg.ill_typed_share = std::stod(v); }},
      {"--data", [&](const std::string& v) { data = v; }},
      {"--oracle", [&](const std::string& v) { cfg.oracle.script = v; }},
      {"--python", [&](const std::string& v) { cfg.oracle.python = v; }},
      {"--jobs", [&](const std::string& v) { cfg.jobs = std::stoi(v); }},
      {"--batch", [&](const std::string& v) { cfg.batch = std::stoul(v); }},
      {"--timeout", [&](const std::string& v) { cfg.oracle.timeout_s = std::stod(v); }},
      {"--memory-mb", [&](const std::string& v) { cfg.oracle.memory_limit_mb = std::stoll(v); }},
      {"--max-seconds", [&](const std::string& v) { cfg.max_seconds = std::stod(v); }},
      {"--object-grids", [&](const std::string& v) { object_grids = std::stoi(v); }},
      {"--shrink-tries", [&](const std::string& v) { cfg.shrink_tries = std::stoi(v); }},
      {"--max-examples", [&](const std::string& v) { cfg.max_examples = std::stoi(v); }},
      {"--report", [&](const std::string& v) { report_path = v; }},
      {"--regressions", [&](const std::string& v) { regressions_path = v; }},
      {"--show-call", [&](const std::string& v) { show = std::stoll(v); }},
  };
  const std::map<std::string, std::function<void()>> flags = {
      {"--no-shrink", [&] { cfg.shrink = false; }},
      {"--quiet", [&] { cfg.progress = false; }},
  };
  try {
    for (int i = 1; i < argc; ++i) {
      const std::string a = argv[i];
      if (a == "--help" || a == "-h") {
        std::cout << kUsage;
        return 0;
      }
      if (auto f = flags.find(a); f != flags.end()) {
        f->second();
      } else if (auto o = options.find(a); o != options.end()) {
        if (i + 1 >= argc) throw std::invalid_argument(a + " needs a value");
        o->second(argv[++i]);
      } else {
        throw std::invalid_argument("unknown option " + a);
      }
    }
    if (cfg.oracle.dsl.empty()) throw std::invalid_argument("--dsl is required");
    if (!fs::is_regular_file(cfg.oracle.dsl))
      throw std::invalid_argument("no file " + cfg.oracle.dsl);
    if (cfg.batch == 0 || cfg.jobs < 1)
      throw std::invalid_argument("--batch and --jobs must be >= 1");
    if (cfg.oracle.script.empty())
      cfg.oracle.script =
          (fs::path(data) / ".." / ".." / "oracle" / "canon_dsl.py").lexically_normal().string();
    if (!fs::is_regular_file(cfg.oracle.script))
      throw std::invalid_argument("no oracle at " + cfg.oracle.script + " (give --oracle PATH)");
    if (ops_list.empty()) {
      for (int k = 0; k < kNumOps; ++k) cfg.ops.push_back(static_cast<Op>(k));
    } else {
      cfg.ops = parse_ops(ops_list);
    }
  } catch (const std::exception& e) {
    fmt::print(stderr, "arcjit-difftest: {}\n\n{}", e.what(), kUsage);
    return 2;
  }

  Corpus corpus;
  try {
    corpus.grids = load_arc_grids(data);
    OraclePipe oracle(cfg.oracle);
    const auto hello = oracle.run({R"({"fn": "identity", "args": [1]})"});
    if (!hello[0] || normalize(*hello[0]) != R"({"ok":1})")
      throw std::runtime_error("the oracle does not answer (" + cfg.oracle.python + " " +
                               cfg.oracle.script + " --dsl " + cfg.oracle.dsl + " serve)");
    add_oracle_objects(corpus, oracle, object_grids, cfg.seed);
  } catch (const std::exception& e) {
    fmt::print(stderr, "arcjit-difftest: {}\n", e.what());
    return 2;
  }
  if (show >= 0) {
    const ShownCall c = show_call(cfg, corpus, show);
    fmt::print("request: {}\nours:    {}\noracle:  {}\n", c.request, c.ours, c.oracle);
    return c.ours == c.oracle ? 0 : 1;
  }
  if (cfg.progress)
    fmt::print(
        stderr,
        "difftest: {} grids, {} object sets, {} objects; {} calls over {} primitives, {} jobs\n",
        corpus.grids.size(), corpus.object_sets.size(), corpus.objects.size(), cfg.calls,
        cfg.ops.size(), cfg.jobs);

  const RunStats stats = run_fuzz(cfg, corpus);
  print_table(stdout, stats);

  json config = {{"calls", cfg.calls},
                 {"seed", cfg.seed},
                 {"ill_typed_share", cfg.ill_typed_share},
                 {"jobs", cfg.jobs},
                 {"data", data},
                 {"dsl", cfg.oracle.dsl},
                 {"oracle", cfg.oracle.script},
                 {"ops", json::array()}};
  for (Op op : cfg.ops) config["ops"].push_back(std::string(op_info(op).name));
  if (!report_path.empty()) {
    std::ofstream(report_path) << report_json(stats, config).dump(1) << "\n";
  }
  if (!regressions_path.empty()) {
    std::ofstream out(regressions_path);
    out << "// arcjit-difftest --seed " << cfg.seed
        << ": shrunk mismatches, the oracle's answers\n";
    for (const OpStats& s : stats.ops)
      for (const Mismatch& m : s.examples)
        out << check_call_line(m) << "  // ours: " << m.shrunk_ours << "\n";
  }
  return stats.total().mismatches ? 1 : 0;
}
