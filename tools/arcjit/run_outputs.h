// What `arcjit run` writes: one JSON line per run in the oracle's encoding, and the summary
// report.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "compiler/program.h"
#include "runtime/eager.h"

namespace arcjit {

// {"program", "task", "index", "ok": value} or {..., "err": "Kind"}. A batt run's value is
// {"o": [[items...], ...], "s": [...]}: the appended tuples, string items as JSON strings.
nlohmann::json run_line(const Workload& w, const Run& r, const RunOutput& out);

// Whether the run's value equals the lane's expected output.
bool run_correct(const Workload& w, const Run& r, const RunOutput& out);

struct RunTimes {
  double load_tasks = 0, trace = 0, plan = 0, execute = 0, write = 0;
};

nlohmann::json run_report(const Workload& w, const std::vector<RunOutput>& outs,
                          const RunTimes& times, size_t task_file_errors,
                          size_t unmatched_programs);

}  // namespace arcjit
