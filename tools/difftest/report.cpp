#include "tools/difftest/report.h"

#include <fmt/core.h>

namespace arcjit::difftest {

namespace {

std::string shorten(const std::string& s, size_t n) {
  return s.size() <= n ? s : s.substr(0, n) + "...";
}

json op_json(const OpStats& s) {
  json examples = json::array();
  for (const Mismatch& m : s.examples) {
    examples.push_back({{"call_index", m.call_index},
                        {"args", m.args},
                        {"ours", json::parse(m.ours)},
                        {"oracle", json::parse(m.oracle)},
                        {"shrunk_args", m.shrunk_args},
                        {"shrunk_ours", json::parse(m.shrunk_ours)},
                        {"shrunk_oracle", json::parse(m.shrunk_oracle)},
                        {"check_call", check_call_line(m)}});
  }
  return {{"calls", s.calls},
          {"ok", s.ok},
          {"err", s.err},
          {"err_kinds", s.err_kinds},
          {"mismatches", s.mismatches},
          {"mismatch_kinds", s.signatures},
          {"resource_limit", s.resource_limit},
          {"arg_failed", s.arg_failed},
          {"bad_request", s.bad_request},
          {"timeouts", s.timeouts},
          {"timeout_calls", s.timeout_calls},
          {"oracle_limit", s.oracle_limit},
          {"examples", examples}};
}

}  // namespace

void print_table(std::FILE* out, const RunStats& stats) {
  fmt::print(out, "{:<13} {:>7} {:>7} {:>7} {:>7} {:>6} {:>7} {:>6}  {}\n", "primitive", "calls",
             "ok", "err", "mismatch", "RL", "argfail", "skip", "mismatch kinds (ours -> oracle)");
  for (int k = 0; k < kNumOps; ++k) {
    const OpStats& s = stats.ops[size_t(k)];
    if (s.calls == 0) continue;
    std::string kinds;
    for (const auto& [sig, n] : s.signatures)
      kinds += fmt::format("{}{} x{}", kinds.empty() ? "" : ", ", sig, n);
    fmt::print(out, "{:<13} {:>7} {:>7} {:>7} {:>8} {:>6} {:>7} {:>6}  {}\n",
               op_info(static_cast<Op>(k)).name, s.calls, s.ok, s.err, s.mismatches,
               s.resource_limit, s.arg_failed, s.bad_request + s.timeouts + s.oracle_limit, kinds);
  }
  const OpStats t = stats.total();
  fmt::print(out, "{:<13} {:>7} {:>7} {:>7} {:>8} {:>6} {:>7} {:>6}\n", "TOTAL", t.calls, t.ok,
             t.err, t.mismatches, t.resource_limit, t.arg_failed,
             t.bad_request + t.timeouts + t.oracle_limit);
  fmt::print(
      out,
      "skipped: {} bad_request (the oracle could not build an argument), {} oracle "
      "timeouts/crashes, {} oracle MemoryError; {} oracle restarts; {:.1f}s, {:.0f} calls/s\n",
      t.bad_request, t.timeouts, t.oracle_limit, stats.oracle_restarts, stats.seconds,
      double(t.calls) / std::max(stats.seconds, 1e-9));
  if (!stats.failed_builders.empty()) {
    std::string b;
    for (const auto& [name, n] : stats.failed_builders) b += fmt::format(" {} x{}", name, n);
    fmt::print(out, "argfail: argument builders that failed on our side only:{}\n", b);
  }
  bool header = false;
  for (int k = 0; k < kNumOps; ++k) {
    for (const Mismatch& m : stats.ops[size_t(k)].examples) {
      if (!header)
        fmt::print(out, "\nshrunk mismatches (one per kind, at most a few per primitive):\n");
      header = true;
      fmt::print(out, "  {}({})\n    ours:   {}\n    oracle: {}\n", op_info(m.op).name,
                 shorten(m.shrunk_args.dump().substr(1, m.shrunk_args.dump().size() - 2), 400),
                 shorten(m.shrunk_ours, 300), shorten(m.shrunk_oracle, 300));
    }
  }
}

json report_json(const RunStats& stats, const json& config) {
  json ops = json::object();
  for (int k = 0; k < kNumOps; ++k) {
    const OpStats& s = stats.ops[size_t(k)];
    if (s.calls) ops[std::string(op_info(static_cast<Op>(k)).name)] = op_json(s);
  }
  json totals = op_json(stats.total());
  totals.erase("examples");
  totals.erase("timeout_calls");
  return {{"config", config},
          {"seconds", stats.seconds},
          {"oracle_restarts", stats.oracle_restarts},
          {"failed_builders", stats.failed_builders},
          {"totals", totals},
          {"ops", ops}};
}

std::string check_call_line(const Mismatch& m) {
  return fmt::format("CHECK_CALL(\"{}\", R\"({})\", R\"({})\");", op_info(m.op).name,
                     m.shrunk_args.dump(), m.shrunk_oracle);
}

}  // namespace arcjit::difftest
