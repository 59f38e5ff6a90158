#include "runtime/batched.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <span>
#include <unordered_map>

#include "kernels/cpu/call.h"
#include "kernels/cpu/columnar.h"
#include "kernels/cpu/hof_core.h"
#include "kernels/cpu/packed_sets.h"
#include "runtime/catching.h"
#include "runtime/column.h"
#include "runtime/extreme_rows.h"
#include "runtime/limits.h"
#include "runtime/node_eval.h"
#include "runtime/region_replay.h"
#include "runtime/spaces.h"
#include "runtime/thread_pool.h"

namespace arcjit {

namespace {

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

bool is_true(const Value& v) { return v.is_bool() && v.i() != 0; }

// A value as a columnar kernel argument (constants are classified once).
ColIn classify(const Value& v) {
  ColIn in;
  switch (v.tag()) {
    case Tag::Int:
      in.s = Slot::Int, in.a = v.i();
      break;
    case Tag::Bool:
      in.s = Slot::Bool, in.a = v.i();
      break;
    case Tag::Err:
      in.s = Slot::Err, in.a = int64_t(v.err());
      break;
    case Tag::None:
      in.s = Slot::None;
      break;
    default:
      in.s = Slot::Boxed, in.v = &v;
      break;
  }
  return in;
}

// shift(patch, offset) left unbuilt for a union: the offset, where the patch is a non-empty packed
// set no larger than a container may be, the offset two ints, and no coordinate near overflow
// (shift_fast would build exactly the patch moved by it).
std::optional<kernels::Offset> lazy_shift(const Value& patch, const Value& offset) {
  if (!is_point(offset) || !patch.is_set() || patch.set().layout == SetLayout::Generic) return {};
  const int64_t n = patch.set().size();
  if (n == 0 || n > lane_budget().limits.max_container) return {};
  constexpr int64_t kFar = int64_t(1) << 40;
  auto near = [&](int64_t v) { return v > -kFar && v < kFar; };
  const int64_t di = offset.tuple().ints[0], dj = offset.tuple().ints[1];
  if (!near(di) || !near(dj)) return {};
  if (patch.set().layout == SetLayout::Cells) {
    for (const Cell& c : cells_of(patch))
      if (!near(c.i) || !near(c.j)) return {};
  } else {
    for (const Idx& x : indices_of(patch))
      if (!near(x.i) || !near(x.j)) return {};
  }
  return kernels::Offset{di, dj};
}

// Columnar kernels charge as the reference does, but only a lane budget large enough that the
// few elements they build cannot cross a limit lets them skip the budget's checks.
bool limits_allow_columnar(const Limits& l) {
  return l.max_container >= 64 && l.max_lane_elements >= 64 && l.max_lane_work >= 64;
}

}  // namespace

struct BatchedExecutor::Impl {
  const Workload& w;
  const FlatWorkload& fw;
  const FlatGraph& g;
  const Plan& plan;
  NodeEvaluator lambdas;                         // builds lambda function values
  std::vector<uint8_t> needs_cost;               // per node: read by a charge program
  std::vector<std::vector<FlatId>> freed_after;  // per group: nodes whose values can go
  std::vector<uint8_t> is_statement;             // per node: a statement of some program
  std::vector<uint8_t> unbuilt_ok;               // per node: a product only Pairs folds read
  // Per node: its first and last lane and how many need it (none: count 0), in one array, so
  // that a chunk deciding which nodes it runs reads no lane list: those are scattered over
  // tens of megabytes, and their heads were a cache miss per node and chunk.
  struct LaneSpan {
    uint32_t front = 0, back = 0, count = 0;
  };
  std::vector<LaneSpan> lane_span;
  std::vector<uint32_t> every_lane;  // 0, 1, ...: the lane list of a node every lane needs

  Impl(const Workload& wl, const FlatWorkload& f, const Plan& p)
      : w(wl),
        fw(f),
        g(f.graph),
        plan(p),
        lambdas(wl.graph),
        needs_cost(f.graph.size(), 0),
        freed_after(p.groups.size()),
        is_statement(f.graph.size(), 0),
        unbuilt_ok(f.graph.size(), 0),
        lane_span(f.graph.size()),
        every_lane(wl.lanes.size()) {
    std::iota(every_lane.begin(), every_lane.end(), 0u);
    for (FlatId id = 0; id < g.size(); ++id)
      if (const std::vector<uint32_t>& l = plan.lanes[id]; !l.empty())
        lane_span[id] = LaneSpan{l.front(), l.back(), uint32_t(l.size())};
    for (FlatId id = 0; id < g.size(); ++id) {
      const FlatKind k = g.at(id).kind;
      if (k != FlatKind::Reduce && k != FlatKind::Budget) continue;
      for (const ChargeStep& s : g.steps(g.reduce_info(id).charge))
        if (s.kind == StepKind::Node) needs_cost[s.node] = 1;
    }
    for (const FlatProgram& fp : fw.programs)
      for (FlatId s : fp.statements) is_statement[s] = 1;
    for (FlatId id = 0; id < g.size(); ++id) {
      uint32_t lu = plan.last_use[id];
      if (lu != kNoGroup && lu != kKeptToEnd) freed_after[lu].push_back(id);
    }
    find_unbuilt_products();
  }

  // A product(x, y) of the lane space read only by maps over its pairs (apply, mapply, sfilter
  // with a Pairs axis over x and y, as their container, nothing else of theirs) need not be
  // built: those folds enumerate the pairs from x and y, and make the few pairs they return.
  // Anything else that reads a value (a result, an append item, a charge program, an axis, an
  // argument) keeps it built.
  void find_unbuilt_products() {
    for (FlatId id = 0; id < g.size(); ++id) {
      const FlatNode& n = g.at(id);
      unbuilt_ok[id] = n.kind == FlatKind::Prim && n.op == Op::product && g.args(id).size() == 2 &&
                       n.space == kRootSpace && plan.group_of[id] != kNoGroup &&
                       plan.last_use[id] != kKeptToEnd && !needs_cost[id] &&
                       plan.fused_into[id] == kNoFlat;
    }
    std::vector<FlatId> seen;
    for (FlatId r = 0; r < g.size(); ++r) {
      seen.clear();
      for_each_dep(g, r, [&](FlatId a) { seen.push_back(a); });
      for (FlatId p : seen) {
        if (!unbuilt_ok[p]) continue;
        const bool once = std::count(seen.begin(), seen.end(), p) == 1;
        unbuilt_ok[p] = once && reads_as_pairs(r, p);
      }
    }
  }
  bool reads_as_pairs(FlatId r, FlatId p) const {
    const FlatNode& n = g.at(r);
    if (n.kind != FlatKind::Reduce) return false;
    const ReduceInfo& info = g.reduce_info(r);
    const Op op = info.call.op;
    if (info.call.is_call || (op != Op::apply && op != Op::mapply && op != Op::sfilter) ||
        info.source != kNoFlat)
      return false;
    const Axis& ax = g.axis_info(info.axis);
    return ax.kind == AxisKind::Pairs && ax.a == g.args(p)[0] && ax.b == g.args(p)[1] &&
           info.call.args[container_arg(op)].node == p;
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
  ChunkRun(const BatchedExecutor::Impl& ex, uint32_t l0, uint32_t n, const ExecOptions& opt)
      : ex_(ex),
        g_(ex.g),
        l0_(l0),
        n_(n),
        limits_(opt.limits),
        columnar_(limits_allow_columnar(opt.limits)),
        cols_(ex.g.size()),
        spaces_(ex.g, n, opt.max_space_per_lane,
                [this](FlatId id, uint32_t x) { return cols_[id].get(x); }) {}

  void run_node(FlatId id);
  // A statement's errors are kept for the runs' check at the end (its lanes' errors, if any:
  // few statements have one).
  void free_node(FlatId id) {
    const Column& c = cols_[id];
    if (ex_.is_statement[id])
      for (uint32_t l = 0; l < c.size(); ++l)
        if (c.is_err(l)) {
          std::vector<std::optional<ErrKind>>& e = statement_errors_[id];
          e.resize(c.size());
          e[l] = c.err(l);
        }
    cols_[id].release();
  }
  // The value of root-space node id on chunk lane l.
  Value root_value(FlatId id, uint32_t l) const {
    if (g_.at(id).kind == FlatKind::Const) return g_.const_value(id);
    return cols_[id].get(l);
  }
  // Statement id's error on chunk lane l, if it has one (its values may be gone).
  std::optional<ErrKind> statement_error(FlatId id, uint32_t l) const {
    if (g_.at(id).kind == FlatKind::Const || cols_[id].size() > 0) {
      const Value v = root_value(id, l);
      return v.is_err() ? std::optional<ErrKind>(v.err()) : std::nullopt;
    }
    auto it = statement_errors_.find(id);
    return it == statement_errors_.end() ? std::nullopt : it->second[l];
  }
  uint64_t instances = 0, per_instance = 0, eager = 0, columnar = 0;

 private:
  // Reads argument node a at the instances of space s.
  struct Reader {
    const Column* col = nullptr;
    const uint32_t* proj = nullptr;
    std::optional<Value> konst;
    ColIn kin;

    uint32_t where(uint32_t x) const { return proj ? proj[x] : x; }
    Value value(uint32_t x) const {
      if (konst) return *konst;
      const uint32_t y = where(x);
      return y == kNoInstance ? Value::error(ErrKind::Skipped) : col->get(y);
    }
    // value(x) into v, which holds the previous instance's: an argument broadcast over a region
    // is one object for many instances, and its count is then not touched again.
    void read_into(uint32_t x, Value& v) const {
      if (!konst) {
        const uint32_t y = where(x);
        if (y != kNoInstance && col->slot(y) == Slot::Boxed && col->boxed(y).tag() == v.tag() &&
            col->boxed(y).obj() == v.obj())
          return;
      }
      v = value(x);
    }
    ColIn in(uint32_t x) const {
      if (konst) return kin;
      ColIn r;
      const uint32_t y = where(x);
      if (y == kNoInstance) {
        r.s = Slot::Err, r.a = int64_t(ErrKind::Skipped);
        return r;
      }
      r.s = col->slot(y);
      if (r.s != Slot::None && r.s != Slot::Boxed) r.a = col->a(y);
      switch (r.s) {
        case Slot::Point:
          r.b = col->b(y);
          break;
        case Slot::Cell:
          r.b = col->b(y), r.c = col->c(y);
          break;
        case Slot::Boxed:
          r.v = &col->boxed(y);
          break;
        default:
          break;
      }
      return r;
    }
  };
  Reader reader(FlatId a, SpaceId s) {
    Reader r;
    const FlatNode& n = g_.at(a);
    if (n.kind == FlatKind::Const) {
      r.konst = g_.const_value(a);
      r.kin = classify(g_.const_value(a));  // points into the graph's pool, which stays put
      return r;
    }
    r.col = &cols_[a];
    if (n.space != s) r.proj = spaces_.proj(s, n.space).data();
    return r;
  }

  // The lanes of this chunk that need node id, ascending. Most nodes are needed by every lane or
  // by none of a chunk's, which lane_span answers; a binary search over thousands of lanes per
  // node and chunk was 1.5% of a W2 run, in cache misses.
  std::span<const uint32_t> chunk_lanes(FlatId id) const {
    const BatchedExecutor::Impl::LaneSpan& span = ex_.lane_span[id];
    if (span.count == 0 || span.front >= l0_ + n_ || span.back < l0_) return {};
    if (span.count == ex_.w.lanes.size()) return {ex_.every_lane.data() + l0_, n_};
    const std::vector<uint32_t>& all = ex_.plan.lanes[id];
    auto b = std::lower_bound(all.begin(), all.end(), l0_);
    auto e = std::lower_bound(b, all.end(), l0_ + n_);
    return {&*b, size_t(e - b)};
  }
  // Which chunk lanes are among these (chunk_lanes).
  std::vector<uint8_t> lane_mask(std::span<const uint32_t> lanes) const {
    std::vector<uint8_t> m(n_, 0);
    for (uint32_t l : lanes) m[l - l0_] = 1;
    return m;
  }

  // A nested node's work per lane in this chunk. The reference charges every call inside one
  // top-level node to a single lane budget and stops at the limit; here each instance has its
  // own, so a lane could spend the limit many times over before the replay finds out. Past one
  // limit's worth on a lane the node's remaining instances there are Skipped, and what needs
  // them falls back to the (budgeted, exact) eager call.
  struct Spent {
    const Limits* limits = nullptr;
    std::vector<Cost> lane;
    bool active = false;
    void begin(const Limits& l, uint32_t lanes, bool nested) {
      limits = &l;
      active = nested;
      if (nested) lane.assign(lanes, Cost{});
    }
    bool over(uint32_t l) const {
      return active &&
             (lane[l].work > limits->max_lane_work || lane[l].elements > limits->max_lane_elements);
    }
    void add(uint32_t l, const Cost& c) {
      if (!active) return;
      lane[l].work += c.work;
      lane[l].elements += c.elements;
    }
  };
  Spent spent_;

  Value eval(const FlatNode& n, const Value* in, size_t nargs, Cost& cost);
  void run_prim_columnar(FlatId id, const SpaceInstances& si, const std::vector<uint8_t>& mask,
                         const std::vector<Reader>& rd, ColumnarKernel k);
  void run_elem(FlatId id, const SpaceInstances& si, const std::vector<uint8_t>& mask,
                const std::vector<Reader>& rd);
  struct ElemPlace {
    ColIn direct;
    const Value* container = nullptr;
    int64_t k = 0;
  };
  ElemPlace place_element(const FlatNode& n, const std::vector<Reader>& rd, uint32_t k, uint32_t x,
                          Value (&hold)[2]) const;
  Value element_value(const FlatNode& n, const std::vector<Reader>& rd, uint32_t k,
                      uint32_t x) const;
  // The same unboxed where it is an int, a point or a cell; false where it is anything else.
  bool element_in(const FlatNode& n, const std::vector<Reader>& rd, uint32_t k, uint32_t x,
                  ColIn& in) const;
  void run_reduce(FlatId id, const std::vector<uint8_t>& mask);
  bool apply_to_point(PreparedCharge& pc, const Replay& rp, const ColIn& c, uint32_t r,
                      Column& col);
  bool extreme_of_ints(Op op, const Replay& rp, const Value& c, uint32_t r, Column& col);
  // The subset's missing source positions (the few its source has more), as missing_positions
  // finds them.
  struct Missing {
    bool ok = false;
    std::vector<uint32_t> at;
  };
  std::optional<bool> extreme_by_rows(Op op, const Replay& rp, const Value& c, uint32_t r,
                                      Column& col, uint32_t source_n, const Missing& missing,
                                      ExtremeRows& rows);
  bool put_extreme(Op op, const Replay& rp, const Value& c, uint32_t r, Column& col, int64_t best,
                   uint32_t best_e, Cost total, const Cost& best_cost);
  Value eager_call(const ReduceInfo& info, const std::vector<Reader>& args, uint32_t r, Cost& cost,
                   const Value* product_factors = nullptr);
  std::optional<Cost> unbuilt_product_cost(const Value& a, const Value& b) const;
  Value arg_value(const ReduceArg& a, const std::vector<Reader>& rd, size_t& at, uint32_t r);

  const BatchedExecutor::Impl& ex_;
  const FlatGraph& g_;
  uint32_t l0_, n_;
  Limits limits_;
  bool columnar_;
  std::vector<Column> cols_;
  std::unordered_map<FlatId, std::vector<std::optional<ErrKind>>> statement_errors_;
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
      Value v = catching([&] { return kernels::batched_kernel(n.op)(in); });
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

// A primitive with a columnar entry: its fast lane where the arguments' shapes allow, the
// reference kernel elsewhere.
void ChunkRun::run_prim_columnar(FlatId id, const SpaceInstances& si,
                                 const std::vector<uint8_t>& mask, const std::vector<Reader>& rd,
                                 ColumnarKernel k) {
  const FlatNode& n = g_.at(id);
  Column& col = cols_[id];
  const bool costs = col.records_costs();
  spent_.begin(limits_, n_, n.space != kRootSpace);
  ColIn in[4];
  Value boxed[4];
  auto one = [&](uint32_t x) {
    bool err = false;
    for (size_t a = 0; a < rd.size(); ++a) {
      in[a] = rd[a].in(x);
      if (in[a].s == Slot::Err) {
        col.put_err(x, ErrKind(in[a].a));
        err = true;
        break;
      }
    }
    if (err) return;
    ColOut out;
    if (k(in, out)) {
      ++columnar;
      switch (out.s) {
        case Slot::Int:
          col.put_int(x, out.a);
          break;
        case Slot::Bool:
          col.put_bool(x, out.a != 0);
          break;
        case Slot::Point:
          col.put_point(x, out.a, out.b);
          break;
        case Slot::Err:
          col.put_err(x, ErrKind(out.a));
          break;
        case Slot::Cell:
          col.put_cell(x, out.a, out.b, out.c);
          break;
        case Slot::Boxed:
          col.put(x, std::move(out.v));
          break;
        default:
          col.put_err(x, ErrKind::RuntimeError);
          break;
      }
      if (costs) col.set_cost(x, out.cost);
      return;
    }
    if (spent_.over(si.lane[x])) {
      col.put_err(x, ErrKind::Skipped);
      return;
    }
    for (size_t a = 0; a < rd.size(); ++a) boxed[a] = rd[a].value(x);
    Cost c;
    col.put(x, eval(n, boxed, rd.size(), c));
    if (costs) col.set_cost(x, c);
    spent_.add(si.lane[x], c);
  };
  // Arguments that are all ints, all points or all cells: the dense pass, the entry only where it
  // declines.
  static_assert(DenseArg::kNone == kNoInstance);
  DenseArg dense[4];
  bool is_dense = rd.size() <= 4;
  for (size_t a = 0; a < rd.size() && is_dense; ++a) {
    const Reader& r = rd[a];
    if (r.konst) {
      is_dense = r.kin.s == Slot::Int;
      dense[a].k = r.kin.a;
    } else {
      dense[a].col = r.col, dense[a].proj = r.proj;
      dense[a].point = r.col->holds_only(Slot::Point);
      dense[a].cell = r.col->holds_only(Slot::Cell);
      is_dense = dense[a].point || dense[a].cell || r.col->holds_only(Slot::Int);
    }
  }
  if (is_dense && has_dense_pass(n.op, dense, rd.size())) {
    // Where every lane needs the node (the common case) the pass runs over 0..n itself.
    std::vector<uint32_t> xs;
    size_t count = si.n;
    if (std::find(mask.begin(), mask.end(), 0) != mask.end()) {
      xs.reserve(si.n);
      for (uint32_t x = 0; x < si.n; ++x)
        if (mask[si.lane[x]]) xs.push_back(x);
      count = xs.size();
    }
    instances += count;
    auto declined = std::make_unique_for_overwrite<uint32_t[]>(count);
    const size_t nd = dense_pass(n.op, dense, rd.size(), xs.empty() ? nullptr : xs.data(), count,
                                 col, costs, declined.get());
    columnar += count - nd;
    for (size_t t = 0; t < nd; ++t) one(declined[t]);
    return;
  }
  for (uint32_t x = 0; x < si.n; ++x) {
    if (!mask[si.lane[x]]) continue;
    ++instances;
    one(x);
  }
}

// Where element k of an Elem node's axis lies at instance x: a point's or a cell's own part
// (`direct`: an int, or a cell's (i, j)), else a container and an index in it. Containers are
// read in place; hold keeps one that is no boxed column value alive.
ChunkRun::ElemPlace ChunkRun::place_element(const FlatNode& n, const std::vector<Reader>& rd,
                                            uint32_t k, uint32_t x, Value (&hold)[2]) const {
  const Axis& ax = g_.axis_info(n.aux);
  ElemPlace p;
  const ColIn a = rd[0].in(x);
  if (ax.kind == AxisKind::Elem) {
    if (a.s == Slot::Point) {
      p.direct.s = Slot::Int, p.direct.a = k == 0 ? a.a : a.b;
      return p;
    }
    if (a.s == Slot::Cell) {
      if (k == 0)
        p.direct.s = Slot::Int, p.direct.a = a.a;
      else
        p.direct.s = Slot::Point, p.direct.a = a.b, p.direct.b = a.c;
      return p;
    }
  }
  auto container = [&](size_t i, const ColIn& in) -> const Value* {
    if (in.s == Slot::Boxed) return in.v;
    hold[i] = rd[i].value(x);
    return &hold[i];
  };
  const Value* ca = container(0, a);
  p.container = ca;
  p.k = k;
  if (ax.kind == AxisKind::Zip && n.slot == 1) p.container = container(1, rd[1].in(x));
  if (ax.kind == AxisKind::Product) {
    const int64_t la = ca->is_tuple() ? ca->tuple().size() : ca->set().size();
    if (n.slot == 1)
      p.container = container(1, rd[1].in(x)), p.k = k / la;
    else
      p.k = k % la;
  }
  if (ax.kind == AxisKind::Pairs) {
    const Value* cb = container(1, rd[1].in(x));
    const int64_t lb = cb->set().size();
    if (n.slot == 1)
      p.container = cb, p.k = k % lb;
    else
      p.k = k / lb;
  }
  return p;
}

// Elements of an axis, unboxed where they are ints, points or cells.
void ChunkRun::run_elem(FlatId id, const SpaceInstances& si, const std::vector<uint8_t>& mask,
                        const std::vector<Reader>& rd) {
  const FlatNode& n = g_.at(id);
  Column& col = cols_[id];
  const bool elem_axis = g_.axis_info(n.aux).kind == AxisKind::Elem;
  uint32_t x0 = 0;
  // The coordinates of a column of points (d22278a0's offsets, 34M of them), every lane
  // needing them: one pass over the point lanes.
  if (elem_axis && rd[0].col && rd[0].col->holds_only(Slot::Point) &&
      std::find(mask.begin(), mask.end(), 0) == mask.end()) {
    const int64_t *a = rd[0].col->as(), *b = rd[0].col->bs();
    const Column::Raw out = col.raw(false);
    for (; x0 < si.n; ++x0) {
      const uint32_t y = rd[0].where(x0);
      if (y == kNoInstance) break;  // the rest the general way
      out.tag[x0] = uint8_t(Slot::Int);
      out.a[x0] = si.k[x0] == 0 ? a[y] : b[y];
    }
    if (x0 > 0) col.written(Slot::Int);
    instances += x0;
  }
  // A frozenset held boxed in reader i's column at instance x, looked up once for the run of
  // instances that reads it (an element's instances follow its container's).
  struct SetSource {
    uint32_t y = kNoInstance;
    const SetObj* s = nullptr;
  } src[2];
  auto set_at = [&](size_t i, uint32_t x) -> const SetObj* {
    const uint32_t y = rd[i].col ? rd[i].where(x) : kNoInstance;
    if (y == kNoInstance) return nullptr;
    if (y != src[i].y) {
      const Column& c = *rd[i].col;
      const bool set =
          c.slot(y) == Slot::Boxed && c.boxed(y).is_set() && !c.boxed(y).set().has_none;
      src[i] = SetSource{y, set ? &c.boxed(y).set() : nullptr};
    }
    return src[i].s;
  };
  const bool pairs_axis = g_.axis_info(n.aux).kind == AxisKind::Pairs;
  // Element k of a frozenset, unboxed where it is a point or a cell.
  auto put_set_element = [&](uint32_t x, const SetObj& s, int64_t k) {
    if (s.layout == SetLayout::Indices)
      col.put_point(x, s.idx[size_t(k)].i, s.idx[size_t(k)].j);
    else if (s.layout == SetLayout::Cells)
      col.put_cell(x, s.cells[size_t(k)].c, s.cells[size_t(k)].i, s.cells[size_t(k)].j);
    else
      col.put(x, s.at(k));
  };
  for (uint32_t x = x0; x < si.n; ++x) {
    if (!mask[si.lane[x]]) continue;
    ++instances;
    if (elem_axis && rd[0].col) {
      // A point's ints straight from the container's lanes.
      const uint32_t y = rd[0].where(x);
      if (y != kNoInstance && rd[0].col->slot(y) == Slot::Point) {
        col.put_int(x, si.k[x] == 0 ? rd[0].col->a(y) : rd[0].col->b(y));
        continue;
      }
    }
    // An element of a frozenset (a pair's part: of a factor) read from its arrays.
    if (elem_axis || pairs_axis) {
      const SetObj* s = set_at(pairs_axis && n.slot == 1 ? 1 : 0, x);
      int64_t k = si.k[x];
      if (s && pairs_axis) {
        const SetObj* b = set_at(1, x);
        const int64_t lb = b ? b->size() : 0;
        if (lb == 0)
          s = nullptr;
        else
          k = n.slot == 1 ? k % lb : k / lb;
      }
      if (s) {
        put_set_element(x, *s, k);
        continue;
      }
    }
    Value hold[2];
    const ElemPlace p = place_element(n, rd, si.k[x], x, hold);
    if (p.direct.s == Slot::Int) {
      col.put_int(x, p.direct.a);
      continue;
    }
    if (p.direct.s == Slot::Point) {
      col.put_point(x, p.direct.a, p.direct.b);
      continue;
    }
    const Value& c = *p.container;
    if (c.is_set())
      put_set_element(x, c.set(), p.k);
    else
      col.put(x, c.tuple().at(p.k));
  }
}

// One element as a value, for a fused body that reads it without a column.
Value ChunkRun::element_value(const FlatNode& n, const std::vector<Reader>& rd, uint32_t k,
                              uint32_t x) const {
  Value hold[2];
  const ElemPlace p = place_element(n, rd, k, x, hold);
  if (p.direct.s == Slot::Int) return Value::integer(p.direct.a);
  if (p.direct.s == Slot::Point) return point_view(p.direct.a, p.direct.b);
  const Value& c = *p.container;
  return c.is_set() ? c.set().at(p.k) : c.tuple().at(p.k);
}

bool ChunkRun::element_in(const FlatNode& n, const std::vector<Reader>& rd, uint32_t k, uint32_t x,
                          ColIn& in) const {
  Value hold[2];
  const ElemPlace p = place_element(n, rd, k, x, hold);
  if (p.direct.s == Slot::Int || p.direct.s == Slot::Point) {
    in = p.direct;
    return true;
  }
  const Value& c = *p.container;
  if (!c.is_set()) return false;
  const SetObj& s = c.set();
  if (s.layout == SetLayout::Indices) {
    in.s = Slot::Point, in.a = s.idx[size_t(p.k)].i, in.b = s.idx[size_t(p.k)].j;
    return true;
  }
  if (s.layout == SetLayout::Cells) {
    const Cell& cell = s.cells[size_t(p.k)];
    in.s = Slot::Cell, in.a = cell.c, in.b = cell.i, in.c = cell.j;
    return true;
  }
  return false;
}

void ChunkRun::run_node(FlatId id) {
  const FlatNode& n = g_.at(id);
  if (n.kind == FlatKind::Const || ex_.plan.fused_into[id] != kNoFlat) return;
  // No lane of this chunk needs it, nor anything that reads it (a reader's lanes are among its
  // arguments'): nothing to compute.
  const std::span<const uint32_t> lanes = chunk_lanes(id);
  if (lanes.empty()) return;
  const std::vector<uint8_t> mask = lane_mask(lanes);
  if (n.kind == FlatKind::Reduce || n.kind == FlatKind::Budget) {
    run_reduce(id, mask);
    return;
  }
  const SpaceInstances& si = spaces_.get(n.space);
  Column& col = cols_[id];
  col.reset(si.n, ex_.needs_cost[id]);

  if (n.kind == FlatKind::Input) {
    for (uint32_t l = 0; l < n_; ++l)
      if (mask[l]) col.put(l, ex_.w.lanes[l0_ + l].inputs[n.slot]);
    return;
  }
  auto args = g_.args(id);
  std::vector<Reader> rd;
  for (FlatId a : args) rd.push_back(reader(a, n.space));
  if (n.kind == FlatKind::Elem) {
    run_elem(id, si, mask, rd);
    return;
  }
  if (n.kind == FlatKind::Prim && columnar_ && args.size() <= 4)
    if (ColumnarKernel k = columnar_kernel(n.op)) {
      run_prim_columnar(id, si, mask, rd, k);
      return;
    }
  const bool costs = col.records_costs();
  Value small[8];
  std::vector<Value> big(args.size() > 8 ? args.size() : 0);
  Value* in = args.size() > 8 ? big.data() : small;
  spent_.begin(limits_, n_, n.space != kRootSpace);
  for (uint32_t x = 0; x < si.n; ++x) {
    const uint32_t lane = si.lane[x];
    if (!mask[lane]) continue;
    if (spent_.over(lane)) {
      col.put_err(x, ErrKind::Skipped);
      continue;
    }
    for (size_t k = 0; k < rd.size(); ++k) rd[k].read_into(x, in[k]);
    if (ex_.unbuilt_ok[id])
      if (const std::optional<Cost> c = unbuilt_product_cost(in[0], in[1])) {
        col.put(x, unbuilt_product());
        if (costs) col.set_cost(x, *c);
        spent_.add(lane, *c);
        ++instances;
        continue;
      }
    Cost c;
    col.put(x, eval(n, in, rd.size(), c));
    if (costs) col.set_cost(x, c);
    spent_.add(lane, c);
    ++instances;
  }
}

// A Reduce or Budget argument's value at instance r: a data node's, or the function built from
// its template (the fallback value where a guard caught an error). `at` walks the readers.
Value ChunkRun::arg_value(const ReduceArg& a, const std::vector<Reader>& rd, size_t& at,
                          uint32_t r) {
  if (a.node != kNoFlat) return rd[at++].value(r);
  std::vector<Value> leaves;
  for (size_t k = 0; k < a.leaves.size(); ++k) leaves.push_back(rd[at++].value(r));
  if (a.guard != kNoFlat && is_true(rd[at++].value(r))) return a.fallback;
  return ex_.materialize(a.templ, leaves.data());
}

// product(a, b) left unbuilt on this lane: its cost (what k_product would charge), where both
// are non-empty frozensets of points or cells and the product stays within every limit. Each
// pair is then a new tuple of two elements (a 2 x 2 grid for two points), and the frozenset of
// them holds them in the product's order: work len(a) * len(b), elements 3 * len(a) * len(b).
std::optional<Cost> ChunkRun::unbuilt_product_cost(const Value& a, const Value& b) const {
  auto packed = [](const Value& v) {
    return v.is_set() && !v.set().has_none && v.set().size() > 0 &&
           (v.set().layout == SetLayout::Indices || v.set().layout == SetLayout::Cells);
  };
  if (!packed(a) || !packed(b)) return std::nullopt;
  const int64_t n = a.set().size() * b.set().size();
  const bool grids = a.set().layout == SetLayout::Indices && b.set().layout == SetLayout::Indices;
  if (n > limits_.max_lane_work || n > limits_.max_container || 3 * n > limits_.max_lane_elements ||
      (grids && limits_.max_grid_cells < 4))
    return std::nullopt;
  return Cost{n, 3 * n};
}

// The call a Reduce/Budget stands for, made as eager makes it (the arguments hold no error);
// product_factors: an unbuilt product's, where the container may be one.
Value ChunkRun::eager_call(const ReduceInfo& info, const std::vector<Reader>& rd, uint32_t r,
                           Cost& cost, const Value* product_factors) {
  std::vector<Value> args;
  size_t at = 0;
  for (const ReduceArg& a : info.call.args) args.push_back(arg_value(a, rd, at, r));
  // The reference kernel takes the product built (its cost is the product node's, not this
  // call's).
  for (Value& a : args)
    if (product_factors && is_unbuilt_product(a)) {
      const LaneBudget saved = lane_budget();
      reset_budget(0);
      a = catching([&] { return op_info(Op::product).kernel(product_factors); });
      lane_budget() = saved;
    }
  reset_budget(info.call.depth);
  Value v = catching([&] {
    if (info.call.is_call) return call_value(args[0], {args.data() + 1, args.size() - 1});
    return op_info(info.call.op).kernel(args.data());
  });
  cost = spent();
  ++eager;
  return v;
}

// apply(f, (i, j)) where f gives ints for both: (f(i), f(j)) as hof_core's apply builds it
// (the elements' costs, then the two elements of the result); false leaves it to that code (an
// element failed, gave another value, or the budget would be exceeded).
bool ChunkRun::apply_to_point(PreparedCharge& pc, const Replay& rp, const ColIn& c, uint32_t r,
                              Column& col) {
  int64_t i, j;
  if (!c.point(i, j)) return false;
  int64_t out[2];
  Cost total;
  try {
    for (uint32_t e = 0; e < 2; ++e) {
      const Cost k = pc.element_at(rp.lane, rp.rc, e);
      const uint32_t y = rp.body_index(e);
      if (y == kNoInstance || rp.body->slot(y) != Slot::Int) return false;
      out[e] = rp.body->a(y);
      total.work += k.work;
      total.elements += k.elements;
    }
  } catch (const NeedEager&) {
    return false;
  }
  total.elements += 2;
  if (total.work > limits_.max_lane_work || total.elements > limits_.max_lane_elements)
    return false;
  col.put_point(r, out[0], out[1]);
  if (col.records_costs()) col.set_cost(r, total);
  ++columnar;
  return true;
}

// valmax/valmin/argmax/argmin over a non-empty container whose keys are ints: the first extreme
// in iteration order, as hof_core's extreme finds it (valmax/valmin call the winner's key once
// more); false leaves it to that code.
bool ChunkRun::extreme_of_ints(Op op, const Replay& rp, const Value& c, uint32_t r, Column& col) {
  int64_t n;
  if (c.is_tuple())
    n = c.tuple().size();
  else if (c.is_set() && !c.set().has_none)
    n = c.set().size();
  else
    return false;
  if (n == 0 || (rp.positions && uint32_t(n) != rp.n_positions)) return false;
  const bool want_max = op == Op::valmax || op == Op::argmax;
  Cost total;
  int64_t best = 0, best_key = 0;
  Cost best_cost;
  try {
    for (int64_t k = 0; k < n; ++k) {
      const uint32_t e = rp.positions ? rp.positions[k] : uint32_t(k);
      const Cost ck = rp.charge->element_at(rp.lane, rp.rc, e);
      const uint32_t y = rp.body_index(e);
      if (y == kNoInstance) return false;
      const Slot s = rp.body->slot(y);
      if (s != Slot::Int && s != Slot::Bool) return false;
      const int64_t key = rp.body->a(y);
      total.work += ck.work;
      total.elements += ck.elements;
      if (k == 0 || (want_max ? key > best_key : key < best_key)) {
        best = k;
        best_key = key;
        best_cost = ck;
      }
    }
  } catch (const NeedEager&) {
    return false;
  }
  const uint32_t best_e = rp.positions ? rp.positions[best] : uint32_t(best);
  return put_extreme(op, rp, c, r, col, best, best_e, total, best_cost);
}

// The winner (index best in the container, position best_e in the body row) put as the fold
// returns it; valmax/valmin charge its key once more. False where the charges cross a limit.
bool ChunkRun::put_extreme(Op op, const Replay& rp, const Value& c, uint32_t r, Column& col,
                           int64_t best, uint32_t best_e, Cost total, const Cost& best_cost) {
  const bool val = op == Op::valmax || op == Op::valmin;
  if (val) {
    total.work += best_cost.work;
    total.elements += best_cost.elements;
  }
  if (total.work > limits_.max_lane_work || total.elements > limits_.max_lane_elements)
    return false;
  if (val)
    col.put(r, rp.body->get(rp.body_index(best_e)));
  else
    col.put(r, c.is_tuple() ? c.tuple().at(best) : c.set().at(best));
  if (col.records_costs()) col.set_cost(r, total);
  ++columnar;
  return true;
}

// extreme_of_ints for a container that is its source (of source_n elements) minus at most a
// few, through the row's order (extreme_rows.h); nullopt where that does not apply.
std::optional<bool> ChunkRun::extreme_by_rows(Op op, const Replay& rp, const Value& c, uint32_t r,
                                              Column& col, uint32_t source_n,
                                              const Missing& missing, ExtremeRows& rows) {
  const PreparedCharge& pc = *rp.charge;
  if (!rp.positions || rp.n_positions == 0 || rp.body_base == Locator::kNotLinear ||
      rp.body_base == kNoInstance || pc.ordered_only || !pc.complete ||
      pc.bases.size() > ExtremeRows::kMaxBases)
    return std::nullopt;
  const int64_t n =
      c.is_tuple() ? c.tuple().size() : (c.is_set() && !c.set().has_none ? c.set().size() : -1);
  if (n != int64_t(rp.n_positions)) return std::nullopt;
  ExtremeRows::Key key{rp.body_base, ~0u, ~0u, ~0u};
  for (size_t k = 0; k < pc.bases.size(); ++k) {
    if (pc.bases[k] == Locator::kNotLinear) return std::nullopt;
    key[k + 1] = pc.bases[k];
  }
  if (!missing.ok) return std::nullopt;
  const std::vector<uint32_t>& missing_ = missing.at;
  const bool want_max = op == Op::valmax || op == Op::argmax;
  const ExtremeRow& row = rows.get(key, [&](ExtremeRow& out) {
    std::vector<int64_t> keys(source_n);
    try {
      for (uint32_t e = 0; e < source_n; ++e) {
        const Cost ck = pc.element_at(rp.lane, rp.rc, e);
        const uint32_t y = rp.body_index(e);
        if (y == kNoInstance || y >= rp.body->size()) return;
        const Slot s = rp.body->slot(y);
        if (s != Slot::Int && s != Slot::Bool) return;
        keys[e] = rp.body->a(y);
        out.total.work += ck.work;
        out.total.elements += ck.elements;
      }
    } catch (const NeedEager&) {
      return;
    }
    order_by_key(keys, want_max, out.order);
    out.ok = true;
  });
  if (!row.ok) return std::nullopt;
  Cost total = row.total;
  try {
    for (uint32_t m : missing_) {
      const Cost ck = pc.element_at(rp.lane, rp.rc, m);
      total.work -= ck.work;
      total.elements -= ck.elements;
    }
    for (uint32_t e : row.order) {
      if (std::find(missing_.begin(), missing_.end(), e) != missing_.end()) continue;
      // Its index in the container: the positions before it, less the missing ones.
      int64_t best = e;
      for (uint32_t m : missing_) best -= m < e;
      return put_extreme(op, rp, c, r, col, best, e, total, pc.element_at(rp.lane, rp.rc, e));
    }
  } catch (const NeedEager&) {
  }
  return std::nullopt;
}

void ChunkRun::run_reduce(FlatId id, const std::vector<uint8_t>& mask) {
  const FlatNode& n = g_.at(id);
  const ReduceInfo& info = g_.reduce_info(id);
  const bool is_budget = n.kind == FlatKind::Budget;
  const SpaceInstances& ri = spaces_.get(n.space);
  Column& col = cols_[id];
  col.reset(ri.n, ex_.needs_cost[id]);
  const bool costs = col.records_costs();

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

  // A fused body is evaluated by the fold itself: its charge step (the last) with it.
  const bool fused = ex_.plan.fused_into[info.body] == id;
  PreparedCharge pc;
  pc.steps = g_.steps(info.charge);
  if (fused) pc.steps = pc.steps.first(pc.steps.size() - 1);
  for (const ChargeStep& s : pc.steps) {
    const bool has = s.node != kNoFlat;
    pc.step_loc.push_back(has ? locator(g_.at(s.node).space) : nullptr);
    pc.step_col.push_back(has ? &cols_[s.node] : nullptr);
  }
  pc.prepare([&](size_t k) { return g_.at(pc.steps[k].node).space; },
             [&](SpaceId s) { return spaces_.get(s).n; });
  const Locator* body_loc = locator(g_.at(info.body).space);

  std::vector<Reader> rd;
  for (const ReduceArg& a : info.call.args) {
    if (a.node != kNoFlat) rd.push_back(reader(a.node, n.space));
    for (FlatId l : a.leaves) rd.push_back(reader(l, n.space));
    if (a.guard != kNoFlat) rd.push_back(reader(a.guard, n.space));
  }
  const Axis* ax = is_budget ? nullptr : &g_.axis_info(info.axis);
  // A container left unbuilt on some lanes (an unbuilt_ok product): its factors, per instance.
  const bool unbuilt = !is_budget && ax->kind == AxisKind::Pairs &&
                       info.call.args[container_arg(info.call.op)].node != kNoFlat &&
                       ex_.unbuilt_ok[info.call.args[container_arg(info.call.op)].node];
  std::vector<Reader> factor_rd;
  Value factors[2];
  if (unbuilt) factor_rd = {reader(ax->a, n.space), reader(ax->b, n.space)};
  // A subset container's element positions in its source, per instance of the container.
  std::optional<Reader> source;
  FlatId sub = kNoFlat;
  std::vector<std::vector<uint32_t>> positions;
  std::vector<uint8_t> positions_ok;
  std::vector<uint32_t> source_size;  // per instance of the container: its source's length
  std::vector<Missing> missing;       // ... and the source positions it lacks, a few at most
  ExtremeRows extreme_rows;
  if (info.source != kNoFlat) {
    source = reader(info.source, n.space);
    sub = info.call.args[container_arg(info.call.op)].node;
    positions.resize(spaces_.get(g_.at(sub).space).n);
    positions_ok.assign(positions.size(), 2);  // 2: not computed yet
    source_size.resize(positions.size());
    missing.resize(positions.size());
  }
  const uint32_t* to_sub = nullptr;
  if (sub != kNoFlat && g_.at(sub).space != n.space)
    to_sub = spaces_.proj(n.space, g_.at(sub).space).data();

  // valmax/valmin call their function on 0 when the container is empty: built then.
  struct Other {
    ChunkRun* run;
    const ReduceInfo* info;
    const std::vector<Reader>* rd;
    uint32_t r;
  } other{this, &info, &rd, 0};
  auto call_other = [](void* ctx, const Value& x) -> Value {
    auto* o = static_cast<Other*>(ctx);
    size_t at = 0;
    std::vector<Value> args;
    for (const ReduceArg& a : o->info->call.args)
      args.push_back(o->run->arg_value(a, *o->rd, at, o->r));
    return call1(args[1], x);
  };

  // A fused body's arguments: columns, or elements the planner fused with it (read from their
  // containers, elem_rd: the Elem node's readers).
  struct Fused {
    ChunkRun* run;
    const FlatNode* node;
    const SpaceInstances* si;
    std::vector<Reader> rd;
    std::vector<const FlatNode*> elem;
    std::vector<std::vector<Reader>> elem_rd;
    ColumnarKernel kernel = nullptr;
  } body{this, &g_.at(info.body), &spaces_.get(g_.at(info.body).space), {}, {}, {}};
  if (fused && columnar_ && g_.args(info.body).size() <= 4)
    body.kernel = columnar_kernel(g_.at(info.body).op);
  // mapply of a fused shift: the union marks each patch at its offset, no shifted copy built.
  const bool shift_union = fused && columnar_ && info.call.op == Op::mapply &&
                           g_.at(info.body).op == Op::shift && g_.args(info.body).size() == 2;
  std::vector<kernels::Offset> shift_offsets;
  if (fused)
    for (FlatId a : g_.args(info.body)) {
      const SpaceId s = g_.at(info.body).space;
      const bool elem = ex_.plan.fused_into[a] == id;
      body.rd.push_back(elem ? Reader{} : reader(a, s));
      body.elem.push_back(elem ? &g_.at(a) : nullptr);
      body.elem_rd.emplace_back();
      if (elem)
        for (FlatId c : g_.args(a)) body.elem_rd.back().push_back(reader(c, s));
    }
  // As run_node computes it, under the budget of its own (the fold's is set aside meanwhile).
  auto eval_body = [](void* ctx, uint32_t y, Cost& cost, kernels::Offset* shift) -> Value {
    auto* f = static_cast<Fused*>(ctx);
    // The columnar entry, its arguments read from their columns (an element straight from its
    // container), where it takes them; an argument in error goes the generic way below.
    bool tried = false;  // the entry declined these arguments
    if (f->kernel && !shift) {
      ColIn cin[4];
      bool read = true;
      for (size_t k = 0; k < f->rd.size() && read; ++k) {
        if (f->elem[k]) {
          read = f->run->element_in(*f->elem[k], f->elem_rd[k], f->si->k[y], y, cin[k]);
        } else {
          cin[k] = f->rd[k].in(y);  // a boxed value points into its column, which stays put
          read = cin[k].s != Slot::Err && cin[k].s != Slot::None;
        }
      }
      ColOut out;
      if (read) {
        if (f->kernel(cin, out)) {
          ++f->run->instances;
          ++f->run->columnar;
          cost = out.cost;
          return out_value(std::move(out));
        }
        tried = true;
      }
    }
    Value in[8];
    for (size_t k = 0; k < f->rd.size(); ++k)
      in[k] = f->elem[k] ? f->run->element_value(*f->elem[k], f->elem_rd[k], f->si->k[y], y)
                         : f->rd[k].value(y);
    ++f->run->instances;
    if (shift) {
      // shift(patch, offset) for the mapply's union: the patch and the offset, what shift_fast
      // charges (the shifted copy's elements); anything else is shifted here, and a result the
      // union cannot take sends the instance to the eager call.
      if (std::optional<kernels::Offset> o = lazy_shift(in[0], in[1])) {
        *shift = *o;
        cost = Cost{0, in[0].set().size()};
        return in[0];
      }
      const LaneBudget saved = lane_budget();
      Value v = f->run->eval(*f->node, in, f->rd.size(), cost);
      lane_budget() = saved;
      if (!v.is_err() && !kernels::hof::bool_free(v)) throw NeedEager{};
      return v;
    }
    // The columnar entry where it takes these arguments as values (an element of a tuple, say;
    // none of them an error: eval returns the first).
    if (f->kernel && !tried &&
        std::none_of(in, in + f->rd.size(), [](const Value& v) { return v.is_err(); })) {
      ColIn cin[4];
      for (size_t k = 0; k < f->rd.size(); ++k) cin[k] = classify(in[k]);
      ColOut out;
      if (f->kernel(cin, out)) {
        ++f->run->columnar;
        cost = out.cost;
        return out_value(std::move(out));
      }
    }
    const LaneBudget saved = lane_budget();
    Value v = f->run->eval(*f->node, in, f->rd.size(), cost);
    lane_budget() = saved;
    return v;
  };

  // apply over a point, the body giving ints: the point of results, without the generic fold.
  const bool point_apply = !fused && !is_budget && info.call.op == Op::apply &&
                           info.source == kNoFlat && ax->kind == AxisKind::Elem;
  size_t container_rd = 0;
  if (point_apply) {
    const ReduceArg& f = info.call.args[0];
    container_rd = (f.node != kNoFlat) + f.leaves.size() + (f.guard != kNoFlat);
  }

  std::vector<uint32_t> rc(r_axes.size());
  std::vector<Value> args(info.call.args.size());
  // apply over a point where every element costs the charge program's static part (no space of
  // it varies): the body's two ints read at their instances, as apply_to_point would, without a
  // replay per instance.
  const bool const_elements = point_apply && !pc.ordered_only && pc.spaces.empty();
  const Cost two{2 * pc.static_work, 2 * pc.static_elements + 2};
  auto point_from_body = [&](uint32_t r) {
    const uint32_t lane = ri.lane[r];
    if (!pc.lane_complete(lane) || two.work > limits_.max_lane_work ||
        two.elements > limits_.max_lane_elements)
      return false;
    for (size_t a = 0; a < r_axes.size(); ++a) rc[a] = coords[a][r];
    const uint32_t b = body_loc->base(lane, rc.data());
    if (b == kNoInstance) return false;
    const bool linear = b != Locator::kNotLinear;
    const uint32_t y0 = linear ? b : body_loc->locate(lane, rc.data(), 0);
    const uint32_t y1 = linear ? b + 1 : body_loc->locate(lane, rc.data(), 1);
    const Column& ints = cols_[info.body];
    if (y0 == kNoInstance || y1 == kNoInstance || ints.slot(y0) != Slot::Int ||
        ints.slot(y1) != Slot::Int)
      return false;
    col.put_point(r, ints.a(y0), ints.a(y1));
    if (costs) col.set_cost(r, two);
    ++columnar;
    return true;
  };
  Spent lane_spent;
  lane_spent.begin(limits_, n_, n.space != kRootSpace);
  // prapply of a fused columnar body of the product's two elements (prapply(connect, x, x) in
  // six solvers, most pairs unaligned): each pair read from the packed containers straight into
  // the kernel, without a replay per element. The fold charges every element the same static
  // cost plus the kernel's own, then builds the frozenset: so does this, and a lane whose total
  // would cross a limit (where the fold stops part way) is left to the fold.
  int pair_slot[2] = {-1, -1};
  bool pair_kernel = fused && body.kernel && info.call.op == Op::prapply && ax &&
                     ax->kind == AxisKind::Product && !pc.ordered_only && pc.spaces.empty() &&
                     body.elem.size() == 2;
  for (size_t k = 0; k < 2 && pair_kernel; ++k) {
    pair_kernel = body.elem[k] && body.elem[k]->aux == info.axis && body.elem[k]->slot < 2;
    if (pair_kernel) pair_slot[k] = int(body.elem[k]->slot);
  }
  std::vector<Value> pair_items;
  auto prapply_pairs = [&](uint32_t r) {
    const Value &a = args[1], &b = args[2];
    auto packed = [](const Value& c) {
      return c.is_set() && !c.set().has_none &&
             (c.set().layout == SetLayout::Indices || c.set().layout == SetLayout::Cells);
    };
    if (!pc.lane_complete(ri.lane[r]) || !packed(a) || !packed(b)) return false;
    const int64_t na = a.set().size(), nb = b.set().size();
    if (nb == 0 || na * nb >= limits_.max_container) return false;
    auto element = [](const SetObj& c, int64_t k) {
      ColIn in;
      if (c.layout == SetLayout::Indices) {
        in.s = Slot::Point, in.a = c.idx[size_t(k)].i, in.b = c.idx[size_t(k)].j;
      } else {
        const Cell& e = c.cells[size_t(k)];
        in.s = Slot::Cell, in.a = e.c, in.b = e.i, in.c = e.j;
      }
      return in;
    };
    pair_items.clear();
    size_t empties = 0;
    Cost total;
    for (int64_t j = 0; j < nb; ++j)
      for (int64_t i = 0; i < na; ++i) {
        ColIn cin[2];
        for (size_t k = 0; k < 2; ++k)
          cin[k] = pair_slot[k] == 0 ? element(a.set(), i) : element(b.set(), j);
        ColOut out;
        if (!body.kernel(cin, out) || out.s == Slot::Err || out.s == Slot::None) return false;
        total.work += pc.static_work + out.cost.work;
        total.elements += pc.static_elements + out.cost.elements;
        if (out.s == Slot::Boxed && out.v.is_set() && out.v.set().size() == 0)
          ++empties;  // all one set: counted, not held
        else
          pair_items.push_back(out_value(std::move(out)));
      }
    if (total.work > limits_.max_lane_work || total.elements > limits_.max_lane_elements)
      return false;
    instances += uint64_t(na * nb);
    columnar += uint64_t(na * nb);
    reset_budget(info.call.depth);
    Value v = catching([&] {
      charge_recorded(total.work, total.elements);
      return kernels::packed_make_set(pair_items, empties);
    });
    const Cost c = spent();
    col.put(r, std::move(v));
    if (costs) col.set_cost(r, c);
    lane_spent.add(ri.lane[r], c);
    return true;
  };

  // The body and charge rows of an instance a few ahead, for the extreme folds: where the
  // element index enters the body's space last, consecutive instances' rows lie far apart in big
  // regions (the body was hoisted out of an outer map), and each read would otherwise miss the
  // cache.
  constexpr uint32_t kAhead = 4;
  const bool extreme_op = info.call.op == Op::valmax || info.call.op == Op::valmin ||
                          info.call.op == Op::argmax || info.call.op == Op::argmin;
  std::vector<uint32_t> rc_ahead(r_axes.size());
  auto prefetch = [&](uint32_t r) {
    if (is_budget || !extreme_op || r >= ri.n || !mask[ri.lane[r]]) return;
    for (size_t a = 0; a < r_axes.size(); ++a) rc_ahead[a] = coords[a][r];
    const uint32_t b = body_loc->base(ri.lane[r], rc_ahead.data());
    if (b != Locator::kNotLinear && b != kNoInstance) cols_[info.body].prefetch(b);
    pc.prefetch(ri.lane[r], rc_ahead.data());
  };
  for (uint32_t r = 0; r < std::min(kAhead, ri.n); ++r) prefetch(r);
  for (uint32_t r = 0; r < ri.n; ++r) {
    prefetch(r + kAhead);
    if (!mask[ri.lane[r]]) continue;
    ++instances;
    if (lane_spent.over(ri.lane[r])) {
      col.put_err(r, ErrKind::Skipped);
      continue;
    }
    auto start_replay = [&](Replay& rp) {
      for (size_t a = 0; a < r_axes.size(); ++a) rc[a] = coords[a][r];
      rp.charge = &pc;
      rp.body_loc = body_loc;
      rp.body = &cols_[info.body];
      rp.lane = ri.lane[r];
      rp.rc = rc.data();
      rp.begin();
    };
    // apply over a point with no argument in error: read unboxed, no value built.
    if (point_apply && columnar_) {
      const ColIn c = rd[container_rd].in(r);
      bool any_err = c.s != Slot::Point;
      for (size_t k = 0; k < rd.size() && !any_err; ++k) any_err = rd[k].in(r).s == Slot::Err;
      if (!any_err) {
        if (const_elements && point_from_body(r)) continue;
        Replay rp;
        start_replay(rp);
        if (apply_to_point(pc, rp, c, r, col)) continue;
      }
    }
    // The arguments' first error, in parameter order (a guarded closure's: its guard's); the
    // data arguments' values.
    Value err;
    for (size_t a = 0, at = 0; a < info.call.args.size(); ++a) {
      const ReduceArg& ra = info.call.args[a];
      const size_t n_rd = (ra.node != kNoFlat) + ra.leaves.size() + (ra.guard != kNoFlat);
      const size_t from = ra.guard != kNoFlat ? at + n_rd - 1 : at;
      for (size_t k = from; k < at + n_rd && !err.is_err(); ++k)
        if (const ColIn c = rd[k].in(r); c.s == Slot::Err) err = Value::error(ErrKind(c.a));
      if (ra.node == kNoFlat)
        args[a] = Value();
      else
        rd[at].read_into(r, args[a]);
      at += n_rd;
    }
    if (err.is_err()) {
      col.put(r, err);
      continue;
    }
    if (pair_kernel && prapply_pairs(r)) continue;
    Replay rp;
    start_replay(rp);
    const bool unbuilt_here = unbuilt && is_unbuilt_product(args[container_arg(info.call.op)]);
    if (unbuilt_here) {
      for (size_t k = 0; k < 2; ++k) factor_rd[k].read_into(r, factors[k]);
      rp.product_a = &factors[0];
      rp.product_b = &factors[1];
    }
    other.r = r;
    rp.other = call_other;
    rp.other_ctx = &other;
    if (fused) {
      rp.fused = eval_body;
      rp.fused_ctx = &body;
      if (shift_union) {
        shift_offsets.clear();
        rp.offsets = &shift_offsets;
      }
    }
    Cost c;
    bool need_eager = false;
    Value v;
    try {
      if (sub != kNoFlat) {
        const uint32_t y = to_sub ? to_sub[r] : r;
        if (positions_ok[y] == 2) {
          const Value src = source->value(r);
          positions_ok[y] = subset_positions(args[container_arg(info.call.op)], src, positions[y]);
          source_size[y] =
              uint32_t(src.is_tuple() ? src.tuple().size() : (src.is_set() ? src.set().size() : 0));
          constexpr uint32_t kMaxMissing = 4;
          if (extreme_op && positions_ok[y])
            missing[y].ok =
                missing_positions(positions[y], source_size[y], missing[y].at, kMaxMissing);
        }
        if (!positions_ok[y]) throw NeedEager{};
        rp.positions = positions[y].data();
        rp.n_positions = uint32_t(positions[y].size());
      }
      if (columnar_ && !fused && extreme_op) {
        if (sub != kNoFlat) {
          const uint32_t y = to_sub ? to_sub[r] : r;
          if (std::optional<bool> done = extreme_by_rows(info.call.op, rp, args[0], r, col,
                                                         source_size[y], missing[y], extreme_rows))
            if (*done) continue;
        }
        if (extreme_of_ints(info.call.op, rp, args[0], r, col)) continue;
      }
      if (ax && ax->kind == AxisKind::Product)
        rp.len_a = args[1].is_tuple() ? args[1].tuple().size()
                                      : (args[1].is_set() ? args[1].set().size() : 0);
      reset_budget(info.call.depth);
      v = catching([&]() -> Value {
        if (is_budget) return rp.at(0);
        return run_core(info.call.op, rp, args);
      });
      c = spent();
    } catch (const NeedEager&) {
      need_eager = true;
    }
    if (need_eager) v = eager_call(info, rd, r, c, unbuilt_here ? factors : nullptr);
    col.put(r, std::move(v));
    if (costs) col.set_cost(r, c);
    lane_spent.add(ri.lane[r], c);
  }
}

// Where each chunk of lanes starts (and, last, the lane count). A chunk takes up to `lanes`
// lanes, fewer where their input grids hold more than `cells` cells in all (a lane alone may hold
// more): a chunk's columns grow with its lanes' cells, and once they outgrow the caches every
// pass over them waits on memory, and every page of the run's peak is faulted in once.
std::vector<uint32_t> chunk_starts(const std::vector<Lane>& all, uint32_t lanes, int64_t cells) {
  lanes = std::max<uint32_t>(1, lanes);
  std::vector<uint32_t> starts{0};
  uint32_t in_chunk = 0;
  int64_t held = 0;
  for (uint32_t l = 0; l < all.size(); ++l) {
    int64_t c = 0;
    for (const Value& v : all[l].inputs)
      if (v.is_tuple() && v.tuple().layout == TupleLayout::Grid) c += v.tuple().h * v.tuple().w;
    if (in_chunk > 0 && (in_chunk == lanes || held + c > cells)) {
      starts.push_back(l);
      in_chunk = 0, held = 0;
    }
    ++in_chunk, held += c;
  }
  if (!all.empty()) starts.push_back(uint32_t(all.size()));
  return starts;
}

}  // namespace

void BatchedExecutor::Impl::run_chunk(uint32_t l0, uint32_t n, const ExecOptions& opt,
                                      std::vector<RunOutput>& out,
                                      const std::vector<std::vector<uint32_t>>& runs_of_lane,
                                      BatchedStats& st) const {
  LaneScope scope(opt.limits);
  ChunkRun cr(*this, l0, n, opt);
  std::vector<double> secs(plan.groups.size(), 0.0), node_secs(g.size(), 0.0);
  std::vector<uint64_t> inst(plan.groups.size(), 0);
  for (size_t gi = 0; gi < plan.groups.size(); ++gi) {
    const uint64_t before = cr.instances;
    for (FlatId m : plan.groups[gi].nodes) {
      auto t0 = std::chrono::steady_clock::now();
      cr.run_node(m);
      const double dt =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      node_secs[m] += dt;
      secs[gi] += dt;
    }
    for (FlatId f : freed_after[gi]) cr.free_node(f);
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
        if (const std::optional<ErrKind> e = cr.statement_error(s, l)) {
          o.value = Value::error(*e);
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
  for (size_t id = 0; id < node_secs.size(); ++id) st.node_seconds[id] += node_secs[id];
  st.instances += cr.instances;
  st.per_instance_calls += cr.per_instance;
  st.eager_fallbacks += cr.eager;
  st.columnar_instances += cr.columnar;
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
  st.node_seconds.assign(impl_->g.size(), 0.0);
  auto t0 = std::chrono::steady_clock::now();
  const std::vector<uint32_t> starts =
      chunk_starts(w.lanes, options.lanes_per_chunk, options.cells_per_chunk);
  const uint32_t n_chunks = uint32_t(starts.size() - 1);
  std::atomic<size_t> done{0};
  std::mutex progress_mu;
  ThreadPool pool(options.threads);
  pool.parallel_for(
      n_chunks,
      [&](size_t c) {
        const uint32_t l0 = starts[c];
        const uint32_t n = starts[c + 1] - l0;
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
