// The differential run: worker threads, each with its own oracle process, generate calls, run them
// through ours in-process and through the oracle in batches, classify the answers and shrink the
// first mismatches of each kind.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "kernels/cpu/op_table.h"
#include "tools/difftest/corpus.h"
#include "tools/difftest/oracle_pipe.h"
#include "tools/difftest/stats.h"

namespace arcjit::difftest {

struct RunConfig {
  std::vector<Op> ops;  // round-robin over these
  int64_t calls = 200'000;
  uint64_t seed = 1;
  double ill_typed_share = 0.15;
  int jobs = 2;            // workers = oracle processes
  size_t batch = 256;      // calls per oracle round trip
  double max_seconds = 0;  // stop early after this long (0: no limit)
  bool shrink = true;
  int shrink_tries = 400;  // candidates per shrunk mismatch
  int max_examples = 3;    // kept (and shrunk) per primitive, one per mismatch kind
  bool progress = true;    // to stderr
  OracleConfig oracle;
};

// Call k's arguments depend only on (seed, k), whatever the number of workers.
uint64_t call_seed(uint64_t seed, int64_t k);

RunStats run_fuzz(const RunConfig& cfg, const Corpus& corpus);

// Call k of a run with this configuration (same seed and ops), alone: to reproduce a report line,
// a timeout or a hang.
struct ShownCall {
  std::string request, ours, oracle;
};
ShownCall show_call(const RunConfig& cfg, const Corpus& corpus, int64_t k);

}  // namespace arcjit::difftest
