// What a differential run counts, per primitive, and the mismatches it keeps as examples.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "kernels/cpu/op_table.h"
#include "tools/difftest/json_util.h"

namespace arcjit::difftest {

struct Mismatch {
  Op op{};
  int64_t call_index = 0;
  json args;                 // as generated
  std::string ours, oracle;  // answers to `args`
  json shrunk_args;          // the smallest variant found that fails the same way
  std::string shrunk_ours, shrunk_oracle;
};

struct OpStats {
  int64_t calls = 0;
  int64_t ok = 0;   // agreeing, the oracle answered a value
  int64_t err = 0;  // agreeing, the oracle answered an error
  int64_t mismatches = 0;
  int64_t resource_limit = 0;  // ours answered ResourceLimit: not compared (SEMANTICS.md)
  int64_t arg_failed = 0;      // an argument ({"call": ...}) failed to build on our side only
  int64_t bad_request = 0;     // the oracle could not build an argument: skipped
  int64_t timeouts = 0;        // the oracle hung or died: skipped
  int64_t oracle_limit = 0;    // the oracle ran out of memory: skipped
  std::map<std::string, int64_t> err_kinds;   // agreeing errors by kind
  std::map<std::string, int64_t> signatures;  // mismatches by "ours -> oracle" answer kinds
  std::vector<Mismatch> examples;
  std::vector<int64_t> timeout_calls;  // the first few call indices the oracle timed out on

  void merge(const OpStats& o);
};

struct RunStats {
  std::vector<OpStats> ops = std::vector<OpStats>(size_t(kNumOps));
  std::map<std::string, int64_t> failed_builders;  // arg_failed calls by the builder that failed
  int64_t oracle_restarts = 0;
  double seconds = 0;

  void merge(const RunStats& o);
  OpStats total() const;
};

}  // namespace arcjit::difftest
