#include "tools/difftest/stats.h"

namespace arcjit::difftest {

void OpStats::merge(const OpStats& o) {
  calls += o.calls;
  ok += o.ok;
  err += o.err;
  mismatches += o.mismatches;
  resource_limit += o.resource_limit;
  arg_failed += o.arg_failed;
  bad_request += o.bad_request;
  timeouts += o.timeouts;
  oracle_limit += o.oracle_limit;
  for (const auto& [k, n] : o.err_kinds) err_kinds[k] += n;
  for (const auto& [k, n] : o.signatures) signatures[k] += n;
  examples.insert(examples.end(), o.examples.begin(), o.examples.end());
  timeout_calls.insert(timeout_calls.end(), o.timeout_calls.begin(), o.timeout_calls.end());
}

void RunStats::merge(const RunStats& o) {
  for (size_t k = 0; k < ops.size(); ++k) ops[k].merge(o.ops[k]);
  for (const auto& [b, n] : o.failed_builders) failed_builders[b] += n;
  oracle_restarts += o.oracle_restarts;
}

OpStats RunStats::total() const {
  OpStats t;
  for (const OpStats& s : ops) {
    OpStats copy = s;
    copy.examples.clear();
    t.merge(copy);
  }
  return t;
}

}  // namespace arcjit::difftest
