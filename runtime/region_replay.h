// How a Reduce folds its map region's results in one chunk: locating an element's instance in a
// body node's space (from the Reduce instance's coordinates and the element index, without
// materializing the product space), the charge program prepared per space, the caller that
// replays element results through hof_core's code, and a subset container's element positions.
#pragma once

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

#include "compiler/flat_graph.h"
#include "kernels/cpu/packed_sets.h"
#include "runtime/column.h"
#include "runtime/spaces.h"

namespace arcjit {

// Thrown where a value the replay needs was not computed (a region too large for the lane): the
// Reduce instance is evaluated eagerly instead.
struct NeedEager {};

// Finds the instance of a node's space: a space's instance is its base's instance's child number
// k, level by level from the lane.
struct Locator {
  struct Level {
    const uint32_t* start;
    int src;  // index into the Reduce instance's coordinates; -1: the element index
  };
  std::vector<Level> levels;
  const uint8_t* overflowed = nullptr;  // per chunk lane: the space has no instances there
  uint32_t locate(uint32_t lane, const uint32_t* rc, uint32_t k) const {
    if (overflowed[lane]) return kNoInstance;
    uint32_t idx = lane;
    for (const Level& l : levels) idx = l.start[idx] + (l.src < 0 ? k : rc[l.src]);
    return idx;
  }
  // When the element index enters only at the last level, an instance's elements are
  // contiguous: the instance for element k is base + k. base() gives it (kNoInstance where the
  // space overflowed), or kNotLinear.
  static constexpr uint32_t kNotLinear = ~0u - 1;
  uint32_t base(uint32_t lane, const uint32_t* rc) const {
    if (levels.empty() || levels.back().src >= 0) return kNotLinear;
    for (size_t i = 0; i + 1 < levels.size(); ++i)
      if (levels[i].src < 0) return kNotLinear;
    if (overflowed[lane]) return kNoInstance;
    uint32_t idx = lane;
    for (size_t i = 0; i + 1 < levels.size(); ++i) idx = levels[i].start[idx] + rc[levels[i].src];
    return levels.back().start[idx];
  }
};

// A Reduce's charge program prepared for a chunk: per space, the summed recorded costs of the
// steps whose nodes live there and the first of them that errored, per instance; an element's
// cost is then one lookup per space, and the steps are replayed in order only for an element
// with an error (or when guards make the program branch).
struct PreparedCharge {
  struct Sums {
    struct At {
      int64_t work = 0, elements = 0;
      uint32_t first_err = kNoInstance;  // step index, or kNoInstance
    };
    const Locator* loc = nullptr;
    const Column* col = nullptr;  // one of the space's step columns: which instances were computed
    std::vector<At> at;           // per instance of the space
  };
  std::vector<Sums> spaces;
  // Every step space's per-lane overflow flags: a lane where one has no instances is replayed
  // by the eager fallback (a skipped space's nodes would otherwise read as costing nothing).
  std::vector<const uint8_t*> overflowed;
  int64_t static_work = 0, static_elements = 0;
  bool ordered_only = false;
  std::span<const ChargeStep> steps;
  std::vector<const Locator*> step_loc;  // per step (null for Work)
  std::vector<const Column*> step_col;

  bool lane_complete(uint32_t lane) const {
    for (const uint8_t* o : overflowed)
      if (o[lane]) return false;
    return true;
  }

  // Fills the per-space sums; `space_of(step)` is the step node's space, `instances(space)` its
  // instance count in the chunk.
  template <class SpaceOf, class Instances>
  void prepare(SpaceOf&& space_of, Instances&& instances);

  // The cost of the element call at element index e of the instance on `lane` with
  // coordinates rc. Throws NeedEager where a value it needs was not computed.
  Cost element(uint32_t lane, const uint32_t* rc, uint32_t e) const;

  // The same, for one instance at a time: begin() finds each space's base (one lookup per
  // element after that where the element index enters last), element_at() then uses it.
  void begin(uint32_t lane, const uint32_t* rc);
  Cost element_at(uint32_t lane, const uint32_t* rc, uint32_t e) const;
  std::vector<uint32_t> bases;  // per space, for the instance begin() saw
  // Asks for the per-space sums of the instance (lane, rc) ahead of its elements' reads.
  void prefetch(uint32_t lane, const uint32_t* rc) const;
  bool complete = true;
};

// The caller hof_core's code runs with in a Reduce (and a Budget): element results the map
// region computed, each element call's recorded cost charged to the lane budget as the call
// would have charged it.
struct Replay {
  static constexpr bool kReplays = true;  // hof_core builds no element it is not returning
  PreparedCharge* charge = nullptr;
  const Locator* body_loc = nullptr;
  uint32_t body_base = Locator::kNotLinear;
  const Column* body = nullptr;
  uint32_t lane = 0;
  const uint32_t* rc = nullptr;         // the instance's coordinates on its space's axes
  const uint32_t* positions = nullptr;  // element k of a subset container -> source position
  uint32_t n_positions = 0;
  int64_t len_a = 0;  // Product: len(a)
  // A Pairs fold whose container is product(a, b) not built (unbuilt_product()): its factors,
  // two frozensets; pair k is (a[k / len(b)], b[k % len(b)]), the product's own order.
  const Value* product_a = nullptr;
  const Value* product_b = nullptr;
  // f(x) for a value that is no element (valmax's default): the function is built then.
  Value (*other)(void* ctx, const Value& x) = nullptr;
  void* other_ctx = nullptr;
  // A fused body (the planner's fused_into): the body's value at its instance y, computed
  // now, and its cost (the charge program then leaves out its last step, the body's).
  // With `offsets` set (a mapply of a fused shift), the body may give its unshifted patch and
  // the offset instead (the merge shifts it into the union unbuilt); the offset of element k
  // (zero: the value is the body's own) is kept at offsets[k].
  Value (*fused)(void* ctx, uint32_t y, Cost& cost, kernels::Offset* shift) = nullptr;
  void* fused_ctx = nullptr;
  std::vector<kernels::Offset>* offsets = nullptr;

  // Sets up the bases for the instance (lane, rc): call before at().
  void begin() {
    charge->begin(lane, rc);
    body_base = body_loc->base(lane, rc);
  }
  uint32_t body_index(uint32_t e) const {
    if (body_base == Locator::kNotLinear) return body_loc->locate(lane, rc, e);
    return body_base == kNoInstance ? kNoInstance : body_base + e;
  }
  Value at(int64_t k) const;
  Value elem(int64_t k, const Value&) { return at(k); }
  Value pair(int64_t i, int64_t j, const Value&, const Value&) {
    return at(len_a ? j * len_a + i : i);
  }
  Value any(const Value& x) { return other(other_ctx, x); }
  // hof_core's container length and element k: the unbuilt product's from its factors.
  int64_t container_len(const Value& c) const;
  Value container_elem(const Value& c, int64_t k) const;
  // The folds' merge: packed sets unioned by the columnar kernel.
  Value merge(std::span<const Value> parts, bool to_set) const;
  // The folds' frozenset of results: packed sets ordered by the columnar kernel.
  Value set_of(std::vector<Value>& items) const;
};

// What a product node holds on a lane where it is not built: only Pairs folds read it (the
// batched executor's unbuilt_ok), and they enumerate its pairs from the factors. An empty
// frozenset of its own, told apart by identity.
const Value& unbuilt_product();
bool is_unbuilt_product(const Value& v);

// The primitive's fold (hof_core) over replayed elements; a: the data arguments, in parameter
// order (the function's position holds nothing).
Value run_core(Op op, Replay& f, const std::vector<Value>& a);
// The position of the container among the arguments of an Elem-axis Reduce.
size_t container_arg(Op op);
// Positions in `src` of the elements of `sub`, a subset of them in src's order; false when sub
// is not one (the call is then made eagerly).
bool subset_positions(const Value& sub, const Value& src, std::vector<uint32_t>& out);

template <class SpaceOf, class Instances>
void PreparedCharge::prepare(SpaceOf&& space_of, Instances&& instances) {
  for (const ChargeStep& s : steps)
    if (s.kind == StepKind::GuardJump) ordered_only = true;
  if (ordered_only) return;
  std::vector<std::pair<SpaceId, size_t>> index;
  for (size_t k = 0; k < steps.size(); ++k) {
    const ChargeStep& s = steps[k];
    if (s.kind == StepKind::Work) {
      static_work += s.w;
      static_elements += s.e;
      continue;
    }
    const Column& col = *step_col[k];
    const SpaceId sp = space_of(k);
    if (std::find(overflowed.begin(), overflowed.end(), step_loc[k]->overflowed) ==
        overflowed.end())
      overflowed.push_back(step_loc[k]->overflowed);
    // A node that never failed here and cost the same at every instance (nothing, often) adds
    // a constant to every element: no sums to build for it.
    if (!col.any_err())
      if (std::optional<Cost> u = col.same_cost()) {
        static_work += u->work;
        static_elements += u->elements;
        continue;
      }
    size_t at = index.size();
    for (size_t j = 0; j < index.size(); ++j)
      if (index[j].first == sp) at = j;
    if (at == index.size()) {
      index.emplace_back(sp, spaces.size());
      Sums sums;
      sums.loc = step_loc[k];
      sums.col = step_col[k];
      sums.at.assign(instances(sp), Sums::At{});
      spaces.push_back(std::move(sums));
    }
    Sums& sums = spaces[index[at].second];
    for (uint32_t y = 0; y < sums.at.size(); ++y) {
      Sums::At& a = sums.at[y];
      const Cost c = col.cost_at(y);
      a.work += c.work;
      a.elements += c.elements;
      if (a.first_err == kNoInstance && col.is_err(y)) a.first_err = uint32_t(k);
    }
  }
  // A space whose computed instances all cost the same and never fail adds a constant: folded
  // into the static cost, it needs no lookup per element (instances no lane needed stay None).
  for (size_t k = 0; k < spaces.size();) {
    const Sums& sp = spaces[k];
    const Column& any = *sp.col;
    bool constant = true, seen = false;
    Sums::At first;
    for (uint32_t y = 0; y < sp.at.size() && constant; ++y) {
      if (any.slot(y) == Slot::None) continue;
      const Sums::At& a = sp.at[y];
      if (!seen) {
        first = a;
        seen = true;
      }
      constant = a.first_err == kNoInstance && a.work == first.work && a.elements == first.elements;
    }
    if (!constant) {
      ++k;
      continue;
    }
    static_work += first.work;
    static_elements += first.elements;
    spaces.erase(spaces.begin() + long(k));
  }
}

}  // namespace arcjit
