// Higher-order primitives against the oracle (canon_dsl.py serve answers). Closures are built
// with the oracle's {"call": ...} form; StopIteration comes from extract on a container with no
// positive element, so every case runs on this family and the arithmetic one alone.
#include <catch2/catch.hpp>

#include "kernels/cpu/call.h"
#include "runtime/limits.h"
#include "runtime/pyops.h"
#include "tests/support/test_values.h"

using namespace arcjit;
using arcjit::test::V;

TEST_CASE("compose applies inner then outer and reports arity 1", "[prim][compose]") {
  CHECK_CALL("compose", R"([{"f": "increment"}, {"f": "double"}])", R"({"ok": {"callable": 1}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "compose", "args": [{"f": "increment"}, {"f": "double"}]}, {"t": [1, 2, 3]}])",
      R"({"ok": {"t": [3, 5, 7]}})");
  CHECK_CALL("rbind", R"([{"call": "compose", "args": [{"f": "add"}, {"f": "increment"}]}, 5])",
             R"({"ok": {"callable": 3}})");
  CHECK_CALL("compose", R"([1, 2])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply", R"([{"call": "compose", "args": [1, 2]}, {"t": []}])",
             R"({"ok": {"t": []}})");
  CHECK_CALL("apply", R"([{"call": "compose", "args": [1, 2]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("apply",
             R"([{"call": "compose", "args": [{"f": "add"}, {"f": "increment"}]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL(
      "apply",
      R"([{"call": "compose", "args": [{"f": "flip"}, {"f": "positive"}]}, {"s": [-1, 0, 2]}])",
      R"({"ok": {"s": [false, true]}})");
  CHECK_CALL(
      "argmax",
      R"([{"t": [{"t": [1]}, {"t": [0]}]}, {"call": "compose", "args": [{"f": "increment"}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}]}])",
      R"({"err": "StopIteration"})");
  CHECK_CALL(
      "equality",
      R"([{"call": "compose", "args": [{"f": "add"}, {"f": "increment"}]}, {"call": "compose", "args": [{"f": "add"}, {"f": "increment"}]}])",
      R"({"ok": false})");
}

TEST_CASE("chain applies f then g then h and reports arity 1", "[prim][chain]") {
  CHECK_CALL("chain", R"([{"f": "increment"}, {"f": "double"}, {"f": "invert"}])",
             R"({"ok": {"callable": 1}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "chain", "args": [{"f": "increment"}, {"f": "double"}, {"f": "invert"}]}, {"t": [1, 2]}])",
      R"({"ok": {"t": [-1, -3]}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "chain", "args": [{"f": "toivec"}, {"f": "double"}, {"f": "increment"}]}, {"t": [1, {"t": [1, 2]}]}])",
      R"({"ok": {"t": [{"t": [4, 0]}, {"t": [{"t": [4, 6]}, 0]}]}})");
  CHECK_CALL(
      "lbind",
      R"([{"call": "chain", "args": [{"f": "increment"}, {"f": "double"}, {"f": "invert"}]}, 1])",
      R"({"ok": {"callable": 3}})");
  CHECK_CALL("apply",
             R"([{"call": "chain", "args": [{"f": "increment"}, 5, {"f": "invert"}]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("apply",
             R"([{"call": "chain", "args": [{"f": "increment"}, 5, {"f": "invert"}]}, {"t": []}])",
             R"({"ok": {"t": []}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "chain", "args": [{"f": "increment"}, {"f": "double"}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}]}, {"t": [{"t": [0]}]}])",
      R"({"err": "RuntimeError"})");
}

TEST_CASE("matcher compares with == and yields bools", "[prim][matcher]") {
  CHECK_CALL("matcher", R"([{"f": "double"}, 4])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply",
             R"([{"call": "matcher", "args": [{"f": "double"}, 4]}, {"t": [1, 2, {"t": [2, 2]}]}])",
             R"({"ok": {"t": [false, true, false]}})");
  CHECK_CALL("apply",
             R"([{"call": "matcher", "args": [{"f": "identity"}, 1]}, {"t": [1, 0, true]}])",
             R"({"ok": {"t": [true, false, true]}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "matcher", "args": [{"f": "double"}, {"t": [2, 4]}]}, {"s": [{"t": [1, 2]}, {"t": [1, 1]}]}])",
      R"({"ok": {"s": [false, true]}})");
  CHECK_CALL("sfilter",
             R"([{"t": [1, 2, 3, 2]}, {"call": "matcher", "args": [{"f": "identity"}, 2]}])",
             R"({"ok": {"t": [2, 2]}})");
  CHECK_CALL("apply", R"([{"call": "matcher", "args": [{"f": "add"}, 1]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("rbind", R"([{"call": "matcher", "args": [{"f": "add"}, 1]}, 1])",
             R"({"ok": {"callable": 3}})");
}

TEST_CASE("rbind dispatches on the arity of its function", "[prim][rbind]") {
  CHECK_CALL("rbind", R"([{"f": "add"}, 1])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply", R"([{"call": "rbind", "args": [{"f": "subtract"}, 10]}, {"t": [1, 2]}])",
             R"({"ok": {"t": [-9, -8]}})");
  CHECK_CALL("rbind", R"([{"f": "branch"}, 5])", R"({"ok": {"callable": 2}})");
  CHECK_CALL(
      "papply",
      R"([{"call": "rbind", "args": [{"f": "branch"}, 5]}, {"t": [true, false]}, {"t": [1, 2]}])",
      R"({"ok": {"t": [1, 5]}})");
  CHECK_CALL("rbind", R"([{"f": "increment"}, 1])", R"({"ok": {"callable": 3}})");
  CHECK_CALL("rbind", R"([{"f": "objects"}, true])", R"({"ok": {"callable": 3}})");
  CHECK_CALL("rbind", R"([{"call": "rbind", "args": [{"f": "objects"}, true]}, true])",
             R"({"ok": {"callable": 2}})");
  CHECK_CALL(
      "rbind",
      R"([{"call": "rbind", "args": [{"call": "rbind", "args": [{"f": "objects"}, true]}, true]}, false])",
      R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply", R"([{"call": "rbind", "args": [{"f": "increment"}, 1]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("papply",
             R"([{"call": "rbind", "args": [{"f": "increment"}, 1]}, {"t": [1]}, {"t": [2]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("apply", R"([{"call": "rbind", "args": [{"f": "increment"}, 1]}, {"t": []}])",
             R"({"ok": {"t": []}})");
  CHECK_CALL("apply", R"([{"call": "rbind", "args": [{"f": "branch"}, 5]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("papply", R"([{"call": "rbind", "args": [{"f": "add"}, 1]}, {"t": [1]}, {"t": [2]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("rbind", R"([5, 1])", R"({"err": "AttributeError"})");
  CHECK_CALL("rbind", R"([{"t": [1]}, 1])", R"({"err": "AttributeError"})");
  CHECK_CALL("rbind", R"([{"s": [1]}, 1])", R"({"err": "AttributeError"})");
  CHECK_CALL(
      "apply",
      R"([{"call": "rbind", "args": [{"call": "rbind", "args": [{"f": "branch"}, 5]}, 4]}, {"t": [0, 1]}])",
      R"({"ok": {"t": [5, 4]}})");
  CHECK_CALL("rbind", R"([{"call": "rbind", "args": [{"f": "add"}, 1]}, 2])",
             R"({"ok": {"callable": 3}})");
  CHECK_CALL(
      "papply",
      R"([{"call": "lbind", "args": [{"call": "rbind", "args": [{"f": "increment"}, 9]}, 1]}, {"t": [2]}, {"t": [3]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL("rbind", R"([{"f": "power"}, 2])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply",
             R"([{"call": "rbind", "args": [{"f": "power"}, 2]}, {"t": [{"f": "increment"}]}])",
             R"({"ok": {"t": [{"callable": 1}]}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "rbind", "args": [{"f": "rbind"}, 1]}, {"t": [{"f": "add"}, {"f": "increment"}]}])",
      R"({"ok": {"t": [{"callable": 1}, {"callable": 3}]}})");
}

TEST_CASE("lbind dispatches on the arity of its function", "[prim][lbind]") {
  CHECK_CALL("lbind", R"([{"f": "subtract"}, 10])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply", R"([{"call": "lbind", "args": [{"f": "subtract"}, 10]}, {"t": [1, 2]}])",
             R"({"ok": {"t": [9, 8]}})");
  CHECK_CALL("lbind", R"([{"f": "branch"}, true])", R"({"ok": {"callable": 2}})");
  CHECK_CALL(
      "papply",
      R"([{"call": "lbind", "args": [{"f": "branch"}, true]}, {"t": [1, 2]}, {"t": [3, 4]}])",
      R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("papply",
             R"([{"call": "lbind", "args": [{"f": "branch"}, 0]}, {"t": [1, 2]}, {"t": [3, 4]}])",
             R"({"ok": {"t": [3, 4]}})");
  CHECK_CALL("lbind", R"([{"f": "flip"}, 1])", R"({"ok": {"callable": 3}})");
  CHECK_CALL("apply", R"([{"call": "lbind", "args": [{"f": "flip"}, 1]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("lbind", R"([{"f": "objects"}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}])",
             R"({"ok": {"callable": 3}})");
  CHECK_CALL(
      "lbind",
      R"([{"call": "lbind", "args": [{"f": "objects"}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}]}, true])",
      R"({"ok": {"callable": 2}})");
  CHECK_CALL("lbind", R"([3, 1])", R"({"err": "AttributeError"})");
  CHECK_CALL(
      "apply",
      R"([{"call": "lbind", "args": [{"f": "contained"}, 2]}, {"t": [{"s": [1, 2]}, {"t": [3]}, {"t": []}]}])",
      R"({"ok": {"t": [true, false, false]}})");
  CHECK_CALL("apply", R"([{"call": "lbind", "args": [{"f": "contained"}, 2]}, {"t": [5]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("apply", R"([{"call": "lbind", "args": [{"f": "astuple"}, 0]}, {"s": [2, 1]}])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [0, 2]}]}})");
}

TEST_CASE("power repeats, is f itself for 1 and fails like the recursion", "[prim][power]") {
  CHECK_CALL("power", R"([{"f": "increment"}, 3])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply", R"([{"call": "power", "args": [{"f": "increment"}, 3]}, {"t": [0, 10]}])",
             R"({"ok": {"t": [3, 13]}})");
  CHECK_CALL("apply", R"([{"call": "power", "args": [{"f": "double"}, 4]}, {"s": [1, -1]}])",
             R"({"ok": {"s": [-16, 16]}})");
  CHECK_CALL("power", R"([{"f": "add"}, 1])", R"({"ok": {"callable": 2}})");
  CHECK_CALL("rbind", R"([{"call": "power", "args": [{"f": "add"}, 1]}, 5])",
             R"({"ok": {"callable": 1}})");
  CHECK_CALL("power", R"([{"f": "add"}, 2])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply", R"([{"call": "power", "args": [{"f": "add"}, 2]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("power", R"([{"f": "increment"}, 0])", R"({"err": "RecursionError"})");
  CHECK_CALL("power", R"([{"f": "increment"}, -3])", R"({"err": "RecursionError"})");
  CHECK_CALL("power", R"([{"f": "increment"}, false])", R"({"err": "RecursionError"})");
  CHECK_CALL("power", R"([{"f": "add"}, true])", R"({"ok": {"callable": 2}})");
  CHECK_CALL("power", R"([{"f": "increment"}, {"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("power", R"([{"f": "increment"}, {"s": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("power", R"([{"f": "increment"}, {"f": "add"}])", R"({"err": "TypeError"})");
  CHECK_CALL("power", R"([5, 1])", R"({"ok": 5})");
  CHECK_CALL("power", R"([{"t": [1]}, 1])", R"({"ok": {"t": [1]}})");
  CHECK_CALL("power", R"([5, 2])", R"({"ok": {"callable": 1}})");
  CHECK_CALL("apply", R"([{"call": "power", "args": [5, 2]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("apply", R"([{"call": "power", "args": [{"f": "increment"}, 256]}, {"t": [0]}])",
             R"({"ok": {"t": [256]}})");
  CHECK_CALL("apply", R"([{"call": "power", "args": [{"f": "toivec"}, 2]}, {"t": [7]}])",
             R"({"ok": {"t": [{"t": [{"t": [7, 0]}, 0]}]}})");
  CHECK_CALL("equality", R"([{"call": "power", "args": [{"f": "add"}, 1]}, {"f": "add"}])",
             R"({"ok": true})");
  CHECK_CALL(
      "equality",
      R"([{"call": "power", "args": [{"f": "add"}, 2]}, {"call": "power", "args": [{"f": "add"}, 2]}])",
      R"({"ok": false})");
}

TEST_CASE("fork evaluates a then b then outer", "[prim][fork]") {
  CHECK_CALL("fork", R"([{"f": "add"}, {"f": "increment"}, {"f": "double"}])",
             R"({"ok": {"callable": 1}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "fork", "args": [{"f": "add"}, {"f": "increment"}, {"f": "double"}]}, {"t": [1, 2, {"t": [1, 2]}]}])",
      R"({"ok": {"t": [4, 7, {"t": [4, 7]}]}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "fork", "args": [{"f": "astuple"}, {"f": "increment"}, {"f": "decrement"}]}, {"t": [5]}])",
      R"({"ok": {"t": [{"t": [6, 4]}]}})");
  CHECK_CALL(
      "rbind",
      R"([{"call": "fork", "args": [{"f": "add"}, {"f": "increment"}, {"f": "double"}]}, 1])",
      R"({"ok": {"callable": 3}})");
  CHECK_CALL("apply",
             R"([{"call": "fork", "args": [1, {"f": "increment"}, {"f": "double"}]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL(
      "argmax",
      R"([{"t": [{"t": [1]}]}, {"call": "fork", "args": [{"f": "add"}, {"call": "compose", "args": [{"f": "flip"}, 5]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL(
      "argmax",
      R"([{"t": [{"t": [0]}]}, {"call": "fork", "args": [{"f": "add"}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}, {"call": "compose", "args": [{"f": "flip"}, 5]}]}])",
      R"({"err": "StopIteration"})");
  CHECK_CALL(
      "apply",
      R"([{"call": "fork", "args": [{"f": "increment"}, {"f": "increment"}, {"f": "double"}]}, {"t": [1]}])",
      R"({"err": "TypeError"})");
}

TEST_CASE("apply keeps the container type and turns StopIteration into RuntimeError",
          "[prim][apply]") {
  CHECK_CALL("apply", R"([{"f": "increment"}, {"t": [1, 2, 3]}])", R"({"ok": {"t": [2, 3, 4]}})");
  CHECK_CALL("apply", R"([{"f": "increment"}, {"s": [1, 2, 3]}])", R"({"ok": {"s": [2, 3, 4]}})");
  CHECK_CALL("apply", R"([{"f": "sign"}, {"s": [1, 2, -3]}])", R"({"ok": {"s": [-1, 1]}})");
  CHECK_CALL("apply", R"([{"f": "flip"}, {"t": [0, 1]}])", R"({"ok": {"t": [true, false]}})");
  CHECK_CALL("apply", R"([{"f": "flip"}, {"s": [0, 1]}])", R"({"ok": {"s": [false, true]}})");
  CHECK_CALL("apply", R"([{"f": "increment"}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("apply", R"([5, {"t": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("apply", R"([5, {"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("apply", R"([5, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "apply",
      R"([{"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}, {"t": [{"t": [0]}]}])",
      R"({"err": "RuntimeError"})");
  CHECK_CALL(
      "apply",
      R"([{"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}, {"t": [{"t": [0, 3]}, {"t": [-1, 4]}]}])",
      R"({"ok": {"t": [3, 4]}})");
  CHECK_CALL("apply",
             R"([{"f": "identity"}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}])",
             R"({"ok": {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}})");
  CHECK_CALL("apply", R"([{"f": "double"}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}])",
             R"({"ok": {"t": [{"t": [2, 4]}, {"t": [6, 8]}, {"t": [0, 0]}]}})");
  CHECK_CALL(
      "apply",
      R"([{"f": "identity"}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}})");
  CHECK_CALL(
      "apply",
      R"([{"call": "rbind", "args": [{"f": "astuple"}, 0]}, {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}])",
      R"({"ok": {"s": [{"t": [{"t": [0, 0]}, 0]}, {"t": [{"t": [1, 2]}, 0]}]}})");
  CHECK_CALL("apply", R"([{"f": "increment"}, {"t": [1, {"t": []}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("apply", R"([{"f": "add"}, {"t": [1]}])", R"({"err": "TypeError"})");
}

TEST_CASE("rapply calls each function on the value", "[prim][rapply]") {
  CHECK_CALL("rapply", R"([{"t": [{"f": "increment"}, {"f": "double"}]}, 3])",
             R"({"ok": {"t": [4, 6]}})");
  CHECK_CALL("rapply", R"([{"s": [{"f": "increment"}, {"f": "decrement"}]}, 3])",
             R"({"ok": {"s": [2, 4]}})");
  CHECK_CALL("rapply", R"([{"t": [{"f": "increment"}]}, {"t": [1, 2]}])",
             R"({"ok": {"t": [{"t": [2, 3]}]}})");
  CHECK_CALL("rapply", R"([5, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("rapply", R"([{"t": [5]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("rapply", R"([{"t": []}, 1])", R"({"ok": {"t": []}})");
  CHECK_CALL("rapply", R"([{"s": []}, 1])", R"({"ok": {"s": []}})");
  CHECK_CALL(
      "rapply",
      R"([{"t": [{"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}]}, {"t": [0]}])",
      R"({"err": "RuntimeError"})");
  CHECK_CALL("rapply", R"([{"t": [{"f": "positive"}, {"f": "flip"}]}, 0])",
             R"({"ok": {"t": [false, true]}})");
  CHECK_CALL("rapply", R"([{"t": [{"f": "add"}]}, 0])", R"({"err": "TypeError"})");
  CHECK_CALL("rapply", R"([{"t": [{"f": "identity"}, {"f": "identity"}]}, 0])",
             R"({"ok": {"t": [0, 0]}})");
}

TEST_CASE("mapply merges the applied results", "[prim][mapply]") {
  CHECK_CALL("mapply", R"([{"f": "toivec"}, {"s": [1, 2]}])", R"({"ok": {"s": [0, 1, 2]}})");
  CHECK_CALL("mapply", R"([{"f": "toivec"}, {"t": [1, 2]}])", R"({"ok": {"t": [1, 0, 2, 0]}})");
  CHECK_CALL(
      "mapply",
      R"([{"f": "identity"}, {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}})");
  CHECK_CALL(
      "mapply",
      R"([{"f": "identity"}, {"t": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}])",
      R"({"ok": {"t": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}})");
  CHECK_CALL(
      "mapply",
      R"([{"f": "identity"}, {"s": [{"s": [{"t": [0, 0]}, {"t": [1, 2]}]}, {"s": [{"t": [1, 2]}, {"t": [3, 3]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 2]}, {"t": [3, 3]}]}})");
  CHECK_CALL(
      "mapply",
      R"([{"f": "identity"}, {"s": [{"s": [{"t": [0, 0]}, {"t": [1, 2]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 2]}, {"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}})");
  CHECK_CALL(
      "mapply",
      R"([{"f": "identity"}, {"t": [{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}]}])",
      R"({"ok": {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}, {"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}})");
  CHECK_CALL("mapply", R"([{"f": "identity"}, {"t": [{"t": [1, 2]}, {"t": []}, {"t": [3]}]}])",
             R"({"ok": {"t": [1, 2, 3]}})");
  CHECK_CALL("mapply", R"([{"f": "increment"}, {"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("mapply", R"([{"f": "increment"}, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("mapply", R"([{"f": "increment"}, {"t": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("mapply", R"([{"f": "increment"}, {"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL(
      "mapply",
      R"([{"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}, {"t": [{"t": [0]}]}])",
      R"({"err": "RuntimeError"})");
  CHECK_CALL("mapply", R"([{"f": "identity"}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "mapply",
      R"([{"call": "rbind", "args": [{"call": "rbind", "args": [{"f": "branch"}, {"t": [5, true]}]}, {"t": [1]}]}, {"s": [0, 1]}])",
      R"({"ok": {"s": [1, 5]}})");
  CHECK_CALL(
      "mapply",
      R"([{"call": "rbind", "args": [{"call": "rbind", "args": [{"f": "branch"}, {"t": [5, true]}]}, {"t": [1]}]}, {"t": [0, 1]}])",
      R"({"ok": {"t": [5, true, 1]}})");
  CHECK_CALL("mapply", R"([{"f": "identity"}, {"s": [{"t": [true]}, {"t": [1, 2]}]}])",
             R"({"ok": {"s": [true, 2]}})");
  CHECK_CALL(
      "mapply",
      R"([{"call": "rbind", "args": [{"f": "astuple"}, 0]}, {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}])",
      R"({"ok": {"s": [0, {"t": [0, 0]}, {"t": [1, 2]}]}})");
}

TEST_CASE("papply zips to the shortest input", "[prim][papply]") {
  CHECK_CALL("papply", R"([{"f": "add"}, {"t": [1, 2, 3]}, {"t": [10, 20]}])",
             R"({"ok": {"t": [11, 22]}})");
  CHECK_CALL("papply", R"([{"f": "astuple"}, {"s": [2, 1]}, {"t": [3, 4]}])",
             R"({"ok": {"t": [{"t": [1, 3]}, {"t": [2, 4]}]}})");
  CHECK_CALL("papply", R"([{"f": "add"}, 5, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("papply", R"([{"f": "add"}, {"t": []}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("papply", R"([5, {"t": [1]}, {"t": [2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("papply", R"([5, {"t": []}, {"t": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("papply", R"([{"f": "increment"}, {"t": [1]}, {"t": [2]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("papply", R"([{"f": "extract"}, {"t": [{"t": [0]}]}, {"t": [{"f": "positive"}]}])",
             R"({"err": "RuntimeError"})");
  CHECK_CALL("papply", R"([{"f": "extract"}, {"t": [{"t": [0, 2]}]}, {"t": [{"f": "positive"}]}])",
             R"({"ok": {"t": [2]}})");
  CHECK_CALL(
      "papply",
      R"([{"f": "greater"}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"t": [{"t": [1, 1]}, {"t": [3, 5]}]}])",
      R"({"ok": {"t": [true, false]}})");
  CHECK_CALL("papply", R"([{"f": "add"}, {"t": [1]}, {"t": [{"t": []}]}])",
             R"({"err": "IndexError"})");
}

TEST_CASE("mpapply merges the zipped results into a tuple", "[prim][mpapply]") {
  CHECK_CALL("mpapply", R"([{"f": "astuple"}, {"t": [1, 2]}, {"t": [3, 4]}])",
             R"({"ok": {"t": [1, 3, 2, 4]}})");
  CHECK_CALL("mpapply", R"([{"f": "astuple"}, {"s": [1, 2]}, {"s": [3, 4, 5]}])",
             R"({"ok": {"t": [1, 3, 2, 4]}})");
  CHECK_CALL("mpapply", R"([{"f": "add"}, {"t": [1]}, {"t": [2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("mpapply", R"([{"f": "add"}, {"t": []}, {"t": [2]}])", R"({"ok": {"t": []}})");
  CHECK_CALL(
      "mpapply",
      R"([{"f": "add"}, {"t": [{"t": [1]}, {"t": [2, 3]}]}, {"t": [{"t": [9]}, {"t": []}]}])",
      R"({"err": "IndexError"})");
  CHECK_CALL("mpapply", R"([{"f": "extract"}, {"t": [{"t": [0]}]}, {"t": [{"f": "positive"}]}])",
             R"({"err": "RuntimeError"})");
  CHECK_CALL("mpapply", R"([{"f": "add"}, 1, {"t": []}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "mpapply",
      R"([{"f": "astuple"}, {"t": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}]}, {"t": [{"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}])",
      R"({"ok": {"t": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}]}})");
}

TEST_CASE("prapply builds a frozenset over the product, b outer", "[prim][prapply]") {
  CHECK_CALL("prapply", R"([{"f": "astuple"}, {"t": [1, 2]}, {"t": [3, 4]}])",
             R"({"ok": {"s": [{"t": [1, 3]}, {"t": [1, 4]}, {"t": [2, 3]}, {"t": [2, 4]}]}})");
  CHECK_CALL("prapply", R"([{"f": "add"}, {"s": [1, 2]}, {"s": [10, 20]}])",
             R"({"ok": {"s": [11, 12, 21, 22]}})");
  CHECK_CALL("prapply", R"([{"f": "add"}, 5, {"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("prapply", R"([{"f": "add"}, 5, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("prapply", R"([{"f": "add"}, {"t": []}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("prapply", R"([5, {"t": [1]}, {"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("prapply", R"([5, {"t": []}, {"t": [1]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("prapply", R"([5, {"t": [1]}, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("prapply",
             R"([{"call": "lbind", "args": [{"f": "branch"}, 1]}, {"t": [true, 1]}, {"t": [0]}])",
             R"({"ok": {"s": [true]}})");
  CHECK_CALL("prapply",
             R"([{"call": "lbind", "args": [{"f": "branch"}, 1]}, {"t": [1, true]}, {"t": [0]}])",
             R"({"ok": {"s": [1]}})");
  CHECK_CALL("prapply",
             R"([{"call": "lbind", "args": [{"f": "branch"}, 0]}, {"t": [0]}, {"t": [true, 1]}])",
             R"({"ok": {"s": [true]}})");
  CHECK_CALL("prapply", R"([{"f": "extract"}, {"t": [{"t": [0]}]}, {"t": [{"f": "positive"}]}])",
             R"({"err": "RuntimeError"})");
  CHECK_CALL("prapply", R"([{"f": "increment"}, {"t": [1]}, {"t": [1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("prapply", R"([{"f": "add"}, {"t": [1, 2]}, {"t": [{"t": [1]}]}])",
             R"({"err": "IndexError"})");
  CHECK_CALL("prapply", R"([{"f": "astuple"}, {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}, {"t": [7]}])",
             R"({"ok": {"s": [{"t": [{"t": [0, 0]}, 7]}, {"t": [{"t": [1, 2]}, 7]}]}})");
}

TEST_CASE("sfilter keeps the container type and layout", "[prim][sfilter]") {
  CHECK_CALL("sfilter", R"([{"t": [1, -2, 3]}, {"f": "positive"}])", R"({"ok": {"t": [1, 3]}})");
  CHECK_CALL("sfilter", R"([{"s": [1, -2, 3]}, {"f": "positive"}])", R"({"ok": {"s": [1, 3]}})");
  CHECK_CALL(
      "sfilter",
      R"([{"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [5, {"t": [5, 5]}]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 1]}]}]}})");
  CHECK_CALL(
      "sfilter",
      R"([{"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": []}]}])",
      R"({"ok": {"s": []}})");
  CHECK_CALL(
      "sfilter",
      R"([{"s": [{"t": [1, 2]}, {"t": [3, 3]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [3, 3]}]}]}])",
      R"({"ok": {"s": [{"t": [3, 3]}]}})");
  CHECK_CALL(
      "sfilter",
      R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [1, 2]}, {"t": [0, 0]}]}]}])",
      R"({"ok": {"t": [{"t": [1, 2]}, {"t": [0, 0]}]}})");
  CHECK_CALL(
      "sfilter",
      R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": []}]}])",
      R"({"ok": {"t": []}})");
  CHECK_CALL(
      "sfilter",
      R"([{"s": [1, {"t": [0, 0]}, {"t": [1, 2]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}})");
  CHECK_CALL(
      "sfilter",
      R"([{"s": [1, {"t": [0, 0]}, {"t": [1, 2]}, {"s": [1]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [1, {"s": [1]}]}]}])",
      R"({"ok": {"s": [1, {"s": [1]}]}})");
  CHECK_CALL("sfilter", R"([{"t": [0, 1, 2]}, {"f": "identity"}])", R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("sfilter", R"([{"t": [{"t": []}, {"t": [1]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [{"t": [1]}]}})");
  CHECK_CALL("sfilter", R"([5, {"f": "positive"}])", R"({"err": "TypeError"})");
  CHECK_CALL("sfilter", R"([{"t": []}, 5])", R"({"ok": {"t": []}})");
  CHECK_CALL("sfilter", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("sfilter", R"([{"t": [1]}, {"f": "add"}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "sfilter",
      R"([{"t": [{"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "RuntimeError"})");
  CHECK_CALL("sfilter", R"([{"t": [1, {"t": [1]}]}, {"f": "positive"}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("sfilter", R"([{"t": [true, 1, 0]}, {"f": "identity"}])",
             R"({"ok": {"t": [true, 1]}})");
}

TEST_CASE("mfilter merges the kept containers", "[prim][mfilter]") {
  CHECK_CALL(
      "mfilter",
      R"([{"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}})");
  CHECK_CALL(
      "mfilter",
      R"([{"s": [{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}, {"call": "matcher", "args": [{"f": "identity"}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}})");
  CHECK_CALL(
      "mfilter",
      R"([{"s": [{"s": [{"t": [0, 0]}, {"t": [1, 2]}]}, {"s": [{"t": [1, 2]}, {"t": [3, 3]}]}]}, {"call": "matcher", "args": [{"f": "identity"}, {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}})");
  CHECK_CALL("mfilter", R"([{"t": [{"t": [1, 2]}, {"t": []}, {"t": [3]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [1, 2, 3]}})");
  CHECK_CALL("mfilter", R"([{"t": [1, 2]}, {"f": "positive"}])", R"({"err": "TypeError"})");
  CHECK_CALL("mfilter", R"([{"t": [0]}, {"f": "positive"}])", R"({"ok": {"t": []}})");
  CHECK_CALL("mfilter", R"([{"s": [-1, -2]}, {"f": "positive"}])", R"({"ok": {"s": []}})");
  CHECK_CALL("mfilter", R"([5, {"f": "positive"}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "mfilter",
      R"([{"t": [{"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "RuntimeError"})");
  CHECK_CALL(
      "mfilter",
      R"([{"t": [{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}]}, {"f": "identity"}])",
      R"({"ok": {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}, {"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}})");
  CHECK_CALL("mfilter", R"([{"s": [{"t": [true]}, {"t": [1, 2]}]}, {"f": "identity"}])",
             R"({"ok": {"s": [true, 2]}})");
  CHECK_CALL("mfilter", R"([{"s": [{"s": [{"t": [1, 2]}]}, {"s": [1]}]}, {"f": "identity"}])",
             R"({"ok": {"s": [1, {"t": [1, 2]}]}})");
}

TEST_CASE("extract returns the first match in canonical order", "[prim][extract]") {
  CHECK_CALL("extract", R"([{"t": [-1, 2, 3]}, {"f": "positive"}])", R"({"ok": 2})");
  CHECK_CALL("extract", R"([{"s": [-1, 3, 2]}, {"f": "positive"}])", R"({"ok": 2})");
  CHECK_CALL("extract", R"([{"t": []}, {"f": "positive"}])", R"({"err": "StopIteration"})");
  CHECK_CALL("extract", R"([{"t": [-1]}, {"f": "positive"}])", R"({"err": "StopIteration"})");
  CHECK_CALL(
      "extract",
      R"([{"t": [{"t": [0]}, {"t": [1]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "RuntimeError"})");
  CHECK_CALL(
      "extract",
      R"([{"t": [{"t": [1]}, {"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"ok": {"t": [1]}})");
  CHECK_CALL("extract", R"([5, {"f": "positive"}])", R"({"err": "TypeError"})");
  CHECK_CALL("extract", R"([{"t": []}, 5])", R"({"err": "StopIteration"})");
  CHECK_CALL("extract", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "extract",
      R"([{"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}]}])",
      R"({"ok": {"t": [1, {"t": [0, 1]}]}})");
  CHECK_CALL(
      "extract",
      R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [3, 4]}, {"t": [0, 0]}]}]}])",
      R"({"ok": {"t": [3, 4]}})");
  CHECK_CALL("extract", R"([{"t": [0, true, 1]}, {"f": "identity"}])", R"({"ok": true})");
}

TEST_CASE("order sorts stably by key and lets StopIteration through", "[prim][order]") {
  CHECK_CALL("order", R"([{"t": [3, 1, 2]}, {"f": "identity"}])", R"({"ok": {"t": [1, 2, 3]}})");
  CHECK_CALL("order", R"([{"s": [3, 1, 2]}, {"f": "invert"}])", R"({"ok": {"t": [3, 2, 1]}})");
  CHECK_CALL("order", R"([{"t": [3, -1, 2, -5, 0]}, {"f": "positive"}])",
             R"({"ok": {"t": [-1, -5, 0, 3, 2]}})");
  CHECK_CALL("order", R"([{"s": [3, -1, 2, -5, 0]}, {"f": "positive"}])",
             R"({"ok": {"t": [-5, -1, 0, 2, 3]}})");
  CHECK_CALL("order", R"([{"t": [{"s": [1, 2]}, {"s": [1]}, {"s": [3]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [{"s": [1]}, {"s": [1, 2]}, {"s": [3]}]}})");
  CHECK_CALL("order",
             R"([{"t": [{"s": [3]}, {"s": [1, 2]}, {"s": [1]}, {"s": [2]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [{"s": [3]}, {"s": [1]}, {"s": [2]}, {"s": [1, 2]}]}})");
  CHECK_CALL("order", R"([5, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL("order", R"([{"t": [1, {"t": [1]}]}, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL("order", R"([{"t": [{"t": [1]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [{"t": [1]}]}})");
  CHECK_CALL(
      "order",
      R"([{"t": [{"t": [1]}, {"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "StopIteration"})");
  CHECK_CALL(
      "order",
      R"([{"t": [{"t": [0]}, {"t": [1]}]}, {"call": "compose", "args": [{"f": "flip"}, {"f": "add"}]}])",
      R"({"err": "TypeError"})");
  CHECK_CALL("order", R"([{"t": []}, 5])", R"({"ok": {"t": []}})");
  CHECK_CALL("order", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "order",
      R"([{"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"f": "identity"}])",
      R"({"ok": {"t": [{"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}})");
  CHECK_CALL("order",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [{"t": [0, 0]}, {"t": [1, 2]}, {"t": [3, 4]}]}})");
  CHECK_CALL("order", R"([{"t": [true, 1, 0, false]}, {"f": "identity"}])",
             R"({"ok": {"t": [0, false, true, 1]}})");
}

TEST_CASE("valmax uses default 0 for an empty container", "[prim][valmax]") {
  CHECK_CALL("valmax", R"([{"t": [1, 5, 3]}, {"f": "identity"}])", R"({"ok": 5})");
  CHECK_CALL("valmax", R"([{"s": [1, 5, 3]}, {"f": "invert"}])", R"({"ok": -1})");
  CHECK_CALL("valmax", R"([{"t": []}, {"f": "identity"}])", R"({"ok": 0})");
  CHECK_CALL("valmax", R"([{"t": []}, {"f": "increment"}])", R"({"ok": 1})");
  CHECK_CALL("valmax", R"([{"s": []}, {"f": "increment"}])", R"({"ok": 1})");
  CHECK_CALL("valmax",
             R"([{"t": []}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("valmax", R"([5, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "valmax",
      R"([{"t": [{"t": [1]}, {"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "StopIteration"})");
  CHECK_CALL("valmax", R"([{"s": [{"t": [1, 2]}, {"t": [3, 0]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [3, 0]}})");
  CHECK_CALL("valmax", R"([{"t": [1, {"t": [1]}]}, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL("valmax", R"([{"t": [-1, 2]}, {"f": "positive"}])", R"({"ok": true})");
  CHECK_CALL("valmax", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
}

TEST_CASE("valmin uses default 0 for an empty container", "[prim][valmin]") {
  CHECK_CALL("valmin", R"([{"t": [1, 5, 3]}, {"f": "identity"}])", R"({"ok": 1})");
  CHECK_CALL("valmin", R"([{"s": [1, 5, 3]}, {"f": "invert"}])", R"({"ok": -5})");
  CHECK_CALL("valmin", R"([{"t": []}, {"f": "identity"}])", R"({"ok": 0})");
  CHECK_CALL("valmin", R"([{"t": []}, {"f": "decrement"}])", R"({"ok": -1})");
  CHECK_CALL("valmin", R"([{"s": []}, {"f": "toivec"}])", R"({"ok": {"t": [0, 0]}})");
  CHECK_CALL("valmin",
             R"([{"t": []}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("valmin", R"([5, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "valmin",
      R"([{"t": [{"t": [1]}, {"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "StopIteration"})");
  CHECK_CALL("valmin", R"([{"t": [1, {"t": [1]}]}, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL("valmin",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [0, 0]}})");
}

TEST_CASE("argmax returns the first maximum in iteration order", "[prim][argmax]") {
  CHECK_CALL("argmax", R"([{"t": [1, 5, 3, 5]}, {"f": "identity"}])", R"({"ok": 5})");
  CHECK_CALL("argmax", R"([{"t": [-1, 2, 3]}, {"f": "positive"}])", R"({"ok": 2})");
  CHECK_CALL("argmax", R"([{"s": [-1, 3, 2]}, {"f": "positive"}])", R"({"ok": 2})");
  CHECK_CALL("argmax", R"([{"t": [1, true]}, {"f": "identity"}])", R"({"ok": 1})");
  CHECK_CALL("argmax", R"([{"t": [true, 1]}, {"f": "identity"}])", R"({"ok": true})");
  CHECK_CALL("argmax", R"([{"t": []}, {"f": "identity"}])", R"({"err": "ValueError"})");
  CHECK_CALL("argmax", R"([{"s": []}, {"f": "identity"}])", R"({"err": "ValueError"})");
  CHECK_CALL("argmax", R"([5, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "argmax",
      R"([{"t": [{"t": [1]}, {"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "StopIteration"})");
  CHECK_CALL("argmax", R"([{"t": [{"s": [1]}, {"s": [2]}]}, {"f": "identity"}])",
             R"({"ok": {"s": [1]}})");
  CHECK_CALL("argmax", R"([{"t": [{"s": [1]}, {"s": [1, 2]}]}, {"f": "identity"}])",
             R"({"ok": {"s": [1, 2]}})");
  CHECK_CALL("argmax",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [0, 0]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [3, 4]}})");
  CHECK_CALL(
      "argmax",
      R"([{"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}]}, {"f": "identity"}])",
      R"({"ok": {"t": [2, {"t": [1, 1]}]}})");
  CHECK_CALL("argmax", R"([{"t": [1, {"t": [1]}]}, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL("argmax", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("argmax", R"([{"t": [1]}, {"f": "add"}])", R"({"err": "TypeError"})");
}

TEST_CASE("argmin returns the first minimum in iteration order", "[prim][argmin]") {
  CHECK_CALL("argmin", R"([{"t": [5, 1, 3, 1]}, {"f": "identity"}])", R"({"ok": 1})");
  CHECK_CALL("argmin", R"([{"t": [2, -1, -3]}, {"f": "positive"}])", R"({"ok": -1})");
  CHECK_CALL("argmin", R"([{"s": [3, 2, -1, -5]}, {"f": "positive"}])", R"({"ok": -5})");
  CHECK_CALL("argmin", R"([{"t": [1, true]}, {"f": "identity"}])", R"({"ok": 1})");
  CHECK_CALL("argmin", R"([{"t": [true, 1]}, {"f": "identity"}])", R"({"ok": true})");
  CHECK_CALL("argmin", R"([{"t": []}, {"f": "identity"}])", R"({"err": "ValueError"})");
  CHECK_CALL("argmin", R"([5, {"f": "identity"}])", R"({"err": "TypeError"})");
  CHECK_CALL(
      "argmin",
      R"([{"t": [{"t": [1]}, {"t": [0]}]}, {"call": "rbind", "args": [{"f": "extract"}, {"f": "positive"}]}])",
      R"({"err": "StopIteration"})");
  CHECK_CALL("argmin", R"([{"t": [{"s": [1]}, {"s": [2]}]}, {"f": "identity"}])",
             R"({"ok": {"s": [1]}})");
  CHECK_CALL("argmin", R"([{"s": [{"t": [1, 2]}, {"t": [3, 3]}]}, {"f": "identity"}])",
             R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("argmin", R"([{"t": [1, {"t": [1]}]}, {"f": "identity"}])", R"({"err": "TypeError"})");
}
// --- checks the oracle cannot make: our limits, layouts and the calling convention ---

TEST_CASE("power above the budget is a ResourceLimit", "[prim][power]") {
  // Python builds power(f, 300) (and recurses out for far larger n); we refuse above max_power.
  CHECK_CALL("power", R"([{"f": "increment"}, 257])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("power", R"([{"f": "increment"}, 1000000000])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("power", R"([{"f": "increment"}, 256])", R"({"ok": {"callable": 1}})");
}

TEST_CASE("closures report co_argcount and check the argument count", "[prim][rbind]") {
  Value add1 = V(R"({"call": "rbind", "args": [{"f": "add"}, 1]})");
  Value br = V(R"({"call": "rbind", "args": [{"f": "branch"}, 5]})");
  Value inc3 = V(R"({"call": "rbind", "args": [{"f": "increment"}, 1]})");
  Value obj3 = V(R"({"call": "lbind", "args": [{"f": "objects"}, 1]})");
  CHECK(func_arity(add1) == 1);
  CHECK(func_arity(br) == 2);
  CHECK(func_arity(inc3) == 3);
  CHECK(func_arity(obj3) == 3);
  CHECK(py_eq(call1(add1, Value::integer(4)), Value::integer(5)));
  CHECK(py_eq(call2(br, Value::boolean(false), Value::integer(7)), Value::integer(5)));
  try {
    call2(add1, Value::integer(1), Value::integer(2));
    FAIL("expected TypeError");
  } catch (const PyErr& e) {
    CHECK(e.kind == ErrKind::TypeError);
  }
  const Value three[3] = {Value::integer(1), Value::integer(2), Value::integer(3)};
  try {
    call_value(inc3, three);  // increment(1, 2, 3, 1)
    FAIL("expected TypeError");
  } catch (const PyErr& e) {
    CHECK(e.kind == ErrKind::TypeError);
  }
  try {
    func_arity(Value::integer(3));
    FAIL("expected AttributeError");
  } catch (const PyErr& e) {
    CHECK(e.kind == ErrKind::AttributeError);
  }
}

TEST_CASE("filters and merges keep the packed layouts", "[prim][sfilter]") {
  Value cells = test::call(
      "sfilter",
      R"([{"s": [{"t": [2, {"t": [1, 1]}]}, {"t": [1, {"t": [0, 1]}]}, {"t": [1, {"t": [0, 0]}]}]},
                   {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [1, 1]}]}]}]}])");
  REQUIRE(cells.is_set());
  CHECK(cells.set().layout == SetLayout::Cells);
  CHECK(cells.set().size() == 2);
  Value idx = test::call("sfilter",
                         R"([{"s": [1, {"t": [0, 0]}, {"t": [1, 2]}]},
                             {"call": "rbind", "args": [{"f": "contained"}, {"s": [{"t": [0, 0]}, {"t": [1, 2]}]}]}])");
  REQUIRE(idx.is_set());
  CHECK(idx.set().layout == SetLayout::Indices);
  Value merged =
      test::call("mapply", R"([{"f": "identity"}, {"s": [{"s": [{"t": [1, {"t": [0, 0]}]}]},
                                                                   {"s": [{"t": [3, {"t": [2, 0]}]}]}]}])");
  REQUIRE(merged.is_set());
  CHECK(merged.set().layout == SetLayout::Cells);
  CHECK(merged.set().size() == 2);
  Value grid = test::call(
      "mfilter", R"([{"t": [{"t": [{"t": [1, 2]}]}, {"t": [{"t": [3, 4]}]}]}, {"f": "identity"}])");
  CHECK(is_grid(grid));
}

TEST_CASE("prapply deduplicates as it goes under a small container limit", "[prim][prapply]") {
  Value f = V(R"({"call": "lbind", "args": [{"f": "branch"}, 1]})");
  Value a = V(R"({"t": [true, 1, 1, 1, 1, 1, 1, 1, 1, 1]})");
  Value b = V(R"({"t": [0, 0]})");
  Value wide = V(R"({"t": [1, 2, 3, 4, 5, 6]})");
  Limits small;
  small.max_container = 4;
  LaneScope scope(small);
  const Value args[3] = {f, a, b};
  Value r = invoke(Op::prapply, args);
  REQUIRE(r.is_set());
  REQUIRE(r.set().size() == 1);
  CHECK(r.set().at(0).is_bool());  // the first result (True) stays, as in the frozenset
  const Value args2[3] = {f, wide, b};
  Value r2 = invoke(Op::prapply, args2);
  REQUIRE(r2.is_err());
  CHECK(r2.err() == ErrKind::ResourceLimit);
}
