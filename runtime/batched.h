// The batched cpu executor: runs a Plan group by group. Each node's values live in one column
// over the lanes that need it (the group's selection), a node shared by many programs is
// computed once per lane, each group's instances are spread over a thread pool, and errors are
// values in the column: an errored lane skips work downstream and never stops another lane.
#pragma once

#include <vector>

#include "compiler/planner.h"
#include "runtime/eager.h"

namespace arcjit {

struct BatchedStats {
  double seconds_in_groups = 0;
  size_t groups = 0, instances = 0, per_lane_instances = 0;
  std::vector<double> group_seconds;  // per plan group, summed over lane chunks
};

class BatchedExecutor {
 public:
  BatchedExecutor(const Workload& w, const Plan& plan) : w_(w), plan_(plan) {}
  // One output per run of the workload, identical to EagerExecutor's.
  std::vector<RunOutput> run(const ExecOptions& options, BatchedStats* stats = nullptr) const;

 private:
  const Workload& w_;
  const Plan& plan_;
};

}  // namespace arcjit
