// The loading steps `arcjit run` and `arcjit dump` share: task files, the program file, pairing.
// Problems are printed to stderr prefixed with the command's name.
#pragma once

#include <optional>
#include <string>

#include "frontends/pairing.h"

namespace arcjit {

struct WorkloadSource {
  std::string programs, tasks;
  PairingOptions pairing;
  bool pairing_given = false;
  int threads = 1;  // task files are read in parallel
};

struct LoadedWorkload {
  Workload w;
  size_t task_file_errors = 0;
  size_t unmatched_programs = 0;
  bool batt = false;
  double seconds_tasks = 0, seconds_trace = 0;
};

// nullopt when nothing can run: an unreadable task folder (exit 2) or program errors (exit 1),
// `exit_code` says which.
std::optional<LoadedWorkload> load_workload(const WorkloadSource& src, const char* command,
                                            int* exit_code);

}  // namespace arcjit
