// The batched cpu executor: runs a Plan over the flattened graph, chunk of lanes by chunk of lanes
// (chunks spread over a thread pool), group by group. A node's values live in one column over its
// space's instances in the chunk (lanes, or lanes x elements of a map region), so a node shared
// by many programs runs once per instance, and a map region's body runs over all elements of all
// lanes at once. A Reduce folds element results with the primitive's own code (hof_core.h),
// replaying each element call's recorded cost into the lane budget; errors are values in the
// column, so an errored lane skips work downstream and never stops another. Where a region would
// not fit a lane (kMaxSpacePerLane), that lane's call is evaluated eagerly instead.
#pragma once

#include <vector>

#include "compiler/planner.h"
#include "runtime/eager.h"

namespace arcjit {

struct BatchedStats {
  double seconds_in_groups = 0;
  size_t groups = 0;
  uint64_t instances = 0;             // node instances evaluated
  uint64_t per_instance_calls = 0;    // of them: calls of functions chosen by data
  uint64_t eager_fallbacks = 0;       // Reduce/Budget instances evaluated eagerly (region too big)
  uint64_t columnar_instances = 0;    // computed by a columnar kernel fast lane
  std::vector<double> group_seconds;  // per plan group, summed over chunks (thread time)
  std::vector<double> node_seconds;   // per flat node, summed over chunks (thread time)
  std::vector<uint64_t> group_instances;  // per plan group
};

class BatchedExecutor {
 public:
  BatchedExecutor(const Workload& w, const FlatWorkload& fw, const Plan& plan);
  ~BatchedExecutor();
  // One output per run of the workload, identical to EagerExecutor's.
  std::vector<RunOutput> run(const ExecOptions& options, BatchedStats* stats = nullptr) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace arcjit
