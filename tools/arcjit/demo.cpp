#include "tools/arcjit/demo.h"

#include <fmt/core.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "kernels/cpu/call.h"
#include "kernels/cpu/op_table.h"
#include "runtime/limits.h"
#include "runtime/value_json.h"
#include "runtime/value_repr.h"

namespace arcjit {

namespace {

struct DemoCall {
  const char* label;
  Op op;
  std::vector<Value> (*args)(const Value& grid);
};

const Value T = Value::boolean(true);
const Value F = Value::boolean(false);

const DemoCall kCalls[] = {
    {"rot90(I)", Op::rot90, [](const Value& g) { return std::vector<Value>{g}; }},
    {"mostcolor(I)", Op::mostcolor, [](const Value& g) { return std::vector<Value>{g}; }},
    {"palette(I)", Op::palette, [](const Value& g) { return std::vector<Value>{g}; }},
    {"objects(I, T, F, T)", Op::objects,
     [](const Value& g) {
       return std::vector<Value>{g, T, F, T};
     }},
    {"ofcolor(I, 3)", Op::ofcolor,
     [](const Value& g) {
       return std::vector<Value>{g, Value::integer(3)};
     }},
    {"shift(asindices(I), (1, 1))", Op::shift,
     [](const Value& g) {
       return std::vector<Value>{invoke(Op::asindices, {&g, 1}), make_point(1, 1)};
     }},
};

}  // namespace

int run_demo(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    fmt::print(stderr, "arcjit demo: cannot open {}\n", path);
    return 2;
  }
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(in);
  } catch (const std::exception& e) {
    fmt::print(stderr, "arcjit demo: {}: not JSON: {}\n", path, e.what());
    return 2;
  }
  fmt::print("arcjit: {} primitives in the op table\n", kNumOps);
  int index = 0;
  for (const auto& gj : doc.at("grids")) {
    Value grid;
    try {
      grid = grid_from_json(gj);
    } catch (const std::exception& e) {
      fmt::print(stderr, "arcjit demo: {}: grid {}: {}\n", path, index, e.what());
      return 2;
    }
    fmt::print("\ngrid {}: I = {}\n", index++, repr(grid));
    for (const DemoCall& c : kCalls) {
      LaneScope lane{Limits{}};
      std::vector<Value> args = c.args(grid);
      fmt::print("  {:<30} -> {}\n", c.label, repr(invoke(c.op, args)));
    }
  }
  return 0;
}

}  // namespace arcjit
