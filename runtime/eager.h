// The eager executor: each run (program x lane) interpreted node by node with the reference
// kernels, lanes spread over a thread pool. The ground truth and the baseline every batched
// backend is measured against.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include "compiler/program.h"
#include "runtime/limits.h"
#include "runtime/value.h"

namespace arcjit {

struct RunOutput {
  // Solver: the returned value or the run's error. Batt: the run's error, or None when it ran.
  Value value;
  // Batt: the traced items of every append record, in record order (string items are static and
  // live in the records).
  std::vector<Value> appended;
  float seconds = 0;  // wall time of this run
};

struct ExecOptions {
  int threads = 1;
  Limits limits;
  // Batched executors: lanes whose columns are held at once (bounds memory).
  uint32_t lanes_per_chunk = 8;
  // Batched executors: input grid cells a chunk's lanes may hold in all (a chunk has at least
  // one lane). W2 on cpu, 2 threads: 1,600 cells ran in 16.9-18.2 s, no cell bound in
  // 18.3-19.3 s (peak memory 2.1 GB against 3.4).
  int64_t cells_per_chunk = 1600;
  // Batched executors: a map region's elements on one lane beyond this are not batched; that
  // lane's call is evaluated eagerly (bounds memory; results are the same either way).
  int64_t max_space_per_lane = 1'000'000;
  // Called now and then from one worker with the number of runs finished so far.
  std::function<void(size_t)> progress;
};

class EagerExecutor {
 public:
  explicit EagerExecutor(const Workload& w);
  ~EagerExecutor();
  std::vector<RunOutput> run(const ExecOptions& options) const;
  // One run, on the calling thread (tests, per-program timing).
  RunOutput run_one(const Run& r, const Limits& limits) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace arcjit
