// The differential fuzzer's own parts (tools/difftest): generated arguments decode with our decoder
// and round-trip through encode_json, generation is deterministic, shrinking finds a minimal
// failing call, and the oracle pipe survives a request that hangs.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>

#include "kernels/cpu/call.h"
#include "runtime/canon.h"
#include "runtime/limits.h"
#include "runtime/value_json.h"
#include "tools/difftest/generators.h"
#include "tools/difftest/oracle_pipe.h"
#include "tools/difftest/ours.h"
#include "tools/difftest/runner.h"
#include "tools/difftest/shrink.h"

using namespace arcjit;
using namespace arcjit::difftest;

namespace {

const Corpus& test_corpus() {
  static const Corpus c = [] {
    Corpus k;
    if (std::filesystem::is_directory(ARCJIT_ARC_DATA)) k.grids = load_arc_grids(ARCJIT_ARC_DATA);
    return k;
  }();
  return c;
}

bool has_function(const json& j) {
  if (is_fn(j) || is_call(j)) return true;
  if (is_container(j))
    for (const json& e : items(j))
      if (has_function(e)) return true;
  return false;
}

bool has_set(const json& j) {
  if (is_fset(j)) return true;
  if (is_tup(j))
    for (const json& e : items(j))
      if (has_set(e)) return true;
  return false;
}

Value decode(const json& j) {
  std::function<Value(const json&)> resolve = [&](const json& f) -> Value {
    if (f.contains("f")) return prim_value(*op_from_name(f["f"].get<std::string>()));
    return Value::error(ErrKind::TypeError);  // closures are not this test's business
  };
  return decode_json(j, resolve);
}

}  // namespace

TEST_CASE("difftest: generated arguments decode and round-trip through encode_json", "[difftest]") {
  Generator gen(test_corpus());
  int checked = 0;
  for (int k = 0; k < kNumOps; ++k) {
    const Op op = static_cast<Op>(k);
    for (int n = 0; n < 12; ++n) {
      gen.reseed(call_seed(7, k * 100 + n));
      const std::vector<json> args = gen.args(op, 0.15);
      REQUIRE(int(args.size()) == op_info(op).arity);
      for (const json& a : args) {
        INFO(op_info(op).name << " " << a.dump());
        LaneScope lane{Limits{}};
        Value v;
        REQUIRE_NOTHROW(v = decode(a));
        if (has_function(a)) continue;
        auto enc = encode_json(v);
        REQUIRE(enc.has_value());
        if (!has_set(a)) CHECK(*enc == a);  // tuples and ints come back as sent
        const Value again = decode(*enc);   // sets come back canonical: a fixed point
        CHECK(py_eq(again, v));
        CHECK(encode_json(again) == enc);
        ++checked;
      }
    }
  }
  CHECK(checked > 1000);
}

TEST_CASE("difftest: call k's arguments depend only on the seed and k", "[difftest]") {
  Generator a(test_corpus()), b(test_corpus());
  for (int k = 0; k < 200; ++k) {
    const Op op = static_cast<Op>(k % kNumOps);
    a.reseed(call_seed(3, k));
    b.reseed(call_seed(3, k));
    CHECK(json(a.args(op, 0.5)) == json(b.args(op, 0.5)));
  }
}

TEST_CASE("difftest: our side answers in the oracle's encoding", "[difftest]") {
  const Op add = *op_from_name("add");
  CHECK(run_ours(add, json::parse(R"([1, {"t": [2, 3]}])")).answer == R"({"ok":{"t":[3,4]}})");
  CHECK(run_ours(add, json::parse("[true, 2]")).answer == R"({"ok":3})");
  CHECK(run_ours(*op_from_name("divide"), json::parse("[1, 0]")).answer ==
        R"({"err":"ZeroDivisionError"})");
  // An argument that fails to build: add(1, ()) raises IndexError inside the argument.
  OurAnswer bad = run_ours(add, json::parse(R"([{"call": "add", "args": [1, {"t": []}]}, 1])"));
  CHECK(bad.arg_failed);
  CHECK(bad.builder == "add");
  CHECK(answer_kind(bad.answer) == "IndexError");
  CHECK(answer_kind(normalize(R"({"ok": 1})")) == "ok");
  CHECK(answer_kind(normalize(R"({"bad_request": "x"})")) == "bad_request");
}

TEST_CASE("difftest: shrinking keeps the failure and ends minimal", "[difftest]") {
  // "Fails" while the first argument holds a 7 among its elements.
  auto holds7 = [](const json& a) {
    if (!is_container(a)) return false;
    for (const json& e : items(a))
      if (e == json(7)) return true;
    return false;
  };
  auto keeps = [&](const std::vector<Args>& cands) {
    std::vector<bool> r;
    for (const Args& c : cands) r.push_back(holds7(c[0]));
    return r;
  };
  std::vector<json> many;
  for (int k = 0; k < 40; ++k) many.push_back(k % 13);
  Args start = {tup(many), fset({1, 2, 3}), 100};
  Args small = shrink(start, keeps, 1000);
  CHECK(json(small) == json::parse(R"([{"t": [7]}, {"s": []}, 0])"));
}

TEST_CASE("difftest: the oracle pipe answers in order and survives a hanging request",
          "[difftest]") {
  if (std::system("python3 -c pass") != 0) {
    WARN("python3 not found: oracle pipe test skipped");
    return;
  }
  const std::filesystem::path dir = std::filesystem::temp_directory_path();
  // One file per process: ctest may run this test of two build trees at once.
  const std::string script =
      (dir / ("arcjit_difftest_fake_oracle_" + std::to_string(::getpid()) + ".py")).string();
  std::ofstream(script) << "import sys, time\n"
                           "for line in sys.stdin:\n"
                           "    if 'hang' in line:\n"
                           "        time.sleep(60)\n"
                           "    print('echo ' + line.strip(), flush=True)\n";
  OracleConfig cfg;
  cfg.script = script;
  cfg.dsl = "unused";
  // Long enough for a restarted python3 to start and answer on a loaded 2-core machine; the
  // hanging request sleeps far longer.
  cfg.timeout_s = 4.0;
  OraclePipe pipe(cfg);
  const auto out = pipe.run({"a", "b", "hang", "c"});
  REQUIRE(out.size() == 4);
  CHECK(out[0] == std::optional<std::string>("echo a"));
  CHECK(out[1] == std::optional<std::string>("echo b"));
  CHECK_FALSE(out[2].has_value());
  CHECK(out[3] == std::optional<std::string>("echo c"));
  CHECK(pipe.restarts() == 1);
  CHECK(pipe.run({"d"})[0] == std::optional<std::string>("echo d"));
  std::filesystem::remove(script);
}
