// Shared by prim_transform_test.cpp and prim_paint_test.cpp: oracle answers for large inputs (30x30
// grids, real ARC grids read from ARCJIT_ARC_DATA) kept as JSON lines in tests/data/ (generated
// with canon_dsl.py serve; an argument {"arc": file, "pair": k, "io": "input"} names a grid of a
// task file), and ARC tasks whose outputs are a primitive applied to their inputs (arc-dsl's
// solvers, checked with canon_dsl.py solve).
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kernels/cpu/op_table.h"
#include "runtime/value_json.h"
#include "tests/support/test_values.h"

namespace arcjit::test::grids {

inline nlohmann::json arc_task(const std::string& rel) {
  std::ifstream in(std::string(ARCJIT_ARC_DATA) + "/" + rel);
  INFO("ARC task file " << ARCJIT_ARC_DATA << "/" << rel);
  REQUIRE(in.good());
  return nlohmann::json::parse(in);
}

// Pair `pair` of train + test, "input" or "output".
inline Value arc_grid(const std::string& rel, size_t pair, const std::string& io) {
  nlohmann::json t = arc_task(rel);
  std::vector<nlohmann::json> pairs(t["train"].begin(), t["train"].end());
  pairs.insert(pairs.end(), t["test"].begin(), t["test"].end());
  return grid_from_json(pairs.at(pair).at(io));
}

inline Value run(std::string_view fn, std::vector<Value> args) {
  auto op = op_from_name(fn);
  REQUIRE(op.has_value());
  for (const Value& a : args)
    if (a.is_err()) return a;
  return invoke(*op, args);
}

// Runs every case of tests/data/<file> whose "fn" is fn (there must be some).
inline void check_data_cases(std::string_view file, std::string_view fn) {
  std::filesystem::path path = std::filesystem::path(__FILE__).parent_path() / "data" / file;
  std::ifstream in(path);
  INFO("data file " << path.string());
  REQUIRE(in.good());
  int count = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json c = nlohmann::json::parse(line);
    if (c["fn"] != fn) continue;
    std::vector<Value> args;
    for (const nlohmann::json& a : c["args"]) {
      if (a.is_object() && a.contains("arc"))
        args.push_back(arc_grid(a["arc"], a["pair"], a["io"]));
      else
        args.push_back(V(a.dump()));
    }
    INFO(fn << " data case " << count << ": " << c["args"].dump().substr(0, 300));
    CHECK(answer(run(fn, args)) == c["expect"].dump());
    ++count;
  }
  CHECK(count > 0);
}

// For each train and test pair of training/<task>.json: output == f(input).
inline void check_arc_task(const std::string& task, const std::function<Value(const Value&)>& f) {
  nlohmann::json t = arc_task("training/" + task + ".json");
  int n = 0;
  for (const char* part : {"train", "test"}) {
    for (const nlohmann::json& p : t[part]) {
      Value in = grid_from_json(p["input"]);
      Value out = grid_from_json(p["output"]);
      INFO(task << " pair " << n);
      CHECK(answer(f(in)) == answer(out));
      ++n;
    }
  }
  CHECK(n > 0);
}

}  // namespace arcjit::test::grids
