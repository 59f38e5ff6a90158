// Lanes and runs of a workload: which program runs on which task sample.
//   own : solve_<id> on every train+test example of task <id>
//   all : every program on every example input of every task (optionally a seeded sample)
//   batt: a batt program on every sample of every task, S = the task's train pairs, C = None
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/program.h"
#include "frontends/tasks/task_file.h"

namespace arcjit {

enum class Pairing : uint8_t { Own, All, Batt };

std::optional<Pairing> pairing_from_name(const std::string& name);

struct PairingOptions {
  Pairing pairing = Pairing::Own;
  size_t sample = 0;  // all: keep this many (program, lane) runs, 0 = every run
  uint64_t seed = 1;  // all: the sample's seed
};

// Adds lanes and runs to `w` (whose programs are loaded). Returns how many programs found no
// task to run on (own pairing: no task file with that id).
size_t pair_runs(Workload& w, const std::vector<Task>& tasks, const PairingOptions& opt);

}  // namespace arcjit
