#include "kernels/cpu/value_decode.h"

#include <stdexcept>
#include <vector>

#include "kernels/cpu/call.h"
#include "kernels/cpu/op_table.h"
#include "runtime/value_json.h"

namespace arcjit {

namespace {

Op op_named(const nlohmann::json& j, const char* key) {
  auto op = op_from_name(j[key].get<std::string>());
  if (!op) throw std::invalid_argument("unknown primitive " + j.dump());
  return *op;
}

Value resolve(const nlohmann::json& j, std::string* failed_call) {
  if (j.contains("f")) return prim_value(op_named(j, "f"));
  Op op = op_named(j, "call");
  std::vector<Value> args;
  for (const nlohmann::json& a : j["args"]) {
    args.push_back(decode_arg(a, failed_call));
    if (args.back().is_err()) return args.back();  // an inner call failed: pass it on
  }
  Value r = invoke(op, args);
  if (r.is_err() && failed_call && failed_call->empty())
    *failed_call = j["call"].get<std::string>();
  return r;
}

}  // namespace

Value decode_arg(const nlohmann::json& j, std::string* failed_call) {
  return decode_json(j, [failed_call](const nlohmann::json& f) { return resolve(f, failed_call); });
}

}  // namespace arcjit
