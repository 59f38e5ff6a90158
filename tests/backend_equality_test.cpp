// Every backend answers the same: the bundled example programs (solvers under the all pairing,
// and the batt file) on real ARC training tasks, eager against the batched cpu executor under
// both planning strategies, run by run, values and error kinds.
#include <catch2/catch.hpp>

#include <filesystem>

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

void check_backends_agree(const std::string& file, Pairing pairing) {
  Workload w;
  REQUIRE(frontend::load_program_file((kExamples / file).string(), w).empty());
  PairingOptions po;
  po.pairing = pairing;
  pair_runs(w, some_tasks(60), po);
  REQUIRE(w.runs.size() > 100);
  ExecOptions eo;
  eo.threads = 2;
  eo.lanes_per_chunk = 37;  // several chunks, not aligned with tasks
  std::vector<RunOutput> eager = EagerExecutor(w).run(eo);
  for (PlanStrategy s : {PlanStrategy::Depth, PlanStrategy::Agenda}) {
    Plan plan = make_plan(w, s);
    std::vector<RunOutput> cpu = BatchedExecutor(w, plan).run(eo);
    REQUIRE(cpu.size() == eager.size());
    size_t differ = 0, errors = 0;
    for (size_t k = 0; k < cpu.size(); ++k) {
      differ += !same(cpu[k], eager[k]);
      errors += eager[k].value.is_err();
    }
    INFO(file << " strategy " << strategy_name(s) << ", " << cpu.size() << " runs");
    CHECK(differ == 0);
    CHECK(errors < cpu.size());  // the comparison covers values, not only errors
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
