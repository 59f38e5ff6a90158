#include "kernels/cpu/op_table.h"

#include <array>
#include <string>
#include <unordered_map>

#include "kernels/cpu/kernels.h"
#include "runtime/errors.h"

namespace arcjit {

namespace {

// The DSL name of an ops.def identifier: `double_` is `double`.
constexpr std::string_view dsl_name(std::string_view id) {
  return id.ends_with('_') ? id.substr(0, id.size() - 1) : id;
}

const std::array<OpInfo, kNumOps> kOps = {{
#define ARCJIT_OP(name, arity, result, cost, params, param_names)     \
  {dsl_name(#name), arity,       ResultType::result, CostClass::cost, \
   params,          param_names, &kernels::k_##name},
#include "kernels/cpu/ops.def"
#undef ARCJIT_OP
}};

}  // namespace

const OpInfo& op_info(Op op) { return kOps[static_cast<size_t>(op)]; }

std::optional<Op> op_from_name(std::string_view name) {
  static const std::unordered_map<std::string_view, Op> by_name = [] {
    std::unordered_map<std::string_view, Op> m;
    for (size_t k = 0; k < kOps.size(); ++k) m.emplace(kOps[k].name, static_cast<Op>(k));
    return m;
  }();
  auto it = by_name.find(name);
  if (it == by_name.end()) return std::nullopt;
  return it->second;
}

std::string_view result_type_name(ResultType t) {
  static constexpr std::array<std::string_view, kNumResultTypes> kNames = {
#define ARCJIT_RESULT_TYPE_NAME(name) #name,
      ARCJIT_RESULT_TYPES(ARCJIT_RESULT_TYPE_NAME)
#undef ARCJIT_RESULT_TYPE_NAME
  };
  return kNames[static_cast<size_t>(t)];
}

Value invoke(Op op, std::span<const Value> args) {
  const OpInfo& info = op_info(op);
  if (int(args.size()) != info.arity) return Value::error(ErrKind::TypeError);
  try {
    return info.kernel(args.data());
  } catch (const PyErr& e) {
    return Value::error(e.kind);
  }
}

}  // namespace arcjit
