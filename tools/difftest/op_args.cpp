// Arguments for one call of a primitive: typed by fuzz_params, special forms for rbind / lbind /
// matcher (the bound value fits the function), cost caps so the oracle answers in milliseconds,
// and the occasional ill-typed argument.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "tools/difftest/generators.h"

namespace arcjit::difftest {

namespace {

int64_t as_int(const json& j, int64_t fallback) {
  return j.is_number_integer() ? j.get<int64_t>() : fallback;
}

// The oracle is the bottleneck: keep every call's work in Python to well under a second.
bool within_caps(std::string_view op, const std::vector<json>& a) {
  int64_t total = 0;
  for (const json& x : a) total += leaves(x);
  if (total > 30'000) return false;
  // A container where an int is declared (an ill-typed colour) may be copied into every cell:
  // canvas, replace, switch, fill, cellwise, repeat.
  const std::vector<PT> declared = declared_params(*op_from_name(op));
  int64_t copied = 0;
  for (size_t k = 0; k < a.size() && k < declared.size(); ++k)
    if ((declared[k] == PT::Integer || declared[k] == PT::Boolean) && is_container(a[k]))
      copied = std::max(copied, leaves(a[k]));
  if (copied > 0) {
    int64_t cells = total;
    if (op == "canvas" && is_tup(a[1]) && length(a[1]) == 2)
      cells = std::abs(as_int(a[1]["t"][0], 1) * as_int(a[1]["t"][1], 1));
    if (copied * std::max<int64_t>(cells, 1) > 300'000) return false;
  }
  auto len = [&](size_t k) { return k < a.size() ? length(a[k]) : 0; };
  auto lvs = [&](size_t k) { return k < a.size() ? leaves(a[k]) : 0; };
  // product pairs every element of one side with every element of the other.
  if (op == "product")
    return len(0) * len(1) <= 3'000 && len(1) * lvs(0) + len(0) * lvs(1) <= 300'000;
  if (op == "prapply")
    return len(1) * len(2) <= 600 && len(2) * lvs(1) + len(1) * lvs(2) <= 100'000;
  if (op == "occurrences") return lvs(0) * len(1) <= 60'000;
  if (op == "manhattan" || op == "adjacent") return len(0) * len(1) <= 40'000;
  if (op == "gravitate") return len(0) * len(1) <= 4'000;
  if (op == "upscale") {
    int64_t f = as_int(a[1], 1);
    return lvs(0) * f * f <= 400'000;
  }
  if (op == "hupscale" || op == "vupscale") return lvs(0) * std::abs(as_int(a[1], 1)) <= 400'000;
  if (op == "repeat") return (lvs(0) + 1) * std::abs(as_int(a[1], 1)) <= 100'000;
  return true;
}

}  // namespace

std::vector<json> Generator::raw_args(Op op, bool small) {
  const std::string_view name = op_info(op).name;
  if (name == "rbind" || name == "lbind") {
    // Any arity 2..4 (the closure's arity follows); the bound value fits the bound parameter.
    int arity = chance(0.6) ? 2 : (chance(0.75) ? 3 : 4);
    json f = callable(arity, chance(0.7) ? 2 : 1);
    PT bound = PT::Any;
    if (is_fn(f)) {
      auto params = fuzz_params(*op_from_name(f["f"].get<std::string>()));
      bound = name == "rbind" ? params.back() : params.front();
    }
    return {f, value(bound, small)};
  }
  if (name == "matcher") {
    json f = callable(1);
    PT t = is_fn(f) ? result_pt(*op_from_name(f["f"].get<std::string>())) : PT::Any;
    return {f, value(t, small)};
  }
  std::vector<json> out;
  for (PT t : fuzz_params(op)) out.push_back(value(t, small));
  fit_functions(name, out);
  return out;
}

// Mostly, the function argument of a higher-order primitive accepts the elements it is applied
// to; sometimes it stays random (TypeError paths matter too).
void Generator::fit_functions(std::string_view name, std::vector<json>& a) {
  if (!chance(0.7)) return;
  static const std::vector<std::string_view> kContainerFirst = {
      "order", "valmax", "valmin", "argmax", "argmin", "sfilter", "mfilter", "extract"};
  if (std::find(kContainerFirst.begin(), kContainerFirst.end(), name) != kContainerFirst.end()) {
    a[1] = typed_callable(1, {some_elem_kind(a[0])});
  } else if (name == "apply" || name == "mapply") {
    a[0] = typed_callable(1, {some_elem_kind(a[1])});
  } else if (name == "papply" || name == "mpapply" || name == "prapply") {
    a[0] = typed_callable(2, {some_elem_kind(a[1]), some_elem_kind(a[2])});
  } else if (name == "rapply" && is_container(a[0])) {
    const ElemKind k = elem_kind(a[1]);
    for (json& f : items(a[0])) f = typed_callable(1, {k});
    if (is_fset(a[0]) && items(a[0]).size() > 1) a[0] = tup(items(a[0]).get<std::vector<json>>());
  } else if (name == "cellwise" && is_rect(a[0])) {  // same shape: the common case
    a[1] = a[0];
    for (json& row : a[1]["t"])
      for (json& v : row["t"])
        if (chance(0.3)) v = colour();
  }
}

std::vector<json> Generator::args(Op op, double ill_typed_share) {
  static const std::vector<PT> kOther = {PT::Integer,    PT::Boolean,  PT::IntegerTuple, PT::Grid,
                                         PT::Indices,    PT::Object,   PT::Objects,      PT::Tuple,
                                         PT::IntegerSet, PT::Callable1};
  const std::vector<PT> params = fuzz_params(op);
  std::vector<json> a;
  for (int attempt = 0; attempt < 8; ++attempt) {
    a = raw_args(op, /*small=*/attempt >= 5);
    if (!a.empty() && chance(ill_typed_share)) {
      size_t k = size_t(next() % a.size());
      PT t = params[k];
      for (int tries = 0; tries < 4 && t == params[k]; ++tries) t = pick(kOther);
      a[k] = value(t);
    }
    if (within_caps(op_info(op).name, a)) break;
  }
  return a;
}

}  // namespace arcjit::difftest
