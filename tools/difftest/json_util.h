// Small builders and measures over arguments in the oracle's JSON encoding (canon_dsl.py): the
// fuzzer generates, sends, shrinks and prints arguments as JSON, never as Values, so one form
// feeds both sides of the comparison.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace arcjit::difftest {

using nlohmann::json;

inline json tup(std::vector<json> items) { return json{{"t", std::move(items)}}; }
inline json fset(std::vector<json> items) { return json{{"s", std::move(items)}}; }
inline json fn(const std::string& name) { return json{{"f", name}}; }
inline json call(const std::string& name, std::vector<json> args) {
  return json{{"call", name}, {"args", std::move(args)}};
}
inline json point(int64_t i, int64_t j) { return tup({i, j}); }
inline json cell(int64_t c, int64_t i, int64_t j) { return tup({c, point(i, j)}); }

inline bool is_tup(const json& j) { return j.is_object() && j.contains("t"); }
inline bool is_fset(const json& j) { return j.is_object() && j.contains("s"); }
inline bool is_container(const json& j) { return is_tup(j) || is_fset(j); }
inline bool is_fn(const json& j) { return j.is_object() && j.contains("f"); }
inline bool is_call(const json& j) { return j.is_object() && j.contains("call"); }

// The element list of a tuple or frozenset encoding.
inline const json& items(const json& j) { return is_tup(j) ? j["t"] : j["s"]; }
inline json& items(json& j) { return is_tup(j) ? j["t"] : j["s"]; }

// Top-level element count of a container (0 for anything else).
inline int64_t length(const json& j) {
  return is_container(j) ? static_cast<int64_t>(items(j).size()) : 0;
}

// Numbers and booleans anywhere inside: a size measure for cost caps and shrinking.
int64_t leaves(const json& j);

// A tuple of equal-length tuples (any elements): the shape a column removal keeps.
bool is_rect(const json& j);

}  // namespace arcjit::difftest
