#include "tools/difftest/json_util.h"

namespace arcjit::difftest {

int64_t leaves(const json& j) {
  if (j.is_number() || j.is_boolean()) return 1;
  int64_t n = 0;
  if (is_container(j)) {
    for (const json& e : items(j)) n += leaves(e);
  } else if (is_call(j)) {
    for (const json& e : j["args"]) n += leaves(e);
  }
  return n;
}

bool is_rect(const json& j) {
  if (!is_tup(j) || j["t"].empty()) return false;
  size_t w = 0;
  bool first = true;
  for (const json& row : j["t"]) {
    if (!is_tup(row)) return false;
    if (first) w = row["t"].size();
    if (row["t"].size() != w) return false;
    first = false;
  }
  return true;
}

}  // namespace arcjit::difftest
