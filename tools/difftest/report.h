// A run's results for people (a table on stdout) and for tools (a JSON report, and Catch2
// CHECK_CALL lines that pin each shrunk mismatch to the oracle's answer).
#pragma once

#include <cstdio>
#include <string>

#include "tools/difftest/json_util.h"
#include "tools/difftest/stats.h"

namespace arcjit::difftest {

void print_table(std::FILE* out, const RunStats& stats);

json report_json(const RunStats& stats, const json& config);

// `CHECK_CALL("op", R"([args])", R"(oracle answer)");` (tests/support/test_values.h).
std::string check_call_line(const Mismatch& m);

}  // namespace arcjit::difftest
