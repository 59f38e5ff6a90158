#include "tools/arcjit/load_workload.h"

#include <fmt/core.h>

#include <chrono>

#include "frontends/python/lower.h"
#include "frontends/tasks/task_file.h"

namespace arcjit {

namespace {
double since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}
}  // namespace

std::optional<LoadedWorkload> load_workload(const WorkloadSource& src, const char* command,
                                            int* exit_code) {
  LoadedWorkload out;
  auto t0 = std::chrono::steady_clock::now();
  TaskSet tasks;
  try {
    tasks = load_task_dir(src.tasks, src.threads);
  } catch (const std::exception& e) {
    fmt::print(stderr, "arcjit {}: {}\n", command, e.what());
    *exit_code = 2;
    return std::nullopt;
  }
  for (const std::string& e : tasks.errors)
    fmt::print(stderr, "arcjit {}: task file {}\n", command, e);
  out.task_file_errors = tasks.errors.size();
  out.seconds_tasks = since(t0);

  t0 = std::chrono::steady_clock::now();
  auto diags = frontend::load_program_file(src.programs, out.w);
  if (!diags.empty()) {
    fmt::print(stderr, "{}", frontend::format_diagnostics(diags));
    fmt::print(stderr, "arcjit {}: {} error(s) in {}; nothing was run\n", command, diags.size(),
               src.programs);
    *exit_code = 1;
    return std::nullopt;
  }
  for (const Program& p : out.w.programs) out.batt = out.batt || p.kind == ProgramKind::Batt;
  PairingOptions pairing = src.pairing;
  if (out.batt) {
    if (src.pairing_given)
      fmt::print(stderr, "arcjit {}: a batt file ignores --pairing\n", command);
    pairing.pairing = Pairing::Batt;
  }
  out.unmatched_programs = pair_runs(out.w, tasks.tasks, pairing);
  out.seconds_trace = since(t0);
  return out;
}

}  // namespace arcjit
