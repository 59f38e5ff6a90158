// Colour and object primitives against answers of the oracle (canon_dsl.py serve): hand-made grids,
// objects and indices, generic tuples and sets, error kinds, and real ARC grids read from the
// data folder (ARCJIT_ARC_DATA) with their answers stored here.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "runtime/value_json.h"
#include "tests/support/test_values.h"

namespace {

// The first train input of a training task, in the oracle's encoding.
std::string arc_grid(const std::string& task) {
  static std::map<std::string, std::string> cache;
  auto it = cache.find(task);
  if (it != cache.end()) return it->second;
  std::ifstream f(std::string(ARCJIT_ARC_DATA) + "/training/" + task + ".json");
  if (!f) FAIL("cannot read ARC task " << task << " under " << ARCJIT_ARC_DATA);
  nlohmann::json j = nlohmann::json::parse(f);
  arcjit::Value g = arcjit::grid_from_json(j["train"][0]["input"]);
  std::string text = arcjit::encode_json(g)->dump();
  cache.emplace(task, text);
  return text;
}

// The arguments with every "@" replaced by the task's grid.
std::string arc_args(const std::string& task, std::string args) {
  const std::string grid = arc_grid(task);
  for (size_t at = args.find("\"@\""); at != std::string::npos; at = args.find("\"@\"", at))
    args.replace(at, 3, grid);
  return args;
}

}  // namespace

TEST_CASE("mostcolor: grids, ties go to the smallest colour", "[prim][mostcolor]") {
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])", R"({"ok": 0})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [3, 1]}, {"t": [1, 3]}]}])", R"({"ok": 1})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
             R"({"ok": 10})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [7]}]}])", R"({"ok": 7})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [4, 4, 9]}, {"t": [9, 9, 4]}, {"t": [5, 5, 5]}]}])",
             R"({"ok": 4})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [12, 40, 12]}, {"t": [40, 33, 33]}]}])",
             R"({"ok": 12})");
}

TEST_CASE("mostcolor: objects and indices", "[prim][mostcolor]") {
  CHECK_CALL(
      "mostcolor",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"ok": 2})");
  CHECK_CALL(
      "mostcolor",
      R"([{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}])",
      R"({"ok": 3})");
  CHECK_CALL(
      "mostcolor",
      R"([{"s": [{"t": [3, {"t": [0, 0]}]}, {"t": [1, {"t": [5, 5]}]}, {"t": [3, {"t": [2, 2]}]}, {"t": [1, {"t": [7, 7]}]}]}])",
      R"({"ok": 1})");
}

TEST_CASE("mostcolor: generic tuples and sets", "[prim][mostcolor]") {
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])", R"({"ok": 1})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])", R"({"ok": true})");
  CHECK_CALL("mostcolor", R"([{"t": [{"s": [1, 2]}, {"s": [2, 3]}]}])", R"({"ok": 2})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [1, 2]}, {"s": [2, 3]}]}])", R"({"ok": 2})");
  CHECK_CALL("mostcolor", R"([{"s": [{"t": [4, 0]}, {"t": [4, 1]}, {"t": [5, {"t": [0, 0]}]}]}])",
             R"({"ok": 4})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [{"t": [1, 2]}, {"t": [1, 2]}, 0]}]}])",
             R"({"ok": {"t": [1, 2]}})");
}

TEST_CASE("mostcolor: errors", "[prim][mostcolor]") {
  CHECK_CALL("mostcolor", R"([{"t": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": []}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("mostcolor", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("mostcolor", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("mostcolor", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("mostcolor", R"([{"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("mostcolor", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("mostcolor", R"([{"t": [{"t": [1]}, 7]}])", R"({"err": "TypeError"})");
  CHECK_CALL("mostcolor", R"([{"f": "identity"}])", R"({"err": "TypeError"})");
}

TEST_CASE("mostcolor: real ARC grids", "[prim][mostcolor]") {
  CHECK_CALL("mostcolor", arc_args("228f6490", R"(["@"])"), R"({"ok": 0})");
  CHECK_CALL("mostcolor", arc_args("6d0160f0", R"(["@"])"), R"({"ok": 0})");
}

TEST_CASE("leastcolor: grids, ties go to the smallest colour", "[prim][leastcolor]") {
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])", R"({"ok": 0})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [3, 1]}, {"t": [1, 3]}]}])", R"({"ok": 1})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
             R"({"ok": 1000})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [7]}]}])", R"({"ok": 7})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [4, 4, 9]}, {"t": [9, 9, 4]}, {"t": [5, 5, 5]}]}])",
             R"({"ok": 4})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [12, 40, 12]}, {"t": [40, 33, 33]}]}])",
             R"({"ok": 12})");
}

TEST_CASE("leastcolor: objects and indices", "[prim][leastcolor]") {
  CHECK_CALL(
      "leastcolor",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"ok": -1})");
  CHECK_CALL(
      "leastcolor",
      R"([{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}])",
      R"({"ok": 1})");
  CHECK_CALL(
      "leastcolor",
      R"([{"s": [{"t": [3, {"t": [0, 0]}]}, {"t": [1, {"t": [5, 5]}]}, {"t": [3, {"t": [2, 2]}]}, {"t": [1, {"t": [7, 7]}]}]}])",
      R"({"ok": 1})");
}

TEST_CASE("leastcolor: generic tuples and sets", "[prim][leastcolor]") {
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])", R"({"ok": 2})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])", R"({"ok": 0})");
  CHECK_CALL("leastcolor", R"([{"t": [{"s": [1, 2]}, {"s": [2, 3]}]}])", R"({"ok": 1})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [1, 2]}, {"s": [2, 3]}]}])", R"({"ok": 1})");
  CHECK_CALL("leastcolor", R"([{"s": [{"t": [4, 0]}, {"t": [4, 1]}, {"t": [5, {"t": [0, 0]}]}]}])",
             R"({"ok": 5})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [{"t": [1, 2]}, {"t": [1, 2]}, 0]}]}])",
             R"({"ok": 0})");
}

TEST_CASE("leastcolor: errors", "[prim][leastcolor]") {
  CHECK_CALL("leastcolor", R"([{"t": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": []}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("leastcolor", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("leastcolor", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("leastcolor", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("leastcolor", R"([{"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("leastcolor", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("leastcolor", R"([{"t": [{"t": [1]}, 7]}])", R"({"err": "TypeError"})");
  CHECK_CALL("leastcolor", R"([{"f": "identity"}])", R"({"err": "TypeError"})");
}

TEST_CASE("leastcolor: real ARC grids", "[prim][leastcolor]") {
  CHECK_CALL("leastcolor", arc_args("228f6490", R"(["@"])"), R"({"ok": 6})");
  CHECK_CALL("leastcolor", arc_args("6d0160f0", R"(["@"])"), R"({"ok": 1})");
}

TEST_CASE("colorcount: grids", "[prim][colorcount]") {
  CHECK_CALL("colorcount", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}, 2])", R"({"ok": 2})");
  CHECK_CALL("colorcount", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}, -1])",
             R"({"ok": 2})");
  CHECK_CALL("colorcount", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}, 10])",
             R"({"ok": 3})");
  CHECK_CALL("colorcount", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}, 9])", R"({"ok": 0})");
  CHECK_CALL("colorcount", R"([{"t": [{"t": [1, 1]}, {"t": [0, 1]}]}, true])", R"({"ok": 3})");
  CHECK_CALL("colorcount", R"([{"t": [{"t": []}]}, 0])", R"({"ok": 0})");
}

TEST_CASE("colorcount: objects and indices", "[prim][colorcount]") {
  CHECK_CALL(
      "colorcount",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}, 2])",
      R"({"ok": 2})");
  CHECK_CALL(
      "colorcount",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}, -1])",
      R"({"ok": 1})");
  CHECK_CALL(
      "colorcount",
      R"([{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}, 3])",
      R"({"ok": 3})");
  CHECK_CALL("colorcount", R"([{"s": []}, 1])", R"({"ok": 0})");
  CHECK_CALL(
      "colorcount",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}, {"t": [0, 0]}])",
      R"({"ok": 0})");
}

TEST_CASE("colorcount: generic tuples and sets", "[prim][colorcount]") {
  CHECK_CALL("colorcount", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}, 1])", R"({"ok": 2})");
  CHECK_CALL("colorcount", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}, 1])", R"({"ok": 3})");
  CHECK_CALL("colorcount", R"([{"t": [{"t": [{"s": [1]}, 1]}, {"t": []}]}, {"s": [1]}])",
             R"({"ok": 1})");
  CHECK_CALL("colorcount", R"([{"s": [{"t": [4, 0]}, {"t": [4, 1]}, {"t": [5, 2]}]}, 4])",
             R"({"ok": 2})");
  CHECK_CALL("colorcount", R"([{"t": []}, 3])", R"({"ok": 0})");
}

TEST_CASE("colorcount: errors", "[prim][colorcount]") {
  CHECK_CALL("colorcount", R"([{"t": [{"t": [1, 2]}, 3]}, 1])", R"({"err": "AttributeError"})");
  CHECK_CALL("colorcount", R"([{"t": [1, 2]}, 1])", R"({"err": "AttributeError"})");
  CHECK_CALL("colorcount", R"([{"t": [{"s": [1, 2]}]}, 1])", R"({"err": "AttributeError"})");
  CHECK_CALL("colorcount", R"([5, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("colorcount", R"([{"s": [1, 2]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("colorcount", R"([{"s": [{"t": [1, 2, 3]}]}, 1])", R"({"err": "ValueError"})");
  CHECK_CALL("colorcount", R"([{"f": "identity"}, 1])", R"({"err": "TypeError"})");
}

TEST_CASE("colorcount: real ARC grids", "[prim][colorcount]") {
  CHECK_CALL("colorcount", arc_args("228f6490", R"(["@", 5])"), R"({"ok": 34})");
  CHECK_CALL("colorcount", arc_args("6d0160f0", R"(["@", 5])"), R"({"ok": 40})");
}

TEST_CASE("colorfilter: objects", "[prim][colorfilter]") {
  CHECK_CALL(
      "colorfilter",
      R"([{"call": "objects", "args": [{"t": [{"t": [1, 0, 2]}, {"t": [1, 0, 2]}, {"t": [0, 3, 3]}]}, true, false, true]}, 1])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "colorfilter",
      R"([{"call": "objects", "args": [{"t": [{"t": [1, 0, 2]}, {"t": [1, 0, 2]}, {"t": [0, 3, 3]}]}, true, false, true]}, 3])",
      R"({"ok": {"s": [{"s": [{"t": [3, {"t": [2, 1]}]}, {"t": [3, {"t": [2, 2]}]}]}]}})");
  CHECK_CALL(
      "colorfilter",
      R"([{"call": "objects", "args": [{"t": [{"t": [1, 0, 2]}, {"t": [1, 0, 2]}, {"t": [0, 3, 3]}]}, true, false, true]}, 4])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "colorfilter",
      R"([{"call": "objects", "args": [{"t": [{"t": [1, 0, 2]}, {"t": [1, 0, 2]}, {"t": [0, 3, 3]}]}, true, false, true]}, 0])",
      R"({"ok": {"s": []}})");
  CHECK_CALL("colorfilter", R"([{"s": []}, 1])", R"({"ok": {"s": []}})");
}

TEST_CASE("colorfilter: generic containers", "[prim][colorfilter]") {
  CHECK_CALL(
      "colorfilter",
      R"([{"t": [{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"s": [{"t": [2, {"t": [0, 0]}]}]}, {"s": [{"t": [1, {"t": [5, 5]}]}]}]}, 1])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"s": [{"t": [1, {"t": [5, 5]}]}]}]}})");
  CHECK_CALL(
      "colorfilter",
      R"([{"s": [{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}, {"s": [{"t": [2, {"t": [0, 0]}]}]}]}, {"t": [1, 2]}])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "colorfilter",
      R"([{"s": [{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}, {"s": [{"t": [0, {"t": [0, 0]}]}]}]}, 0])",
      R"({"ok": {"s": [{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}, {"s": [{"t": [0, {"t": [0, 0]}]}]}]}})");
  CHECK_CALL("colorfilter", R"([{"s": [{"s": [{"t": [true, {"t": [0, 0]}]}]}]}, 1])",
             R"({"ok": {"s": [{"s": [{"t": [true, {"t": [0, 0]}]}]}]}})");
  CHECK_CALL("colorfilter", R"([{"t": [{"t": [{"t": [2]}]}, {"t": [{"t": [3]}]}]}, {"t": [2]}])",
             R"({"ok": {"s": []}})");
}

TEST_CASE("colorfilter: errors", "[prim][colorfilter]") {
  CHECK_CALL("colorfilter", R"([{"s": [{"s": []}, {"s": [{"t": [1, {"t": [0, 0]}]}]}]}, 1])",
             R"({"err": "RuntimeError"})");
  CHECK_CALL("colorfilter", R"([{"t": [{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"t": []}]}, 1])",
             R"({"err": "RuntimeError"})");
  CHECK_CALL("colorfilter", R"([{"s": [3, {"s": [{"t": [1, {"t": [0, 0]}]}]}]}, 1])",
             R"({"err": "TypeError"})");
  CHECK_CALL("colorfilter", R"([{"s": [{"s": [5]}]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("colorfilter", R"([{"s": [{"t": [{"t": []}]}]}, 1])", R"({"err": "IndexError"})");
  CHECK_CALL("colorfilter", R"([5, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("colorfilter", R"([{"t": [{"s": []}]}, 1])", R"({"err": "RuntimeError"})");
}

TEST_CASE("colorfilter: real ARC grids", "[prim][colorfilter]") {
  CHECK_CALL(
      "colorfilter",
      arc_args("228f6490", R"([{"call": "objects", "args": ["@", true, false, true]}, 5])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}]}, {"s": [{"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}]}]}})");
  CHECK_CALL(
      "colorfilter",
      arc_args("6d0160f0", R"([{"call": "objects", "args": ["@", true, false, true]}, 5])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [0, 3]}]}, {"t": [5, {"t": [0, 7]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 7]}]}, {"t": [5, {"t": [2, 3]}]}, {"t": [5, {"t": [2, 7]}]}, {"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 2]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [3, 6]}]}, {"t": [5, {"t": [3, 7]}]}, {"t": [5, {"t": [3, 8]}]}, {"t": [5, {"t": [3, 9]}]}, {"t": [5, {"t": [3, 10]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 7]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 7]}]}, {"t": [5, {"t": [6, 3]}]}, {"t": [5, {"t": [6, 7]}]}, {"t": [5, {"t": [7, 0]}]}, {"t": [5, {"t": [7, 1]}]}, {"t": [5, {"t": [7, 2]}]}, {"t": [5, {"t": [7, 3]}]}, {"t": [5, {"t": [7, 4]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [7, 10]}]}, {"t": [5, {"t": [8, 3]}]}, {"t": [5, {"t": [8, 7]}]}, {"t": [5, {"t": [9, 3]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [10, 3]}]}, {"t": [5, {"t": [10, 7]}]}]}]}})");
}

TEST_CASE("palette: grids", "[prim][palette]") {
  CHECK_CALL("palette", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])",
             R"({"ok": {"s": [0, 1, 2]}})");
  CHECK_CALL("palette", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
             R"({"ok": {"s": [-1, 10, 1000]}})");
  CHECK_CALL("palette", R"([{"t": [{"t": []}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("palette", R"([{"t": [{"t": [5, 5]}, {"t": [5, 5]}]}])", R"({"ok": {"s": [5]}})");
}

TEST_CASE("palette: objects and indices", "[prim][palette]") {
  CHECK_CALL(
      "palette",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"ok": {"s": [-1, 2, 5]}})");
  CHECK_CALL(
      "palette",
      R"([{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}])",
      R"({"ok": {"s": [0, 1, 3]}})");
  CHECK_CALL("palette", R"([{"s": []}])", R"({"ok": {"s": []}})");
}

TEST_CASE("palette: generic tuples and sets", "[prim][palette]") {
  CHECK_CALL("palette", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])", R"({"ok": {"s": [1, 2]}})");
  CHECK_CALL("palette", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])",
             R"({"ok": {"s": [0, true]}})");
  CHECK_CALL("palette", R"([{"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("palette", R"([{"t": [{"s": [1, 2]}, {"s": [2, {"t": [0]}]}]}])",
             R"({"ok": {"s": [1, 2, {"t": [0]}]}})");
  CHECK_CALL("palette", R"([{"s": [{"t": [{"s": [1]}, 0]}, {"t": [2, 0]}]}])",
             R"({"ok": {"s": [2, {"s": [1]}]}})");
}

TEST_CASE("palette: errors", "[prim][palette]") {
  CHECK_CALL("palette", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("palette", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("palette", R"([{"s": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("palette", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("palette", R"([{"t": [{"t": [1]}, 4]}])", R"({"err": "TypeError"})");
}

TEST_CASE("palette: real ARC grids", "[prim][palette]") {
  CHECK_CALL("palette", arc_args("228f6490", R"(["@"])"), R"({"ok": {"s": [0, 5, 6, 7, 8]}})");
  CHECK_CALL("palette", arc_args("6d0160f0", R"(["@"])"),
             R"({"ok": {"s": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}})");
}

TEST_CASE("numcolors: all shapes", "[prim][numcolors]") {
  CHECK_CALL("numcolors", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])", R"({"ok": 3})");
  CHECK_CALL("numcolors", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
             R"({"ok": 3})");
  CHECK_CALL(
      "numcolors",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"ok": 3})");
  CHECK_CALL(
      "numcolors",
      R"([{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}])",
      R"({"ok": 3})");
  CHECK_CALL("numcolors", R"([{"s": []}])", R"({"ok": 0})");
  CHECK_CALL("numcolors", R"([{"t": [{"t": []}]}])", R"({"ok": 0})");
  CHECK_CALL("numcolors", R"([{"t": []}])", R"({"ok": 0})");
  CHECK_CALL("numcolors", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])", R"({"ok": 2})");
  CHECK_CALL("numcolors", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])", R"({"ok": 2})");
}

TEST_CASE("numcolors: errors", "[prim][numcolors]") {
  CHECK_CALL("numcolors", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("numcolors", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("numcolors", R"([{"s": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("numcolors", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"err": "ValueError"})");
}

TEST_CASE("numcolors: real ARC grids", "[prim][numcolors]") {
  CHECK_CALL("numcolors", arc_args("228f6490", R"(["@"])"), R"({"ok": 5})");
  CHECK_CALL("numcolors", arc_args("6d0160f0", R"(["@"])"), R"({"ok": 10})");
}

TEST_CASE("color: objects and other first elements", "[prim][color]") {
  CHECK_CALL(
      "color",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"ok": -1})");
  CHECK_CALL("color", R"([{"s": [{"t": [7, {"t": [3, 3]}]}, {"t": [8, {"t": [0, 0]}]}]}])",
             R"({"ok": 7})");
  CHECK_CALL(
      "color",
      R"([{"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [1, 1]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}]}])",
      R"({"ok": 0})");
  CHECK_CALL("color", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])", R"({"ok": -1})");
  CHECK_CALL("color", R"([{"t": [{"t": [4, 5]}]}])", R"({"ok": 4})");
  CHECK_CALL("color", R"([{"s": [{"t": [true, {"t": [0, 0]}]}]}])", R"({"ok": true})");
}

TEST_CASE("color: errors", "[prim][color]") {
  CHECK_CALL("color", R"([{"s": []}])", R"({"err": "StopIteration"})");
  CHECK_CALL("color", R"([{"t": []}])", R"({"err": "StopIteration"})");
  CHECK_CALL("color", R"([{"t": [{"t": []}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("color", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("color", R"([{"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("color", R"([{"t": [{"s": [1]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("color", R"([{"t": [{"t": []}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("color", R"([{"f": "identity"}])", R"({"err": "TypeError"})");
}

TEST_CASE("color: real ARC grids", "[prim][color]") {
  CHECK_CALL("color", arc_args("228f6490", R"([{"call": "asobject", "args": ["@"]}])"),
             R"({"ok": 0})");
  CHECK_CALL("color", arc_args("6d0160f0", R"([{"call": "asobject", "args": ["@"]}])"),
             R"({"ok": 0})");
}

TEST_CASE("ofcolor: grids", "[prim][ofcolor]") {
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}, 2])",
             R"({"ok": {"s": [{"t": [1, 1]}, {"t": [1, 2]}]}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}, 10])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [0, 2]}, {"t": [1, 2]}]}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}, -1])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}, 5])",
             R"({"ok": {"s": []}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [1, 0]}, {"t": [1, 1]}]}, true])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}, {"t": [0, 0]}])",
             R"({"ok": {"s": []}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": []}]}, 0])", R"({"ok": {"s": []}})");
}

TEST_CASE("ofcolor: generic tuples and sets", "[prim][ofcolor]") {
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}, 2])",
             R"({"ok": {"s": [{"t": [1, 0]}]}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}, 1])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}]}})");
  CHECK_CALL("ofcolor", R"([{"t": []}, 1])", R"({"ok": {"s": []}})");
  CHECK_CALL("ofcolor", R"([{"s": [{"t": [1, 2]}, {"t": [2, 2]}]}, 2])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL(
      "ofcolor",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}, 2])",
      R"({"ok": {"s": [{"t": [1, 0]}, {"t": [2, 0]}]}})");
  CHECK_CALL("ofcolor", R"([{"t": [{"s": [3, 4]}, {"t": [4]}]}, 4])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [1, 0]}]}})");
}

TEST_CASE("ofcolor: errors", "[prim][ofcolor]") {
  CHECK_CALL("ofcolor", R"([5, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("ofcolor", R"([{"t": [1, 2]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("ofcolor", R"([{"s": [1]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("ofcolor", R"([{"t": [{"t": [1]}, 2]}, 1])", R"({"err": "TypeError"})");
}

TEST_CASE("ofcolor: real ARC grids", "[prim][ofcolor]") {
  CHECK_CALL(
      "ofcolor", arc_args("228f6490", R"(["@", 7])"),
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 8]}, {"t": [0, 9]}, {"t": [5, 8]}, {"t": [7, 4]}]}})");
  CHECK_CALL(
      "ofcolor", arc_args("6d0160f0", R"(["@", 7])"),
      R"({"ok": {"s": [{"t": [0, 4]}, {"t": [0, 10]}, {"t": [2, 0]}, {"t": [4, 0]}, {"t": [4, 5]}, {"t": [5, 10]}, {"t": [8, 10]}, {"t": [9, 0]}, {"t": [9, 4]}]}})");
}

TEST_CASE("asindices: grids", "[prim][asindices]") {
  CHECK_CALL(
      "asindices", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [0, 2]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [1, 2]}]}})");
  CHECK_CALL("asindices", R"([{"t": [{"t": [5]}]}])", R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL(
      "asindices", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [0, 2]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [1, 2]}]}})");
  CHECK_CALL("asindices", R"([{"t": [{"t": []}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("asindices", R"([{"t": []}])", R"({"ok": {"s": []}})");
}

TEST_CASE("asindices: generic tuples", "[prim][asindices]") {
  CHECK_CALL("asindices", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("asindices", R"([{"t": [{"t": [1, 2]}, 3]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("asindices", R"([{"t": [{"s": [1, 2]}, 9]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("asindices", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
}

TEST_CASE("asindices: errors", "[prim][asindices]") {
  CHECK_CALL("asindices", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("asindices", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "asindices",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL("asindices", R"([{"t": [7, {"t": [1]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("asindices", R"([{"f": "identity"}])", R"({"err": "TypeError"})");
}

TEST_CASE("asindices: real ARC grids", "[prim][asindices]") {
  CHECK_CALL("asindices", arc_args("228f6490", R"(["@"])"),
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [0, 2]}, {"t": [0, 3]}, {"t": [0, 4]}, {"t": [0, 5]}, {"t": [0, 6]}, {"t": [0, 7]}, {"t": [0, 8]}, {"t": [0, 9]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [1, 2]}, {"t": [1, 3]}, {"t": [1, 4]}, {"t": [1, 5]}, {"t": [1, 6]}, {"t": [1, 7]}, {"t": [1, 8]}, {"t": [1, 9]}, {"t": [2, 0]}, {"t": [2, 1]}, {"t": [2, 2]}, {"t": [2, 3]}, {"t": [2, 4]}, {"t": [2, 5]}, {"t": [2, 6]}, {"t": [2, 7]}, {"t": [2, 8]}, {"t": [2, 9]}, {"t": [3, 0]}, {"t": [3, 1]}, {"t": [3, 2]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}, {"t": [3, 6]}, {"t": [3, 7]}, {"t": [3, 8]}, {"t": [3, 9]}, {"t": [4, 0]}, {"t": [4, 1]}, {"t": [4, 2]}, {"t": [4, 3]}, {"t": [4, 4]}, {"t": [4, 5]}, {"t": [4, 6]}, {"t": [4, 7]}, {"t": [4, 8]}, {"t": [4, 9]}, {"t": [5, 0]}, {"t": [5, 1]}, {"t": [5, 2]}, {"t": [5, 3]}, {"t": [5, 4]}, {"t": [5, 5]}, {"t": [5, 6]}, {"t": [5, 7]}, {"t": [5, 8]}, {"t": [5, 9]}, {"t": [6, 0]}, {"t": [6, 1]}, {"t": [6, 2]}, {"t": [6, 3]}, {"t": [6, 4]}, {"t": [6, 5]}, {"t": [6, 6]}, {"t": [6, 7]}, {"t": [6, 8]}, {"t": [6, 9]}, {"t": [7, 0]}, {"t": [7, 1]}, {"t": [7, 2]}, {"t": [7, 3]}, {"t": [7, 4]}, {"t": [7, 5]}, {"t": [7, 6]}, {"t": [7, 7]}, {"t": [7, 8]}, {"t": [7, 9]}, {"t": [8, 0]}, {"t": [8, 1]}, {"t": [8, 2]}, {"t": [8, 3]}, {"t": [8, 4]}, {"t": [8, 5]}, {"t": [8, 6]}, {"t": [8, 7]}, {"t": [8, 8]}, {"t": [8, 9]}, {"t": [9, 0]}, {"t": [9, 1]}, {"t": [9, 2]}, {"t": [9, 3]}, {"t": [9, 4]}, {"t": [9, 5]}, {"t": [9, 6]}, {"t": [9, 7]}, {"t": [9, 8]}, {"t": [9, 9]}]}})");
}

TEST_CASE("toobject: indices and objects on grids", "[prim][toobject]") {
  CHECK_CALL(
      "toobject",
      R"([{"s": [{"t": [0, 0]}, {"t": [1, 2]}, {"t": [2, 2]}, {"t": [-1, 0]}, {"t": [0, 3]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [6, {"t": [1, 2]}]}]}})");
  CHECK_CALL(
      "toobject",
      R"([{"s": [{"t": [9, {"t": [0, 1]}]}, {"t": [9, {"t": [1, 1]}]}, {"t": [8, {"t": [1, 1]}]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
      R"({"ok": {"s": [{"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}]}})");
  CHECK_CALL("toobject", R"([{"s": []}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"s": []}})");
  CHECK_CALL("toobject",
             R"([{"s": [{"t": [0, 0]}]}, {"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
             R"({"ok": {"s": [{"t": [-1, {"t": [0, 0]}]}]}})");
  CHECK_CALL(
      "toobject",
      R"([{"s": [{"t": [0, {"t": [-1, -1]}]}, {"t": [0, {"t": [5, 5]}]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
      R"({"ok": {"s": []}})");
}

TEST_CASE("toobject: generic patches and grids", "[prim][toobject]") {
  CHECK_CALL(
      "toobject",
      R"([{"t": [{"t": [0, 0]}, {"t": [1, 1]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [5, {"t": [1, 1]}]}]}})");
  CHECK_CALL("toobject",
             R"([{"s": [{"t": [true, 0]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"s": [{"t": [4, {"t": [true, 0]}]}]}})");
  CHECK_CALL("toobject",
             R"([{"s": [{"t": [1, 0]}, {"t": [1, 1]}]}, {"t": [{"t": [1, 1]}, {"t": [2]}]}])",
             R"({"err": "IndexError"})");
  CHECK_CALL("toobject", R"([{"s": [{"t": [0, 1]}]}, {"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 1]}]}]}})");
  CHECK_CALL("toobject",
             R"([{"t": [{"t": [5, {"t": [0, 2]}]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"s": [{"t": [3, {"t": [0, 2]}]}]}})");
  CHECK_CALL("toobject", R"([{"s": [{"t": [1, 0]}]}, {"t": [{"t": [1, 2]}, 3]}])",
             R"({"err": "TypeError"})");
}

TEST_CASE("toobject: errors", "[prim][toobject]") {
  CHECK_CALL("toobject", R"([{"s": [{"t": [0, 0]}]}, {"t": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("toobject", R"([{"s": []}, {"t": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("toobject", R"([{"s": [{"t": [1, 1]}]}, {"t": [{"t": [1, 1]}, {"t": [2]}]}])",
             R"({"err": "IndexError"})");
  CHECK_CALL("toobject", R"([5, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL(
      "toobject",
      R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL("toobject",
             R"([{"s": [{"t": [1, 2, 3]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("toobject", R"([{"t": [{"t": [0]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "IndexError"})");
  CHECK_CALL("toobject", R"([{"s": [{"t": [1, 0]}]}, {"t": [{"t": [1, 2]}, 3, 4]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL(
      "toobject",
      R"([{"s": [{"t": [0, 0]}, {"t": [{"t": [1]}, 1]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL("toobject", R"([{"s": [{"t": [0, 0]}]}, 5])", R"({"err": "TypeError"})");
}

TEST_CASE("toobject: real ARC grids", "[prim][toobject]") {
  CHECK_CALL(
      "toobject",
      arc_args(
          "228f6490",
          R"([{"s": [{"t": [1, 1]}, {"t": [2, 2]}, {"t": [8, 1]}, {"t": [9, 9]}, {"t": [10, 0]}, {"t": [-1, 3]}]}, "@"])"),
      R"({"ok": {"s": [{"t": [0, {"t": [2, 2]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [9, 9]}]}, {"t": [8, {"t": [8, 1]}]}]}})");
  CHECK_CALL("toobject",
             arc_args("228f6490",
                      R"([{"s": [{"t": [0, {"t": [7, 4]}]}, {"t": [0, {"t": [2, 7]}]}]}, "@"])"),
             R"({"ok": {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [7, {"t": [7, 4]}]}]}})");
}

TEST_CASE("asobject: grids", "[prim][asobject]") {
  CHECK_CALL(
      "asobject", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])",
      R"({"ok": {"s": [{"t": [0, {"t": [0, 0]}]}, {"t": [0, {"t": [0, 1]}]}, {"t": [1, {"t": [0, 2]}]}, {"t": [1, {"t": [1, 0]}]}, {"t": [2, {"t": [1, 1]}]}, {"t": [2, {"t": [1, 2]}]}]}})");
  CHECK_CALL(
      "asobject", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
      R"({"ok": {"s": [{"t": [-1, {"t": [0, 0]}]}, {"t": [-1, {"t": [1, 1]}]}, {"t": [10, {"t": [0, 1]}]}, {"t": [10, {"t": [0, 2]}]}, {"t": [10, {"t": [1, 2]}]}, {"t": [1000, {"t": [1, 0]}]}]}})");
  CHECK_CALL("asobject", R"([{"t": [{"t": []}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("asobject", R"([{"t": []}])", R"({"ok": {"s": []}})");
}

TEST_CASE("asobject: generic tuples and sets", "[prim][asobject]") {
  CHECK_CALL(
      "asobject", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 0]}]}]}})");
  CHECK_CALL(
      "asobject", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])",
      R"({"ok": {"s": [{"t": [0, {"t": [1, 1]}]}, {"t": [true, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 0]}]}]}})");
  CHECK_CALL("asobject", R"([{"s": [{"t": [1, 2]}]}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("asobject", R"([{"t": [{"s": [7, 8]}]}])",
             R"({"ok": {"s": [{"t": [7, {"t": [0, 0]}]}, {"t": [8, {"t": [0, 1]}]}]}})");
}

TEST_CASE("asobject: errors", "[prim][asobject]") {
  CHECK_CALL("asobject", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("asobject", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("asobject", R"([{"f": "identity"}])", R"({"err": "TypeError"})");
}

TEST_CASE("asobject: real ARC grids", "[prim][asobject]") {
  CHECK_CALL(
      "asobject", arc_args("228f6490", R"(["@"])"),
      R"({"ok": {"s": [{"t": [0, {"t": [0, 1]}]}, {"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [0, 3]}]}, {"t": [0, {"t": [0, 4]}]}, {"t": [0, {"t": [0, 5]}]}, {"t": [0, {"t": [0, 6]}]}, {"t": [0, {"t": [0, 7]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 6]}]}, {"t": [0, {"t": [1, 7]}]}, {"t": [0, {"t": [1, 8]}]}, {"t": [0, {"t": [1, 9]}]}, {"t": [0, {"t": [2, 0]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [2, 6]}]}, {"t": [0, {"t": [2, 9]}]}, {"t": [0, {"t": [3, 0]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [0, {"t": [3, 3]}]}, {"t": [0, {"t": [3, 6]}]}, {"t": [0, {"t": [3, 7]}]}, {"t": [0, {"t": [3, 8]}]}, {"t": [0, {"t": [3, 9]}]}, {"t": [0, {"t": [4, 0]}]}, {"t": [0, {"t": [4, 6]}]}, {"t": [0, {"t": [4, 7]}]}, {"t": [0, {"t": [4, 8]}]}, {"t": [0, {"t": [4, 9]}]}, {"t": [0, {"t": [5, 0]}]}, {"t": [0, {"t": [5, 6]}]}, {"t": [0, {"t": [5, 7]}]}, {"t": [0, {"t": [5, 9]}]}, {"t": [0, {"t": [6, 0]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 3]}]}, {"t": [0, {"t": [6, 4]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 7]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 9]}]}, {"t": [0, {"t": [7, 0]}]}, {"t": [0, {"t": [7, 1]}]}, {"t": [0, {"t": [7, 2]}]}, {"t": [0, {"t": [7, 3]}]}, {"t": [0, {"t": [8, 0]}]}, {"t": [0, {"t": [8, 3]}]}, {"t": [0, {"t": [8, 4]}]}, {"t": [0, {"t": [8, 7]}]}, {"t": [0, {"t": [8, 8]}]}, {"t": [0, {"t": [9, 0]}]}, {"t": [0, {"t": [9, 3]}]}, {"t": [0, {"t": [9, 4]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}, {"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}, {"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}, {"t": [7, {"t": [5, 8]}]}, {"t": [7, {"t": [7, 4]}]}, {"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}})");
}

TEST_CASE("objects: all flag combinations on a small grid", "[prim][objects]") {
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, true, true, true])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, true, true, false])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 2]}]}, {"t": [0, {"t": [2, 1]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, true, false, true])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, true, false, false])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [1, 2]}]}, {"t": [0, {"t": [2, 1]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}]}, {"s": [{"t": [0, {"t": [1, 0]}]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, false, true, true])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}, {"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, false, true, false])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 2]}]}, {"t": [0, {"t": [2, 1]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}, {"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}, {"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}, {"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, false, false, true])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, false, false, false])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 2]}]}, {"t": [0, {"t": [2, 1]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}, {"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}, {"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}, {"t": [4, {"t": [3, 3]}]}]}]}})");
}

TEST_CASE("objects: colours -1, 10, 1000 and background ties", "[prim][objects]") {
  CHECK_CALL(
      "objects", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}, true, false, true])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 0]}]}]}, {"s": [{"t": [-1, {"t": [1, 1]}]}]}, {"s": [{"t": [1000, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "objects", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}, false, true, true])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 0]}]}, {"t": [-1, {"t": [1, 1]}]}, {"t": [1000, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "objects", R"([{"t": [{"t": [2, 3]}, {"t": [3, 2]}]}, true, false, true])",
      R"({"ok": {"s": [{"s": [{"t": [3, {"t": [0, 1]}]}]}, {"s": [{"t": [3, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "objects", R"([{"t": [{"t": [2, 3]}, {"t": [3, 2]}]}, false, false, true])",
      R"({"ok": {"s": [{"s": [{"t": [3, {"t": [0, 1]}]}]}, {"s": [{"t": [3, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "objects", R"([{"t": [{"t": [1000, -1, -1]}, {"t": [1000, 1000, -1]}]}, true, true, false])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 1]}]}, {"t": [-1, {"t": [0, 2]}]}, {"t": [-1, {"t": [1, 2]}]}]}, {"s": [{"t": [1000, {"t": [0, 0]}]}, {"t": [1000, {"t": [1, 0]}]}, {"t": [1000, {"t": [1, 1]}]}]}]}})");
}

TEST_CASE("objects: flags by truthiness", "[prim][objects]") {
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, 2, {"t": []}, {"s": [1]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, {"t": [0]}, 0, 7])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}, {"s": []}, {"f": "identity"}, {"t": []}])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 2]}]}, {"t": [0, {"t": [2, 1]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}, {"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}, {"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}, {"t": [4, {"t": [3, 3]}]}]}]}})");
}

TEST_CASE("objects: degenerate grids", "[prim][objects]") {
  CHECK_CALL("objects", R"([{"t": [{"t": []}]}, true, true, false])", R"({"ok": {"s": []}})");
  CHECK_CALL("objects", R"([{"t": [{"t": [5]}]}, true, false, true])", R"({"ok": {"s": []}})");
  CHECK_CALL("objects", R"([{"t": [{"t": [5]}]}, false, false, false])",
             R"({"ok": {"s": [{"s": [{"t": [5, {"t": [0, 0]}]}]}]}})");
}

TEST_CASE("objects: generic tuples", "[prim][objects]") {
  CHECK_CALL(
      "objects", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}, true, false, false])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [1, 1]}]}]}, {"s": [{"t": [true, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "objects", R"([{"t": [{"t": [1, 2]}, {"t": [1, 2, 3]}]}, true, true, false])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [1, 0]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}]}})");
  CHECK_CALL(
      "objects",
      R"([{"t": [{"t": [{"s": [1]}, {"s": [1]}]}, {"t": [0, {"s": [1]}]}]}, true, false, true])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [1, 0]}]}]}]}})");
}

TEST_CASE("objects: errors", "[prim][objects]") {
  CHECK_CALL("objects", R"([{"t": []}, true, true, false])", R"({"err": "IndexError"})");
  CHECK_CALL("objects", R"([{"t": [{"t": []}]}, true, true, true])", R"({"err": "ValueError"})");
  CHECK_CALL("objects", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}, true, false, false])",
             R"({"err": "IndexError"})");
  CHECK_CALL(
      "objects",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}, true, false, false])",
      R"({"err": "TypeError"})");
  CHECK_CALL(
      "objects",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}, true, false, true])",
      R"({"err": "TypeError"})");
  CHECK_CALL("objects", R"([{"s": []}, true, true, true])", R"({"err": "ValueError"})");
  CHECK_CALL("objects", R"([5, true, true, false])", R"({"err": "TypeError"})");
  CHECK_CALL("objects", R"([{"t": [1, 2]}, true, true, false])", R"({"err": "TypeError"})");
  CHECK_CALL("objects", R"([{"t": [{"t": [0, 0]}, 5]}, false, false, false])",
             R"({"err": "TypeError"})");
}

TEST_CASE("objects: real ARC grids", "[prim][objects]") {
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", true, true, true])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}]}, {"s": [{"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}]}, {"s": [{"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}]}, {"s": [{"t": [7, {"t": [5, 8]}]}]}, {"s": [{"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", true, true, false])"),
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 1]}]}, {"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [0, 3]}]}, {"t": [0, {"t": [0, 4]}]}, {"t": [0, {"t": [0, 5]}]}, {"t": [0, {"t": [0, 6]}]}, {"t": [0, {"t": [0, 7]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 6]}]}, {"t": [0, {"t": [1, 7]}]}, {"t": [0, {"t": [1, 8]}]}, {"t": [0, {"t": [1, 9]}]}, {"t": [0, {"t": [2, 0]}]}, {"t": [0, {"t": [2, 6]}]}, {"t": [0, {"t": [2, 9]}]}, {"t": [0, {"t": [3, 0]}]}, {"t": [0, {"t": [3, 6]}]}, {"t": [0, {"t": [3, 7]}]}, {"t": [0, {"t": [3, 8]}]}, {"t": [0, {"t": [3, 9]}]}, {"t": [0, {"t": [4, 0]}]}, {"t": [0, {"t": [4, 6]}]}, {"t": [0, {"t": [4, 7]}]}, {"t": [0, {"t": [4, 8]}]}, {"t": [0, {"t": [4, 9]}]}, {"t": [0, {"t": [5, 0]}]}, {"t": [0, {"t": [5, 6]}]}, {"t": [0, {"t": [5, 7]}]}, {"t": [0, {"t": [5, 9]}]}, {"t": [0, {"t": [6, 0]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 3]}]}, {"t": [0, {"t": [6, 4]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 7]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 9]}]}, {"t": [0, {"t": [7, 0]}]}, {"t": [0, {"t": [7, 1]}]}, {"t": [0, {"t": [7, 2]}]}, {"t": [0, {"t": [7, 3]}]}, {"t": [0, {"t": [8, 0]}]}, {"t": [0, {"t": [8, 3]}]}, {"t": [0, {"t": [8, 4]}]}, {"t": [0, {"t": [9, 0]}]}, {"t": [0, {"t": [9, 3]}]}, {"t": [0, {"t": [9, 4]}]}]}, {"s": [{"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [0, {"t": [3, 3]}]}]}, {"s": [{"t": [0, {"t": [8, 7]}]}, {"t": [0, {"t": [8, 8]}]}]}, {"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}]}, {"s": [{"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}]}, {"s": [{"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}]}, {"s": [{"t": [7, {"t": [5, 8]}]}]}, {"s": [{"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", true, false, true])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}]}, {"s": [{"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}]}, {"s": [{"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}]}, {"s": [{"t": [7, {"t": [5, 8]}]}]}, {"s": [{"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", true, false, false])"),
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 1]}]}, {"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [0, 3]}]}, {"t": [0, {"t": [0, 4]}]}, {"t": [0, {"t": [0, 5]}]}, {"t": [0, {"t": [0, 6]}]}, {"t": [0, {"t": [0, 7]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 6]}]}, {"t": [0, {"t": [1, 7]}]}, {"t": [0, {"t": [1, 8]}]}, {"t": [0, {"t": [1, 9]}]}, {"t": [0, {"t": [2, 0]}]}, {"t": [0, {"t": [2, 6]}]}, {"t": [0, {"t": [2, 9]}]}, {"t": [0, {"t": [3, 0]}]}, {"t": [0, {"t": [3, 6]}]}, {"t": [0, {"t": [3, 7]}]}, {"t": [0, {"t": [3, 8]}]}, {"t": [0, {"t": [3, 9]}]}, {"t": [0, {"t": [4, 0]}]}, {"t": [0, {"t": [4, 6]}]}, {"t": [0, {"t": [4, 7]}]}, {"t": [0, {"t": [4, 8]}]}, {"t": [0, {"t": [4, 9]}]}, {"t": [0, {"t": [5, 0]}]}, {"t": [0, {"t": [5, 6]}]}, {"t": [0, {"t": [5, 7]}]}, {"t": [0, {"t": [5, 9]}]}, {"t": [0, {"t": [6, 0]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 3]}]}, {"t": [0, {"t": [6, 4]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 7]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 9]}]}, {"t": [0, {"t": [7, 0]}]}, {"t": [0, {"t": [7, 1]}]}, {"t": [0, {"t": [7, 2]}]}, {"t": [0, {"t": [7, 3]}]}, {"t": [0, {"t": [8, 0]}]}, {"t": [0, {"t": [8, 3]}]}, {"t": [0, {"t": [8, 4]}]}, {"t": [0, {"t": [9, 0]}]}, {"t": [0, {"t": [9, 3]}]}, {"t": [0, {"t": [9, 4]}]}]}, {"s": [{"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [0, {"t": [3, 3]}]}]}, {"s": [{"t": [0, {"t": [8, 7]}]}, {"t": [0, {"t": [8, 8]}]}]}, {"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}]}, {"s": [{"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}]}, {"s": [{"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}]}, {"s": [{"t": [7, {"t": [5, 8]}]}]}, {"s": [{"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", false, true, true])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}, {"t": [7, {"t": [0, 0]}]}]}, {"s": [{"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}, {"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}]}, {"s": [{"t": [7, {"t": [5, 8]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", false, true, false])"),
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 1]}]}, {"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [0, 3]}]}, {"t": [0, {"t": [0, 4]}]}, {"t": [0, {"t": [0, 5]}]}, {"t": [0, {"t": [0, 6]}]}, {"t": [0, {"t": [0, 7]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 6]}]}, {"t": [0, {"t": [1, 7]}]}, {"t": [0, {"t": [1, 8]}]}, {"t": [0, {"t": [1, 9]}]}, {"t": [0, {"t": [2, 0]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [2, 6]}]}, {"t": [0, {"t": [2, 9]}]}, {"t": [0, {"t": [3, 0]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [0, {"t": [3, 3]}]}, {"t": [0, {"t": [3, 6]}]}, {"t": [0, {"t": [3, 7]}]}, {"t": [0, {"t": [3, 8]}]}, {"t": [0, {"t": [3, 9]}]}, {"t": [0, {"t": [4, 0]}]}, {"t": [0, {"t": [4, 6]}]}, {"t": [0, {"t": [4, 7]}]}, {"t": [0, {"t": [4, 8]}]}, {"t": [0, {"t": [4, 9]}]}, {"t": [0, {"t": [5, 0]}]}, {"t": [0, {"t": [5, 6]}]}, {"t": [0, {"t": [5, 7]}]}, {"t": [0, {"t": [5, 9]}]}, {"t": [0, {"t": [6, 0]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 3]}]}, {"t": [0, {"t": [6, 4]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 7]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 9]}]}, {"t": [0, {"t": [7, 0]}]}, {"t": [0, {"t": [7, 1]}]}, {"t": [0, {"t": [7, 2]}]}, {"t": [0, {"t": [7, 3]}]}, {"t": [0, {"t": [8, 0]}]}, {"t": [0, {"t": [8, 3]}]}, {"t": [0, {"t": [8, 4]}]}, {"t": [0, {"t": [8, 7]}]}, {"t": [0, {"t": [8, 8]}]}, {"t": [0, {"t": [9, 0]}]}, {"t": [0, {"t": [9, 3]}]}, {"t": [0, {"t": [9, 4]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}, {"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}, {"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}, {"t": [7, {"t": [5, 8]}]}, {"t": [7, {"t": [7, 4]}]}, {"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", false, false, true])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}]}, {"s": [{"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}, {"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}]}, {"s": [{"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}]}, {"s": [{"t": [7, {"t": [5, 8]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("228f6490", R"(["@", false, false, false])"),
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 1]}]}, {"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [0, 3]}]}, {"t": [0, {"t": [0, 4]}]}, {"t": [0, {"t": [0, 5]}]}, {"t": [0, {"t": [0, 6]}]}, {"t": [0, {"t": [0, 7]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 6]}]}, {"t": [0, {"t": [1, 7]}]}, {"t": [0, {"t": [1, 8]}]}, {"t": [0, {"t": [1, 9]}]}, {"t": [0, {"t": [2, 0]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [2, 6]}]}, {"t": [0, {"t": [2, 9]}]}, {"t": [0, {"t": [3, 0]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [0, {"t": [3, 3]}]}, {"t": [0, {"t": [3, 6]}]}, {"t": [0, {"t": [3, 7]}]}, {"t": [0, {"t": [3, 8]}]}, {"t": [0, {"t": [3, 9]}]}, {"t": [0, {"t": [4, 0]}]}, {"t": [0, {"t": [4, 6]}]}, {"t": [0, {"t": [4, 7]}]}, {"t": [0, {"t": [4, 8]}]}, {"t": [0, {"t": [4, 9]}]}, {"t": [0, {"t": [5, 0]}]}, {"t": [0, {"t": [5, 6]}]}, {"t": [0, {"t": [5, 7]}]}, {"t": [0, {"t": [5, 9]}]}, {"t": [0, {"t": [6, 0]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 3]}]}, {"t": [0, {"t": [6, 4]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 7]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 9]}]}, {"t": [0, {"t": [7, 0]}]}, {"t": [0, {"t": [7, 1]}]}, {"t": [0, {"t": [7, 2]}]}, {"t": [0, {"t": [7, 3]}]}, {"t": [0, {"t": [8, 0]}]}, {"t": [0, {"t": [8, 3]}]}, {"t": [0, {"t": [8, 4]}]}, {"t": [0, {"t": [8, 7]}]}, {"t": [0, {"t": [8, 8]}]}, {"t": [0, {"t": [9, 0]}]}, {"t": [0, {"t": [9, 3]}]}, {"t": [0, {"t": [9, 4]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}, {"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}, {"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}, {"t": [7, {"t": [5, 8]}]}, {"t": [7, {"t": [7, 4]}]}, {"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("6d0160f0", R"(["@", true, false, true])"),
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [9, 10]}]}]}, {"s": [{"t": [2, {"t": [2, 1]}]}]}, {"s": [{"t": [2, {"t": [2, 6]}]}]}, {"s": [{"t": [2, {"t": [4, 2]}]}]}, {"s": [{"t": [2, {"t": [4, 9]}]}]}, {"s": [{"t": [2, {"t": [6, 4]}]}]}, {"s": [{"t": [2, {"t": [8, 5]}]}]}, {"s": [{"t": [2, {"t": [8, 8]}]}]}, {"s": [{"t": [2, {"t": [10, 2]}]}]}, {"s": [{"t": [3, {"t": [0, 0]}]}]}, {"s": [{"t": [3, {"t": [1, 5]}]}]}, {"s": [{"t": [3, {"t": [2, 9]}]}]}, {"s": [{"t": [3, {"t": [4, 10]}]}]}, {"s": [{"t": [3, {"t": [5, 6]}]}]}, {"s": [{"t": [3, {"t": [6, 0]}]}]}, {"s": [{"t": [3, {"t": [8, 1]}]}]}, {"s": [{"t": [3, {"t": [9, 6]}]}]}, {"s": [{"t": [3, {"t": [10, 9]}]}]}, {"s": [{"t": [4, {"t": [8, 2]}]}]}, {"s": [{"t": [5, {"t": [0, 3]}]}, {"t": [5, {"t": [0, 7]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 7]}]}, {"t": [5, {"t": [2, 3]}]}, {"t": [5, {"t": [2, 7]}]}, {"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 2]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [3, 6]}]}, {"t": [5, {"t": [3, 7]}]}, {"t": [5, {"t": [3, 8]}]}, {"t": [5, {"t": [3, 9]}]}, {"t": [5, {"t": [3, 10]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 7]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 7]}]}, {"t": [5, {"t": [6, 3]}]}, {"t": [5, {"t": [6, 7]}]}, {"t": [5, {"t": [7, 0]}]}, {"t": [5, {"t": [7, 1]}]}, {"t": [5, {"t": [7, 2]}]}, {"t": [5, {"t": [7, 3]}]}, {"t": [5, {"t": [7, 4]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [7, 10]}]}, {"t": [5, {"t": [8, 3]}]}, {"t": [5, {"t": [8, 7]}]}, {"t": [5, {"t": [9, 3]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [10, 3]}]}, {"t": [5, {"t": [10, 7]}]}]}, {"s": [{"t": [6, {"t": [0, 6]}]}]}, {"s": [{"t": [6, {"t": [1, 9]}]}]}, {"s": [{"t": [6, {"t": [5, 2]}]}]}, {"s": [{"t": [6, {"t": [6, 9]}]}]}, {"s": [{"t": [6, {"t": [10, 5]}]}]}, {"s": [{"t": [7, {"t": [0, 4]}]}]}, {"s": [{"t": [7, {"t": [0, 10]}]}]}, {"s": [{"t": [7, {"t": [2, 0]}]}]}, {"s": [{"t": [7, {"t": [4, 0]}]}]}, {"s": [{"t": [7, {"t": [4, 5]}]}]}, {"s": [{"t": [7, {"t": [5, 10]}]}]}, {"s": [{"t": [7, {"t": [8, 10]}]}]}, {"s": [{"t": [7, {"t": [9, 0]}]}]}, {"s": [{"t": [7, {"t": [9, 4]}]}]}, {"s": [{"t": [8, {"t": [0, 8]}]}]}, {"s": [{"t": [8, {"t": [4, 4]}]}]}, {"s": [{"t": [9, {"t": [1, 2]}]}]}]}})");
  CHECK_CALL(
      "objects", arc_args("6d0160f0", R"(["@", false, true, true])"),
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [9, 10]}]}, {"t": [2, {"t": [2, 1]}]}, {"t": [2, {"t": [2, 6]}]}, {"t": [2, {"t": [4, 2]}]}, {"t": [2, {"t": [4, 9]}]}, {"t": [2, {"t": [6, 4]}]}, {"t": [2, {"t": [8, 5]}]}, {"t": [2, {"t": [8, 8]}]}, {"t": [2, {"t": [10, 2]}]}, {"t": [3, {"t": [1, 5]}]}, {"t": [3, {"t": [2, 9]}]}, {"t": [3, {"t": [4, 10]}]}, {"t": [3, {"t": [5, 6]}]}, {"t": [3, {"t": [6, 0]}]}, {"t": [3, {"t": [8, 1]}]}, {"t": [3, {"t": [9, 6]}]}, {"t": [3, {"t": [10, 9]}]}, {"t": [4, {"t": [8, 2]}]}, {"t": [5, {"t": [0, 3]}]}, {"t": [5, {"t": [0, 7]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 7]}]}, {"t": [5, {"t": [2, 3]}]}, {"t": [5, {"t": [2, 7]}]}, {"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 2]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [3, 6]}]}, {"t": [5, {"t": [3, 7]}]}, {"t": [5, {"t": [3, 8]}]}, {"t": [5, {"t": [3, 9]}]}, {"t": [5, {"t": [3, 10]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 7]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 7]}]}, {"t": [5, {"t": [6, 3]}]}, {"t": [5, {"t": [6, 7]}]}, {"t": [5, {"t": [7, 0]}]}, {"t": [5, {"t": [7, 1]}]}, {"t": [5, {"t": [7, 2]}]}, {"t": [5, {"t": [7, 3]}]}, {"t": [5, {"t": [7, 4]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [7, 10]}]}, {"t": [5, {"t": [8, 3]}]}, {"t": [5, {"t": [8, 7]}]}, {"t": [5, {"t": [9, 3]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [10, 3]}]}, {"t": [5, {"t": [10, 7]}]}, {"t": [6, {"t": [0, 6]}]}, {"t": [6, {"t": [1, 9]}]}, {"t": [6, {"t": [5, 2]}]}, {"t": [6, {"t": [6, 9]}]}, {"t": [6, {"t": [10, 5]}]}, {"t": [7, {"t": [0, 4]}]}, {"t": [7, {"t": [0, 10]}]}, {"t": [7, {"t": [2, 0]}]}, {"t": [7, {"t": [4, 0]}]}, {"t": [7, {"t": [4, 5]}]}, {"t": [7, {"t": [5, 10]}]}, {"t": [7, {"t": [8, 10]}]}, {"t": [7, {"t": [9, 0]}]}, {"t": [7, {"t": [9, 4]}]}, {"t": [8, {"t": [0, 8]}]}, {"t": [8, {"t": [4, 4]}]}, {"t": [9, {"t": [1, 2]}]}]}, {"s": [{"t": [3, {"t": [0, 0]}]}]}]}})");
}

TEST_CASE("partition: grids", "[prim][partition]") {
  CHECK_CALL(
      "partition",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 2]}]}, {"t": [0, {"t": [2, 1]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [3, 2]}]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "partition", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 0]}]}, {"t": [-1, {"t": [1, 1]}]}]}, {"s": [{"t": [10, {"t": [0, 1]}]}, {"t": [10, {"t": [0, 2]}]}, {"t": [10, {"t": [1, 2]}]}]}, {"s": [{"t": [1000, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "partition", R"([{"t": [{"t": [4, 4]}, {"t": [4, 4]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [4, {"t": [0, 0]}]}, {"t": [4, {"t": [0, 1]}]}, {"t": [4, {"t": [1, 0]}]}, {"t": [4, {"t": [1, 1]}]}]}]}})");
  CHECK_CALL(
      "partition", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 0]}]}, {"t": [0, {"t": [0, 1]}]}]}, {"s": [{"t": [1, {"t": [0, 2]}]}, {"t": [1, {"t": [1, 0]}]}]}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [2, {"t": [1, 2]}]}]}]}})");
  CHECK_CALL("partition", R"([{"t": [{"t": []}]}])", R"({"ok": {"s": []}})");
}

TEST_CASE("partition: generic tuples and sets", "[prim][partition]") {
  CHECK_CALL(
      "partition", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [1, 1]}]}]}, {"s": [{"t": [true, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "partition", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL("partition", R"([{"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL(
      "partition",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 0]}]}]}, {"s": [{"t": [2, {"t": [1, 0]}]}, {"t": [2, {"t": [2, 0]}]}]}, {"s": [{"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [4, 0]}]}]}]}})");
  CHECK_CALL(
      "partition", R"([{"t": [{"s": [1, 2]}, {"t": [2, 2]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 0]}]}, {"t": [2, {"t": [1, 1]}]}]}]}})");
}

TEST_CASE("partition: errors", "[prim][partition]") {
  CHECK_CALL("partition", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("partition", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("partition", R"([{"s": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("partition", R"([{"t": [{"t": [1]}, 3]}])", R"({"err": "TypeError"})");
}

TEST_CASE("partition: real ARC grids", "[prim][partition]") {
  CHECK_CALL(
      "partition", arc_args("228f6490", R"(["@"])"),
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 1]}]}, {"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [0, 3]}]}, {"t": [0, {"t": [0, 4]}]}, {"t": [0, {"t": [0, 5]}]}, {"t": [0, {"t": [0, 6]}]}, {"t": [0, {"t": [0, 7]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 6]}]}, {"t": [0, {"t": [1, 7]}]}, {"t": [0, {"t": [1, 8]}]}, {"t": [0, {"t": [1, 9]}]}, {"t": [0, {"t": [2, 0]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 3]}]}, {"t": [0, {"t": [2, 6]}]}, {"t": [0, {"t": [2, 9]}]}, {"t": [0, {"t": [3, 0]}]}, {"t": [0, {"t": [3, 2]}]}, {"t": [0, {"t": [3, 3]}]}, {"t": [0, {"t": [3, 6]}]}, {"t": [0, {"t": [3, 7]}]}, {"t": [0, {"t": [3, 8]}]}, {"t": [0, {"t": [3, 9]}]}, {"t": [0, {"t": [4, 0]}]}, {"t": [0, {"t": [4, 6]}]}, {"t": [0, {"t": [4, 7]}]}, {"t": [0, {"t": [4, 8]}]}, {"t": [0, {"t": [4, 9]}]}, {"t": [0, {"t": [5, 0]}]}, {"t": [0, {"t": [5, 6]}]}, {"t": [0, {"t": [5, 7]}]}, {"t": [0, {"t": [5, 9]}]}, {"t": [0, {"t": [6, 0]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 3]}]}, {"t": [0, {"t": [6, 4]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 7]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 9]}]}, {"t": [0, {"t": [7, 0]}]}, {"t": [0, {"t": [7, 1]}]}, {"t": [0, {"t": [7, 2]}]}, {"t": [0, {"t": [7, 3]}]}, {"t": [0, {"t": [8, 0]}]}, {"t": [0, {"t": [8, 3]}]}, {"t": [0, {"t": [8, 4]}]}, {"t": [0, {"t": [8, 7]}]}, {"t": [0, {"t": [8, 8]}]}, {"t": [0, {"t": [9, 0]}]}, {"t": [0, {"t": [9, 3]}]}, {"t": [0, {"t": [9, 4]}]}]}, {"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}, {"t": [7, {"t": [5, 8]}]}, {"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "partition", arc_args("6d0160f0", R"(["@"])"),
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [0, 1]}]}, {"t": [0, {"t": [0, 2]}]}, {"t": [0, {"t": [0, 5]}]}, {"t": [0, {"t": [0, 9]}]}, {"t": [0, {"t": [1, 0]}]}, {"t": [0, {"t": [1, 1]}]}, {"t": [0, {"t": [1, 4]}]}, {"t": [0, {"t": [1, 6]}]}, {"t": [0, {"t": [1, 8]}]}, {"t": [0, {"t": [1, 10]}]}, {"t": [0, {"t": [2, 2]}]}, {"t": [0, {"t": [2, 4]}]}, {"t": [0, {"t": [2, 5]}]}, {"t": [0, {"t": [2, 8]}]}, {"t": [0, {"t": [2, 10]}]}, {"t": [0, {"t": [4, 1]}]}, {"t": [0, {"t": [4, 6]}]}, {"t": [0, {"t": [4, 8]}]}, {"t": [0, {"t": [5, 0]}]}, {"t": [0, {"t": [5, 1]}]}, {"t": [0, {"t": [5, 4]}]}, {"t": [0, {"t": [5, 5]}]}, {"t": [0, {"t": [5, 8]}]}, {"t": [0, {"t": [5, 9]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 10]}]}, {"t": [0, {"t": [8, 0]}]}, {"t": [0, {"t": [8, 4]}]}, {"t": [0, {"t": [8, 6]}]}, {"t": [0, {"t": [8, 9]}]}, {"t": [0, {"t": [9, 1]}]}, {"t": [0, {"t": [9, 2]}]}, {"t": [0, {"t": [9, 5]}]}, {"t": [0, {"t": [9, 8]}]}, {"t": [0, {"t": [9, 9]}]}, {"t": [0, {"t": [10, 0]}]}, {"t": [0, {"t": [10, 1]}]}, {"t": [0, {"t": [10, 4]}]}, {"t": [0, {"t": [10, 6]}]}, {"t": [0, {"t": [10, 8]}]}, {"t": [0, {"t": [10, 10]}]}]}, {"s": [{"t": [1, {"t": [9, 10]}]}]}, {"s": [{"t": [2, {"t": [2, 1]}]}, {"t": [2, {"t": [2, 6]}]}, {"t": [2, {"t": [4, 2]}]}, {"t": [2, {"t": [4, 9]}]}, {"t": [2, {"t": [6, 4]}]}, {"t": [2, {"t": [8, 5]}]}, {"t": [2, {"t": [8, 8]}]}, {"t": [2, {"t": [10, 2]}]}]}, {"s": [{"t": [3, {"t": [0, 0]}]}, {"t": [3, {"t": [1, 5]}]}, {"t": [3, {"t": [2, 9]}]}, {"t": [3, {"t": [4, 10]}]}, {"t": [3, {"t": [5, 6]}]}, {"t": [3, {"t": [6, 0]}]}, {"t": [3, {"t": [8, 1]}]}, {"t": [3, {"t": [9, 6]}]}, {"t": [3, {"t": [10, 9]}]}]}, {"s": [{"t": [4, {"t": [8, 2]}]}]}, {"s": [{"t": [5, {"t": [0, 3]}]}, {"t": [5, {"t": [0, 7]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 7]}]}, {"t": [5, {"t": [2, 3]}]}, {"t": [5, {"t": [2, 7]}]}, {"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 2]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [3, 6]}]}, {"t": [5, {"t": [3, 7]}]}, {"t": [5, {"t": [3, 8]}]}, {"t": [5, {"t": [3, 9]}]}, {"t": [5, {"t": [3, 10]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 7]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 7]}]}, {"t": [5, {"t": [6, 3]}]}, {"t": [5, {"t": [6, 7]}]}, {"t": [5, {"t": [7, 0]}]}, {"t": [5, {"t": [7, 1]}]}, {"t": [5, {"t": [7, 2]}]}, {"t": [5, {"t": [7, 3]}]}, {"t": [5, {"t": [7, 4]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [7, 10]}]}, {"t": [5, {"t": [8, 3]}]}, {"t": [5, {"t": [8, 7]}]}, {"t": [5, {"t": [9, 3]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [10, 3]}]}, {"t": [5, {"t": [10, 7]}]}]}, {"s": [{"t": [6, {"t": [0, 6]}]}, {"t": [6, {"t": [1, 9]}]}, {"t": [6, {"t": [5, 2]}]}, {"t": [6, {"t": [6, 9]}]}, {"t": [6, {"t": [10, 5]}]}]}, {"s": [{"t": [7, {"t": [0, 4]}]}, {"t": [7, {"t": [0, 10]}]}, {"t": [7, {"t": [2, 0]}]}, {"t": [7, {"t": [4, 0]}]}, {"t": [7, {"t": [4, 5]}]}, {"t": [7, {"t": [5, 10]}]}, {"t": [7, {"t": [8, 10]}]}, {"t": [7, {"t": [9, 0]}]}, {"t": [7, {"t": [9, 4]}]}]}, {"s": [{"t": [8, {"t": [0, 8]}]}, {"t": [8, {"t": [4, 4]}]}]}, {"s": [{"t": [9, {"t": [1, 2]}]}]}]}})");
}

TEST_CASE("fgpartition: grids", "[prim][fgpartition]") {
  CHECK_CALL(
      "fgpartition",
      R"([{"t": [{"t": [1, 1, 0, 2]}, {"t": [0, 1, 0, 2]}, {"t": [3, 0, 0, 0]}, {"t": [3, 3, 0, 4]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 3]}]}, {"t": [2, {"t": [1, 3]}]}]}, {"s": [{"t": [3, {"t": [2, 0]}]}, {"t": [3, {"t": [3, 0]}]}, {"t": [3, {"t": [3, 1]}]}]}, {"s": [{"t": [4, {"t": [3, 3]}]}]}]}})");
  CHECK_CALL(
      "fgpartition", R"([{"t": [{"t": [-1, 10, 10]}, {"t": [1000, -1, 10]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 0]}]}, {"t": [-1, {"t": [1, 1]}]}]}, {"s": [{"t": [1000, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL("fgpartition", R"([{"t": [{"t": [4, 4]}, {"t": [4, 4]}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL(
      "fgpartition", R"([{"t": [{"t": [0, 0, 1]}, {"t": [1, 2, 2]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 2]}]}, {"t": [1, {"t": [1, 0]}]}]}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [2, {"t": [1, 2]}]}]}]}})");
  CHECK_CALL("fgpartition", R"([{"t": [{"t": []}]}])", R"({"err": "ValueError"})");
}

TEST_CASE("fgpartition: generic tuples and sets", "[prim][fgpartition]") {
  CHECK_CALL("fgpartition", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])",
             R"({"ok": {"s": [{"s": [{"t": [0, {"t": [1, 1]}]}]}]}})");
  CHECK_CALL("fgpartition", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])",
             R"({"ok": {"s": [{"s": [{"t": [2, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL("fgpartition", R"([{"t": []}])", R"({"err": "ValueError"})");
  CHECK_CALL(
      "fgpartition",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 0]}]}]}, {"s": [{"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [4, 0]}]}]}]}})");
  CHECK_CALL("fgpartition", R"([{"t": [{"s": [1, 2]}, {"t": [2, 2]}]}])",
             R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}]}]}})");
}

TEST_CASE("fgpartition: errors", "[prim][fgpartition]") {
  CHECK_CALL("fgpartition", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("fgpartition", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("fgpartition", R"([{"s": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("fgpartition", R"([{"t": [{"t": [1]}, 3]}])", R"({"err": "TypeError"})");
}

TEST_CASE("fgpartition: real ARC grids", "[prim][fgpartition]") {
  CHECK_CALL(
      "fgpartition", arc_args("228f6490", R"(["@"])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 4]}]}, {"t": [5, {"t": [1, 5]}]}, {"t": [5, {"t": [2, 1]}]}, {"t": [5, {"t": [2, 4]}]}, {"t": [5, {"t": [2, 5]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [4, 1]}]}, {"t": [5, {"t": [4, 2]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 4]}]}, {"t": [5, {"t": [4, 5]}]}, {"t": [5, {"t": [5, 1]}]}, {"t": [5, {"t": [5, 2]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 4]}]}, {"t": [5, {"t": [5, 5]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [8, 5]}]}, {"t": [5, {"t": [8, 6]}]}, {"t": [5, {"t": [8, 9]}]}, {"t": [5, {"t": [9, 5]}]}, {"t": [5, {"t": [9, 6]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [9, 8]}]}, {"t": [5, {"t": [9, 9]}]}]}, {"s": [{"t": [6, {"t": [2, 7]}]}, {"t": [6, {"t": [2, 8]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [0, 8]}]}, {"t": [7, {"t": [0, 9]}]}, {"t": [7, {"t": [5, 8]}]}, {"t": [7, {"t": [7, 4]}]}]}, {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}]}})");
  CHECK_CALL(
      "fgpartition", arc_args("6d0160f0", R"(["@"])"),
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [9, 10]}]}]}, {"s": [{"t": [2, {"t": [2, 1]}]}, {"t": [2, {"t": [2, 6]}]}, {"t": [2, {"t": [4, 2]}]}, {"t": [2, {"t": [4, 9]}]}, {"t": [2, {"t": [6, 4]}]}, {"t": [2, {"t": [8, 5]}]}, {"t": [2, {"t": [8, 8]}]}, {"t": [2, {"t": [10, 2]}]}]}, {"s": [{"t": [3, {"t": [0, 0]}]}, {"t": [3, {"t": [1, 5]}]}, {"t": [3, {"t": [2, 9]}]}, {"t": [3, {"t": [4, 10]}]}, {"t": [3, {"t": [5, 6]}]}, {"t": [3, {"t": [6, 0]}]}, {"t": [3, {"t": [8, 1]}]}, {"t": [3, {"t": [9, 6]}]}, {"t": [3, {"t": [10, 9]}]}]}, {"s": [{"t": [4, {"t": [8, 2]}]}]}, {"s": [{"t": [5, {"t": [0, 3]}]}, {"t": [5, {"t": [0, 7]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [1, 7]}]}, {"t": [5, {"t": [2, 3]}]}, {"t": [5, {"t": [2, 7]}]}, {"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 2]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [3, 6]}]}, {"t": [5, {"t": [3, 7]}]}, {"t": [5, {"t": [3, 8]}]}, {"t": [5, {"t": [3, 9]}]}, {"t": [5, {"t": [3, 10]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [4, 7]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [5, 7]}]}, {"t": [5, {"t": [6, 3]}]}, {"t": [5, {"t": [6, 7]}]}, {"t": [5, {"t": [7, 0]}]}, {"t": [5, {"t": [7, 1]}]}, {"t": [5, {"t": [7, 2]}]}, {"t": [5, {"t": [7, 3]}]}, {"t": [5, {"t": [7, 4]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [7, 10]}]}, {"t": [5, {"t": [8, 3]}]}, {"t": [5, {"t": [8, 7]}]}, {"t": [5, {"t": [9, 3]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [10, 3]}]}, {"t": [5, {"t": [10, 7]}]}]}, {"s": [{"t": [6, {"t": [0, 6]}]}, {"t": [6, {"t": [1, 9]}]}, {"t": [6, {"t": [5, 2]}]}, {"t": [6, {"t": [6, 9]}]}, {"t": [6, {"t": [10, 5]}]}]}, {"s": [{"t": [7, {"t": [0, 4]}]}, {"t": [7, {"t": [0, 10]}]}, {"t": [7, {"t": [2, 0]}]}, {"t": [7, {"t": [4, 0]}]}, {"t": [7, {"t": [4, 5]}]}, {"t": [7, {"t": [5, 10]}]}, {"t": [7, {"t": [8, 10]}]}, {"t": [7, {"t": [9, 0]}]}, {"t": [7, {"t": [9, 4]}]}]}, {"s": [{"t": [8, {"t": [0, 8]}]}, {"t": [8, {"t": [4, 4]}]}]}, {"s": [{"t": [9, {"t": [1, 2]}]}]}]}})");
}

TEST_CASE("occurrences: objects on grids", "[prim][occurrences]") {
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 2]}, {"t": [1, 1]}, {"t": [2, 0]}]}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [1, {"t": [5, 5]}]}, {"t": [2, {"t": [6, 6]}]}]}])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}]}])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [1, {"t": [-3, -3]}]}, {"t": [1, {"t": [-2, -2]}]}, {"t": [1, {"t": [-1, -1]}]}]}])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 0]}]}, {"t": [1, {"t": [1, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 2]}]}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 5]}]}]}])",
      R"({"ok": {"s": []}})");
}

TEST_CASE("occurrences: empty object occurs everywhere", "[prim][occurrences]") {
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": []}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [0, 2]}, {"t": [0, 3]}, {"t": [0, 4]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [1, 2]}, {"t": [1, 3]}, {"t": [1, 4]}, {"t": [2, 0]}, {"t": [2, 1]}, {"t": [2, 2]}, {"t": [2, 3]}, {"t": [2, 4]}, {"t": [3, 0]}, {"t": [3, 1]}, {"t": [3, 2]}, {"t": [3, 3]}, {"t": [3, 4]}]}})");
  CHECK_CALL("occurrences", R"([{"t": [{"t": []}]}, {"s": []}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 0]}]}})");
  CHECK_CALL("occurrences", R"([{"t": [{"t": [3]}]}, {"s": []}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
}

TEST_CASE("occurrences: generic grids and objects", "[prim][occurrences]") {
  CHECK_CALL("occurrences",
             R"([{"t": [{"t": [1, 2]}, {"t": [1]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}]}])",
             R"({"err": "IndexError"})");
  CHECK_CALL("occurrences",
             R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}]}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"t": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 2]}, {"t": [1, 1]}]}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [0, 0]}, {"t": [5, 5]}]}])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [true, {"t": [0, 0]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 2]}, {"t": [1, 1]}, {"t": [1, 3]}, {"t": [2, 0]}]}})");
}

TEST_CASE("occurrences: errors", "[prim][occurrences]") {
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [0, 0]}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL("occurrences", R"([{"t": []}, {"s": [{"t": [1, {"t": [0, 0]}]}]}])",
             R"({"err": "IndexError"})");
  CHECK_CALL("occurrences", R"([{"t": []}, {"s": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("occurrences",
             R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, 5])",
             R"({"err": "TypeError"})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"t": [{"t": [1, 2]}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [1, 1]}]}]}])",
      R"({"err": "IndexError"})");
  CHECK_CALL("occurrences", R"([5, {"s": [{"t": [1, {"t": [0, 0]}]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2, 1, 2]}, {"t": [2, 1, 2, 1]}, {"t": [1, 2, 0, 2]}]}, {"s": [{"t": [1, 2, 3]}]}])",
      R"({"err": "ValueError"})");
  CHECK_CALL(
      "occurrences",
      R"([{"t": [{"t": [1, 2]}, {"t": [1]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
      R"({"err": "IndexError"})");
}

TEST_CASE("occurrences: real ARC grids", "[prim][occurrences]") {
  CHECK_CALL(
      "occurrences",
      arc_args(
          "228f6490",
          R"(["@", {"s": [{"t": [8, {"t": [8, 1]}]}, {"t": [8, {"t": [8, 2]}]}, {"t": [8, {"t": [9, 1]}]}, {"t": [8, {"t": [9, 2]}]}]}])"),
      R"({"ok": {"s": [{"t": [8, 1]}]}})");
  CHECK_CALL(
      "occurrences",
      arc_args("228f6490",
               R"(["@", {"s": [{"t": [5, {"t": [0, 0]}]}, {"t": [5, {"t": [0, 1]}]}]}])"),
      R"({"ok": {"s": [{"t": [1, 1]}, {"t": [1, 2]}, {"t": [1, 3]}, {"t": [1, 4]}, {"t": [2, 4]}, {"t": [3, 4]}, {"t": [4, 1]}, {"t": [4, 2]}, {"t": [4, 3]}, {"t": [4, 4]}, {"t": [5, 1]}, {"t": [5, 2]}, {"t": [5, 3]}, {"t": [5, 4]}, {"t": [7, 5]}, {"t": [7, 6]}, {"t": [7, 7]}, {"t": [7, 8]}, {"t": [8, 5]}, {"t": [9, 5]}, {"t": [9, 6]}, {"t": [9, 7]}, {"t": [9, 8]}]}})");
  CHECK_CALL(
      "occurrences",
      arc_args("228f6490",
               R"(["@", {"s": [{"t": [0, {"t": [0, 0]}]}, {"t": [5, {"t": [1, 1]}]}]}])"),
      R"({"ok": {"s": [{"t": [0, 1]}, {"t": [0, 2]}, {"t": [0, 3]}, {"t": [0, 4]}, {"t": [1, 0]}, {"t": [2, 0]}, {"t": [2, 3]}, {"t": [3, 0]}, {"t": [3, 2]}, {"t": [3, 3]}, {"t": [4, 0]}, {"t": [6, 4]}, {"t": [6, 5]}, {"t": [6, 6]}, {"t": [6, 7]}, {"t": [6, 8]}, {"t": [8, 4]}, {"t": [8, 7]}, {"t": [8, 8]}]}})");
  CHECK_CALL(
      "occurrences",
      arc_args(
          "6d0160f0",
          R"(["@", {"s": [{"t": [5, {"t": [0, 0]}]}, {"t": [5, {"t": [1, 0]}]}, {"t": [5, {"t": [2, 0]}]}, {"t": [0, {"t": [0, 1]}]}]}])"),
      R"({"ok": {"s": [{"t": [1, 3]}, {"t": [1, 7]}, {"t": [2, 3]}, {"t": [2, 7]}, {"t": [4, 7]}, {"t": [5, 3]}, {"t": [5, 7]}, {"t": [6, 7]}, {"t": [8, 3]}]}})");
}

TEST_CASE("frontiers: grids", "[prim][frontiers]") {
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [1, 1, 1]}, {"t": [2, 3, 1]}, {"t": [4, 4, 1]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [0, 2]}]}]}, {"s": [{"t": [1, {"t": [0, 2]}]}, {"t": [1, {"t": [1, 2]}]}, {"t": [1, {"t": [2, 2]}]}]}]}})");
  CHECK_CALL("frontiers", R"([{"t": [{"t": [5]}]}])",
             R"({"ok": {"s": [{"s": [{"t": [5, {"t": [0, 0]}]}]}]}})");
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [5, 5]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [0, 0]}]}]}, {"s": [{"t": [5, {"t": [0, 0]}]}, {"t": [5, {"t": [0, 1]}]}]}, {"s": [{"t": [5, {"t": [0, 1]}]}]}]}})");
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [5]}, {"t": [5]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [0, 0]}]}]}, {"s": [{"t": [5, {"t": [0, 0]}]}, {"t": [5, {"t": [1, 0]}]}]}, {"s": [{"t": [5, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL("frontiers", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [7, 7]}, {"t": [7, 7]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [0, 1]}]}]}, {"s": [{"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [1, 0]}]}]}, {"s": [{"t": [7, {"t": [0, 1]}]}, {"t": [7, {"t": [1, 1]}]}]}, {"s": [{"t": [7, {"t": [1, 0]}]}, {"t": [7, {"t": [1, 1]}]}]}]}})");
  CHECK_CALL("frontiers", R"([{"t": [{"t": []}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [-1, 1000]}, {"t": [-1, 1000]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [-1, {"t": [0, 0]}]}, {"t": [-1, {"t": [1, 0]}]}]}, {"s": [{"t": [1000, {"t": [0, 1]}]}, {"t": [1000, {"t": [1, 1]}]}]}]}})");
}

TEST_CASE("frontiers: generic tuples", "[prim][frontiers]") {
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [1, 1]}, {"t": [1, 1, 2]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [1, 0]}]}]}, {"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [1, 1]}]}]}]}})");
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [true, 1]}, {"t": [1, 0]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [true, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [true, {"t": [0, 0]}]}, {"t": [1, {"t": [1, 0]}]}]}]}})");
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [1, 1]}, {"t": [2, 2, 2]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [1, 0]}]}, {"t": [2, {"t": [1, 1]}]}]}]}})");
  CHECK_CALL(
      "frontiers", R"([{"t": [{"t": [{"s": [1]}, {"s": [1]}]}, {"t": [{"s": [1]}, 2]}]}])",
      R"({"ok": {"s": [{"s": [{"t": [{"s": [1]}, {"t": [0, 0]}]}, {"t": [{"s": [1]}, {"t": [0, 1]}]}]}, {"s": [{"t": [{"s": [1]}, {"t": [0, 0]}]}, {"t": [{"s": [1]}, {"t": [1, 0]}]}]}]}})");
}

TEST_CASE("frontiers: errors", "[prim][frontiers]") {
  CHECK_CALL("frontiers", R"([{"t": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("frontiers", R"([{"t": [{"t": [1, 1]}, {"t": [2]}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("frontiers", R"([{"t": [{"t": [1, 2]}, {"s": [5]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("frontiers", R"([{"t": [{"t": [1, 2]}, 5]}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "frontiers",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [5, {"t": [1, 1]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [-1, {"t": [0, 5]}]}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL("frontiers", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("frontiers", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
}

TEST_CASE("frontiers: real ARC grids", "[prim][frontiers]") {
  CHECK_CALL(
      "frontiers", arc_args("228f6490", R"(["@"])"),
      R"({"ok": {"s": [{"s": [{"t": [0, {"t": [6, 0]}]}, {"t": [0, {"t": [6, 1]}]}, {"t": [0, {"t": [6, 2]}]}, {"t": [0, {"t": [6, 3]}]}, {"t": [0, {"t": [6, 4]}]}, {"t": [0, {"t": [6, 5]}]}, {"t": [0, {"t": [6, 6]}]}, {"t": [0, {"t": [6, 7]}]}, {"t": [0, {"t": [6, 8]}]}, {"t": [0, {"t": [6, 9]}]}]}]}})");
  CHECK_CALL(
      "frontiers", arc_args("6d0160f0", R"(["@"])"),
      R"({"ok": {"s": [{"s": [{"t": [5, {"t": [0, 3]}]}, {"t": [5, {"t": [1, 3]}]}, {"t": [5, {"t": [2, 3]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [5, {"t": [4, 3]}]}, {"t": [5, {"t": [5, 3]}]}, {"t": [5, {"t": [6, 3]}]}, {"t": [5, {"t": [7, 3]}]}, {"t": [5, {"t": [8, 3]}]}, {"t": [5, {"t": [9, 3]}]}, {"t": [5, {"t": [10, 3]}]}]}, {"s": [{"t": [5, {"t": [0, 7]}]}, {"t": [5, {"t": [1, 7]}]}, {"t": [5, {"t": [2, 7]}]}, {"t": [5, {"t": [3, 7]}]}, {"t": [5, {"t": [4, 7]}]}, {"t": [5, {"t": [5, 7]}]}, {"t": [5, {"t": [6, 7]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [8, 7]}]}, {"t": [5, {"t": [9, 7]}]}, {"t": [5, {"t": [10, 7]}]}]}, {"s": [{"t": [5, {"t": [3, 0]}]}, {"t": [5, {"t": [3, 1]}]}, {"t": [5, {"t": [3, 2]}]}, {"t": [5, {"t": [3, 3]}]}, {"t": [5, {"t": [3, 4]}]}, {"t": [5, {"t": [3, 5]}]}, {"t": [5, {"t": [3, 6]}]}, {"t": [5, {"t": [3, 7]}]}, {"t": [5, {"t": [3, 8]}]}, {"t": [5, {"t": [3, 9]}]}, {"t": [5, {"t": [3, 10]}]}]}, {"s": [{"t": [5, {"t": [7, 0]}]}, {"t": [5, {"t": [7, 1]}]}, {"t": [5, {"t": [7, 2]}]}, {"t": [5, {"t": [7, 3]}]}, {"t": [5, {"t": [7, 4]}]}, {"t": [5, {"t": [7, 5]}]}, {"t": [5, {"t": [7, 6]}]}, {"t": [5, {"t": [7, 7]}]}, {"t": [5, {"t": [7, 8]}]}, {"t": [5, {"t": [7, 9]}]}, {"t": [5, {"t": [7, 10]}]}]}]}})");
}
