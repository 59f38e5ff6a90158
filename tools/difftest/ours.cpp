#include "tools/difftest/ours.h"

#include <stdexcept>
#include <vector>

#include "kernels/cpu/value_decode.h"
#include "runtime/limits.h"
#include "runtime/value_json.h"

namespace arcjit::difftest {

namespace {

std::string err_answer(ErrKind k) { return json{{"err", std::string(err_name(k))}}.dump(); }

}  // namespace

OurAnswer run_ours(Op op, const json& args) {
  OurAnswer out;
  LaneScope lane{Limits{}};
  Value result;
  try {
    std::string failed_call;
    std::vector<Value> vals;
    for (const json& a : args) {
      vals.push_back(decode_arg(a, &failed_call));
      if (vals.back().is_err()) {
        out.arg_failed = true;
        out.builder = failed_call;
        result = vals.back();
        break;
      }
    }
    if (!out.arg_failed) result = invoke(op, vals);
  } catch (const PyErr& e) {  // a constructor charged past a limit while decoding
    result = Value::error(e.kind);
  } catch (const std::exception& e) {  // a kernel bug (bad_alloc, out_of_range): a mismatch
    out.answer = json{{"internal_error", e.what()}}.dump();
    return out;
  }
  if (result.is_err()) {
    out.resource_limit = result.err() == ErrKind::ResourceLimit;
    out.answer = err_answer(result.err());
    return out;
  }
  // Encoding can itself build values (grid rows): keep it inside the lane.
  auto enc = encode_json(result);
  out.answer = enc ? json{{"ok", std::move(*enc)}}.dump() : err_answer(ErrKind::TypeError);
  return out;
}

std::string normalize(const std::string& oracle_line) {
  return json::parse(oracle_line, nullptr, /*allow_exceptions=*/false).dump();
}

std::string answer_kind(const std::string& a) {
  if (a.rfind("{\"ok\":", 0) == 0) return "ok";
  if (a.rfind("{\"bad_request\":", 0) == 0) return "bad_request";
  if (a.rfind("{\"internal_error\":", 0) == 0) return "internal_error";
  const std::string prefix = "{\"err\":\"";
  if (a.rfind(prefix, 0) == 0)
    return a.substr(prefix.size(), a.find('"', prefix.size()) - prefix.size());
  return "garbled";
}

}  // namespace arcjit::difftest
