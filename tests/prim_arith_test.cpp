// Reference kernels of the arithmetic family against answers produced by the oracle
// (canon_dsl.py serve), including Python's error kinds for ill-typed calls.
#include <catch2/catch.hpp>

#include "tests/support/test_values.h"

TEST_CASE("identity", "[prim][identity]") {
  CHECK_CALL("identity", R"([{"t": [1, 2]}])", R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("identity", R"([{"s": [3]}])", R"({"ok": {"s": [3]}})");
  CHECK_CALL("identity", R"([true])", R"({"ok": true})");
}

TEST_CASE("add", "[prim][add]") {
  CHECK_CALL("add", R"([1, 2])", R"({"ok": 3})");
  CHECK_CALL("add", R"([{"t": [1, 2]}, {"t": [3, 4]}])", R"({"ok": {"t": [4, 6]}})");
  CHECK_CALL("add", R"([1, {"t": [3, 4]}])", R"({"ok": {"t": [4, 5]}})");
  CHECK_CALL("add", R"([{"t": [3, 4]}, -1])", R"({"ok": {"t": [2, 3]}})");
  CHECK_CALL("add", R"([true, true])", R"({"ok": 2})");
  CHECK_CALL("add", R"([{"t": [{"t": [1]}, {"t": [2]}]}, {"t": [{"t": [3]}, {"t": [4]}]}])",
             R"({"ok": {"t": [{"t": [1, 3]}, {"t": [2, 4]}]}})");
  CHECK_CALL("add", R"([{"s": [1]}, 1])", R"({"err": "TypeError"})");
  CHECK_CALL("add", R"([{"t": [1]}, 2])", R"({"err": "IndexError"})");
  CHECK_CALL("add", R"([{"t": []}, {"s": [1]}])", R"({"err": "IndexError"})");
}

TEST_CASE("subtract", "[prim][subtract]") {
  CHECK_CALL("subtract", R"([5, 7])", R"({"ok": -2})");
  CHECK_CALL("subtract", R"([{"t": [1, 2]}, {"t": [3, 5]}])", R"({"ok": {"t": [-2, -3]}})");
  CHECK_CALL("subtract", R"([10, {"t": [3, 4]}])", R"({"ok": {"t": [7, 6]}})");
  CHECK_CALL("subtract", R"([{"t": [3, 4]}, 1])", R"({"ok": {"t": [2, 3]}})");
  CHECK_CALL("subtract", R"([{"t": [{"t": [1]}, 2]}, 1])", R"({"err": "TypeError"})");
}

TEST_CASE("multiply", "[prim][multiply]") {
  CHECK_CALL("multiply", R"([3, -4])", R"({"ok": -12})");
  CHECK_CALL("multiply", R"([{"t": [1, 2]}, {"t": [3, 4]}])", R"({"ok": {"t": [3, 8]}})");
  CHECK_CALL("multiply", R"([2, {"t": [3, 4]}])", R"({"ok": {"t": [6, 8]}})");
  CHECK_CALL("multiply", R"([{"t": [{"t": [1, 2]}, {"t": [3]}]}, 2])",
             R"({"ok": {"t": [{"t": [1, 2, 1, 2]}, {"t": [3, 3]}]}})");
  CHECK_CALL("multiply", R"([{"s": [1]}, 2])", R"({"err": "TypeError"})");
}

TEST_CASE("divide", "[prim][divide]") {
  CHECK_CALL("divide", R"([7, 2])", R"({"ok": 3})");
  CHECK_CALL("divide", R"([-7, 2])", R"({"ok": -4})");
  CHECK_CALL("divide", R"([7, 0])", R"({"err": "ZeroDivisionError"})");
  CHECK_CALL("divide", R"([{"t": [7, -7]}, {"t": [2, 2]}])", R"({"ok": {"t": [3, -4]}})");
  CHECK_CALL("divide", R"([9, {"t": [2, -4]}])", R"({"ok": {"t": [4, -3]}})");
  CHECK_CALL("divide", R"([{"t": [9, 8]}, 3])", R"({"ok": {"t": [3, 2]}})");
  CHECK_CALL("divide", R"([{"t": [1, 2]}, {"t": [0, 1]}])", R"({"err": "ZeroDivisionError"})");
}

TEST_CASE("invert", "[prim][invert]") {
  CHECK_CALL("invert", R"([5])", R"({"ok": -5})");
  CHECK_CALL("invert", R"([{"t": [1, -2]}])", R"({"ok": {"t": [-1, 2]}})");
  CHECK_CALL("invert", R"([true])", R"({"ok": -1})");
  CHECK_CALL("invert", R"([{"s": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("invert", R"([{"t": [{"t": []}, 1]}])", R"({"err": "TypeError"})");
}

TEST_CASE("even", "[prim][even]") {
  CHECK_CALL("even", R"([4])", R"({"ok": true})");
  CHECK_CALL("even", R"([-3])", R"({"ok": false})");
  CHECK_CALL("even", R"([true])", R"({"ok": false})");
  CHECK_CALL("even", R"([{"t": [2, 2]}])", R"({"err": "TypeError"})");
}

TEST_CASE("double", "[prim][double]") {
  CHECK_CALL("double", R"([4])", R"({"ok": 8})");
  CHECK_CALL("double", R"([{"t": [1, -2]}])", R"({"ok": {"t": [2, -4]}})");
  CHECK_CALL("double", R"([{"t": [{"t": [1]}, {"t": [2, 3]}]}])",
             R"({"ok": {"t": [{"t": [1, 1]}, {"t": [2, 3, 2, 3]}]}})");
  CHECK_CALL("double", R"([{"s": []}])", R"({"err": "TypeError"})");
}

TEST_CASE("halve", "[prim][halve]") {
  CHECK_CALL("halve", R"([5])", R"({"ok": 2})");
  CHECK_CALL("halve", R"([-5])", R"({"ok": -3})");
  CHECK_CALL("halve", R"([{"t": [3, -3]}])", R"({"ok": {"t": [1, -2]}})");
  CHECK_CALL("halve", R"([{"t": [1]}])", R"({"err": "IndexError"})");
}

TEST_CASE("flip", "[prim][flip]") {
  CHECK_CALL("flip", R"([true])", R"({"ok": false})");
  CHECK_CALL("flip", R"([0])", R"({"ok": true})");
  CHECK_CALL("flip", R"([{"t": []}])", R"({"ok": true})");
  CHECK_CALL("flip", R"([{"s": [1]}])", R"({"ok": false})");
  CHECK_CALL("flip", R"([{"f": "add"}])", R"({"ok": false})");
}

TEST_CASE("equality", "[prim][equality]") {
  CHECK_CALL("equality", R"([1, true])", R"({"ok": true})");
  CHECK_CALL("equality", R"([{"t": [1, 2]}, {"t": [1, 2]}])", R"({"ok": true})");
  CHECK_CALL("equality", R"([{"s": [1, 2]}, {"s": [2, 1]}])", R"({"ok": true})");
  CHECK_CALL("equality", R"([{"t": [1]}, {"s": [1]}])", R"({"ok": false})");
  CHECK_CALL("equality", R"([{"f": "add"}, {"f": "add"}])", R"({"ok": true})");
}

TEST_CASE("contained", "[prim][contained]") {
  CHECK_CALL("contained", R"([1, {"t": [1, 2]}])", R"({"ok": true})");
  CHECK_CALL("contained", R"([true, {"s": [1]}])", R"({"ok": true})");
  CHECK_CALL("contained", R"([{"t": [0, 1]}, {"s": [{"t": [0, 1]}]}])", R"({"ok": true})");
  CHECK_CALL("contained", R"([1, 5])", R"({"err": "TypeError"})");
  CHECK_CALL("contained", R"([{"t": [1]}, {"t": [{"t": [1]}]}])", R"({"ok": true})");
}

TEST_CASE("greater", "[prim][greater]") {
  CHECK_CALL("greater", R"([3, 2])", R"({"ok": true})");
  CHECK_CALL("greater", R"([2, 2])", R"({"ok": false})");
  CHECK_CALL("greater", R"([{"t": [1, 3]}, {"t": [1, 2]}])", R"({"ok": true})");
  CHECK_CALL("greater", R"([{"s": [1, 2]}, {"s": [1]}])", R"({"ok": true})");
  CHECK_CALL("greater", R"([{"s": [1, 2]}, {"s": [3]}])", R"({"ok": false})");
  CHECK_CALL("greater", R"([1, {"t": [1]}])", R"({"err": "TypeError"})");
}

TEST_CASE("increment", "[prim][increment]") {
  CHECK_CALL("increment", R"([1])", R"({"ok": 2})");
  CHECK_CALL("increment", R"([{"t": [1, 2]}])", R"({"ok": {"t": [2, 3]}})");
  CHECK_CALL("increment", R"([{"t": [1]}])", R"({"err": "IndexError"})");
  CHECK_CALL("increment", R"([{"s": [1, 2]}])", R"({"err": "TypeError"})");
  CHECK_CALL("increment", R"([false])", R"({"ok": 1})");
}

TEST_CASE("decrement", "[prim][decrement]") {
  CHECK_CALL("decrement", R"([1])", R"({"ok": 0})");
  CHECK_CALL("decrement", R"([{"t": [0, 0]}])", R"({"ok": {"t": [-1, -1]}})");
  CHECK_CALL("decrement", R"([{"t": [{"t": []}, 0]}])", R"({"err": "TypeError"})");
  CHECK_CALL("decrement", R"([{"t": []}])", R"({"err": "IndexError"})");
}

TEST_CASE("crement", "[prim][crement]") {
  CHECK_CALL("crement", R"([0])", R"({"ok": 0})");
  CHECK_CALL("crement", R"([3])", R"({"ok": 4})");
  CHECK_CALL("crement", R"([-3])", R"({"ok": -4})");
  CHECK_CALL("crement", R"([{"t": [0, -2]}])", R"({"ok": {"t": [0, -3]}})");
  CHECK_CALL("crement", R"([{"t": [{"t": [1]}, 1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("crement", R"([false])", R"({"ok": 0})");
  CHECK_CALL("crement", R"([{"t": [true, 5]}])", R"({"ok": {"t": [2, 6]}})");
}

TEST_CASE("sign", "[prim][sign]") {
  CHECK_CALL("sign", R"([0])", R"({"ok": 0})");
  CHECK_CALL("sign", R"([-9])", R"({"ok": -1})");
  CHECK_CALL("sign", R"([{"t": [7, 0]}])", R"({"ok": {"t": [1, 0]}})");
  CHECK_CALL("sign", R"([{"t": [{"s": []}, 1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("sign", R"([true])", R"({"ok": 1})");
}

TEST_CASE("positive", "[prim][positive]") {
  CHECK_CALL("positive", R"([1])", R"({"ok": true})");
  CHECK_CALL("positive", R"([0])", R"({"ok": false})");
  CHECK_CALL("positive", R"([{"t": [1]}])", R"({"err": "TypeError"})");
  CHECK_CALL("positive", R"([true])", R"({"ok": true})");
}

TEST_CASE("toivec", "[prim][toivec]") {
  CHECK_CALL("toivec", R"([3])", R"({"ok": {"t": [3, 0]}})");
  CHECK_CALL("toivec", R"([{"t": [1]}])", R"({"ok": {"t": [{"t": [1]}, 0]}})");
  CHECK_CALL("toivec", R"([true])", R"({"ok": {"t": [true, 0]}})");
}

TEST_CASE("tojvec", "[prim][tojvec]") {
  CHECK_CALL("tojvec", R"([3])", R"({"ok": {"t": [0, 3]}})");
  CHECK_CALL("tojvec", R"([{"s": [1]}])", R"({"ok": {"t": [0, {"s": [1]}]}})");
  CHECK_CALL("tojvec", R"([-2])", R"({"ok": {"t": [0, -2]}})");
}

TEST_CASE("both", "[prim][both]") {
  CHECK_CALL("both", R"([true, false])", R"({"ok": false})");
  CHECK_CALL("both", R"([0, {"t": [1]}])", R"({"ok": 0})");
  CHECK_CALL("both", R"([5, {"t": [1]}])", R"({"ok": {"t": [1]}})");
  CHECK_CALL("both", R"([{"s": []}, 1])", R"({"ok": {"s": []}})");
}

TEST_CASE("either", "[prim][either]") {
  CHECK_CALL("either", R"([false, 0])", R"({"ok": 0})");
  CHECK_CALL("either", R"([{"t": [1]}, 2])", R"({"ok": {"t": [1]}})");
  CHECK_CALL("either", R"([0, {"s": [1]}])", R"({"ok": {"s": [1]}})");
  CHECK_CALL("either", R"([true, false])", R"({"ok": true})");
}

TEST_CASE("astuple", "[prim][astuple]") {
  CHECK_CALL("astuple", R"([1, 2])", R"({"ok": {"t": [1, 2]}})");
  CHECK_CALL("astuple", R"([true, {"t": [1]}])", R"({"ok": {"t": [true, {"t": [1]}]}})");
  CHECK_CALL("astuple", R"([{"s": [1]}, -1])", R"({"ok": {"t": [{"s": [1]}, -1]}})");
}

TEST_CASE("branch", "[prim][branch]") {
  CHECK_CALL("branch", R"([true, 1, 2])", R"({"ok": 1})");
  CHECK_CALL("branch", R"([0, 1, 2])", R"({"ok": 2})");
  CHECK_CALL("branch", R"([{"t": []}, {"t": [1]}, {"s": [2]}])", R"({"ok": {"s": [2]}})");
  CHECK_CALL("branch", R"([{"s": [0]}, 1, 2])", R"({"ok": 1})");
}
