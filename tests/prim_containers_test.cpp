// Containers family: combine intersection difference dedupe repeat size merge maximum minimum
// mostcommon leastcommon initset totuple first last insert remove other interval product pair
// sizefilter. Expected answers come from the oracle (canon_dsl.py serve), except the
// ResourceLimit cases, which the oracle (no limits) cannot answer: those are hand-checked sizes.
#include <catch2/catch.hpp>

#include "runtime/limits.h"
#include "runtime/pyops.h"
#include "tests/support/test_values.h"

using namespace arcjit;
using arcjit::test::V;

TEST_CASE("combine", "[prim][combine]") {
  CHECK_CALL("combine", R"([{"t": [1, 2]}, {"t": [2, 3]}])", R"({"ok": {"t": [1, 2, 2, 3]}})");
  CHECK_CALL("combine", R"([{"s": [1, 2]}, {"s": [2, 3]}])", R"({"ok": {"s": [1, 2, 3]}})");
  CHECK_CALL("combine", R"([{"t": [{"t": [1, 2]}]}, {"t": [{"t": [3, 4]}]}])",
             R"({"ok": {"t": [{"t": [1, 2]}, {"t": [3, 4]}]}})");
  CHECK_CALL("combine", R"([{"t": [{"t": [1, 2]}]}, {"t": [{"t": [3]}]}])",
             R"({"ok": {"t": [{"t": [1, 2]}, {"t": [3]}]}})");
  CHECK_CALL(
      "combine",
      R"([{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}, {"t": [1, {"t": [0, 0]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("combine", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, {"t": [0, 0]}]}]}})");
  CHECK_CALL("combine", R"([{"s": [{"t": [0, 0]}, {"t": [2, 2]}]}, {"s": [{"t": [1, 1]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}, {"t": [2, 2]}]}})");
  CHECK_CALL("combine", R"([{"t": [3, 1]}, {"s": [2, 0]}])", R"({"ok": {"t": [3, 1, 0, 2]}})");
  CHECK_CALL("combine", R"([{"s": [3, 1]}, {"t": [2, 0, 2]}])", R"({"ok": {"s": [0, 1, 2, 3]}})");
  CHECK_CALL("combine", R"([{"s": [true]}, {"t": [1]}])", R"({"ok": {"s": [true]}})");
  CHECK_CALL("combine", R"([{"t": [1]}, {"s": [true]}])", R"({"ok": {"t": [1, true]}})");
  CHECK_CALL("combine", R"([{"t": []}, {"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("combine", R"([{"t": [{"t": [1, 2]}]}, {"t": []}])",
             R"({"ok": {"t": [{"t": [1, 2]}]}})");
  CHECK_CALL("combine", R"([{"t": [{"t": [1, 2]}]}, {"t": [5]}])",
             R"({"ok": {"t": [{"t": [1, 2]}, 5]}})");
  CHECK_CALL("combine", R"([{"s": [{"s": [1]}]}, {"s": [{"s": [1]}, {"s": [2]}]}])",
             R"({"ok": {"s": [{"s": [1]}, {"s": [2]}]}})");
  CHECK_CALL("combine", R"([{"s": []}, {"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("combine", R"([5, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("combine", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("combine", R"([{"f": "identity"}, {"t": [1]}])", R"({"err": "TypeError"})");
}

TEST_CASE("intersection", "[prim][intersection]") {
  CHECK_CALL("intersection", R"([{"s": [1, 2, 3]}, {"s": [2, 3, 4]}])", R"({"ok": {"s": [2, 3]}})");
  CHECK_CALL(
      "intersection",
      R"([{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("intersection",
             R"([{"s": [{"t": [0, 0]}, {"t": [1, 1]}]}, {"s": [{"t": [1, 1]}, {"t": [2, 2]}]}])",
             R"({"ok": {"s": [{"t": [1, 1]}]}})");
  CHECK_CALL("intersection", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}]}])",
             R"({"ok": {"s": []}})");
  CHECK_CALL("intersection", R"([{"s": [{"t": [0, 0]}, 5]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL("intersection", R"([{"s": []}, {"s": [1]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("intersection", R"([{"s": [true]}, {"s": [1]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("intersection", R"([{"s": [true]}, {"s": [1, 2]}])", R"({"ok": {"s": [true]}})");
  CHECK_CALL("intersection", R"([{"s": [true, 2]}, {"s": [1]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("intersection", R"([6, 3])", R"({"ok": 2})");
  CHECK_CALL("intersection", R"([true, true])", R"({"ok": true})");
  CHECK_CALL("intersection", R"([true, false])", R"({"ok": false})");
  CHECK_CALL("intersection", R"([true, 3])", R"({"ok": 1})");
  CHECK_CALL("intersection", R"([{"t": [1]}, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("intersection", R"([{"s": [1]}, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("intersection", R"([{"t": [1]}, {"s": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("intersection", R"([{"s": [1]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("intersection", R"([1, {"s": [1]}])", R"({"err": "TypeError"})");
}

TEST_CASE("difference", "[prim][difference]") {
  CHECK_CALL("difference", R"([{"s": [1, 2, 3]}, {"s": [2]}])", R"({"ok": {"s": [1, 3]}})");
  CHECK_CALL("difference", R"([{"t": [3, 1, 2, 1]}, {"t": [1]}])", R"({"ok": {"t": [3, 2]}})");
  CHECK_CALL("difference", R"([{"t": [3, 1, 2, 1]}, {"s": [1, 5]}])", R"({"ok": {"t": [3, 2]}})");
  CHECK_CALL("difference", R"([{"s": [1, 2]}, {"t": [2, 7]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL(
      "difference",
      R"([{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}]}})");
  CHECK_CALL("difference",
             R"([{"s": [{"t": [0, 0]}, {"t": [1, 1]}]}, {"s": [{"t": [1, 1]}, {"t": [2, 2]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL("difference",
             R"([{"s": [{"t": [0, 0]}, {"t": [1, 1]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("difference", R"([{"s": [{"t": [0, 0]}, {"t": [1, 1]}]}, {"t": [{"t": [1, 1]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL("difference", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}, {"t": [{"t": [1, 2]}]}])",
             R"({"ok": {"t": [{"t": [3, 4]}]}})");
  CHECK_CALL("difference", R"([{"t": [true, 2]}, {"s": [1]}])", R"({"ok": {"t": [2]}})");
  CHECK_CALL("difference", R"([{"t": []}, 5])", R"({"ok": {"t": []}})");
  CHECK_CALL("difference", R"([{"s": []}, 5])", R"({"ok": {"s": []}})");
  CHECK_CALL("difference", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("difference", R"([5, {"t": [1]}])", R"({"err": "TypeError"})");
}

TEST_CASE("dedupe", "[prim][dedupe]") {
  CHECK_CALL("dedupe", R"([{"t": [3, 1, 3, 2, 1]}])", R"({"ok": {"t": [3, 1, 2]}})");
  CHECK_CALL("dedupe", R"([{"t": [1, true, 2, 1]}])", R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("dedupe", R"([{"t": [true, 1]}])", R"({"ok": {"t": [true]}})");
  CHECK_CALL("dedupe", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}, {"t": [1, 2]}]}])",
             R"({"ok": {"t": [{"t": [1, 2]}, {"t": [3, 4]}]}})");
  CHECK_CALL("dedupe", R"([{"t": [{"s": [1]}, {"s": [1]}, {"t": [1]}]}])",
             R"({"ok": {"t": [{"s": [1]}, {"t": [1]}]}})");
  CHECK_CALL("dedupe", R"([{"t": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("dedupe", R"([{"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("dedupe", R"([{"s": [1]}])", R"({"err": "AttributeError"})");
  CHECK_CALL("dedupe", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("repeat", "[prim][repeat]") {
  CHECK_CALL("repeat", R"([7, 3])", R"({"ok": {"t": [7, 7, 7]}})");
  CHECK_CALL("repeat", R"([{"t": [1, 2]}, 2])", R"({"ok": {"t": [{"t": [1, 2]}, {"t": [1, 2]}]}})");
  CHECK_CALL("repeat", R"([{"s": [1]}, 2])", R"({"ok": {"t": [{"s": [1]}, {"s": [1]}]}})");
  CHECK_CALL("repeat", R"([true, 2])", R"({"ok": {"t": [true, true]}})");
  CHECK_CALL("repeat", R"([{"t": []}, 2])", R"({"ok": {"t": [{"t": []}, {"t": []}]}})");
  CHECK_CALL("repeat", R"([7, 0])", R"({"ok": {"t": []}})");
  CHECK_CALL("repeat", R"([7, -2])", R"({"ok": {"t": []}})");
  CHECK_CALL("repeat", R"([7, true])", R"({"ok": {"t": [7]}})");
  CHECK_CALL("repeat", R"([7, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("repeat", R"([7, 1000000000])", R"({"err": "ResourceLimit"})");
}

TEST_CASE("size", "[prim][size]") {
  CHECK_CALL("size", R"([{"t": [1, 2, 3]}])", R"({"ok": 3})");
  CHECK_CALL("size", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])", R"({"ok": 2})");
  CHECK_CALL("size", R"([{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
             R"({"ok": 2})");
  CHECK_CALL("size", R"([{"s": []}])", R"({"ok": 0})");
  CHECK_CALL("size", R"([{"t": []}])", R"({"ok": 0})");
  CHECK_CALL("size", R"([5])", R"({"err": "TypeError"})");
  CHECK_CALL("size", R"([true])", R"({"err": "TypeError"})");
}

TEST_CASE("merge", "[prim][merge]") {
  CHECK_CALL("merge", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])",
             R"({"ok": {"t": [1, 2, 3, 4]}})");
  CHECK_CALL("merge", R"([{"t": [{"t": [1, 2]}, {"t": [3]}]}])", R"({"ok": {"t": [1, 2, 3]}})");
  CHECK_CALL(
      "merge",
      R"([{"s": [{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}, {"t": [1, {"t": [0, 0]}]}]}]}])",
      R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("merge", R"([{"s": [{"s": [{"t": [0, 0]}]}, {"s": [{"t": [1, 1]}, {"t": [0, 0]}]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("merge", R"([{"s": [{"s": [{"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, {"t": [0, 0]}]}]}})");
  CHECK_CALL("merge", R"([{"s": [{"s": []}]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("merge", R"([{"s": [{"s": []}, {"s": [1]}]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("merge", R"([{"s": [{"t": [3, 1]}, {"t": [1, 2]}]}])", R"({"ok": {"s": [1, 2, 3]}})");
  CHECK_CALL("merge", R"([{"t": [{"s": [2, 1]}, {"t": [0, 5]}]}])",
             R"({"ok": {"t": [1, 2, 0, 5]}})");
  CHECK_CALL("merge", R"([{"s": [{"s": [true]}, {"s": [1, 2]}]}])", R"({"ok": {"s": [true, 2]}})");
  CHECK_CALL("merge", R"([{"t": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("merge",
             R"([{"t": [{"s": [{"t": [2, {"t": [0, 1]}]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}]}]}])",
             R"({"ok": {"t": [{"t": [2, {"t": [0, 1]}]}, {"t": [1, {"t": [0, 0]}]}]}})");
  CHECK_CALL("merge", R"([{"t": [{"t": []}, {"t": []}]}])", R"({"ok": {"t": []}})");
  CHECK_CALL("merge", R"([{"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("merge", R"([{"t": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("merge", R"([{"s": [1, {"s": [2]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("merge", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("maximum", "[prim][maximum]") {
  CHECK_CALL("maximum", R"([{"t": [3, 9, 2]}])", R"({"ok": 9})");
  CHECK_CALL("maximum", R"([{"s": [3, 9, 2]}])", R"({"ok": 9})");
  CHECK_CALL("maximum", R"([{"t": []}])", R"({"ok": 0})");
  CHECK_CALL("maximum", R"([{"s": []}])", R"({"ok": 0})");
  CHECK_CALL("maximum", R"([{"t": [true, 1]}])", R"({"ok": true})");
  CHECK_CALL("maximum", R"([{"t": [1, true]}])", R"({"ok": 1})");
  CHECK_CALL("maximum", R"([{"t": [{"t": [1, 2]}, {"t": [3, 0]}]}])", R"({"ok": {"t": [3, 0]}})");
  CHECK_CALL("maximum", R"([{"s": [{"s": [1]}, {"s": [2]}]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("maximum", R"([{"t": [1, {"t": [1]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("maximum", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("minimum", "[prim][minimum]") {
  CHECK_CALL("minimum", R"([{"t": [3, 9, 2]}])", R"({"ok": 2})");
  CHECK_CALL("minimum", R"([{"s": [3, 9, -2]}])", R"({"ok": -2})");
  CHECK_CALL("minimum", R"([{"t": []}])", R"({"ok": 0})");
  CHECK_CALL("minimum", R"([{"s": []}])", R"({"ok": 0})");
  CHECK_CALL("minimum", R"([{"t": [false, 0]}])", R"({"ok": false})");
  CHECK_CALL("minimum", R"([{"s": [{"s": [1]}, {"s": [2]}]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("minimum", R"([{"s": [{"s": [1, 2]}, {"s": [1]}]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("minimum", R"([{"s": [1, {"t": [1]}]}])", R"({"err": "TypeError"})");
  CHECK_CALL("minimum", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("mostcommon", "[prim][mostcommon]") {
  CHECK_CALL("mostcommon", R"([{"t": [1, 2, 2, 3]}])", R"({"ok": 2})");
  CHECK_CALL("mostcommon", R"([{"t": [3, 1, 3, 1]}])", R"({"ok": 1})");
  CHECK_CALL("mostcommon", R"([{"t": [1, true, true]}])", R"({"ok": 1})");
  CHECK_CALL("mostcommon", R"([{"t": [true, 1]}])", R"({"ok": true})");
  CHECK_CALL("mostcommon", R"([{"t": [{"t": [1, 2]}, {"t": [0, 0]}, {"t": [1, 2]}]}])",
             R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("mostcommon", R"([{"t": [{"t": [5]}, 7]}])", R"({"ok": 7})");
  CHECK_CALL("mostcommon", R"([{"t": [{"s": [1]}, {"t": [1]}]}])", R"({"ok": {"t": [1]}})");
  CHECK_CALL("mostcommon", R"([{"t": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("mostcommon", R"([{"s": []}])", R"({"err": "AttributeError"})");
  CHECK_CALL("mostcommon", R"([{"s": [1, 2]}])", R"({"err": "AttributeError"})");
  CHECK_CALL("mostcommon", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("leastcommon", "[prim][leastcommon]") {
  CHECK_CALL("leastcommon", R"([{"t": [3, 1, 2, 3]}])", R"({"ok": 1})");
  CHECK_CALL("leastcommon", R"([{"t": [3, 3, 2, 2, 1, 1, 1]}])", R"({"ok": 2})");
  CHECK_CALL("leastcommon", R"([{"t": [{"t": [1, 2]}, {"t": [0, 0]}, {"t": [1, 2]}]}])",
             R"({"ok": {"t": [0, 0]}})");
  CHECK_CALL("leastcommon", R"([{"t": [{"t": [5]}, 7]}])", R"({"ok": 7})");
  CHECK_CALL("leastcommon", R"([{"t": [true, 1, 2, 2]}])", R"({"ok": true})");
  CHECK_CALL("leastcommon", R"([{"t": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("leastcommon", R"([{"s": [1]}])", R"({"err": "AttributeError"})");
  CHECK_CALL("leastcommon", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("initset", "[prim][initset]") {
  CHECK_CALL("initset", R"([5])", R"({"ok": {"s": [5]}})");
  CHECK_CALL("initset", R"([{"t": [0, 0]}])", R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL("initset", R"([{"t": [1, {"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}]}})");
  CHECK_CALL("initset", R"([{"s": [1]}])", R"({"ok": {"s": [{"s": [1]}]}})");
  CHECK_CALL("initset", R"([true])", R"({"ok": {"s": [true]}})");
  CHECK_CALL("initset", R"([{"f": "identity"}])", R"({"ok": {"s": [{"callable": 1}]}})");
}

TEST_CASE("totuple", "[prim][totuple]") {
  CHECK_CALL("totuple", R"([{"s": [3, 1, 2]}])", R"({"ok": {"t": [1, 2, 3]}})");
  CHECK_CALL("totuple", R"([{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [0, {"t": [5, 5]}]}]}])",
             R"({"ok": {"t": [{"t": [0, {"t": [5, 5]}]}, {"t": [1, {"t": [0, 0]}]}]}})");
  CHECK_CALL("totuple", R"([{"s": [{"t": [1, 1]}, {"t": [0, 2]}]}])",
             R"({"ok": {"t": [{"t": [0, 2]}, {"t": [1, 1]}]}})");
  CHECK_CALL("totuple", R"([{"s": [{"s": [2]}, {"t": [0]}, 5]}])",
             R"({"ok": {"t": [5, {"t": [0]}, {"s": [2]}]}})");
  CHECK_CALL("totuple", R"([{"t": [3, 1]}])", R"({"ok": {"t": [3, 1]}})");
  CHECK_CALL("totuple", R"([{"t": [{"t": [1, 2]}]}])", R"({"ok": {"t": [{"t": [1, 2]}]}})");
  CHECK_CALL("totuple", R"([{"s": []}])", R"({"ok": {"t": []}})");
  CHECK_CALL("totuple", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("first", "[prim][first]") {
  CHECK_CALL("first", R"([{"t": [3, 1]}])", R"({"ok": 3})");
  CHECK_CALL("first", R"([{"s": [3, 1]}])", R"({"ok": 1})");
  CHECK_CALL("first", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])", R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("first", R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [1, {"t": [5, 5]}]}]}])",
             R"({"ok": {"t": [1, {"t": [5, 5]}]}})");
  CHECK_CALL("first", R"([{"s": [{"t": [2, 0]}, {"t": [1, 5]}]}])", R"({"ok": {"t": [1, 5]}})");
  CHECK_CALL("first", R"([{"t": []}])", R"({"err": "StopIteration"})");
  CHECK_CALL("first", R"([{"s": []}])", R"({"err": "StopIteration"})");
  CHECK_CALL("first", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("last", "[prim][last]") {
  CHECK_CALL("last", R"([{"t": [3, 1]}])", R"({"ok": 1})");
  CHECK_CALL("last", R"([{"s": [3, 1]}])", R"({"ok": 3})");
  CHECK_CALL("last", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])", R"({"ok": {"t": [3, 4]}})");
  CHECK_CALL("last", R"([{"s": [{"t": [2, {"t": [0, 0]}]}, {"t": [1, {"t": [5, 5]}]}]}])",
             R"({"ok": {"t": [2, {"t": [0, 0]}]}})");
  CHECK_CALL("last", R"([{"s": [{"t": [2, 0]}, {"t": [1, 5]}]}])", R"({"ok": {"t": [2, 0]}})");
  CHECK_CALL("last", R"([{"s": [{"s": [1]}, {"t": [0]}, 5]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("last", R"([{"t": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("last", R"([{"s": []}])", R"({"err": "ValueError"})");
  CHECK_CALL("last", R"([5])", R"({"err": "TypeError"})");
}

TEST_CASE("insert", "[prim][insert]") {
  CHECK_CALL("insert", R"([5, {"s": [1, 9]}])", R"({"ok": {"s": [1, 5, 9]}})");
  CHECK_CALL("insert", R"([{"t": [1, {"t": [0, 0]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}]}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("insert", R"([{"t": [1, 1]}, {"s": [{"t": [0, 0]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("insert", R"([{"t": [1, 1]}, {"s": [{"t": [2, {"t": [0, 1]}]}]}])",
             R"({"ok": {"s": [{"t": [1, 1]}, {"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("insert", R"([{"t": [0, 0]}, {"s": []}])", R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL("insert", R"([{"t": [1, {"t": [0, 0]}]}, {"s": []}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}]}})");
  CHECK_CALL("insert", R"([1, {"s": [true]}])", R"({"ok": {"s": [true]}})");
  CHECK_CALL("insert", R"([true, {"s": [1]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("insert", R"([{"t": [true, 0]}, {"s": [{"t": [1, 0]}]}])",
             R"({"ok": {"s": [{"t": [1, 0]}]}})");
  CHECK_CALL("insert", R"([{"t": [true, 0]}, {"s": [{"t": [2, 0]}]}])",
             R"({"ok": {"s": [{"t": [true, 0]}, {"t": [2, 0]}]}})");
  CHECK_CALL("insert", R"([{"t": [1, {"t": [0, true]}]}, {"s": [{"t": [1, {"t": [0, 1]}]}]}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 1]}]}]}})");
  CHECK_CALL("insert", R"([{"s": [1]}, {"s": [{"s": [2]}]}])",
             R"({"ok": {"s": [{"s": [1]}, {"s": [2]}]}})");
  CHECK_CALL("insert", R"([5, {"t": [1]}])", R"({"err": "AttributeError"})");
  CHECK_CALL("insert", R"([5, 7])", R"({"err": "AttributeError"})");
}

TEST_CASE("remove", "[prim][remove]") {
  CHECK_CALL("remove", R"([2, {"t": [1, 2, 3, 2]}])", R"({"ok": {"t": [1, 3]}})");
  CHECK_CALL("remove", R"([2, {"s": [1, 2, 3]}])", R"({"ok": {"s": [1, 3]}})");
  CHECK_CALL("remove", R"([true, {"t": [1, 2, 1]}])", R"({"ok": {"t": [2]}})");
  CHECK_CALL("remove", R"([1, {"s": [true, 2]}])", R"({"ok": {"s": [2]}})");
  CHECK_CALL(
      "remove",
      R"([{"t": [1, {"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL(
      "remove",
      R"([{"t": [true, {"t": [0, 0]}]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
      R"({"ok": {"s": [{"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("remove",
             R"([{"t": [0, 0]}, {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}])",
             R"({"ok": {"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}})");
  CHECK_CALL("remove", R"([{"t": [1, 1]}, {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL("remove", R"([{"t": [1, true]}, {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}]}})");
  CHECK_CALL("remove", R"([{"t": [5, 5]}, {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}])",
             R"({"ok": {"s": [{"t": [0, 0]}, {"t": [1, 1]}]}})");
  CHECK_CALL("remove", R"([{"t": [1, 2]}, {"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])",
             R"({"ok": {"t": [{"t": [3, 4]}]}})");
  CHECK_CALL("remove", R"([{"s": [1]}, {"s": [{"s": [1]}, {"s": [2]}]}])",
             R"({"ok": {"s": [{"s": [2]}]}})");
  CHECK_CALL("remove", R"([1, {"t": [1, 1]}])", R"({"ok": {"t": []}})");
  CHECK_CALL("remove", R"([1, {"s": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("remove", R"([1, 5])", R"({"err": "TypeError"})");
}

TEST_CASE("other", "[prim][other]") {
  CHECK_CALL("other", R"([{"t": [1, 2]}, 1])", R"({"ok": 2})");
  CHECK_CALL("other", R"([{"s": [1, 2]}, 2])", R"({"ok": 1})");
  CHECK_CALL("other", R"([{"s": [{"s": [1]}, {"s": [2]}]}, {"s": [1]}])", R"({"ok": {"s": [2]}})");
  CHECK_CALL(
      "other",
      R"([{"s": [{"t": [1, {"t": [0, 0]}]}, {"t": [2, {"t": [0, 1]}]}]}, {"t": [2, {"t": [0, 1]}]}])",
      R"({"ok": {"t": [1, {"t": [0, 0]}]}})");
  CHECK_CALL("other", R"([{"t": [2, 2]}, 2])", R"({"err": "StopIteration"})");
  CHECK_CALL("other", R"([{"s": [1, 3, 5]}, 9])", R"({"ok": 1})");
  CHECK_CALL("other", R"([{"s": []}, 1])", R"({"err": "StopIteration"})");
  CHECK_CALL("other", R"([5, 1])", R"({"err": "TypeError"})");
}

TEST_CASE("interval", "[prim][interval]") {
  // Steps so large that k * step overflows 64 bits while every element fits.
  CHECK_CALL(
      "interval", R"([-9223372036854775808, 9223372036854775807, 4611686018427387904])",
      R"({"ok": {"t": [-9223372036854775808, -4611686018427387904, 0, 4611686018427387904]}})");
  CHECK_CALL(
      "interval", R"([9223372036854775807, -9223372036854775808, -4611686018427387904])",
      R"({"ok": {"t": [9223372036854775807, 4611686018427387903, -1, -4611686018427387905]}})");
  CHECK_CALL("interval", R"([0, 5, 1])", R"({"ok": {"t": [0, 1, 2, 3, 4]}})");
  CHECK_CALL("interval", R"([5, 0, -2])", R"({"ok": {"t": [5, 3, 1]}})");
  CHECK_CALL("interval", R"([0, 5, 2])", R"({"ok": {"t": [0, 2, 4]}})");
  CHECK_CALL("interval", R"([2, 2, 1])", R"({"ok": {"t": []}})");
  CHECK_CALL("interval", R"([-3, 3, 3])", R"({"ok": {"t": [-3, 0]}})");
  CHECK_CALL("interval", R"([true, 4, true])", R"({"ok": {"t": [1, 2, 3]}})");
  CHECK_CALL("interval", R"([0, 5, 0])", R"({"err": "ValueError"})");
  CHECK_CALL("interval", R"([0, {"t": [5]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("interval", R"([{"t": [0]}, 5, 0])", R"({"err": "TypeError"})");
  CHECK_CALL("interval", R"([0, 5, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("interval", R"([0, 2000000000, 1])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("interval", R"([1000000000, -1000000000, -1])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("interval", R"([0, 2000000000, 1000])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("interval", R"([-5, 5, 4])", R"({"ok": {"t": [-5, -1, 3]}})");
  CHECK_CALL("interval", R"([5, -5, -4])", R"({"ok": {"t": [5, 1, -3]}})");
}

TEST_CASE("product", "[prim][product]") {
  CHECK_CALL("product", R"([{"t": [1, 2]}, {"t": [3, 4]}])",
             R"({"ok": {"s": [{"t": [1, 3]}, {"t": [1, 4]}, {"t": [2, 3]}, {"t": [2, 4]}]}})");
  CHECK_CALL("product", R"([{"s": [0, 1]}, {"s": [5]}])",
             R"({"ok": {"s": [{"t": [0, 5]}, {"t": [1, 5]}]}})");
  CHECK_CALL("product", R"([{"t": [1, 1, 2]}, {"t": [0, 0]}])",
             R"({"ok": {"s": [{"t": [1, 0]}, {"t": [2, 0]}]}})");
  CHECK_CALL("product", R"([{"t": [{"t": [1]}, 2]}, {"t": [3]}])",
             R"({"ok": {"s": [{"t": [2, 3]}, {"t": [{"t": [1]}, 3]}]}})");
  CHECK_CALL("product", R"([{"s": [{"s": [1]}]}, {"t": [0, 1]}])",
             R"({"ok": {"s": [{"t": [{"s": [1]}, 0]}, {"t": [{"s": [1]}, 1]}]}})");
  CHECK_CALL("product", R"([{"t": [1, true]}, {"t": [2]}])", R"({"ok": {"s": [{"t": [1, 2]}]}})");
  CHECK_CALL("product", R"([{"t": [true, 1]}, {"t": [2]}])",
             R"({"ok": {"s": [{"t": [true, 2]}]}})");
  CHECK_CALL("product", R"([{"t": [3]}, {"t": [true]}])", R"({"ok": {"s": [{"t": [3, true]}]}})");
  CHECK_CALL("product", R"([{"t": []}, {"t": [1]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("product", R"([5, {"t": []}])", R"({"ok": {"s": []}})");
  CHECK_CALL("product", R"([5, {"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("product", R"([{"t": []}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("product", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
}

TEST_CASE("pair", "[prim][pair]") {
  CHECK_CALL("pair", R"([{"t": [1, 2, 3]}, {"t": [4, 5]}])",
             R"({"ok": {"t": [{"t": [1, 4]}, {"t": [2, 5]}]}})");
  CHECK_CALL("pair", R"([{"t": [1, 2]}, {"t": [{"t": [0]}, {"t": [1]}]}])",
             R"({"ok": {"t": [{"t": [1, {"t": [0]}]}, {"t": [2, {"t": [1]}]}]}})");
  CHECK_CALL("pair", R"([{"s": [3, 1]}, {"t": [7, 8]}])",
             R"({"ok": {"t": [{"t": [1, 7]}, {"t": [3, 8]}]}})");
  CHECK_CALL("pair", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}, {"t": [true, false]}])",
             R"({"ok": {"t": [{"t": [{"t": [1, 2]}, true]}, {"t": [{"t": [3, 4]}, false]}]}})");
  CHECK_CALL("pair", R"([{"t": []}, {"t": [1]}])", R"({"ok": {"t": []}})");
  CHECK_CALL("pair", R"([{"t": [1]}, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("pair", R"([5, {"t": [1]}])", R"({"err": "TypeError"})");
}

TEST_CASE("sizefilter", "[prim][sizefilter]") {
  CHECK_CALL("sizefilter", R"([{"s": [{"s": [1]}, {"s": [1, 2]}, {"s": [3]}]}, 1])",
             R"({"ok": {"s": [{"s": [1]}, {"s": [3]}]}})");
  CHECK_CALL("sizefilter", R"([{"t": [{"t": [1, 2]}, {"t": [3]}, {"t": [1, 2]}]}, 2])",
             R"({"ok": {"s": [{"t": [1, 2]}]}})");
  CHECK_CALL("sizefilter", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}, 2])",
             R"({"ok": {"s": [{"t": [1, 2]}, {"t": [3, 4]}]}})");
  CHECK_CALL("sizefilter", R"([{"s": [{"s": [1]}, {"t": []}]}, 0])",
             R"({"ok": {"s": [{"t": []}]}})");
  CHECK_CALL("sizefilter", R"([{"t": [{"t": [1]}]}, true])", R"({"ok": {"s": [{"t": [1]}]}})");
  CHECK_CALL("sizefilter", R"([{"t": [{"t": [1]}]}, {"t": [1]}])", R"({"ok": {"s": []}})");
  CHECK_CALL("sizefilter", R"([{"t": []}, 1])", R"({"ok": {"s": []}})");
  CHECK_CALL("sizefilter", R"([{"s": []}, 1])", R"({"ok": {"s": []}})");
  CHECK_CALL("sizefilter", R"([{"t": [1]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("sizefilter", R"([{"s": [{"s": [1]}, 2]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("sizefilter", R"([5, 1])", R"({"err": "TypeError"})");
}

TEST_CASE("container limits are checked before building", "[prim][interval][repeat][product]") {
  Limits small;
  small.max_container = 10;
  LaneScope scope(small);
  CHECK_CALL("interval", R"([0, 10, 1])", R"({"ok": {"t": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]}})");
  CHECK_CALL("interval", R"([0, 11, 1])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("interval", R"([10, -12, -2])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("repeat", R"([0, 11])", R"({"err": "ResourceLimit"})");
  CHECK_CALL("repeat", R"([{"t": [1]}, 11])", R"({"err": "ResourceLimit"})");
  // 4 x 3 distinct pairs exceed 10 elements; 12 pairs with duplicates collapse to 3.
  CHECK_CALL("product", R"([{"t": [1, 2, 3, 4]}, {"t": [5, 6, 7]}])",
             R"({"err": "ResourceLimit"})");
  CHECK_CALL("product", R"([{"t": [1, 1, 1, 1]}, {"t": [5, 6, 7]}])",
             R"({"ok": {"s": [{"t": [1, 5]}, {"t": [1, 6]}, {"t": [1, 7]}]}})");
}

TEST_CASE("interval at the default container limit", "[prim][interval]") {
  LaneScope scope(Limits{});
  const int64_t n = lane_budget().limits.max_container;
  Value ok = test::call("interval", "[0, " + std::to_string(n) + ", 1]");
  REQUIRE(ok.is_tuple());
  CHECK(ok.tuple().size() == n);
  CHECK(test::answer(test::call("interval", "[0, " + std::to_string(n + 1) + ", 1]")) ==
        test::normalize_answer(R"({"err": "ResourceLimit"})"));
}

TEST_CASE("fast paths keep packed layouts", "[prim][merge][combine][pair]") {
  Value objs =
      V(R"({"s": [{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}]}]})");
  CHECK(is_cells(test::call(
      "merge",
      R"([{"s": [{"s": [{"t": [1, {"t": [0, 0]}]}]}, {"s": [{"t": [2, {"t": [0, 1]}]}]}]}])")));
  CHECK(is_indices(test::call("combine", R"([{"s": [{"t": [0, 0]}]}, {"s": [{"t": [1, 1]}]}])")));
  CHECK(is_ints(test::call("merge", R"([{"t": [{"t": [1, 2]}, {"t": [3, 4]}]}])")));
  CHECK(is_grid(test::call("pair", R"([{"t": [1, 2]}, {"t": [3, 4]}])")));
  CHECK(is_indices(test::call("product", R"([{"t": [1, 2]}, {"t": [3, 4]}])")));
  CHECK(objs.set().size() == 2);
}
