#include "tools/difftest/param_types.h"

#include <array>
#include <map>
#include <sstream>
#include <string>

namespace arcjit::difftest {

namespace {

// The names of the parameter-only types, after the op table's.
constexpr std::array<std::string_view, 7> kExtraNames = {
    "ContainerContainer", "Callable1",     "Callable2", "Factor", "PowerN",
    "Functions",          "SmallContainer"};
constexpr int kNumPT = kNumResultTypes + int(kExtraNames.size());
static_assert(int(PT::ContainerContainer) == kNumResultTypes);
static_assert(int(PT::SmallContainer) + 1 == kNumPT);
static_assert(int(PT::TupleTuple) == int(ResultType::TupleTuple));

}  // namespace

std::optional<PT> pt_from_name(std::string_view name) {
  for (int k = 0; k < kNumPT; ++k)
    if (pt_name(static_cast<PT>(k)) == name) return static_cast<PT>(k);
  return std::nullopt;
}

std::string_view pt_name(PT t) {
  const int k = static_cast<int>(t);
  if (k < kNumResultTypes) return result_type_name(static_cast<ResultType>(k));
  return kExtraNames[size_t(k - kNumResultTypes)];
}

std::vector<PT> declared_params(Op op) {
  std::vector<PT> out;
  std::istringstream in{std::string(op_info(op).params)};
  std::string word;
  while (in >> word) out.push_back(pt_from_name(word).value_or(PT::Any));
  while (int(out.size()) < op_info(op).arity) out.push_back(PT::Any);
  return out;
}

std::vector<PT> fuzz_params(Op op) {
  using P = PT;
  static const std::map<std::string_view, std::vector<PT>> kRefined = {
      {"apply", {P::Callable1, P::Container}},
      {"mapply", {P::Callable1, P::ContainerContainer}},
      {"papply", {P::Callable2, P::Tuple, P::Tuple}},
      {"mpapply", {P::Callable2, P::Tuple, P::Tuple}},
      {"prapply", {P::Callable2, P::SmallContainer, P::SmallContainer}},
      {"rapply", {P::Functions, P::Any}},
      {"product", {P::SmallContainer, P::SmallContainer}},
      {"fork", {P::Callable2, P::Callable1, P::Callable1}},
      {"power", {P::Callable1, P::PowerN}},
      {"upscale", {P::Element, P::Factor}},
      {"hupscale", {P::Grid, P::Factor}},
      {"vupscale", {P::Grid, P::Factor}},
      {"downscale", {P::Grid, P::Factor}},
  };
  auto it = kRefined.find(op_info(op).name);
  if (it != kRefined.end()) return it->second;
  std::vector<PT> out = declared_params(op);
  // The remaining Callable parameters (order, valmax, sfilter, compose, chain, matcher, ...) are
  // called with one argument. rbind/lbind are generated specially (generators.cpp).
  for (PT& t : out)
    if (t == PT::Callable) t = PT::Callable1;
  return out;
}

PT result_pt(Op op) { return static_cast<PT>(op_info(op).result); }

const std::vector<Op>& ops_of_arity(int arity) {
  static const std::array<std::vector<Op>, 5> by_arity = [] {
    std::array<std::vector<Op>, 5> a;
    for (int k = 0; k < kNumOps; ++k) {
      Op op = static_cast<Op>(k);
      a[size_t(op_info(op).arity)].push_back(op);
    }
    return a;
  }();
  return by_arity[size_t(arity)];
}

const std::vector<Op>& function_ops(int arity) {
  static const std::array<std::vector<Op>, 5> by_arity = [] {
    std::array<std::vector<Op>, 5> a;
    for (int n = 0; n < 5; ++n)
      for (Op op : ops_of_arity(n)) {
        const std::string_view name = op_info(op).name;
        if (name != "canvas" && name != "repeat" && name != "upscale" && name != "hupscale" &&
            name != "vupscale")
          a[size_t(n)].push_back(op);
      }
    return a;
  }();
  return by_arity[size_t(arity)];
}

}  // namespace arcjit::difftest
