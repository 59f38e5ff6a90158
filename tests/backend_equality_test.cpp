// Every backend answers the same: the bundled example programs (solvers under the all pairing,
// and the batt file) on real ARC training tasks, eager against the batched cpu executor under
// both planning strategies, run by run, values and error kinds, under default limits, under
// limits tight enough that many runs end in ResourceLimit, and with map regions capped so that
// calls fall back to eager evaluation.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>

#include "compiler/flatten.h"
#include "compiler/planner.h"
#include "frontends/pairing.h"
#include "frontends/python/lower.h"
#include "runtime/batched.h"
#include "runtime/canon.h"
#include "runtime/eager.h"

using namespace arcjit;
namespace fs = std::filesystem;

namespace {

const fs::path kExamples =
    fs::path(ARCJIT_TEST_PROGRAMS) / ".." / ".." / ".." / "examples" / "programs";

std::vector<Task> some_tasks(size_t n) {
  TaskSet set = load_task_dir(fs::path(ARCJIT_ARC_DATA) / "training");
  REQUIRE(set.errors.empty());
  set.tasks.resize(std::min(n, set.tasks.size()));
  return set.tasks;
}

bool same(const RunOutput& a, const RunOutput& b) {
  if (a.value.is_err() != b.value.is_err()) return false;
  if (a.value.is_err() && a.value.err() != b.value.err()) return false;
  if (!a.value.is_err() && !py_eq(a.value, b.value)) return false;
  if (a.appended.size() != b.appended.size()) return false;
  for (size_t k = 0; k < a.appended.size(); ++k)
    if (!py_eq(a.appended[k], b.appended[k])) return false;
  return true;
}

struct Setting {
  std::string what;
  Limits limits;
  int64_t max_space_per_lane = 1'000'000;
};

// Tight limits make many lanes hit ResourceLimit inside map regions, where the batched backend
// replays each element's recorded cost: they must end on the same lanes as eager's. A tiny cap on
// a region's elements per lane sends calls to the eager fallback instead.
std::vector<Setting> settings() {
  Limits tight;
  tight.max_lane_work = 300;
  tight.max_lane_elements = 600;
  std::vector<Setting> out = {{"default limits", Limits{}},
                              {"tight limits", tight},
                              {"regions capped at 8 elements per lane", Limits{}, 8}};
  // A sweep of each limit alone: a cost charged wrong anywhere (a replayed element, a fused
  // body, a fold's own work) moves some lane across one of these thresholds.
  for (int64_t e : {60, 300, 1500, 6000}) {
    Limits l;
    l.max_lane_elements = e;
    out.push_back({"max_lane_elements " + std::to_string(e), l});
  }
  for (int64_t k : {1000, 100000}) {
    Limits l;
    l.max_lane_work = k;
    out.push_back({"max_lane_work " + std::to_string(k), l});
  }
  return out;
}

void check_backends_agree(const std::string& file, Pairing pairing) {
  Workload w;
  REQUIRE(frontend::load_program_file((kExamples / file).string(), w).empty());
  PairingOptions po;
  po.pairing = pairing;
  pair_runs(w, some_tasks(60), po);
  REQUIRE(w.runs.size() > 100);
  for (const Setting& st : settings()) {
    ExecOptions eo;
    eo.threads = 2;
    eo.lanes_per_chunk = 37;
    eo.limits = st.limits;
    eo.max_space_per_lane = st.max_space_per_lane;
    std::vector<RunOutput> eager = EagerExecutor(w).run(eo);
    FlatWorkload fw = flatten(w, eo.limits);
    size_t limited = 0;
    for (const RunOutput& o : eager)
      limited += o.value.is_err() && o.value.err() == ErrKind::ResourceLimit;
    if (st.what == "tight limits") CHECK(limited > 0);
    for (PlanStrategy s : {PlanStrategy::Depth, PlanStrategy::Agenda}) {
      Plan plan = make_plan(w, fw, s);
      // Chunks of 37 lanes (several, not aligned with tasks), or chunks cut by their lanes'
      // cells, a few lanes each.
      ExecOptions co = eo;
      co.cells_per_chunk = s == PlanStrategy::Depth ? INT64_MAX : 300;
      BatchedStats stats;
      std::vector<RunOutput> cpu = BatchedExecutor(w, fw, plan).run(co, &stats);
      REQUIRE(cpu.size() == eager.size());
      size_t differ = 0, errors = 0;
      for (size_t k = 0; k < cpu.size(); ++k) {
        differ += !same(cpu[k], eager[k]);
        errors += eager[k].value.is_err();
      }
      INFO(file << ", " << st.what << ", strategy " << strategy_name(s) << ", " << cpu.size()
                << " runs, " << limited << " ResourceLimit");
      CHECK(differ == 0);
      CHECK(errors < cpu.size());  // the comparison covers values, not only errors
      if (st.max_space_per_lane < 100) CHECK(stats.eager_fallbacks > 0);
    }
  }
}

}  // namespace

TEST_CASE("eager and cpu agree on the example solvers, every program on every input",
          "[backends]") {
  check_backends_agree("solvers.py", Pairing::All);
}

TEST_CASE("eager and cpu agree on the example batt file", "[backends]") {
  check_backends_agree("batt.py", Pairing::Batt);
}

// One Reduce node stands for the same call made at several depths, and every program still
// gets its own answer under call-depth limits that bite: regions capped at one element send the
// map to its eager call, which calls the function at the node's depth; calls past the limit are
// not inlined, so they fail as eager's do.
TEST_CASE("a call merged across depths answers each depth under the call-depth limit",
          "[backends]") {
  Workload w;
  REQUIRE(
      frontend::load_program_file((fs::path(ARCJIT_TEST_PROGRAMS) / "call_depths.py").string(), w)
          .empty());
  PairingOptions po;
  po.pairing = Pairing::All;
  pair_runs(w, some_tasks(20), po);
  bool split_seen = false;
  for (int64_t depth = 1; depth <= 12; ++depth)
    for (int64_t cap : {int64_t(1), int64_t(1'000'000)}) {
      ExecOptions eo;
      eo.threads = 2;
      eo.limits.max_call_depth = depth;
      eo.max_space_per_lane = cap;
      const std::vector<RunOutput> eager = EagerExecutor(w).run(eo);
      FlatWorkload fw = flatten(w, eo.limits);
      const std::vector<RunOutput> cpu =
          BatchedExecutor(w, fw, make_plan(w, fw, PlanStrategy::Depth)).run(eo);
      size_t differ = 0, split = 0;
      for (size_t k = 0; k < cpu.size(); ++k) differ += !same(cpu[k], eager[k]);
      // Runs come program-major: the shallow program's run k pairs with the deep one's.
      const size_t half = cpu.size() / 2;
      for (size_t k = 0; k < half; ++k)
        split += !eager[k].value.is_err() && eager[half + k].value.is_err() &&
                 eager[half + k].value.err() == ErrKind::ResourceLimit;
      INFO("max_call_depth " << depth << ", region cap " << cap);
      CHECK(differ == 0);
      split_seen = split_seen || split > 0;
    }
  CHECK(split_seen);
}
