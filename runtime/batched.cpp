#include "runtime/batched.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <stdexcept>

#include "kernels/cpu/call.h"
#include "kernels/cpu/hof_core.h"
#include "runtime/limits.h"
#include "runtime/node_eval.h"
#include "runtime/pyops.h"
#include "runtime/spaces.h"
#include "runtime/thread_pool.h"

namespace arcjit {

namespace {

struct Cost {
  int64_t work = 0, elements = 0;
};

// Thrown by a replayed element the batched path did not compute (a map region too large for the
// lane): the Reduce instance is evaluated eagerly instead.
struct NeedEager {};

// A fresh budget for one instance: counters cleared, the call depth of its context.
void reset_budget(uint32_t depth) {
  LaneBudget& b = lane_budget();
  b.work = 0;
  b.elements = 0;
  b.depth = int64_t(depth);
}

Cost spent() {
  const LaneBudget& b = lane_budget();
  return Cost{b.work, b.elements};
}

// Runs f; a raised Python error, or memory exhaustion, becomes an error value.
template <class F>
Value catching(F&& f) {
  try {
    return f();
  } catch (const PyErr& e) {
    return Value::error(e.kind);
  } catch (const std::bad_alloc&) {
    return Value::error(ErrKind::ResourceLimit);
  } catch (const std::length_error&) {
    return Value::error(ErrKind::ResourceLimit);
  }
}

bool is_true(const Value& v) { return v.is_bool() && v.i() != 0; }

}  // namespace

struct BatchedExecutor::Impl {
  const Workload& w;
  const FlatWorkload& fw;
  const FlatGraph& g;
  const Plan& plan;
  NodeEvaluator lambdas;                         // builds lambda function values
  std::vector<uint8_t> needs_cost;               // per node: read by a charge program
  std::vector<std::vector<FlatId>> freed_after;  // per group: nodes whose values can go

  Impl(const Workload& wl, const FlatWorkload& f, const Plan& p)
      : w(wl),
        fw(f),
        g(f.graph),
        plan(p),
        lambdas(wl.graph),
        needs_cost(f.graph.size(), 0),
        freed_after(p.groups.size()) {
    for (FlatId id = 0; id < g.size(); ++id) {
      const FlatKind k = g.at(id).kind;
      if (k != FlatKind::Reduce && k != FlatKind::Budget) continue;
      for (const ChargeStep& s : g.steps(g.reduce_info(id).charge))
        if (s.kind == StepKind::Node) needs_cost[s.node] = 1;
    }
    for (FlatId id = 0; id < g.size(); ++id) {
      uint32_t lu = plan.last_use[id];
      if (lu != kNoGroup && lu != kKeptToEnd) freed_after[lu].push_back(id);
    }
  }

  // A function value from its template and leaf values.
  Value materialize(uint32_t t, const Value* leaves) const {
    const ClosureTemplate& ct = g.templ(t);
    auto part = [&](const TemplatePart& p) -> Value {
      switch (p.kind) {
        case TemplatePart::Kind::Leaf:
          return leaves[p.index];
        case TemplatePart::Kind::Nested:
          return materialize(p.index, leaves);
        case TemplatePart::Kind::Const:
          return g.pool_value(p.index);
      }
      return Value();
    };
    switch (ct.kind) {
      case FuncKind::Prim:
        return prim_value(Op(ct.op));
      case FuncKind::ConstEmpty:
        return const_empty_func();
      case FuncKind::Lambda: {
        std::vector<Value> caps;
        for (const TemplatePart& p : ct.parts) caps.push_back(part(p));
        return lambdas.make_lambda(ct.lambda, std::move(caps));
      }
      default: {
        std::vector<Value> parts;
        for (const TemplatePart& p : ct.parts) parts.push_back(part(p));
        return make_closure(ct.kind, ct.arity, std::move(parts), ct.n);
      }
    }
  }

  void run_chunk(uint32_t l0, uint32_t n, const ExecOptions& opt, std::vector<RunOutput>& out,
                 const std::vector<std::vector<uint32_t>>& runs_of_lane, BatchedStats& st) const;
};

namespace {

// One chunk of lanes: columns, spaces, and the group loop.
class ChunkRun {
 public:
  ChunkRun(const BatchedExecutor::Impl& ex, uint32_t l0, uint32_t n, int64_t max_per_lane)
      : ex_(ex),
        g_(ex.g),
        l0_(l0),
        n_(n),
        cols_(ex.g.size()),
        spaces_(ex.g, n, max_per_lane,
                [this](FlatId id) -> const std::vector<Value>& { return cols_[id].v; }) {}

  void run_node(FlatId id);
  void free_node(FlatId id) {
    cols_[id].v = {};
    cols_[id].cost = {};
  }
  // The value of root-space node id on chunk lane l.
  const Value& root_value(FlatId id, uint32_t l) const {
    const FlatNode& n = g_.at(id);
    if (n.kind == FlatKind::Const) return g_.const_value(id);
    return cols_[id].v[l];
  }
  uint64_t instances = 0, per_instance = 0, eager = 0;

 private:
  struct Col {
    std::vector<Value> v;
    std::vector<Cost> cost;
  };
  void allocate(Col& col, size_t n, bool costs) {
    col.v.assign(n, Value());
    if (costs) col.cost.assign(n, Cost{});
  }

  // Reads argument `a` at the instances of space `s`.
  struct Reader {
    const Value* konst = nullptr;
    const Value* col = nullptr;
    const uint32_t* proj = nullptr;
    const Cost* cost = nullptr;
    const Value& at(uint32_t x) const {
      static const Value skipped = Value::error(ErrKind::Skipped);
      if (konst) return *konst;
      if (!proj) return col[x];
      uint32_t y = proj[x];
      return y == kNoInstance ? skipped : col[y];
    }
    // The instance read, or kNoInstance.
    uint32_t where(uint32_t x) const { return proj ? proj[x] : x; }
  };
  Reader reader(FlatId a, SpaceId s) {
    Reader r;
    const FlatNode& n = g_.at(a);
    if (n.kind == FlatKind::Const) {
      r.konst = &g_.const_value(a);
      return r;
    }
    r.col = cols_[a].v.data();
    r.cost = cols_[a].cost.empty() ? nullptr : cols_[a].cost.data();
    if (n.space != s) r.proj = spaces_.proj(s, n.space).data();
    return r;
  }

  // Which chunk lanes need node id.
  std::vector<uint8_t> lane_mask(FlatId id) const {
    std::vector<uint8_t> m(n_, 0);
    const auto& all = ex_.plan.lanes[id];
    auto b = std::lower_bound(all.begin(), all.end(), l0_);
    for (; b != all.end() && *b < l0_ + n_; ++b) m[*b - l0_] = 1;
    return m;
  }

  Value eval(const FlatNode& n, const Value* in, size_t nargs, Cost& cost);
  void run_reduce(FlatId id);
  Value eager_call(const ReduceInfo& info, const std::vector<Reader>& args, uint32_t r, Cost& cost);
  Value arg_value(const ReduceArg& a, const std::vector<Reader>& rd, size_t& at, uint32_t r);

  const BatchedExecutor::Impl& ex_;
  const FlatGraph& g_;
  uint32_t l0_, n_;
  std::vector<Col> cols_;
  ChunkSpaces spaces_;
};

Value ChunkRun::eval(const FlatNode& n, const Value* in, size_t nargs, Cost& cost) {
  switch (n.kind) {
    case FlatKind::Guard:
      if (in[0].is_err() && (n.aux & err_bit(in[0].err()))) return g_.pool_value(n.slot);
      return in[0];
    case FlatKind::GuardState:
      for (size_t k = 0; k < nargs; ++k)
        if (in[k].is_err()) return (n.aux & err_bit(in[k].err())) ? Value::boolean(true) : in[k];
      return Value::boolean(false);
    case FlatKind::GuardSelect:
      if (in[0].is_err()) return in[0];
      return is_true(in[0]) ? g_.pool_value(n.slot) : in[1];
    default:
      break;
  }
  for (size_t k = 0; k < nargs; ++k)
    if (in[k].is_err()) return in[k];  // the first error in Python's order wins
  switch (n.kind) {
    case FlatKind::Prim: {
      reset_budget(n.depth);
      Value v = catching([&] { return op_info(n.op).kernel(in); });
      cost = spent();
      if (calls_function_values(n.op)) ++per_instance;
      return v;
    }
    case FlatKind::DynCall: {
      reset_budget(n.depth);
      Value v = catching([&] { return call_value(in[0], {in + 1, nargs - 1}); });
      cost = spent();
      ++per_instance;
      return v;
    }
    case FlatKind::MakeFunc:
      return ex_.materialize(n.slot, in);
    case FlatKind::Tuple: {
      reset_budget(n.depth);
      Value v = catching([&] { return make_tuple(std::vector<Value>(in, in + nargs)); });
      cost = spent();
      return v;
    }
    case FlatKind::Fail:
      return Value::error(ErrKind(n.aux));
    case FlatKind::After:
      return g_.pool_value(n.slot);
    default:
      return Value::error(ErrKind::RuntimeError);
  }
}

void ChunkRun::run_node(FlatId id) {
  const FlatNode& n = g_.at(id);
  if (n.kind == FlatKind::Const) return;
  if (n.kind == FlatKind::Reduce || n.kind == FlatKind::Budget) {
    run_reduce(id);
    return;
  }
  const SpaceInstances& si = spaces_.get(n.space);
  Col& col = cols_[id];
  const bool costs = ex_.needs_cost[id];
  allocate(col, si.n, costs);
  std::vector<uint8_t> mask = lane_mask(id);

  if (n.kind == FlatKind::Input) {
    for (uint32_t l = 0; l < n_; ++l)
      if (mask[l]) col.v[l] = ex_.w.lanes[l0_ + l].inputs[n.slot];
    return;
  }
  auto args = g_.args(id);
  std::vector<Reader> rd;
  for (FlatId a : args) rd.push_back(reader(a, n.space));

  if (n.kind == FlatKind::Elem) {
    const Axis& ax = g_.axis_info(n.aux);
    for (uint32_t x = 0; x < si.n; ++x) {
      if (!mask[si.lane[x]]) continue;
      const Value& a = rd[0].at(x);
      col.v[x] = axis_element(ax, a, rd.size() > 1 ? rd[1].at(x) : a, n.slot, si.k[x]);
      ++instances;
    }
    return;
  }
  Value small[8];
  std::vector<Value> big(args.size() > 8 ? args.size() : 0);
  Value* in = args.size() > 8 ? big.data() : small;
  for (uint32_t x = 0; x < si.n; ++x) {
    if (!mask[si.lane[x]]) continue;
    for (size_t k = 0; k < rd.size(); ++k) in[k] = rd[k].at(x);
    Cost c;
    col.v[x] = eval(n, in, rd.size(), c);
    if (costs) col.cost[x] = c;
    ++instances;
  }
}

// A Reduce or Budget argument's value at instance r: a data node's, or the function built from
// its template (the fallback value where a guard caught an error). `at` walks the readers.
Value ChunkRun::arg_value(const ReduceArg& a, const std::vector<Reader>& rd, size_t& at,
                          uint32_t r) {
  if (a.node != kNoFlat) return rd[at++].at(r);
  std::vector<Value> leaves;
  for (size_t k = 0; k < a.leaves.size(); ++k) leaves.push_back(rd[at++].at(r));
  if (a.guard != kNoFlat && is_true(rd[at++].at(r))) return a.fallback;
  return ex_.materialize(a.templ, leaves.data());
}

// The call a Reduce/Budget stands for, made as eager makes it (the arguments hold no error).
Value ChunkRun::eager_call(const ReduceInfo& info, const std::vector<Reader>& rd, uint32_t r,
                           Cost& cost) {
  std::vector<Value> args;
  size_t at = 0;
  for (const ReduceArg& a : info.call.args) args.push_back(arg_value(a, rd, at, r));
  reset_budget(info.call.depth);
  Value v = catching([&] {
    if (info.call.is_call) return call_value(args[0], {args.data() + 1, args.size() - 1});
    return op_info(info.call.op).kernel(args.data());
  });
  cost = spent();
  ++eager;
  return v;
}

// Finds the instance of a node's space from a Reduce instance's coordinates and an element
// index: a space's instance is its base's instance's child number k, level by level.
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
};

// Positions in `src` of the elements of `sub`, a subset of them in src's order; false when
// sub is not one (then the call is made eagerly).
bool subset_positions(const Value& sub, const Value& src, std::vector<uint32_t>& out) {
  out.clear();
  if (is_cells(sub) && is_cells(src)) {
    auto a = cells_of(sub), b = cells_of(src);
    size_t j = 0;
    for (const Cell& c : a) {
      while (j < b.size() && !(b[j] == c)) ++j;
      if (j == b.size()) return false;
      out.push_back(uint32_t(j++));
    }
    return true;
  }
  if (is_indices(sub) && is_indices(src)) {
    auto a = indices_of(sub), b = indices_of(src);
    size_t j = 0;
    for (const Idx& c : a) {
      while (j < b.size() && !(b[j] == c)) ++j;
      if (j == b.size()) return false;
      out.push_back(uint32_t(j++));
    }
    return true;
  }
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

// The caller hof_core's code runs with in a Reduce (and a Budget): element results the map
// region computed, each element's charge program replayed into the lane budget as the call
// would have charged it.
struct Replay {
  std::span<const ChargeStep> steps;
  const std::vector<const Locator*>* step_loc;  // per step (null for Work)
  const std::vector<const Value*>* step_col;
  const std::vector<const Cost*>* step_cost;
  const Locator* body_loc;
  const Value* body_col;
  uint32_t lane = 0;
  const uint32_t* rc = nullptr;         // the instance's coordinates on its space's axes
  const uint32_t* positions = nullptr;  // element k of a subset container -> source position
  uint32_t n_positions = 0;
  int64_t len_a = 0;                         // Product: len(a)
  std::function<Value(const Value&)> other;  // f(x) for a value that is no element

  Value at(int64_t k) const {
    uint32_t e = uint32_t(k);
    if (positions) {
      if (k < 0 || uint32_t(k) >= n_positions) throw NeedEager{};
      e = positions[k];
    }
    int64_t work = 0, elements = 0;
    for (size_t pc = 0; pc < steps.size(); ++pc) {
      const ChargeStep& s = steps[pc];
      if (s.kind == StepKind::Work) {
        work += s.w;
        elements += s.e;
        continue;
      }
      const uint32_t y = (*step_loc)[pc]->locate(lane, rc, e);
      if (y == kNoInstance) throw NeedEager{};
      const Value& v = (*step_col)[pc][y];
      if (v.is_err() && v.err() == ErrKind::Skipped) throw NeedEager{};
      if (s.kind == StepKind::GuardJump) {
        if (v.is_err()) break;
        if (is_true(v)) {
          work += s.w;
          pc += s.skip;
        }
        continue;
      }
      if (const Cost* c = (*step_cost)[pc]) {
        work += c[y].work;
        elements += c[y].elements;
      }
      if (v.is_err()) break;
    }
    const uint32_t y = body_loc->locate(lane, rc, e);
    if (y == kNoInstance) throw NeedEager{};
    const Value& v = body_col[y];
    if (v.is_err() && v.err() == ErrKind::Skipped) throw NeedEager{};
    charge_recorded(work, elements);
    if (v.is_err()) raise(v.err());
    return v;
  }
  Value elem(int64_t k, const Value&) { return at(k); }
  Value pair(int64_t i, int64_t j, const Value&, const Value&) {
    return at(len_a ? j * len_a + i : i);
  }
  Value any(const Value& x) { return other(x); }
};

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

// The position of the container among a Reduce's arguments (Elem axes).
size_t container_arg(Op op) { return op == Op::apply || op == Op::mapply ? 1 : 0; }

void ChunkRun::run_reduce(FlatId id) {
  const FlatNode& n = g_.at(id);
  const ReduceInfo& info = g_.reduce_info(id);
  const bool is_budget = n.kind == FlatKind::Budget;
  const SpaceInstances& ri = spaces_.get(n.space);
  std::vector<uint8_t> mask = lane_mask(id);
  Col& col = cols_[id];
  const bool costs = ex_.needs_cost[id];
  allocate(col, ri.n, costs);

  // Coordinates of the Reduce's instances, and how each charged node and the body are found.
  std::span<const AxisId> r_axes = g_.space_axes(n.space);
  std::vector<const uint32_t*> coords;
  for (AxisId a : r_axes) coords.push_back(spaces_.coord(n.space, a).data());
  std::map<SpaceId, Locator> locators;
  auto locator = [&](SpaceId s) -> const Locator* {
    auto it = locators.find(s);
    if (it != locators.end()) return &it->second;
    Locator loc;
    loc.overflowed = spaces_.get(s).overflowed.data();
    std::vector<SpaceId> chain;
    for (SpaceId c = s; c != kRootSpace; c = g_.space_base(c)) chain.push_back(c);
    for (size_t i = chain.size(); i-- > 0;) {
      const AxisId a = g_.space_axes(chain[i]).back();
      int src = -1;
      if (is_budget || a != info.axis)
        src = int(std::lower_bound(r_axes.begin(), r_axes.end(), a) - r_axes.begin());
      loc.levels.push_back(Locator::Level{spaces_.get(chain[i]).start.data(), src});
    }
    return &locators.emplace(s, std::move(loc)).first->second;
  };
  std::span<const ChargeStep> steps = g_.steps(info.charge);
  std::vector<const Locator*> step_loc;
  std::vector<const Value*> step_col;
  std::vector<const Cost*> step_cost;
  for (const ChargeStep& s : steps) {
    const bool has = s.node != kNoFlat;
    step_loc.push_back(has ? locator(g_.at(s.node).space) : nullptr);
    step_col.push_back(has ? cols_[s.node].v.data() : nullptr);
    step_cost.push_back(has && !cols_[s.node].cost.empty() ? cols_[s.node].cost.data() : nullptr);
  }
  const Locator* body_loc = locator(g_.at(info.body).space);

  std::vector<Reader> rd;
  for (const ReduceArg& a : info.call.args) {
    if (a.node != kNoFlat) rd.push_back(reader(a.node, n.space));
    for (FlatId l : a.leaves) rd.push_back(reader(l, n.space));
    if (a.guard != kNoFlat) rd.push_back(reader(a.guard, n.space));
  }
  const Axis* ax = is_budget ? nullptr : &g_.axis_info(info.axis);
  // A subset container's element positions in its source, per instance of the container.
  std::optional<Reader> source;
  FlatId sub = kNoFlat;
  std::vector<std::vector<uint32_t>> positions;
  std::vector<uint8_t> positions_ok;
  if (info.source != kNoFlat) {
    source = reader(info.source, n.space);
    sub = info.call.args[container_arg(info.call.op)].node;
    positions.resize(spaces_.get(g_.at(sub).space).n);
    positions_ok.assign(positions.size(), 2);  // 2: not computed yet
  }
  const uint32_t* to_sub = nullptr;
  if (sub != kNoFlat && g_.at(sub).space != n.space)
    to_sub = spaces_.proj(n.space, g_.at(sub).space).data();

  std::vector<uint32_t> rc(r_axes.size());
  for (uint32_t r = 0; r < ri.n; ++r) {
    if (!mask[ri.lane[r]]) continue;
    ++instances;
    // The arguments' first error, in parameter order (a guarded closure's: its guard's).
    Value err;
    for (size_t a = 0, at = 0; a < info.call.args.size() && !err.is_err(); ++a) {
      const ReduceArg& ra = info.call.args[a];
      const size_t n_rd = (ra.node != kNoFlat) + ra.leaves.size() + (ra.guard != kNoFlat);
      const size_t from = ra.guard != kNoFlat ? at + n_rd - 1 : at;
      for (size_t k = from; k < at + n_rd; ++k)
        if (rd[k].at(r).is_err()) {
          err = rd[k].at(r);
          break;
        }
      at += n_rd;
    }
    if (err.is_err()) {
      col.v[r] = err;
      continue;
    }
    for (size_t a = 0; a < r_axes.size(); ++a) rc[a] = coords[a][r];
    Replay rp;
    rp.steps = steps;
    rp.step_loc = &step_loc;
    rp.step_col = &step_col;
    rp.step_cost = &step_cost;
    rp.body_loc = body_loc;
    rp.body_col = cols_[info.body].v.data();
    rp.lane = ri.lane[r];
    rp.rc = rc.data();
    Cost c;
    std::vector<Value> args;
    size_t at = 0;
    bool need_eager = false;
    Value v;
    try {
      for (const ReduceArg& a : info.call.args) args.push_back(arg_value(a, rd, at, r));
      if (sub != kNoFlat) {
        const uint32_t y = to_sub ? to_sub[r] : r;
        if (positions_ok[y] == 2)
          positions_ok[y] =
              subset_positions(args[container_arg(info.call.op)], source->at(r), positions[y]);
        if (!positions_ok[y]) throw NeedEager{};
        rp.positions = positions[y].data();
        rp.n_positions = uint32_t(positions[y].size());
      }
      if (ax && ax->kind == AxisKind::Product)
        rp.len_a = args[1].is_tuple() ? args[1].tuple().size()
                                      : (args[1].is_set() ? args[1].set().size() : 0);
      rp.other = [&](const Value& x) {
        return call1(info.call.op == Op::valmax || info.call.op == Op::valmin ? args[1] : args[0],
                     x);
      };
      reset_budget(info.call.depth);
      v = catching([&]() -> Value {
        if (is_budget) return rp.at(0);
        return run_core(info.call.op, rp, args);
      });
      c = spent();
    } catch (const NeedEager&) {
      need_eager = true;
    }
    if (need_eager) v = eager_call(info, rd, r, c);
    col.v[r] = v;
    if (costs) col.cost[r] = c;
  }
}

}  // namespace

void BatchedExecutor::Impl::run_chunk(uint32_t l0, uint32_t n, const ExecOptions& opt,
                                      std::vector<RunOutput>& out,
                                      const std::vector<std::vector<uint32_t>>& runs_of_lane,
                                      BatchedStats& st) const {
  LaneScope scope(opt.limits);
  ChunkRun cr(*this, l0, n, opt.max_space_per_lane);
  std::vector<double> secs(plan.groups.size(), 0.0);
  std::vector<uint64_t> inst(plan.groups.size(), 0);
  for (size_t gi = 0; gi < plan.groups.size(); ++gi) {
    auto t0 = std::chrono::steady_clock::now();
    const uint64_t before = cr.instances;
    for (FlatId m : plan.groups[gi].nodes) cr.run_node(m);
    for (FlatId f : freed_after[gi]) cr.free_node(f);
    secs[gi] = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    inst[gi] = cr.instances - before;
  }
  for (uint32_t l = 0; l < n; ++l)
    for (uint32_t k : runs_of_lane[l0 + l]) {
      const Run& run = w.runs[k];
      const FlatProgram& fp = fw.programs[run.program];
      const Program& p = w.programs[run.program];
      RunOutput& o = out[k];
      bool failed = false;
      for (FlatId s : fp.statements)
        if (cr.root_value(s, l).is_err()) {
          o.value = cr.root_value(s, l);
          failed = true;
          break;
        }
      if (failed) continue;
      if (p.kind == ProgramKind::Solver) {
        o.value = cr.root_value(fp.result, l);
      } else {
        for (FlatId a : fp.append_items) o.appended.push_back(cr.root_value(a, l));
      }
    }
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  for (size_t gi = 0; gi < secs.size(); ++gi) {
    st.group_seconds[gi] += secs[gi];
    st.group_instances[gi] += inst[gi];
  }
  st.instances += cr.instances;
  st.per_instance_calls += cr.per_instance;
  st.eager_fallbacks += cr.eager;
}

BatchedExecutor::BatchedExecutor(const Workload& w, const FlatWorkload& fw, const Plan& plan)
    : impl_(std::make_unique<Impl>(w, fw, plan)) {}
BatchedExecutor::~BatchedExecutor() = default;

std::vector<RunOutput> BatchedExecutor::run(const ExecOptions& options, BatchedStats* stats) const {
  const Workload& w = impl_->w;
  std::vector<RunOutput> out(w.runs.size());
  std::vector<std::vector<uint32_t>> runs_of_lane(w.lanes.size());
  for (uint32_t k = 0; k < w.runs.size(); ++k) runs_of_lane[w.runs[k].lane].push_back(k);

  BatchedStats st;
  st.groups = impl_->plan.groups.size();
  st.group_seconds.assign(st.groups, 0.0);
  st.group_instances.assign(st.groups, 0);
  auto t0 = std::chrono::steady_clock::now();
  const uint32_t chunk = std::max<uint32_t>(1, options.lanes_per_chunk);
  const uint32_t n_chunks = uint32_t((w.lanes.size() + chunk - 1) / chunk);
  std::atomic<size_t> done{0};
  std::mutex progress_mu;
  ThreadPool pool(options.threads);
  pool.parallel_for(
      n_chunks,
      [&](size_t c) {
        const uint32_t l0 = uint32_t(c) * chunk;
        const uint32_t n = std::min<uint32_t>(chunk, uint32_t(w.lanes.size()) - l0);
        impl_->run_chunk(l0, n, options, out, runs_of_lane, st);
        size_t runs = 0;
        for (uint32_t l = l0; l < l0 + n; ++l) runs += runs_of_lane[l].size();
        const size_t d = done.fetch_add(runs) + runs;
        if (options.progress) {
          std::lock_guard<std::mutex> lock(progress_mu);
          options.progress(d);
        }
      },
      1);
  st.seconds_in_groups =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (stats) *stats = std::move(st);
  return out;
}

}  // namespace arcjit
