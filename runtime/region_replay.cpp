#include "runtime/region_replay.h"

#include <algorithm>

#include "kernels/cpu/hof_core.h"
#include "kernels/cpu/packed_sets.h"
#include "runtime/canon.h"
#include "runtime/limits.h"

namespace arcjit {

namespace {

bool is_true_at(const Column& c, uint32_t y) { return c.slot(y) == Slot::Bool && c.a(y) != 0; }

}  // namespace

Cost PreparedCharge::element(uint32_t lane, const uint32_t* rc, uint32_t e) const {
  if (!ordered_only) {
    if (!lane_complete(lane)) throw NeedEager{};
    Cost c{static_work, static_elements};
    uint32_t err = kNoInstance;
    for (const Sums& sp : spaces) {
      const uint32_t y = sp.loc->locate(lane, rc, e);
      if (y == kNoInstance) throw NeedEager{};
      const Sums::At& a = sp.at[y];
      c.work += a.work;
      c.elements += a.elements;
      err = std::min(err, a.first_err);
    }
    if (err == kNoInstance) return c;
  }
  Cost c;
  for (size_t pc = 0; pc < steps.size(); ++pc) {
    const ChargeStep& s = steps[pc];
    if (s.kind == StepKind::Work) {
      c.work += s.w;
      c.elements += s.e;
      continue;
    }
    const uint32_t y = step_loc[pc]->locate(lane, rc, e);
    if (y == kNoInstance) throw NeedEager{};
    const Column& col = *step_col[pc];
    const bool err = col.is_err(y);
    if (err && col.err(y) == ErrKind::Skipped) throw NeedEager{};
    if (s.kind == StepKind::GuardJump) {
      if (err) break;
      if (is_true_at(col, y)) {
        c.work += s.w;
        pc += s.skip;
      }
      continue;
    }
    const Cost k = col.cost_at(y);
    c.work += k.work;
    c.elements += k.elements;
    if (err) break;
  }
  return c;
}

void PreparedCharge::begin(uint32_t lane, const uint32_t* rc) {
  complete = lane_complete(lane);
  bases.resize(spaces.size());
  for (size_t k = 0; k < spaces.size(); ++k) bases[k] = spaces[k].loc->base(lane, rc);
}

void PreparedCharge::prefetch(uint32_t lane, const uint32_t* rc) const {
  for (const Sums& sp : spaces) {
    const uint32_t b = sp.loc->base(lane, rc);
    if (b < sp.at.size()) __builtin_prefetch(sp.at.data() + b);
  }
}

Cost PreparedCharge::element_at(uint32_t lane, const uint32_t* rc, uint32_t e) const {
  if (!ordered_only && complete) {
    Cost c{static_work, static_elements};
    uint32_t err = kNoInstance;
    for (size_t k = 0; k < spaces.size(); ++k) {
      const uint32_t b = bases[k];
      const uint32_t y = b == Locator::kNotLinear ? spaces[k].loc->locate(lane, rc, e)
                                                  : (b == kNoInstance ? kNoInstance : b + e);
      if (y == kNoInstance) throw NeedEager{};
      const Sums::At& a = spaces[k].at[y];
      c.work += a.work;
      c.elements += a.elements;
      err = std::min(err, a.first_err);
    }
    if (err == kNoInstance) return c;
  }
  return element(lane, rc, e);
}

Value Replay::at(int64_t k) const {
  uint32_t e = uint32_t(k);
  if (positions) {
    if (k < 0 || uint32_t(k) >= n_positions) throw NeedEager{};
    e = positions[k];
  }
  const Cost c = charge->element_at(lane, rc, e);
  const uint32_t y = body_index(e);
  if (y == kNoInstance) throw NeedEager{};
  if (fused) {
    Cost own;
    kernels::Offset shift;
    Value v = fused(fused_ctx, y, own, offsets ? &shift : nullptr);
    if (offsets) {
      if (offsets->size() <= size_t(k)) offsets->resize(size_t(k) + 1);
      (*offsets)[size_t(k)] = shift;
    }
    if (v.is_err() && v.err() == ErrKind::Skipped) throw NeedEager{};
    charge_recorded(c.work + own.work, c.elements + own.elements);
    if (v.is_err()) raise(v.err());
    return v;
  }
  if (body->is_err(y) && body->err(y) == ErrKind::Skipped) throw NeedEager{};
  charge_recorded(c.work, c.elements);
  if (body->is_err(y)) raise(body->err(y));
  return body->get(y);
}

int64_t Replay::container_len(const Value& c) const {
  if (!product_a) return kernels::hof::iter_len(c);
  return product_a->set().size() * product_b->set().size();
}

// A pair built here, where the product would have handed out its own: charged to no budget,
// as reading an element of a built product charges nothing.
Value Replay::container_elem(const Value& c, int64_t k) const {
  if (!product_a) return kernels::hof::elem_at(c, k);
  const int64_t nb = product_b->set().size();
  const LaneBudget saved = lane_budget();
  Value p = make_pair(product_a->set().at(k / nb), product_b->set().at(k % nb));
  lane_budget() = saved;
  return p;
}

const Value& unbuilt_product() {
  static const Value marker = [] {
    auto* s = new SetObj();
    s->rc.store(kImmortalRc, std::memory_order_relaxed);
    return Value::borrow_immortal(s);
  }();
  return marker;
}

bool is_unbuilt_product(const Value& v) { return v.is_set() && v.obj() == unbuilt_product().obj(); }

Value Replay::merge(std::span<const Value> parts, bool to_set) const {
  if (offsets && !offsets->empty()) {
    if (offsets->size() != parts.size()) throw NeedEager{};  // not one part per element call
    if (to_set)
      if (std::optional<Value> u = kernels::packed_union_shifted(parts, *offsets)) return *u;
    const std::vector<Value> built = kernels::shifted_parts(parts, *offsets);
    return kernels::merge_elements(built, to_set, kernels::packed_make_set);
  }
  return kernels::packed_merge(parts, to_set);
}

Value Replay::set_of(std::vector<Value>& items) const { return kernels::packed_make_set(items); }

Value run_core(Op op, Replay& f, const std::vector<Value>& a) {
  using namespace kernels::hof;
  switch (op) {
    case Op::apply:
      return apply_core(f, a[1]);
    case Op::mapply:
      return mapply_core(f, a[1]);
    case Op::papply:
      return papply_core(f, a[1], a[2]);
    case Op::mpapply:
      return mpapply_core(f, a[1], a[2]);
    case Op::prapply:
      return prapply_core(f, a[1], a[2]);
    case Op::sfilter:
      return sfilter_core(f, a[0]);
    case Op::mfilter:
      return mfilter_core(f, a[0]);
    case Op::extract:
      return extract_core(f, a[0]);
    case Op::order:
      return order_core(f, a[0]);
    case Op::valmax:
      return valextreme_core(f, a[0], true);
    case Op::valmin:
      return valextreme_core(f, a[0], false);
    case Op::argmax:
      return argextreme_core(f, a[0], true);
    case Op::argmin:
      return argextreme_core(f, a[0], false);
    default:
      raise(ErrKind::RuntimeError);
  }
}

size_t container_arg(Op op) { return op == Op::apply || op == Op::mapply ? 1 : 0; }

bool subset_positions(const Value& sub, const Value& src, std::vector<uint32_t>& out) {
  out.clear();
  auto walk = [&](auto a, auto b) {
    size_t j = 0;
    for (const auto& c : a) {
      while (j < b.size() && !(b[j] == c)) ++j;
      if (j == b.size()) return false;
      out.push_back(uint32_t(j++));
    }
    return true;
  };
  if (is_cells(sub) && is_cells(src)) return walk(cells_of(sub), cells_of(src));
  if (is_indices(sub) && is_indices(src)) return walk(indices_of(sub), indices_of(src));
  auto len = [](const Value& c) -> int64_t {
    if (c.is_tuple()) return c.tuple().size();
    if (c.is_set() && !c.set().has_none) return c.set().size();
    return -1;
  };
  const int64_t n = len(sub), m = len(src);
  if (n < 0 || m < 0) return false;
  auto item = [](const Value& c, int64_t k) {
    return c.is_tuple() ? c.tuple().at(k) : c.set().at(k);
  };
  int64_t j = 0;
  for (int64_t k = 0; k < n; ++k) {
    Value e = item(sub, k);
    while (j < m && !py_eq(item(src, j), e)) ++j;
    if (j == m) return false;
    out.push_back(uint32_t(j++));
  }
  return true;
}

}  // namespace arcjit
