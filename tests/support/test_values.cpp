#include "tests/support/test_values.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "kernels/cpu/value_decode.h"
#include "runtime/value_json.h"
#include "runtime/value_repr.h"

namespace arcjit::test {

using nlohmann::json;

Value V(std::string_view text) { return decode_arg(json::parse(text)); }

Value call(std::string_view op_name, std::string_view args_json) {
  auto op = op_from_name(op_name);
  if (!op) throw std::invalid_argument("unknown primitive " + std::string(op_name));
  std::vector<Value> args;
  for (const json& a : json::parse(args_json)) args.push_back(decode_arg(a));
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
