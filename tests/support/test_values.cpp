#include "tests/support/test_values.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "kernels/cpu/call.h"
#include "runtime/value_json.h"
#include "runtime/value_repr.h"

namespace arcjit::test {

using nlohmann::json;

namespace {

Value resolve(const json& j) {
  if (j.contains("f")) {
    auto op = op_from_name(j["f"].get<std::string>());
    if (!op) throw std::invalid_argument("unknown primitive " + j.dump());
    return prim_value(*op);
  }
  auto op = op_from_name(j["call"].get<std::string>());
  if (!op) throw std::invalid_argument("unknown primitive " + j.dump());
  std::vector<Value> args;
  for (const json& a : j["args"]) args.push_back(decode_json(a, resolve));
  return invoke(*op, args);
}

}  // namespace

Value V(std::string_view text) { return decode_json(json::parse(text), resolve); }

Value call(std::string_view op_name, std::string_view args_json) {
  auto op = op_from_name(op_name);
  if (!op) throw std::invalid_argument("unknown primitive " + std::string(op_name));
  std::vector<Value> args;
  for (const json& a : json::parse(args_json)) args.push_back(decode_json(a, resolve));
  for (const Value& a : args)
    if (a.is_err()) return a;
  return invoke(*op, args);
}

std::string answer(const Value& v) {
  if (v.is_err()) return json{{"err", std::string(err_name(v.err()))}}.dump();
  auto e = encode_json(v);
  if (!e) return json{{"err", "TypeError"}}.dump();
  return json{{"ok", *e}}.dump();
}

std::string normalize_answer(std::string_view text) { return json::parse(text).dump(); }

std::string show(const Value& v) { return repr(v); }

}  // namespace arcjit::test
