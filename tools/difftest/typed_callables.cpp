// Function arguments that fit the values they will be applied to: a higher-order primitive
// (apply, sfilter, argmax, papply, rapply, ...) with a random function mostly raises TypeError on
// the first element; one whose parameter types accept the elements reaches the interesting paths.
#include <string>

#include "tools/difftest/generators.h"

namespace arcjit::difftest {

namespace {

bool accepts(PT t, ElemKind k) {
  using K = ElemKind;
  switch (t) {
    case PT::Any:
      return true;
    case PT::Integer:
    case PT::Boolean:
      return k == K::Int;
    case PT::Numerical:
      return k == K::Int || k == K::Point;
    case PT::IntegerTuple:
      return k == K::Point;
    case PT::Tuple:
      return k == K::Point || k == K::Cell || k == K::IntTuple || k == K::Grid;
    case PT::Container:
      return k == K::Point || k == K::Cell || k == K::IntTuple || k == K::Grid || k == K::Set;
    case PT::FrozenSet:
    case PT::Indices:
    case PT::Object:
    case PT::Objects:
    case PT::Patch:
      return k == K::Set;
    case PT::Grid:
      return k == K::Grid;
    case PT::Piece:
    case PT::Element:
    case PT::ContainerContainer:
      return k == K::Grid || k == K::Set;
    case PT::IntegerSet:
      return k == K::Set || k == K::IntTuple;
    default:
      return false;
  }
}

// Primitives of this arity whose parameters accept these kinds, one per parameter.
std::vector<Op> fitting_ops(int arity, const std::vector<ElemKind>& kinds) {
  std::vector<Op> out;
  for (Op op : function_ops(arity)) {
    const auto params = declared_params(op);
    bool fits = true;
    for (size_t k = 0; k < kinds.size() && k < params.size(); ++k)
      fits = fits && accepts(params[k], kinds[k]);
    if (fits) out.push_back(op);
  }
  return out;
}

}  // namespace

ElemKind elem_kind(const json& e) {
  if (e.is_boolean() || e.is_number_integer()) return ElemKind::Int;
  if (is_fset(e)) return ElemKind::Set;
  if (!is_tup(e)) return ElemKind::Other;
  const json& t = e["t"];
  bool ints = true;
  for (const json& x : t) ints = ints && x.is_number_integer();
  if (ints) return t.size() == 2 ? ElemKind::Point : ElemKind::IntTuple;
  if (t.size() == 2 && t[0].is_number_integer() && elem_kind(t[1]) == ElemKind::Point)
    return ElemKind::Cell;
  return is_rect(e) ? ElemKind::Grid : ElemKind::Other;
}

ElemKind Generator::some_elem_kind(const json& container) {
  if (!is_container(container) || items(container).empty()) return ElemKind::Other;
  const json& e = items(container);
  return elem_kind(e[size_t(next() % e.size())]);
}

json Generator::typed_callable(int arity, const std::vector<ElemKind>& kinds, int depth) {
  for (ElemKind k : kinds)
    if (k == ElemKind::Other) return callable(arity, depth);
  const double r = double(next() % 100) / 100;
  if (arity == 1 && depth < 2 && r >= 0.55) {
    if (r < 0.75) {  // rbind(f, v): f's first parameter takes the element
      std::vector<Op> fs = fitting_ops(2, kinds);
      if (!fs.empty()) {
        Op f = pick(fs);
        return call("rbind",
                    {fn(std::string(op_info(f).name)), value(fuzz_params(f)[1], true, depth + 1)});
      }
    } else if (r < 0.88) {
      return call("compose", {callable(1, depth + 1), typed_callable(1, kinds, depth + 1)});
    } else {
      json f = typed_callable(1, kinds, depth + 1);
      PT t = is_fn(f) ? result_pt(*op_from_name(f["f"].get<std::string>())) : PT::Any;
      return call("matcher", {f, value(t, true, depth + 1)});
    }
  }
  std::vector<Op> fs = fitting_ops(arity, kinds);
  if (fs.empty()) return callable(arity, depth);
  return fn(std::string(op_info(pick(fs)).name));
}

}  // namespace arcjit::difftest
