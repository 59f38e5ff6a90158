// toindices recolor shift normalize uppermost lowermost leftmost rightmost ulcorner urcorner
// llcorner lrcorner height width shape portrait square vline hline centerofmass center corners.
// Expected answers come from canon_dsl.py serve (ResourceLimit cases are ours: the oracle has no
// limits). Each primitive is checked on Indices, Objects, grids/tuples, empty and mixed patches,
// negative and large coordinates, bools, and its error kinds.
#include <catch2/catch.hpp>

#include "runtime/limits.h"
#include "tests/support/test_values.h"

using arcjit::test::call;

TEST_CASE("toindices on indices objects grids and mixed sets", "[prim][toindices]") {
  CHECK_CALL("toindices", R"([{"s": [{"t": [0, 1]}, {"t": [2, 3]}]}])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [2, 3]}]}})");
  CHECK_CALL(
      "toindices",
      R"([{"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [3, {"t": [-2, 5]}]}]}])",
      R"({"ok": {"s": [{"t": [-2, 5]}, {"t": [0, 1]}]}})");
  CHECK_CALL("toindices", R"([{"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("toindices", R"([{"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("toindices", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}})");
  CHECK_CALL("toindices", R"([{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [5, {"t": [1, 1]}]}]}})");
  CHECK_CALL("toindices", R"([{"s": [{"t": [0, {"t": [1, 1]}]}, {"t": [9, 9]}]}])",
             R"({"ok": {"s": [9, {"t": [1, 1]}]}})");
  CHECK_CALL("toindices", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"ok": {"s": [{"t": [1, 2, 3]}]}})");
  CHECK_CALL("toindices", R"([{"s": [{"t": [1]}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("toindices", R"([{"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("toindices", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("toindices", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("toindices", R"([{"s": [{"t": [1, {"t": [2, 3]}]}, {"t": [4, {"t": [5, 6]}, 7]}]}])",
             R"({"err": "ValueError"})");
}

TEST_CASE("recolor indices objects and odd values", "[prim][recolor]") {
  CHECK_CALL("recolor", R"([3, {"s": [{"t": [-1, 4]}, {"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [3, {"t": [-1, 4]}]}, {"t": [3, {"t": [0, 0]}]}]}})");
  CHECK_CALL(
      "recolor",
      R"([7, {"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [2, 2]}]}]}])",
      R"({"ok": {"s": [{"t": [7, {"t": [0, 0]}]}, {"t": [7, {"t": [2, 2]}]}]}})");
  CHECK_CALL("recolor", R"([-1, {"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("recolor", R"([true, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [true, {"t": [0, 0]}]}]}})");
  CHECK_CALL("recolor", R"([{"t": [1, 2]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [{"t": [1, 2]}, {"t": [0, 0]}]}]}})");
  CHECK_CALL(
      "recolor", R"([3, {"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
      R"({"ok": {"s": [{"t": [3, {"t": [1, 2]}]}, {"t": [3, {"t": [3, 4]}]}, {"t": [3, {"t": [5, 6]}]}]}})");
  CHECK_CALL("recolor", R"([3, 4])", R"({"err": "TypeError"})");
  CHECK_CALL("recolor", R"([3, {"s": [1, 2]}])", R"({"err": "TypeError"})");
}

TEST_CASE("shift indices objects and direction shapes", "[prim][shift]") {
  CHECK_CALL("shift", R"([{"s": [{"t": [1, 2]}, {"t": [0, 0]}]}, {"t": [1, -1]}])",
             R"({"ok": {"s": [{"t": [1, -1]}, {"t": [2, 1]}]}})");
  CHECK_CALL("shift",
             R"([{"s": [{"t": [5, {"t": [0, 0]}]}, {"t": [6, {"t": [-3, 2]}]}]}, {"t": [-2, 10]}])",
             R"({"ok": {"s": [{"t": [5, {"t": [-2, 10]}]}, {"t": [6, {"t": [-5, 12]}]}]}})");
  CHECK_CALL("shift", R"([{"s": []}, 5])", R"({"ok": {"s": []}})");
  CHECK_CALL("shift", R"([{"t": []}, {"t": [1, 1]}])", R"({"ok": {"t": []}})");
  CHECK_CALL("shift", R"([{"s": [{"t": [0, 0]}]}, {"s": [1, 2]}])",
             R"({"ok": {"s": [{"t": [1, 2]}]}})");
  CHECK_CALL("shift", R"([{"s": [{"t": [0, 0]}]}, {"t": [1, 2, 3]}])", R"({"err": "ValueError"})");
  CHECK_CALL("shift", R"([{"s": [{"t": [0, 0]}]}, 3])", R"({"err": "TypeError"})");
  CHECK_CALL("shift", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}, {"t": [1, 1]}])",
             R"({"ok": {"s": [{"t": [2, 3]}, {"t": [4, 5]}, {"t": [6, 7]}]}})");
  CHECK_CALL("shift", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}, {"t": [1, 1]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("shift", R"([{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [0, 0]}]}, {"t": [1, 1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("shift", R"([{"s": [{"t": [0, {"t": [1, 1]}]}, {"t": [9, 9]}]}, {"t": [1, 1]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("shift", R"([{"s": [{"t": [true, 0]}]}, {"t": [1, 1]}])",
             R"({"ok": {"s": [{"t": [2, 1]}]}})");
  CHECK_CALL("shift",
             R"([{"s": [{"t": [{"t": [1]}, {"t": [2]}]}]}, {"t": [{"t": [3]}, {"t": [4]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("shift", R"([7, {"t": [1, 1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("shift",
             R"([{"s": [{"t": [4611686018427387904, 0]}]}, {"t": [4611686018427387904, 0]}])",
             R"({"err": "ResourceLimit"})");
}

TEST_CASE("normalize moves the upper left corner to the origin", "[prim][normalize]") {
  CHECK_CALL("normalize", R"([{"s": [{"t": [2, 3]}, {"t": [4, 1]}]}])",
             R"({"ok": {"s": [{"t": [0, 2]}, {"t": [2, 0]}]}})");
  CHECK_CALL("normalize", R"([{"s": [{"t": [2, {"t": [-4, -9]}]}, {"t": [1, {"t": [-5, -7]}]}]}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 2]}]}, {"t": [2, {"t": [1, 0]}]}]}})");
  CHECK_CALL("normalize", R"([{"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("normalize", R"([{"t": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("normalize", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [2, 2]}, {"t": [4, 4]}]}})");
  CHECK_CALL("normalize", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("normalize", R"([{"s": [{"t": [0, {"t": [1, 1]}]}, {"t": [9, 9]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("normalize", R"([{"s": [{"t": [{"t": [1, 2]}, 3]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("normalize", R"([3])", R"({"err": "TypeError"})");
}

TEST_CASE("uppermost on patches grids and empty", "[prim][uppermost]") {
  CHECK_CALL("uppermost", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": -2})");
  CHECK_CALL("uppermost", R"([{"s": [{"t": [9, {"t": [4, 4]}]}, {"t": [0, {"t": [2, 7]}]}]}])",
             R"({"ok": 2})");
  CHECK_CALL("uppermost", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("uppermost", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": 1})");
  CHECK_CALL("uppermost", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("uppermost", R"([{"s": [{"t": [1, 0]}, {"t": [true, 5]}]}])", R"({"ok": 1})");
  CHECK_CALL("uppermost", R"([{"s": [{"t": [{"t": [0, 5]}, 1]}, {"t": [{"t": [1, 2]}, 0]}]}])",
             R"({"ok": {"t": [0, 5]}})");
  CHECK_CALL("uppermost", R"([{"s": [{"t": [0, 1]}, {"t": [{"t": [1, 2]}, 0]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("uppermost", R"([{"s": [{"t": [0]}, {"t": [1, 2]}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("uppermost", R"([4])", R"({"err": "TypeError"})");
}

TEST_CASE("lowermost on patches grids and empty", "[prim][lowermost]") {
  CHECK_CALL("lowermost", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": 3})");
  CHECK_CALL("lowermost", R"([{"s": [{"t": [9, {"t": [4, 4]}]}, {"t": [0, {"t": [2, 7]}]}]}])",
             R"({"ok": 4})");
  CHECK_CALL("lowermost", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("lowermost", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": 5})");
  CHECK_CALL("lowermost", R"([{"s": [{"t": [1, 0]}, {"t": [true, 5]}]}])", R"({"ok": 1})");
  CHECK_CALL("lowermost", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"err": "ValueError"})");
}

TEST_CASE("leftmost on patches grids and empty", "[prim][leftmost]") {
  CHECK_CALL("leftmost", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": 1})");
  CHECK_CALL("leftmost", R"([{"s": [{"t": [9, {"t": [4, 4]}]}, {"t": [0, {"t": [2, -7]}]}]}])",
             R"({"ok": -7})");
  CHECK_CALL("leftmost", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("leftmost", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": 2})");
  CHECK_CALL("leftmost", R"([{"s": [{"t": [5, {"t": [1, 1]}]}, {"t": [0, 0]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("leftmost", R"([{"s": [{"t": [0, 1]}, {"t": [2, {"t": [3, 4]}]}]}])",
             R"({"err": "TypeError"})");
}

TEST_CASE("rightmost on patches grids and empty", "[prim][rightmost]") {
  CHECK_CALL("rightmost", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": 5})");
  CHECK_CALL("rightmost", R"([{"s": [{"t": [9, {"t": [4, 4]}]}, {"t": [0, {"t": [2, -7]}]}]}])",
             R"({"ok": 4})");
  CHECK_CALL("rightmost", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("rightmost", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": 6})");
  CHECK_CALL("rightmost", R"([{"t": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("rightmost", R"([{"s": [{"t": [0, {"t": [1, 1]}]}, {"t": [9, 9]}]}])",
             R"({"err": "TypeError"})");
}

TEST_CASE("ulcorner via zip of toindices", "[prim][ulcorner]") {
  CHECK_CALL("ulcorner", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])",
             R"({"ok": {"t": [-2, 1]}})");
  CHECK_CALL("ulcorner", R"([{"s": [{"t": [2, {"t": [2, 7]}]}, {"t": [1, {"t": [4, 4]}]}]}])",
             R"({"ok": {"t": [2, 4]}})");
  CHECK_CALL("ulcorner", R"([{"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("ulcorner", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"t": [1, 2, 3]}})");
  CHECK_CALL("ulcorner", R"([{"s": [{"t": [1, 2, 3]}, {"t": [4, 0, 6]}]}])",
             R"({"ok": {"t": [1, 0, 3]}})");
  CHECK_CALL("ulcorner", R"([{"s": [{"t": [1, 2, 3]}, {"t": [4]}]}])", R"({"ok": {"t": [1]}})");
  CHECK_CALL("ulcorner", R"([{"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("ulcorner", R"([{"s": [{"t": [0, 1]}, {"t": [{"t": [1, 2]}, 3]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("ulcorner", R"([{"s": [{"t": [true, 0]}, {"t": [1, 1]}]}])",
             R"({"ok": {"t": [true, 0]}})");
  CHECK_CALL("ulcorner", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("urcorner via zip and a dict of min and max", "[prim][urcorner]") {
  CHECK_CALL("urcorner", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])",
             R"({"ok": {"t": [-2, 5]}})");
  CHECK_CALL("urcorner", R"([{"s": [{"t": [2, {"t": [2, 7]}]}, {"t": [1, {"t": [4, 4]}]}]}])",
             R"({"ok": {"t": [2, 7]}})");
  CHECK_CALL("urcorner", R"([{"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("urcorner", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": {"t": [1, 6]}})");
  CHECK_CALL("urcorner", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "KeyError"})");
  CHECK_CALL("urcorner", R"([{"s": [{"t": [1, 2, 3]}, {"t": [4, 0, 6]}]}])",
             R"({"err": "KeyError"})");
  CHECK_CALL("urcorner", R"([{"s": [{"t": [0]}, {"t": [1]}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("urcorner", R"([{"s": [{"t": [0, 1]}, {"t": [{"t": [1, 2]}, 0]}]}])",
             R"({"err": "TypeError"})");
}

TEST_CASE("llcorner via zip and a dict of max and min", "[prim][llcorner]") {
  CHECK_CALL("llcorner", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": {"t": [3, 1]}})");
  CHECK_CALL("llcorner", R"([{"s": [{"t": [2, {"t": [2, 7]}]}, {"t": [1, {"t": [4, 4]}]}]}])",
             R"({"ok": {"t": [4, 4]}})");
  CHECK_CALL("llcorner", R"([{"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("llcorner", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "KeyError"})");
  CHECK_CALL("llcorner", R"([{"s": [{"t": [0]}, {"t": [1]}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("llcorner", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"err": "KeyError"})");
}

TEST_CASE("lrcorner via zip of toindices", "[prim][lrcorner]") {
  CHECK_CALL("lrcorner", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": {"t": [3, 5]}})");
  CHECK_CALL("lrcorner", R"([{"s": [{"t": [2, {"t": [2, 7]}]}, {"t": [1, {"t": [4, 4]}]}]}])",
             R"({"ok": {"t": [4, 7]}})");
  CHECK_CALL("lrcorner", R"([{"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("lrcorner", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"t": [4, 5, 6]}})");
  CHECK_CALL("lrcorner", R"([{"s": [{"t": [1, 2, 3]}, {"t": [4, 0, 6]}]}])",
             R"({"ok": {"t": [4, 2, 6]}})");
  CHECK_CALL("lrcorner", R"([{"s": [{"t": [0, 1]}, {"t": [{"s": [1]}, 2]}]}])",
             R"({"err": "TypeError"})");
}

TEST_CASE("height of grids patches and empty pieces", "[prim][height]") {
  CHECK_CALL("height", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])", R"({"ok": 2})");
  CHECK_CALL("height", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": 6})");
  CHECK_CALL("height", R"([{"s": [{"t": [2, {"t": [2, 7]}]}, {"t": [1, {"t": [4, 4]}]}]}])",
             R"({"ok": 3})");
  CHECK_CALL("height", R"([{"s": []}])", R"({"ok": 0})");
  CHECK_CALL("height", R"([{"t": []}])", R"({"ok": 0})");
  CHECK_CALL("height", R"([{"t": [{"t": [1]}, {"t": [2, 3]}, 4]}])", R"({"ok": 3})");
  CHECK_CALL("height", R"([{"s": [{"t": [{"t": [1, 2]}, 0]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("height", R"([3])", R"({"err": "TypeError"})");
}

TEST_CASE("width of grids patches and empty pieces", "[prim][width]") {
  CHECK_CALL("width", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])", R"({"ok": 3})");
  CHECK_CALL("width", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": 5})");
  CHECK_CALL("width", R"([{"s": [{"t": [2, {"t": [2, 7]}]}, {"t": [1, {"t": [4, 4]}]}]}])",
             R"({"ok": 4})");
  CHECK_CALL("width", R"([{"s": []}])", R"({"ok": 0})");
  CHECK_CALL("width", R"([{"t": []}])", R"({"ok": 0})");
  CHECK_CALL("width", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("width", R"([{"t": [{"t": [1, 2, 3, 4]}, 5]}])", R"({"ok": 4})");
  CHECK_CALL("width", R"([3])", R"({"err": "TypeError"})");
}

TEST_CASE("shape of grids and patches", "[prim][shape]") {
  CHECK_CALL("shape", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"t": [2, 3]}})");
  CHECK_CALL("shape", R"([{"s": [{"t": [3, 1]}, {"t": [-2, 5]}]}])", R"({"ok": {"t": [6, 5]}})");
  CHECK_CALL("shape", R"([{"s": [{"t": [1, {"t": [0, 0]}]}]}])", R"({"ok": {"t": [1, 1]}})");
  CHECK_CALL("shape", R"([{"s": []}])", R"({"ok": {"t": [0, 0]}})");
  CHECK_CALL("shape", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("shape", R"([{"s": [3]}])", R"({"err": "TypeError"})");
}

TEST_CASE("portrait of grids and patches", "[prim][portrait]") {
  CHECK_CALL("portrait", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])", R"({"ok": false})");
  CHECK_CALL("portrait", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": true})");
  CHECK_CALL("portrait", R"([{"s": [{"t": [2, 0]}, {"t": [0, 0]}]}])", R"({"ok": true})");
  CHECK_CALL("portrait", R"([{"s": [{"t": [1, {"t": [0, 3]}]}, {"t": [1, {"t": [0, 0]}]}]}])",
             R"({"ok": false})");
  CHECK_CALL("portrait", R"([{"s": []}])", R"({"ok": false})");
  CHECK_CALL("portrait", R"([2])", R"({"err": "TypeError"})");
}

TEST_CASE("square of grids and patches", "[prim][square]") {
  CHECK_CALL("square", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])", R"({"ok": true})");
  CHECK_CALL("square", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])", R"({"ok": false})");
  CHECK_CALL("square", R"([{"t": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("square", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("square", R"([{"t": [{"t": [1, 2]}, 3]}])", R"({"ok": true})");
  CHECK_CALL("square", R"([{"s": [{"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [0, 0]}]}])",
             R"({"ok": true})");
  CHECK_CALL("square", R"([{"s": [{"t": [1, 1]}, {"t": [0, 0]}]}])", R"({"ok": false})");
  CHECK_CALL("square", R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 0]}]}]}])",
             R"({"ok": false})");
  CHECK_CALL(
      "square",
      R"([{"s": [{"t": [3, {"t": [1, 0]}]}, {"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}, {"t": [4, {"t": [1, 0]}]}]}])",
      R"({"ok": true})");
  CHECK_CALL("square", R"([{"s": []}])", R"({"ok": true})");
  CHECK_CALL("square", R"([{"s": [{"t": [1099511627776, 1099511627776]}, {"t": [0, 0]}]}])",
             R"({"ok": false})");
  CHECK_CALL("square", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("vline of patches and grids", "[prim][vline]") {
  CHECK_CALL("vline", R"([{"s": [{"t": [2, 3]}, {"t": [0, 3]}, {"t": [1, 3]}]}])",
             R"({"ok": true})");
  CHECK_CALL("vline", R"([{"s": [{"t": [2, 3]}, {"t": [0, 3]}]}])", R"({"ok": false})");
  CHECK_CALL("vline", R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [1, {"t": [-1, 0]}]}]}])",
             R"({"ok": true})");
  CHECK_CALL("vline", R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [1, {"t": [0, 0]}]}]}])",
             R"({"ok": false})");
  CHECK_CALL("vline", R"([{"s": []}])", R"({"ok": false})");
  CHECK_CALL("vline", R"([{"t": [{"t": [1]}, {"t": [2]}]}])", R"({"ok": true})");
  CHECK_CALL("vline", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])", R"({"ok": false})");
  CHECK_CALL("vline", R"([{"s": [{"t": [0, 1]}, {"t": [0, 0]}]}])", R"({"ok": false})");
  CHECK_CALL("vline", R"([7])", R"({"err": "TypeError"})");
}

TEST_CASE("hline of patches and grids", "[prim][hline]") {
  CHECK_CALL("hline", R"([{"s": [{"t": [3, 1]}, {"t": [3, 2]}, {"t": [3, 0]}]}])",
             R"({"ok": true})");
  CHECK_CALL("hline", R"([{"s": [{"t": [3, 2]}, {"t": [3, 0]}]}])", R"({"ok": false})");
  CHECK_CALL("hline", R"([{"s": [{"t": [1, {"t": [0, -1]}]}, {"t": [2, {"t": [0, 0]}]}]}])",
             R"({"ok": true})");
  CHECK_CALL("hline", R"([{"s": []}])", R"({"ok": false})");
  CHECK_CALL("hline", R"([{"t": [{"t": [1, 2, 3]}]}])", R"({"ok": false})");
  CHECK_CALL("hline", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])", R"({"ok": false})");
  CHECK_CALL("hline", R"([{"s": [{"t": [1, 0]}, {"t": [0, 0]}]}])", R"({"ok": false})");
  CHECK_CALL("hline", R"([7])", R"({"err": "TypeError"})");
}

TEST_CASE("centerofmass floors sums by len of the patch", "[prim][centerofmass]") {
  CHECK_CALL("centerofmass", R"([{"s": [{"t": [1, 3]}, {"t": [0, 0]}]}])",
             R"({"ok": {"t": [0, 1]}})");
  CHECK_CALL("centerofmass", R"([{"s": [{"t": [-2, 0]}, {"t": [-1, -1]}]}])",
             R"({"ok": {"t": [-2, -1]}})");
  CHECK_CALL(
      "centerofmass",
      R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [3, {"t": [2, 2]}]}, {"t": [1, {"t": [0, 0]}]}]}])",
      R"({"ok": {"t": [0, 0]}})");
  CHECK_CALL("centerofmass", R"([{"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("centerofmass", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"t": [2, 3, 4]}})");
  CHECK_CALL("centerofmass", R"([{"s": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": {"t": [2, 3, 4]}})");
  CHECK_CALL("centerofmass", R"([{"s": [{"t": [0, 1]}, {"t": [{"t": [1]}, 2]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("centerofmass", R"([{"s": [{"t": [true, true]}]}])", R"({"ok": {"t": [1, 1]}})");
  CHECK_CALL("centerofmass", R"([3])", R"({"err": "TypeError"})");
}

TEST_CASE("center of patches", "[prim][center]") {
  CHECK_CALL("center", R"([{"s": [{"t": [3, 4]}, {"t": [0, 0]}]}])", R"({"ok": {"t": [2, 2]}})");
  CHECK_CALL("center", R"([{"s": [{"t": [1, {"t": [-3, -3]}]}, {"t": [2, {"t": [-2, -1]}]}]}])",
             R"({"ok": {"t": [-2, -2]}})");
  CHECK_CALL("center", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("center", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": {"t": [2, 3]}})");
  CHECK_CALL("center", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("center", R"([{"s": [{"t": [true, 0]}]}])", R"({"ok": {"t": [1, 0]}})");
  CHECK_CALL("center", R"([{"s": [{"t": [{"t": [1]}, 0]}]}])", R"({"err": "TypeError"})");
}

TEST_CASE("corners of patches", "[prim][corners]") {
  CHECK_CALL("corners", R"([{"s": [{"t": [1, 1]}, {"t": [3, 4]}, {"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 4]}, {"t": [3, 0]}, {"t": [3, 4]}]}})");
  CHECK_CALL(
      "corners", R"([{"s": [{"t": [1, {"t": [-3, -3]}]}, {"t": [2, {"t": [-2, -1]}]}]}])",
      R"({"ok": {"s": [{"t": [-3, -3]}, {"t": [-3, -1]}, {"t": [-2, -3]}, {"t": [-2, -1]}]}})");
  CHECK_CALL("corners", R"([{"s": [{"t": [2, 2]}]}])", R"({"ok": {"s": [{"t": [2, 2]}]}})");
  CHECK_CALL("corners", R"([{"s": []}])", R"({"ok": {"s": [{"t": []}]}})");
  CHECK_CALL("corners", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "KeyError"})");
  CHECK_CALL("corners", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"ok": {"s": [{"t": [1, 2]}, {"t": [1, 6]}, {"t": [5, 2]}, {"t": [5, 6]}]}})");
  CHECK_CALL("corners", R"([{"s": [{"t": [true, true]}]}])",
             R"({"ok": {"s": [{"t": [true, true]}]}})");
  CHECK_CALL("corners", R"([{"s": [{"t": [1, 2, 3]}]}])", R"({"err": "KeyError"})");
  CHECK_CALL("corners", R"([2])", R"({"err": "TypeError"})");
}

TEST_CASE("geometry fast paths keep packed layouts", "[prim][toindices][recolor][shift]") {
  const char* obj = R"([{"s": [{"t": [1, {"t": [0, 1]}]}, {"t": [2, {"t": [3, -1]}]}]}])";
  CHECK(arcjit::is_indices(call("toindices", obj)));
  CHECK(arcjit::is_cells(call("normalize", obj)));
  CHECK(arcjit::is_cells(call("recolor", R"([4, {"s": [{"t": [0, 1]}, {"t": [2, 2]}]}])")));
  CHECK(arcjit::is_indices(call("shift", R"([{"s": [{"t": [0, 1]}]}, {"t": [-1, 1]}])")));
  CHECK(arcjit::is_cells(call("shift", R"([{"s": [{"t": [7, {"t": [0, 1]}]}]}, {"t": [-1, 1]}])")));
}
