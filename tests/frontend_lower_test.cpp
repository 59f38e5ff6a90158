// Lowering program files into the trace IR: name resolution, op-table checks (arity, keywords),
// batt guards, lambdas; every error names file, line and column, and nothing is added then.
#include <catch2/catch.hpp>

#include <string>

#include "frontends/python/lower.h"
#include "frontends/python/parser.h"
#include "runtime/eager.h"
#include "runtime/value_repr.h"

using namespace arcjit;
using namespace arcjit::frontend;

namespace {

// The diagnostics of lowering `text` (which must parse), as compiler-style lines.
std::string lower_errors(std::string_view text) {
  ParseResult parsed = parse_program(text, "bad.py");
  REQUIRE(parsed.ok());
  Workload w;
  std::vector<Diagnostic> diags = lower_module(*parsed.module, w);
  CHECK(w.programs.empty());  // an error adds nothing
  return format_diagnostics(diags);
}

// Runs the single program of `text` on one input grid with the eager executor.
RunOutput run_on(std::string_view text, const Value& grid, Workload& w) {
  ParseResult parsed = parse_program(text, "ok.py");
  REQUIRE(parsed.ok());
  REQUIRE(lower_module(*parsed.module, w).empty());
  Lane lane;
  lane.inputs[size_t(InputSlot::I)] = grid;
  lane.inputs[size_t(InputSlot::S)] = make_tuple({make_pair(grid, grid)});
  w.lanes.push_back(lane);
  w.runs.push_back(Run{0, 0});
  return EagerExecutor(w).run_one(w.runs[0], Limits{});
}

const Value kGrid = make_grid(2, 3, {1, 1, 2, 0, 1, 2});

}  // namespace

TEST_CASE("unknown names are errors at their location", "[frontend][lower]") {
  CHECK(lower_errors("def solve_x(I):\n    x1 = objectz(I, T, F, T)\n    return x1\n") ==
        "bad.py:2:10: error: unknown name 'objectz'\n");
  CHECK(lower_errors("def solve_x(I):\n    return fill(I, FOURTEEN, x9)\n") ==
        "bad.py:2:20: error: unknown name 'FOURTEEN'\n");
}

TEST_CASE("arity and keyword arguments are checked against the op table", "[frontend][lower]") {
  CHECK(lower_errors("def solve_x(I):\n    return objects(I, T, F)\n") ==
        "bad.py:2:12: error: 'objects' is missing argument 'without_bg' (takes 4)\n");
  CHECK(lower_errors("def solve_x(I):\n    return rot90(I, I)\n") ==
        "bad.py:2:12: error: 'rot90' takes 1 argument, 2 given\n");
  CHECK(lower_errors("def solve_x(I):\n    return fill(I, ONE, patch=I, colour=2)\n") ==
        "bad.py:2:34: error: 'fill' has no parameter 'colour' (parameters: grid value patch)\n");
  CHECK(lower_errors("def solve_x(I):\n    return shift(I, (0, 1), patch=I)\n") ==
        "bad.py:2:29: error: 'shift' got argument 'patch' twice\n");
  CHECK(lower_errors("def solve_x(I):\n    f = rot90\n    return f(grid=I)\n") ==
        "bad.py:3:14: error: keyword arguments need a DSL primitive as the callee\n");
}

TEST_CASE("program shapes and statements are checked", "[frontend][lower]") {
  CHECK(lower_errors("def solve_x(I, J):\n    return I\n") ==
        "bad.py:1:1: error: 'solve_x' must take exactly one parameter (the input grid I), or be "
        "batt(task_id, S, I, C, log_path); it takes 2\n");
  CHECK(lower_errors("def solve_x(I):\n    x1 = rot90(I)\n") ==
        "bad.py:1:1: error: 'solve_x' has no return statement\n");
  CHECK(lower_errors("def solve_x(I):\n    return astuple('a', I)\n") ==
        "bad.py:2:20: error: a string literal may only appear in an append tuple\n");
  CHECK(lower_errors("def solve_x(I):\n    o = []\n    return o\n") ==
        "bad.py:3:12: error: list 'o' can only be appended to or returned\n");
}

TEST_CASE("batt files: guards, appends and returns are checked", "[frontend][lower]") {
  const char* head = "def batt(task_id, S, I, C, log_path):\n    o = []\n    s = []\n";
  CHECK(lower_errors(std::string(head) +
                     "    try:\n        t1 = rot90(I)\n    except (TypeError, Oops):\n"
                     "        t1 = ()\n    return o, s\n") ==
        "bad.py:6:24: error: unknown exception class 'Oops'\n");
  CHECK(lower_errors(std::string(head) + "    try:\n        t1 = rot90(I)\n    except TypeError:\n"
                                         "        t1 = rot90(I)\n    return o, s\n") ==
        "bad.py:7:14: error: an except clause must assign a constant (a safe default)\n");
  CHECK(lower_errors(std::string(head) + "    x.append((1, I))\n    return o, s\n") ==
        "bad.py:4:5: error: 'x' is not a list: start it with `x = []`\n");
  CHECK(lower_errors(std::string(head) + "    return o\n") ==
        "bad.py:4:5: error: batt must return its two lists: `return o, s` or `return s, o`\n");
  CHECK(lower_errors("def batt(task_id, S, I):\n    return I\n") ==
        "bad.py:1:1: error: batt takes five parameters (task_id, S, I, C, log_path), not 3\n");
}

TEST_CASE("one bad function reports and nothing of the file is added", "[frontend][lower]") {
  std::string text =
      "def solve_a(I):\n    return rot90(I)\n\ndef solve_b(I):\n    return nosuch(I)\n";
  CHECK(lower_errors(text) == "bad.py:5:12: error: unknown name 'nosuch'\n");
}

TEST_CASE("keyword arguments, lambdas and tuples run like Python", "[frontend][lower]") {
  Workload w;
  RunOutput out = run_on(
      "def solve_x(I):\n"
      "    pick = lambda c: ofcolor(grid=I, value=c)\n"    // captures I
      "    x1 = apply(lambda p: size(pick(p)), (1, 2))\n"  // a lambda calling a lambda
      "    x2 = (x1, size(I), T)\n"
      "    return x2\n",
      kGrid, w);
  CHECK(repr(out.value) == "((3, 2), 2, True)");
}

TEST_CASE("an error in any statement ends a solver run, first in order", "[frontend][lower]") {
  Workload w;
  RunOutput out =
      run_on("def solve_x(I):\n    x1 = first(frozenset())\n    x2 = divide(1, 0)\n    return I\n",
             kGrid, w);
  REQUIRE(out.value.is_err());
  CHECK(out.value.err() == ErrKind::StopIteration);
}

TEST_CASE("batt guards replace caught kinds and let others end the run", "[frontend][lower]") {
  std::string head =
      "def batt(task_id, S, I, C, log_path):\n    o = []\n    s = []\n"
      "    try:\n        t1 = first(frozenset())\n"
      "    except (TypeError, StopIteration):\n        t1 = -1\n"
      "    o.append((1, 'cand', task_id, t1))\n";
  Workload w1;
  RunOutput ok = run_on(head + "    return o, s\n", kGrid, w1);
  REQUIRE_FALSE(ok.value.is_err());
  REQUIRE(ok.appended.size() == 2);  // the literal 1 and t1; strings and task_id are static
  CHECK(repr(ok.appended[1]) == "-1");
  Workload w2;
  RunOutput bad = run_on(head +
                             "    try:\n        t2 = divide(1, 0)\n"
                             "    except TypeError:\n        t2 = 0\n    return o, s\n",
                         kGrid, w2);
  REQUIRE(bad.value.is_err());
  CHECK(bad.value.err() == ErrKind::ZeroDivisionError);
}
