// Our side of a differential call: the same JSON arguments decoded as the tests decode them
// (kernels/cpu/value_decode.h) and run in-process under a fresh lane budget.
#pragma once

#include <string>

#include "kernels/cpu/op_table.h"
#include "tools/difftest/json_util.h"

namespace arcjit::difftest {

struct OurAnswer {
  // {"ok": value} or {"err": "Kind"}, canon_dsl.py serve's encoding; {"internal_error": what}
  // when a C++ exception other than a Python error escaped (a kernel bug).
  std::string answer;
  bool resource_limit = false;
  // An argument ({"call": ...}) failed to build on our side: the answer is that error, and
  // `builder` names the primitive whose call failed (innermost first failure).
  bool arg_failed = false;
  std::string builder;
};

OurAnswer run_ours(Op op, const json& args);

// The oracle's answer line, re-serialised the way we serialise ours (spacing-independent).
std::string normalize(const std::string& oracle_line);

// "ok", or the error kind of an answer; "bad_request" for the oracle's refusal.
std::string answer_kind(const std::string& normalized_answer);

}  // namespace arcjit::difftest
