// dneighbors ineighbors neighbors hmatching vmatching manhattan adjacent bordering position connect
// shoot vfrontier hfrontier backdrop delta inbox outbox box gravitate.
// Expected answers come from canon_dsl.py serve (ResourceLimit cases are ours: the oracle has no
// limits, and would try to build the huge sets). Each primitive is checked on Indices, Objects,
// grids/tuples, empty patches, negative coordinates, bools, and its error kinds.
#include <catch2/catch.hpp>

#include <string>

#include "runtime/limits.h"
#include "tests/support/test_values.h"

using arcjit::test::call;

TEST_CASE("dneighbors of points and odd locations", "[prim][dneighbors]") {
  CHECK_CALL("dneighbors", R"([{"t": [0, 0]}])",
             R"({"ok": {"s": [{"t": [-1, 0]}, {"t": [0, -1]}, {"t": [0, 1]}, {"t": [1, 0]}]}})");
  CHECK_CALL("dneighbors", R"([{"t": [-3, 7]}])",
             R"({"ok": {"s": [{"t": [-4, 7]}, {"t": [-3, 6]}, {"t": [-3, 8]}, {"t": [-2, 7]}]}})");
  CHECK_CALL("dneighbors", R"([{"t": [1, 2, 3]}])",
             R"({"ok": {"s": [{"t": [0, 2]}, {"t": [1, 1]}, {"t": [1, 3]}, {"t": [2, 2]}]}})");
  CHECK_CALL(
      "dneighbors", R"([{"t": [true, false]}])",
      R"({"ok": {"s": [{"t": [0, false]}, {"t": [true, -1]}, {"t": [true, 1]}, {"t": [2, false]}]}})");
  CHECK_CALL("dneighbors", R"([{"t": [1, {"t": [2]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("dneighbors", R"([{"t": [1]}])", R"({"err": "IndexError"})");
  CHECK_CALL("dneighbors", R"([{"t": [{"t": [1]}, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("dneighbors", R"([{"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("dneighbors", R"([{"t": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("dneighbors", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("ineighbors of points and odd locations", "[prim][ineighbors]") {
  CHECK_CALL("ineighbors", R"([{"t": [0, 0]}])",
             R"({"ok": {"s": [{"t": [-1, -1]}, {"t": [-1, 1]}, {"t": [1, -1]}, {"t": [1, 1]}]}})");
  CHECK_CALL("ineighbors", R"([{"t": [-3, 7]}])",
             R"({"ok": {"s": [{"t": [-4, 6]}, {"t": [-4, 8]}, {"t": [-2, 6]}, {"t": [-2, 8]}]}})");
  CHECK_CALL("ineighbors", R"([{"t": [true, 2]}])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [0, 3]}, {"t": [2, 1]}, {"t": [2, 3]}]}})");
  CHECK_CALL("ineighbors", R"([{"t": [1, {"t": [2]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("ineighbors", R"([{"t": [1]}])", R"({"err": "IndexError"})");
  CHECK_CALL("ineighbors", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("ineighbors", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("neighbors of points and odd locations", "[prim][neighbors]") {
  CHECK_CALL(
      "neighbors", R"([{"t": [0, 0]}])",
      R"({"ok": {"s": [{"t": [-1, -1]}, {"t": [-1, 0]}, {"t": [-1, 1]}, {"t": [0, -1]}, {"t": [0, 1]}, {"t": [1, -1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL(
      "neighbors", R"([{"t": [-3, 7, 9]}])",
      R"({"ok": {"s": [{"t": [-4, 6]}, {"t": [-4, 7]}, {"t": [-4, 8]}, {"t": [-3, 6]}, {"t": [-3, 8]}, {"t": [-2, 6]}, {"t": [-2, 7]}, {"t": [-2, 8]}]}})");
  CHECK_CALL(
      "neighbors", R"([{"t": [false, 2]}])",
      R"({"ok": {"s": [{"t": [-1, 1]}, {"t": [-1, 2]}, {"t": [-1, 3]}, {"t": [false, 1]}, {"t": [false, 3]}, {"t": [1, 1]}, {"t": [1, 2]}, {"t": [1, 3]}]}})");
  CHECK_CALL("neighbors", R"([{"t": [1]}])", R"({"err": "IndexError"})");
  CHECK_CALL("neighbors", R"([{"s": []}])", R"({"err": "TypeError"})");
  CHECK_CALL("neighbors", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("hmatching of indices objects grids and empty", "[prim][hmatching]") {
  CHECK_CALL("hmatching", R"([{"s": [{"t": [2, 2]}, {"t": [0, 0]}]}, {"s": [{"t": [2, 5]}]}])",
             R"({"ok": true})");
  CHECK_CALL(
      "hmatching",
      R"([{"s": [{"t": [2, 2]}, {"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [3, 0]}]}, {"t": [1, {"t": [-1, 2]}]}]}])",
      R"({"ok": false})");
  CHECK_CALL("hmatching",
             R"([{"s": [{"t": [1, {"t": [-1, 0]}]}]}, {"s": [{"t": [2, {"t": [-1, 9]}]}]}])",
             R"({"ok": true})");
  CHECK_CALL("hmatching", R"([{"s": []}, {"s": [{"t": [0, 0]}]}])", R"({"ok": false})");
  CHECK_CALL("hmatching", R"([{"s": [{"t": [true, 0]}]}, {"s": [{"t": [1, 5]}]}])",
             R"({"ok": true})");
  CHECK_CALL("hmatching",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}, {"s": [{"t": [3, 9]}]}])",
             R"({"ok": true})");
  CHECK_CALL("hmatching",
             R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("hmatching", R"([{"s": [{"t": [0, 0]}]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("hmatching",
             R"([{"s": [{"t": [{"t": [1, 2]}, 0]}]}, {"s": [{"t": [{"t": [1, 2]}, 3]}]}])",
             R"({"ok": true})");
}

TEST_CASE("vmatching of indices objects grids and empty", "[prim][vmatching]") {
  CHECK_CALL("vmatching", R"([{"s": [{"t": [2, 2]}, {"t": [0, 0]}]}, {"s": [{"t": [5, 2]}]}])",
             R"({"ok": true})");
  CHECK_CALL(
      "vmatching",
      R"([{"s": [{"t": [2, 2]}, {"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [3, 1]}]}, {"t": [1, {"t": [-1, 3]}]}]}])",
      R"({"ok": false})");
  CHECK_CALL("vmatching",
             R"([{"s": [{"t": [1, {"t": [0, -4]}]}]}, {"s": [{"t": [2, {"t": [7, -4]}]}]}])",
             R"({"ok": true})");
  CHECK_CALL("vmatching", R"([{"s": [{"t": [0, 0]}]}, {"s": []}])", R"({"ok": false})");
  CHECK_CALL("vmatching",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}, {"s": [{"t": [0, 4]}]}])",
             R"({"ok": true})");
  CHECK_CALL("vmatching", R"([5, {"s": [{"t": [0, 0]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("vmatching", R"([{"s": [{"t": [1, 2, 3]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"err": "ValueError"})");
}

TEST_CASE("manhattan between patches", "[prim][manhattan]") {
  CHECK_CALL("manhattan", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [3, 4]}]}])", R"({"ok": 7})");
  CHECK_CALL(
      "manhattan",
      R"([{"s": [{"t": [5, 5]}, {"t": [0, 0]}]}, {"s": [{"t": [2, {"t": [-9, -9]}]}, {"t": [1, {"t": [4, 7]}]}]}])",
      R"({"ok": 3})");
  CHECK_CALL("manhattan",
             R"([{"s": [{"t": [1, {"t": [-2, -2]}]}]}, {"s": [{"t": [1, {"t": [-2, -2]}]}]}])",
             R"({"ok": 0})");
  CHECK_CALL("manhattan", R"([{"s": []}, {"s": [{"t": [0, 0]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("manhattan", R"([{"s": [{"t": [0, 0]}]}, {"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("manhattan", R"([{"s": []}, 5])", R"({"err": "ValueError"})");
  CHECK_CALL("manhattan", R"([{"s": [{"t": [0, 0]}]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("manhattan",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": 3})");
  CHECK_CALL("manhattan", R"([{"s": [{"t": [1000000000, 0]}]}, {"s": [{"t": [-1000000000, 0]}]}])",
             R"({"ok": 2000000000})");
  CHECK_CALL("manhattan", R"([{"s": [{"t": [true, 0]}]}, {"s": [{"t": [0, 0]}]}])", R"({"ok": 1})");
  CHECK_CALL("manhattan", R"([{"s": [{"t": [{"t": [1]}, 0]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"err": "TypeError"})");
}

TEST_CASE("adjacent patches", "[prim][adjacent]") {
  CHECK_CALL("adjacent", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [0, 1]}]}])", R"({"ok": true})");
  CHECK_CALL("adjacent", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [1, 1]}]}])", R"({"ok": false})");
  CHECK_CALL("adjacent",
             R"([{"s": [{"t": [0, 1]}, {"t": [0, 0]}]}, {"s": [{"t": [0, 1]}, {"t": [0, 2]}]}])",
             R"({"ok": false})");
  CHECK_CALL(
      "adjacent",
      R"([{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [1, {"t": [5, 5]}]}]}, {"s": [{"t": [2, {"t": [5, 6]}]}]}])",
      R"({"ok": true})");
  CHECK_CALL("adjacent", R"([{"s": [{"t": [1, {"t": [-4, -4]}]}]}, {"s": [{"t": [-4, -2]}]}])",
             R"({"ok": false})");
  CHECK_CALL("adjacent", R"([{"s": []}, {"s": [{"t": [0, 0]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("adjacent", R"([{"s": [{"t": [0, 0]}]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("adjacent",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}, {"s": [{"t": [0, 3]}]}])",
             R"({"ok": false})");
}

TEST_CASE("bordering a grid border", "[prim][bordering]") {
  CHECK_CALL("bordering",
             R"([{"s": [{"t": [0, 3]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": true})");
  CHECK_CALL(
      "bordering",
      R"([{"s": [{"t": [1, 1]}]}, {"t": [{"t": [0, 0, 0]}, {"t": [0, 0, 0]}, {"t": [0, 0, 0]}]}])",
      R"({"ok": false})");
  CHECK_CALL("bordering",
             R"([{"s": [{"t": [1, 1]}]}, {"t": [{"t": [0, 0, 0]}, {"t": [0, 0, 0]}]}])",
             R"({"ok": true})");
  CHECK_CALL("bordering",
             R"([{"s": [{"t": [1, {"t": [1, 2]}]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": true})");
  CHECK_CALL(
      "bordering",
      R"([{"s": [{"t": [1, {"t": [1, 2]}]}]}, {"t": [{"t": [0, 0, 0, 0]}, {"t": [0, 0, 0, 0]}, {"t": [0, 0, 0, 0]}, {"t": [0, 0, 0, 0]}]}])",
      R"({"ok": false})");
  CHECK_CALL("bordering",
             R"([{"s": [{"t": [-1, 5]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": false})");
  CHECK_CALL("bordering", R"([{"s": [{"t": [0, 5]}]}, 7])", R"({"ok": true})");
  CHECK_CALL("bordering", R"([{"s": [{"t": [5, 5]}]}, 7])", R"({"err": "TypeError"})");
  CHECK_CALL("bordering", R"([{"s": [{"t": [5, 5]}]}, {"t": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("bordering", R"([{"s": [{"t": [5, 5]}]}, {"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("bordering", R"([{"s": [{"t": [5, 5]}]}, {"t": [{"t": [1, 2]}, 3]}])",
             R"({"ok": false})");
  CHECK_CALL("bordering", R"([{"s": [{"t": [5, 5]}]}, {"s": [{"t": [1, 2]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("bordering", R"([{"s": []}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("bordering",
             R"([{"s": [{"t": [true, 1]}]}, {"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"ok": true})");
}

TEST_CASE("position between patches", "[prim][position]") {
  CHECK_CALL("position", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [0, 5]}]}])",
             R"({"ok": {"t": [0, 1]}})");
  CHECK_CALL("position", R"([{"s": [{"t": [0, 5]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"t": [0, -1]}})");
  CHECK_CALL("position", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [3, 0]}]}])",
             R"({"ok": {"t": [1, 0]}})");
  CHECK_CALL("position", R"([{"s": [{"t": [3, 0]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"t": [-1, 0]}})");
  CHECK_CALL("position", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [2, 2]}]}]}])",
             R"({"ok": {"t": [1, 1]}})");
  CHECK_CALL("position", R"([{"s": [{"t": [1, {"t": [2, 2]}]}]}, {"s": [{"t": [0, 4]}]}])",
             R"({"ok": {"t": [-1, 1]}})");
  CHECK_CALL(
      "position",
      R"([{"s": [{"t": [1, {"t": [3, -3]}]}, {"t": [1, {"t": [2, -2]}]}]}, {"s": [{"t": [1, {"t": [-5, -5]}]}]}])",
      R"({"ok": {"t": [-1, -1]}})");
  CHECK_CALL("position", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"t": [0, -1]}})");
  CHECK_CALL("position", R"([{"s": []}, {"s": [{"t": [0, 0]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("position", R"([{"s": [{"t": [0, 0]}]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("position",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"t": [-1, -1]}})");
}

TEST_CASE("connect lines and diagonals", "[prim][connect]") {
  CHECK_CALL("connect", R"([{"t": [0, 0]}, {"t": [0, 3]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [0, 2]}, {"t": [0, 3]}]}})");
  CHECK_CALL("connect", R"([{"t": [2, 5]}, {"t": [-1, 5]}])",
             R"({"ok": {"s": [{"t": [-1, 5]}, {"t": [0, 5]}, {"t": [1, 5]}, {"t": [2, 5]}]}})");
  CHECK_CALL("connect", R"([{"t": [0, 0]}, {"t": [3, 3]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}, {"t": [2, 2]}, {"t": [3, 3]}]}})");
  CHECK_CALL("connect", R"([{"t": [3, 3]}, {"t": [0, 0]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}, {"t": [2, 2]}, {"t": [3, 3]}]}})");
  CHECK_CALL("connect", R"([{"t": [0, 3]}, {"t": [3, 0]}])",
             R"({"ok": {"s": [{"t": [0, 3]}, {"t": [1, 2]}, {"t": [2, 1]}, {"t": [3, 0]}]}})");
  CHECK_CALL("connect", R"([{"t": [3, 0]}, {"t": [0, 3]}])",
             R"({"ok": {"s": [{"t": [0, 3]}, {"t": [1, 2]}, {"t": [2, 1]}, {"t": [3, 0]}]}})");
  CHECK_CALL("connect", R"([{"t": [0, 0]}, {"t": [1, 2]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("connect", R"([{"t": [4, 4]}, {"t": [4, 4]}])", R"({"ok": {"s": [{"t": [4, 4]}]}})");
  CHECK_CALL("connect", R"([{"t": [true, 0]}, {"t": [true, 2]}])",
             R"({"ok": {"s": [{"t": [true, 0]}, {"t": [true, 1]}, {"t": [true, 2]}]}})");
  CHECK_CALL("connect", R"([{"t": [0, false]}, {"t": [2, 0]}])",
             R"({"ok": {"s": [{"t": [0, false]}, {"t": [1, false]}, {"t": [2, false]}]}})");
  CHECK_CALL("connect", R"([{"t": [0, 0, 0]}, {"t": [1, 1]}])", R"({"err": "ValueError"})");
  CHECK_CALL("connect", R"([{"t": [0, 0]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("connect", R"([{"s": [0, 1]}, {"t": [3, 4]}])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [1, 2]}, {"t": [2, 3]}, {"t": [3, 4]}]}})");
  CHECK_CALL("connect", R"([{"t": [{"t": [0]}, 0]}, {"t": [{"t": [1]}, 0]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("connect", R"([{"t": [0, 0]}, {"t": [1000000000, 1000000000]}])",
             R"({"err": "ResourceLimit"})");
  CHECK_CALL("connect", R"([{"t": [0, -1000000000]}, {"t": [0, 1000000000]}])",
             R"({"err": "ResourceLimit"})");
}

TEST_CASE("shoot rays from a point", "[prim][shoot]") {
  CHECK_CALL(
      "shoot", R"([{"t": [0, 0]}, {"t": [1, 1]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}, {"t": [2, 2]}, {"t": [3, 3]}, {"t": [4, 4]}, {"t": [5, 5]}, {"t": [6, 6]}, {"t": [7, 7]}, {"t": [8, 8]}, {"t": [9, 9]}, {"t": [10, 10]}, {"t": [11, 11]}, {"t": [12, 12]}, {"t": [13, 13]}, {"t": [14, 14]}, {"t": [15, 15]}, {"t": [16, 16]}, {"t": [17, 17]}, {"t": [18, 18]}, {"t": [19, 19]}, {"t": [20, 20]}, {"t": [21, 21]}, {"t": [22, 22]}, {"t": [23, 23]}, {"t": [24, 24]}, {"t": [25, 25]}, {"t": [26, 26]}, {"t": [27, 27]}, {"t": [28, 28]}, {"t": [29, 29]}, {"t": [30, 30]}, {"t": [31, 31]}, {"t": [32, 32]}, {"t": [33, 33]}, {"t": [34, 34]}, {"t": [35, 35]}, {"t": [36, 36]}, {"t": [37, 37]}, {"t": [38, 38]}, {"t": [39, 39]}, {"t": [40, 40]}, {"t": [41, 41]}, {"t": [42, 42]}]}})");
  CHECK_CALL(
      "shoot", R"([{"t": [5, 5]}, {"t": [0, -1]}])",
      R"({"ok": {"s": [{"t": [5, -37]}, {"t": [5, -36]}, {"t": [5, -35]}, {"t": [5, -34]}, {"t": [5, -33]}, {"t": [5, -32]}, {"t": [5, -31]}, {"t": [5, -30]}, {"t": [5, -29]}, {"t": [5, -28]}, {"t": [5, -27]}, {"t": [5, -26]}, {"t": [5, -25]}, {"t": [5, -24]}, {"t": [5, -23]}, {"t": [5, -22]}, {"t": [5, -21]}, {"t": [5, -20]}, {"t": [5, -19]}, {"t": [5, -18]}, {"t": [5, -17]}, {"t": [5, -16]}, {"t": [5, -15]}, {"t": [5, -14]}, {"t": [5, -13]}, {"t": [5, -12]}, {"t": [5, -11]}, {"t": [5, -10]}, {"t": [5, -9]}, {"t": [5, -8]}, {"t": [5, -7]}, {"t": [5, -6]}, {"t": [5, -5]}, {"t": [5, -4]}, {"t": [5, -3]}, {"t": [5, -2]}, {"t": [5, -1]}, {"t": [5, 0]}, {"t": [5, 1]}, {"t": [5, 2]}, {"t": [5, 3]}, {"t": [5, 4]}, {"t": [5, 5]}]}})");
  CHECK_CALL(
      "shoot", R"([{"t": [5, 5]}, {"t": [-1, 1]}])",
      R"({"ok": {"s": [{"t": [-37, 47]}, {"t": [-36, 46]}, {"t": [-35, 45]}, {"t": [-34, 44]}, {"t": [-33, 43]}, {"t": [-32, 42]}, {"t": [-31, 41]}, {"t": [-30, 40]}, {"t": [-29, 39]}, {"t": [-28, 38]}, {"t": [-27, 37]}, {"t": [-26, 36]}, {"t": [-25, 35]}, {"t": [-24, 34]}, {"t": [-23, 33]}, {"t": [-22, 32]}, {"t": [-21, 31]}, {"t": [-20, 30]}, {"t": [-19, 29]}, {"t": [-18, 28]}, {"t": [-17, 27]}, {"t": [-16, 26]}, {"t": [-15, 25]}, {"t": [-14, 24]}, {"t": [-13, 23]}, {"t": [-12, 22]}, {"t": [-11, 21]}, {"t": [-10, 20]}, {"t": [-9, 19]}, {"t": [-8, 18]}, {"t": [-7, 17]}, {"t": [-6, 16]}, {"t": [-5, 15]}, {"t": [-4, 14]}, {"t": [-3, 13]}, {"t": [-2, 12]}, {"t": [-1, 11]}, {"t": [0, 10]}, {"t": [1, 9]}, {"t": [2, 8]}, {"t": [3, 7]}, {"t": [4, 6]}, {"t": [5, 5]}]}})");
  CHECK_CALL("shoot", R"([{"t": [5, 5]}, {"t": [0, 0]}])", R"({"ok": {"s": [{"t": [5, 5]}]}})");
  CHECK_CALL("shoot", R"([{"t": [5, 5]}, {"t": [1, 2]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("shoot", R"([{"t": [0, 0]}, {"t": [{"t": [1]}, 0]}])", R"({"err": "TypeError"})");
  CHECK_CALL("shoot", R"([{"t": [0, 0]}, {"t": [1]}])", R"({"err": "IndexError"})");
  CHECK_CALL("shoot", R"([{"t": [0]}, {"t": [1, 1]}])", R"({"err": "IndexError"})");
  CHECK_CALL("shoot", R"([{"t": [{"t": [0]}, 0]}, {"t": [{"t": [1]}, 0]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("shoot", R"([5, {"t": [1, 1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("shoot", R"([{"t": [0, 0]}, {"t": [1000000000, 0]}])", R"({"err": "ResourceLimit"})");
}

TEST_CASE("vfrontier is always 30 cells", "[prim][vfrontier]") {
  CHECK_CALL(
      "vfrontier", R"([{"t": [3, 4]}])",
      R"({"ok": {"s": [{"t": [0, 4]}, {"t": [1, 4]}, {"t": [2, 4]}, {"t": [3, 4]}, {"t": [4, 4]}, {"t": [5, 4]}, {"t": [6, 4]}, {"t": [7, 4]}, {"t": [8, 4]}, {"t": [9, 4]}, {"t": [10, 4]}, {"t": [11, 4]}, {"t": [12, 4]}, {"t": [13, 4]}, {"t": [14, 4]}, {"t": [15, 4]}, {"t": [16, 4]}, {"t": [17, 4]}, {"t": [18, 4]}, {"t": [19, 4]}, {"t": [20, 4]}, {"t": [21, 4]}, {"t": [22, 4]}, {"t": [23, 4]}, {"t": [24, 4]}, {"t": [25, 4]}, {"t": [26, 4]}, {"t": [27, 4]}, {"t": [28, 4]}, {"t": [29, 4]}]}})");
  CHECK_CALL(
      "vfrontier", R"([{"t": [-3, -4]}])",
      R"({"ok": {"s": [{"t": [0, -4]}, {"t": [1, -4]}, {"t": [2, -4]}, {"t": [3, -4]}, {"t": [4, -4]}, {"t": [5, -4]}, {"t": [6, -4]}, {"t": [7, -4]}, {"t": [8, -4]}, {"t": [9, -4]}, {"t": [10, -4]}, {"t": [11, -4]}, {"t": [12, -4]}, {"t": [13, -4]}, {"t": [14, -4]}, {"t": [15, -4]}, {"t": [16, -4]}, {"t": [17, -4]}, {"t": [18, -4]}, {"t": [19, -4]}, {"t": [20, -4]}, {"t": [21, -4]}, {"t": [22, -4]}, {"t": [23, -4]}, {"t": [24, -4]}, {"t": [25, -4]}, {"t": [26, -4]}, {"t": [27, -4]}, {"t": [28, -4]}, {"t": [29, -4]}]}})");
  CHECK_CALL(
      "vfrontier", R"([{"t": [0, true]}])",
      R"({"ok": {"s": [{"t": [0, true]}, {"t": [1, true]}, {"t": [2, true]}, {"t": [3, true]}, {"t": [4, true]}, {"t": [5, true]}, {"t": [6, true]}, {"t": [7, true]}, {"t": [8, true]}, {"t": [9, true]}, {"t": [10, true]}, {"t": [11, true]}, {"t": [12, true]}, {"t": [13, true]}, {"t": [14, true]}, {"t": [15, true]}, {"t": [16, true]}, {"t": [17, true]}, {"t": [18, true]}, {"t": [19, true]}, {"t": [20, true]}, {"t": [21, true]}, {"t": [22, true]}, {"t": [23, true]}, {"t": [24, true]}, {"t": [25, true]}, {"t": [26, true]}, {"t": [27, true]}, {"t": [28, true]}, {"t": [29, true]}]}})");
  CHECK_CALL(
      "vfrontier", R"([{"t": [0, {"t": [1, 2]}]}])",
      R"({"ok": {"s": [{"t": [0, {"t": [1, 2]}]}, {"t": [1, {"t": [1, 2]}]}, {"t": [2, {"t": [1, 2]}]}, {"t": [3, {"t": [1, 2]}]}, {"t": [4, {"t": [1, 2]}]}, {"t": [5, {"t": [1, 2]}]}, {"t": [6, {"t": [1, 2]}]}, {"t": [7, {"t": [1, 2]}]}, {"t": [8, {"t": [1, 2]}]}, {"t": [9, {"t": [1, 2]}]}, {"t": [10, {"t": [1, 2]}]}, {"t": [11, {"t": [1, 2]}]}, {"t": [12, {"t": [1, 2]}]}, {"t": [13, {"t": [1, 2]}]}, {"t": [14, {"t": [1, 2]}]}, {"t": [15, {"t": [1, 2]}]}, {"t": [16, {"t": [1, 2]}]}, {"t": [17, {"t": [1, 2]}]}, {"t": [18, {"t": [1, 2]}]}, {"t": [19, {"t": [1, 2]}]}, {"t": [20, {"t": [1, 2]}]}, {"t": [21, {"t": [1, 2]}]}, {"t": [22, {"t": [1, 2]}]}, {"t": [23, {"t": [1, 2]}]}, {"t": [24, {"t": [1, 2]}]}, {"t": [25, {"t": [1, 2]}]}, {"t": [26, {"t": [1, 2]}]}, {"t": [27, {"t": [1, 2]}]}, {"t": [28, {"t": [1, 2]}]}, {"t": [29, {"t": [1, 2]}]}]}})");
  CHECK_CALL("vfrontier", R"([{"t": [0]}])", R"({"err": "IndexError"})");
  CHECK_CALL("vfrontier", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("hfrontier is always 30 cells", "[prim][hfrontier]") {
  CHECK_CALL(
      "hfrontier", R"([{"t": [3, 4]}])",
      R"({"ok": {"s": [{"t": [3, 0]}, {"t": [3, 1]}, {"t": [3, 2]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}, {"t": [3, 6]}, {"t": [3, 7]}, {"t": [3, 8]}, {"t": [3, 9]}, {"t": [3, 10]}, {"t": [3, 11]}, {"t": [3, 12]}, {"t": [3, 13]}, {"t": [3, 14]}, {"t": [3, 15]}, {"t": [3, 16]}, {"t": [3, 17]}, {"t": [3, 18]}, {"t": [3, 19]}, {"t": [3, 20]}, {"t": [3, 21]}, {"t": [3, 22]}, {"t": [3, 23]}, {"t": [3, 24]}, {"t": [3, 25]}, {"t": [3, 26]}, {"t": [3, 27]}, {"t": [3, 28]}, {"t": [3, 29]}]}})");
  CHECK_CALL(
      "hfrontier", R"([{"t": [-3, -4]}])",
      R"({"ok": {"s": [{"t": [-3, 0]}, {"t": [-3, 1]}, {"t": [-3, 2]}, {"t": [-3, 3]}, {"t": [-3, 4]}, {"t": [-3, 5]}, {"t": [-3, 6]}, {"t": [-3, 7]}, {"t": [-3, 8]}, {"t": [-3, 9]}, {"t": [-3, 10]}, {"t": [-3, 11]}, {"t": [-3, 12]}, {"t": [-3, 13]}, {"t": [-3, 14]}, {"t": [-3, 15]}, {"t": [-3, 16]}, {"t": [-3, 17]}, {"t": [-3, 18]}, {"t": [-3, 19]}, {"t": [-3, 20]}, {"t": [-3, 21]}, {"t": [-3, 22]}, {"t": [-3, 23]}, {"t": [-3, 24]}, {"t": [-3, 25]}, {"t": [-3, 26]}, {"t": [-3, 27]}, {"t": [-3, 28]}, {"t": [-3, 29]}]}})");
  CHECK_CALL(
      "hfrontier", R"([{"t": [true, 0]}])",
      R"({"ok": {"s": [{"t": [true, 0]}, {"t": [true, 1]}, {"t": [true, 2]}, {"t": [true, 3]}, {"t": [true, 4]}, {"t": [true, 5]}, {"t": [true, 6]}, {"t": [true, 7]}, {"t": [true, 8]}, {"t": [true, 9]}, {"t": [true, 10]}, {"t": [true, 11]}, {"t": [true, 12]}, {"t": [true, 13]}, {"t": [true, 14]}, {"t": [true, 15]}, {"t": [true, 16]}, {"t": [true, 17]}, {"t": [true, 18]}, {"t": [true, 19]}, {"t": [true, 20]}, {"t": [true, 21]}, {"t": [true, 22]}, {"t": [true, 23]}, {"t": [true, 24]}, {"t": [true, 25]}, {"t": [true, 26]}, {"t": [true, 27]}, {"t": [true, 28]}, {"t": [true, 29]}]}})");
  CHECK_CALL(
      "hfrontier", R"([{"t": [{"t": [1, 2]}]}])",
      R"({"ok": {"s": [{"t": [{"t": [1, 2]}, 0]}, {"t": [{"t": [1, 2]}, 1]}, {"t": [{"t": [1, 2]}, 2]}, {"t": [{"t": [1, 2]}, 3]}, {"t": [{"t": [1, 2]}, 4]}, {"t": [{"t": [1, 2]}, 5]}, {"t": [{"t": [1, 2]}, 6]}, {"t": [{"t": [1, 2]}, 7]}, {"t": [{"t": [1, 2]}, 8]}, {"t": [{"t": [1, 2]}, 9]}, {"t": [{"t": [1, 2]}, 10]}, {"t": [{"t": [1, 2]}, 11]}, {"t": [{"t": [1, 2]}, 12]}, {"t": [{"t": [1, 2]}, 13]}, {"t": [{"t": [1, 2]}, 14]}, {"t": [{"t": [1, 2]}, 15]}, {"t": [{"t": [1, 2]}, 16]}, {"t": [{"t": [1, 2]}, 17]}, {"t": [{"t": [1, 2]}, 18]}, {"t": [{"t": [1, 2]}, 19]}, {"t": [{"t": [1, 2]}, 20]}, {"t": [{"t": [1, 2]}, 21]}, {"t": [{"t": [1, 2]}, 22]}, {"t": [{"t": [1, 2]}, 23]}, {"t": [{"t": [1, 2]}, 24]}, {"t": [{"t": [1, 2]}, 25]}, {"t": [{"t": [1, 2]}, 26]}, {"t": [{"t": [1, 2]}, 27]}, {"t": [{"t": [1, 2]}, 28]}, {"t": [{"t": [1, 2]}, 29]}]}})");
  CHECK_CALL("hfrontier", R"([{"t": []}])", R"({"err": "IndexError"})");
  CHECK_CALL("hfrontier", R"([{"s": []}])", R"({"err": "TypeError"})");
}

TEST_CASE("backdrop fills the bounding box", "[prim][backdrop]") {
  CHECK_CALL(
      "backdrop", R"([{"s": [{"t": [2, 1]}, {"t": [0, 0]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [2, 0]}, {"t": [2, 1]}]}})");
  CHECK_CALL(
      "backdrop", R"([{"s": [{"t": [1, {"t": [-1, -1]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [-1, -1]}, {"t": [-1, 0]}, {"t": [-1, 1]}, {"t": [0, -1]}, {"t": [0, 0]}, {"t": [0, 1]}]}})");
  CHECK_CALL("backdrop", R"([{"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("backdrop", R"([{"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL(
      "backdrop", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
      R"({"ok": {"s": [{"t": [1, 2]}, {"t": [1, 3]}, {"t": [1, 4]}, {"t": [1, 5]}, {"t": [1, 6]}, {"t": [2, 2]}, {"t": [2, 3]}, {"t": [2, 4]}, {"t": [2, 5]}, {"t": [2, 6]}, {"t": [3, 2]}, {"t": [3, 3]}, {"t": [3, 4]}, {"t": [3, 5]}, {"t": [3, 6]}, {"t": [4, 2]}, {"t": [4, 3]}, {"t": [4, 4]}, {"t": [4, 5]}, {"t": [4, 6]}, {"t": [5, 2]}, {"t": [5, 3]}, {"t": [5, 4]}, {"t": [5, 5]}, {"t": [5, 6]}]}})");
  CHECK_CALL("backdrop", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("backdrop", R"([{"s": [{"t": [true, true]}]}])", R"({"ok": {"s": [{"t": [1, 1]}]}})");
  CHECK_CALL("backdrop", R"([{"s": [{"t": [{"t": [1]}, 0]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("backdrop", R"([{"s": [{"t": [0, {"t": [1]}]}]}])", R"({"err": "IndexError"})");
  CHECK_CALL("backdrop", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("backdrop", R"([{"s": [{"t": [1000000000, 1000000000]}, {"t": [0, 0]}]}])",
             R"({"err": "ResourceLimit"})");
}

TEST_CASE("delta is the backdrop minus the patch", "[prim][delta]") {
  CHECK_CALL(
      "delta", R"([{"s": [{"t": [2, 2]}, {"t": [0, 0]}]}])",
      R"({"ok": {"s": [{"t": [0, 1]}, {"t": [0, 2]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [1, 2]}, {"t": [2, 0]}, {"t": [2, 1]}]}})");
  CHECK_CALL(
      "delta",
      R"([{"s": [{"t": [3, {"t": [0, 1]}]}, {"t": [1, {"t": [-1, -1]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [-1, 0]}, {"t": [-1, 1]}, {"t": [0, -1]}, {"t": [0, 0]}]}})");
  CHECK_CALL("delta", R"([{"s": [{"t": [0, 1]}, {"t": [0, 0]}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("delta", R"([{"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("delta", R"([{"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("delta", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
             R"({"err": "TypeError"})");
  CHECK_CALL("delta", R"([{"s": [{"t": [true, true]}, {"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [0, 1]}, {"t": [1, 0]}]}})");
  CHECK_CALL("delta", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("delta", R"([{"s": [{"t": [1000000000, 1000000000]}, {"t": [0, 0]}]}])",
             R"({"err": "ResourceLimit"})");
}

TEST_CASE("inbox of patches", "[prim][inbox]") {
  CHECK_CALL(
      "inbox", R"([{"s": [{"t": [4, 4]}, {"t": [0, 0]}]}])",
      R"({"ok": {"s": [{"t": [1, 1]}, {"t": [1, 2]}, {"t": [1, 3]}, {"t": [2, 1]}, {"t": [2, 3]}, {"t": [3, 1]}, {"t": [3, 2]}, {"t": [3, 3]}]}})");
  CHECK_CALL(
      "inbox", R"([{"s": [{"t": [1, {"t": [-2, -2]}]}, {"t": [1, {"t": [2, 3]}]}]}])",
      R"({"ok": {"s": [{"t": [-1, -1]}, {"t": [-1, 0]}, {"t": [-1, 1]}, {"t": [-1, 2]}, {"t": [0, -1]}, {"t": [0, 2]}, {"t": [1, -1]}, {"t": [1, 0]}, {"t": [1, 1]}, {"t": [1, 2]}]}})");
  CHECK_CALL(
      "inbox", R"([{"s": [{"t": [0, 0]}]}])",
      R"({"ok": {"s": [{"t": [-1, -1]}, {"t": [-1, 0]}, {"t": [-1, 1]}, {"t": [0, -1]}, {"t": [0, 1]}, {"t": [1, -1]}, {"t": [1, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL(
      "inbox", R"([{"s": [{"t": [0, 3]}, {"t": [0, 0]}]}])",
      R"({"ok": {"s": [{"t": [-1, 1]}, {"t": [-1, 2]}, {"t": [0, 1]}, {"t": [0, 2]}, {"t": [1, 1]}, {"t": [1, 2]}]}})");
  CHECK_CALL("inbox", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL(
      "inbox", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
      R"({"ok": {"s": [{"t": [2, 3]}, {"t": [2, 4]}, {"t": [2, 5]}, {"t": [3, 3]}, {"t": [3, 5]}, {"t": [4, 3]}, {"t": [4, 4]}, {"t": [4, 5]}]}})");
  CHECK_CALL("inbox", R"([{"s": [{"t": [true, true]}, {"t": [3, 3]}]}])",
             R"({"ok": {"s": [{"t": [2, 2]}]}})");
  CHECK_CALL("inbox", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("inbox", R"([{"s": [{"t": [1000000000, 1000000000]}, {"t": [0, 0]}]}])",
             R"({"err": "ResourceLimit"})");
}

TEST_CASE("outbox of patches", "[prim][outbox]") {
  CHECK_CALL(
      "outbox", R"([{"s": [{"t": [2, 2]}, {"t": [0, 0]}]}])",
      R"({"ok": {"s": [{"t": [-1, -1]}, {"t": [-1, 0]}, {"t": [-1, 1]}, {"t": [-1, 2]}, {"t": [-1, 3]}, {"t": [0, -1]}, {"t": [0, 3]}, {"t": [1, -1]}, {"t": [1, 3]}, {"t": [2, -1]}, {"t": [2, 3]}, {"t": [3, -1]}, {"t": [3, 0]}, {"t": [3, 1]}, {"t": [3, 2]}, {"t": [3, 3]}]}})");
  CHECK_CALL(
      "outbox", R"([{"s": [{"t": [1, {"t": [-2, -2]}]}, {"t": [1, {"t": [-1, 0]}]}]}])",
      R"({"ok": {"s": [{"t": [-3, -3]}, {"t": [-3, -2]}, {"t": [-3, -1]}, {"t": [-3, 0]}, {"t": [-3, 1]}, {"t": [-2, -3]}, {"t": [-2, 1]}, {"t": [-1, -3]}, {"t": [-1, 1]}, {"t": [0, -3]}, {"t": [0, -2]}, {"t": [0, -1]}, {"t": [0, 0]}, {"t": [0, 1]}]}})");
  CHECK_CALL(
      "outbox", R"([{"s": [{"t": [5, 5]}]}])",
      R"({"ok": {"s": [{"t": [4, 4]}, {"t": [4, 5]}, {"t": [4, 6]}, {"t": [5, 4]}, {"t": [5, 6]}, {"t": [6, 4]}, {"t": [6, 5]}, {"t": [6, 6]}]}})");
  CHECK_CALL("outbox", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("outbox", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])",
             R"({"err": "ValueError"})");
  CHECK_CALL("outbox", R"([{"s": [{"t": [{"t": [1]}, 0]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("outbox", R"([{"s": [{"t": [1000000000, 1000000000]}, {"t": [0, 0]}]}])",
             R"({"err": "ResourceLimit"})");
}

TEST_CASE("box outlines patches", "[prim][box]") {
  CHECK_CALL(
      "box", R"([{"s": [{"t": [3, 2]}, {"t": [0, 0]}]}])",
      R"({"ok": {"s": [{"t": [0, 0]}, {"t": [0, 1]}, {"t": [0, 2]}, {"t": [1, 0]}, {"t": [1, 2]}, {"t": [2, 0]}, {"t": [2, 2]}, {"t": [3, 0]}, {"t": [3, 1]}, {"t": [3, 2]}]}})");
  CHECK_CALL(
      "box", R"([{"s": [{"t": [1, {"t": [-2, -2]}]}, {"t": [1, {"t": [-1, 0]}]}]}])",
      R"({"ok": {"s": [{"t": [-2, -2]}, {"t": [-2, -1]}, {"t": [-2, 0]}, {"t": [-1, -2]}, {"t": [-1, -1]}, {"t": [-1, 0]}]}})");
  CHECK_CALL("box", R"([{"s": [{"t": [5, 5]}]}])", R"({"ok": {"s": [{"t": [5, 5]}]}})");
  CHECK_CALL("box", R"([{"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("box", R"([{"t": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL(
      "box", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}])",
      R"({"ok": {"s": [{"t": [1, 2]}, {"t": [1, 3]}, {"t": [1, 4]}, {"t": [1, 5]}, {"t": [1, 6]}, {"t": [2, 2]}, {"t": [2, 6]}, {"t": [3, 2]}, {"t": [3, 6]}, {"t": [4, 2]}, {"t": [4, 6]}, {"t": [5, 2]}, {"t": [5, 3]}, {"t": [5, 4]}, {"t": [5, 5]}, {"t": [5, 6]}]}})");
  CHECK_CALL("box", R"([{"t": [{"t": [1, 2, 3]}, {"t": [4, 5, 6]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("box", R"([{"s": [{"t": [true, true]}]}])", R"({"ok": {"s": [{"t": [1, true]}]}})");
  CHECK_CALL(
      "box", R"([{"s": [{"t": [true, 0]}, {"t": [2, 2]}]}])",
      R"({"ok": {"s": [{"t": [1, 0]}, {"t": [true, 1]}, {"t": [1, 2]}, {"t": [2, 0]}, {"t": [2, 1]}, {"t": [2, 2]}]}})");
  CHECK_CALL("box", R"([{"s": [{"t": [0, {"t": [1]}]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("box", R"([{"s": [{"t": [{"t": [1]}, 0]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("box", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("box", R"([{"s": [{"t": [1000000000, 1000000000]}, {"t": [0, 0]}]}])",
             R"({"err": "ResourceLimit"})");
}

TEST_CASE("gravitate moves a source next to a destination", "[prim][gravitate]") {
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [0, 5]}]}])",
             R"({"ok": {"t": [0, 4]}})");
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 5]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"t": [0, -4]}})");
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [6, 0]}]}])",
             R"({"ok": {"t": [5, 0]}})");
  CHECK_CALL(
      "gravitate",
      R"([{"s": [{"t": [1, {"t": [8, 2]}]}, {"t": [1, {"t": [8, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 2]}]}]}])",
      R"({"ok": {"t": [-7, 0]}})");
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [0, 1]}]}])",
             R"({"ok": {"t": [0, 0]}})");
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [0, 100]}]}])",
             R"({"ok": {"t": [0, 42]}})");
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [3, 4]}]}])",
             R"({"ok": {"t": [0, 42]}})");
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"t": [-1, 0]}})");
  CHECK_CALL("gravitate", R"([{"s": []}, {"s": [{"t": [0, 0]}]}])", R"({"err": "ValueError"})");
  CHECK_CALL("gravitate", R"([{"s": [{"t": [0, 0]}]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("gravitate",
             R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [5, 6]}]}, {"s": [{"t": [9, 9]}]}])",
             R"({"ok": {"t": [0, 42]}})");
  CHECK_CALL(
      "gravitate",
      R"([{"s": [{"t": [1, {"t": [-5, -5]}]}, {"t": [1, {"t": [-4, -5]}]}]}, {"s": [{"t": [-5, 2]}]}])",
      R"({"ok": {"t": [0, 6]}})");
}

namespace {

// Indices for an n x n square at (top, left), in the oracle's encoding.
std::string square_patch(int n, int top, int left) {
  std::string s = R"({"s": [)";
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j) {
      if (i || j) s += ", ";
      s += R"({"t": [)" + std::to_string(top + i) + ", " + std::to_string(left + j) + "]}";
    }
  return s + "]}";
}

}  // namespace

TEST_CASE("manhattan adjacent and gravitate charge quadratic work",
          "[prim][manhattan][adjacent][gravitate]") {
  const std::string args = "[" + square_patch(20, 0, 0) + ", " + square_patch(20, 0, 30) + "]";
  arcjit::Limits small;
  small.max_lane_work = 100'000;  // 400 x 400 pairs = 160000 per distance
  {
    arcjit::LaneScope lane(small);
    CHECK_CALL("manhattan", args.c_str(), R"({"err": "ResourceLimit"})");
  }
  {
    arcjit::LaneScope lane(small);
    CHECK_CALL("adjacent", args.c_str(), R"({"err": "ResourceLimit"})");
  }
  {
    arcjit::LaneScope lane(small);
    CHECK_CALL("gravitate", args.c_str(), R"({"err": "ResourceLimit"})");
  }
  arcjit::LaneScope lane(arcjit::Limits{});
  CHECK_CALL("manhattan", args.c_str(), R"({"ok": 11})");
  CHECK_CALL("adjacent", args.c_str(), R"({"ok": false})");
  CHECK_CALL("gravitate", args.c_str(), R"({"ok": {"t": [0, 10]}})");
}
