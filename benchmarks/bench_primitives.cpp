// Benchmark: a dozen representative primitives on grids and patches drawn from ARC-AGI training
// inputs, ours (reference kernels) next to the oracle (canon_dsl.py in CPython) and to plain
// CPython (arc-dsl's dsl.py unchanged), both timed in the same run on the same cases. Prints ns
// per call and the ratios.
//
//   bench_primitives --dsl /path/to/arc-dsl/dsl.py [--data DIR] [--oracle canon_dsl.py]
//                    [--grids N] [--min-seconds S]
#include <fmt/core.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "kernels/cpu/op_table.h"
#include "runtime/limits.h"
#include "runtime/value_json.h"

namespace fs = std::filesystem;
using arcjit::Op;
using arcjit::Value;
using nlohmann::json;

namespace {

struct Case {
  Op op;
  std::vector<Value> args;
};

Value call(Op op, std::vector<Value> args) { return arcjit::invoke(op, args); }

std::vector<Value> load_grids(const fs::path& dir, size_t limit) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir / "training")) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Value> grids;
  for (const fs::path& p : files) {
    std::ifstream in(p);
    json task = json::parse(in);
    for (const json& ex : task.at("train")) grids.push_back(arcjit::grid_from_json(ex.at("input")));
    if (grids.size() >= limit) break;
  }
  if (grids.size() > limit) grids.resize(limit);
  return grids;
}

// The cases: arguments derived from each grid the way solvers derive them.
std::vector<Case> build_cases(const std::vector<Value>& grids) {
  std::vector<Case> cases;
  const Value T = Value::boolean(true), F = Value::boolean(false);
  for (const Value& g : grids) {
    Value bg = call(Op::mostcolor, {g});
    Value objs = call(Op::objects, {g, T, F, T});
    Value obj = objs.is_set() && objs.set().size() > 0 ? objs.set().at(0) : Value();
    Value pal = call(Op::palette, {g});
    Value color = pal.is_set() && pal.set().size() > 0 ? pal.set().at(pal.set().size() - 1) : bg;
    Value idx = call(Op::ofcolor, {g, color});
    cases.push_back({Op::rot90, {g}});
    cases.push_back({Op::hmirror, {g}});
    cases.push_back({Op::mostcolor, {g}});
    cases.push_back({Op::objects, {g, T, F, T}});
    cases.push_back({Op::ofcolor, {g, color}});
    cases.push_back({Op::colorcount, {g, color}});
    cases.push_back({Op::fill, {g, bg, idx}});
    cases.push_back({Op::crop, {g, arcjit::make_point(1, 1), arcjit::make_point(3, 3)}});
    if (obj.is_set()) {
      cases.push_back({Op::paint, {g, obj}});
      cases.push_back({Op::shift, {obj, arcjit::make_point(1, 1)}});
      cases.push_back({Op::normalize, {obj}});
      cases.push_back({Op::occurrences, {g, obj}});
    }
  }
  return cases;
}

std::map<std::string, double> time_ours(const std::vector<Case>& cases, double min_seconds) {
  std::map<Op, std::vector<const Case*>> by_op;
  for (const Case& c : cases) by_op[c.op].push_back(&c);
  std::map<std::string, double> ns;
  for (auto& [op, list] : by_op) {
    size_t calls = 0;
    auto t0 = std::chrono::steady_clock::now();
    double el = 0;
    do {
      for (const Case* c : list) {
        arcjit::LaneScope lane{arcjit::Limits{}};
        Value r = arcjit::invoke(op, c->args);
        (void)r;
      }
      calls += list.size();
      el = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    } while (el < min_seconds);
    ns[std::string(arcjit::op_info(op).name)] = el * 1e9 / double(calls);
  }
  return ns;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dsl, data = "../shared/arc-agi/data", oracle;
  size_t n_grids = 200;
  double min_seconds = 0.3;
  for (int k = 1; k + 1 < argc; k += 2) {
    std::string a = argv[k], v = argv[k + 1];
    if (a == "--dsl")
      dsl = v;
    else if (a == "--data")
      data = v;
    else if (a == "--oracle")
      oracle = v;
    else if (a == "--grids")
      n_grids = std::stoul(v);
    else if (a == "--min-seconds")
      min_seconds = std::stod(v);
    else {
      fmt::print(stderr, "unknown option {}\n", a);
      return 2;
    }
  }
  if (oracle.empty())
    oracle = (fs::path(data) / "../../oracle/canon_dsl.py").lexically_normal().string();
  std::vector<Case> cases = build_cases(load_grids(data, n_grids));
  std::map<std::string, double> ours = time_ours(cases, min_seconds);

  std::map<std::string, double> theirs, plain;
  if (!dsl.empty()) {
    fs::path tmp = fs::temp_directory_path() / "arcjit_bench_cases.jsonl";
    {
      std::ofstream out(tmp);
      for (const Case& c : cases) {
        json args = json::array();
        for (const Value& v : c.args) args.push_back(*arcjit::encode_json(v));
        out << json{{"fn", std::string(arcjit::op_info(c.op).name)}, {"args", args}}.dump() << "\n";
      }
    }
    std::string cmd = fmt::format(
        "python3 {}/oracle_timing.py --dsl '{}' --oracle '{}' --cases '{}' --min-seconds {}",
        fs::path(argv[0]).parent_path().string(), dsl, oracle, tmp.string(), min_seconds);
    FILE* p = popen(cmd.c_str(), "r");
    char line[4096];
    while (p && fgets(line, sizeof line, p)) {
      json j = json::parse(line);
      theirs[j["fn"].get<std::string>()] = j["ns_per_call"].get<double>();
      plain[j["fn"].get<std::string>()] = j["plain_ns_per_call"].get<double>();
    }
    if (!p || pclose(p) != 0) fmt::print(stderr, "warning: the oracle timing run failed\n");
  }
  fmt::print("{} cases from {} grids of {}/training\n", cases.size(), n_grids, data);
  fmt::print("{:<12} {:>14} {:>16} {:>9} {:>16} {:>9}\n", "primitive", "arcjit ns/call",
             "oracle ns/call", "ratio", "CPython ns/call", "ratio");
  for (const auto& [name, ns] : ours) {
    auto it = theirs.find(name);
    if (it == theirs.end()) {
      fmt::print("{:<12} {:>14.0f}\n", name, ns);
      continue;
    }
    double p = plain[name];
    fmt::print("{:<12} {:>14.0f} {:>16.0f} {:>8.1f}x {:>16.0f} {:>8.1f}x\n", name, ns, it->second,
               it->second / ns, p, p / ns);
  }
  return 0;
}
