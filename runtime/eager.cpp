#include "runtime/eager.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <new>
#include <stdexcept>
#include <thread>
#include <unordered_map>

#include "compiler/schedule.h"
#include "kernels/cpu/call.h"
#include "kernels/cpu/op_table.h"

namespace arcjit {

namespace {

// Runs one node given its inputs' values; every failure becomes an error value.
template <class Lookup>
Value eval_node(const Graph& g, NodeId id, const Lookup& val, const EagerExecutor::Impl& ex);

}  // namespace

struct EagerExecutor::Impl {
  const Workload& w;
  std::vector<std::vector<NodeId>> schedules;  // per program
  mutable std::mutex lambda_mu;
  mutable std::unordered_map<NodeId, std::shared_ptr<const LambdaCode>> lambdas;

  explicit Impl(const Workload& wl) : w(wl) {
    for (const Program& p : w.programs) schedules.push_back(program_schedule(w.graph, p));
  }

  std::shared_ptr<const LambdaCode> lambda_code(NodeId id) const;
  RunOutput run_one(const Run& r, const Limits& limits, std::vector<Value>& vals) const;
};

namespace {

// A program file's `lambda`, run by evaluating its body with the parameters bound.
class EagerLambda final : public LambdaCode {
 public:
  EagerLambda(const EagerExecutor::Impl& ex, NodeId lambda) : ex_(ex), lambda_(lambda) {
    const Graph& g = ex.w.graph;
    const Node& n = g.node(lambda);
    auto caps = g.args(lambda);
    captures_.assign(caps.begin(), caps.end());
    body_ = reachable_nodes(g, {n.slot}, captures_);
    for (size_t k = 0; k < body_.size(); ++k) pos_[body_[k]] = uint32_t(k);
    for (size_t k = 0; k < captures_.size(); ++k) cap_pos_[captures_[k]] = uint32_t(k);
  }

  Value call(const FuncObj& self, std::span<const Value> args) const override {
    const Graph& g = ex_.w.graph;
    std::vector<Value> local(body_.size());
    auto val = [&](NodeId id) -> const Value& {
      auto c = cap_pos_.find(id);
      if (c != cap_pos_.end()) return self.parts[c->second];
      return local[pos_.at(id)];
    };
    for (size_t k = 0; k < body_.size(); ++k) {
      NodeId id = body_[k];
      const Node& n = g.node(id);
      if (n.kind == NodeKind::Param) {
        local[k] = args[n.slot];
        continue;
      }
      local[k] = eval_node(g, id, val, ex_);
    }
    const Value& out = local[pos_.at(g.node(lambda_).slot)];
    if (out.is_err()) raise(out.err());
    return out;
  }

 private:
  const EagerExecutor::Impl& ex_;
  NodeId lambda_;
  std::vector<NodeId> captures_, body_;
  std::unordered_map<NodeId, uint32_t> pos_, cap_pos_;
};

template <class Lookup>
Value eval_node(const Graph& g, NodeId id, const Lookup& val, const EagerExecutor::Impl& ex) {
  const Node& n = g.node(id);
  switch (n.kind) {
    case NodeKind::Const:
      return g.const_value(id);
    case NodeKind::Param:
    case NodeKind::Input:
      return Value::error(ErrKind::RuntimeError);  // bound by the caller
    case NodeKind::Guard: {
      const Value& v = val(g.args(id)[0]);
      if (v.is_err() && (n.aux & err_bit(v.err()))) return g.const_value(id);
      return v;
    }
    default:
      break;
  }
  auto in = g.args(id);
  Value buf[8];
  std::vector<Value> big;
  Value* args = buf;
  if (in.size() > 8) {
    big.resize(in.size());
    args = big.data();
  }
  for (size_t k = 0; k < in.size(); ++k) {
    args[k] = val(in[k]);
    if (args[k].is_err()) return args[k];  // the first error in Python's order wins
  }
  try {
    switch (n.kind) {
      case NodeKind::Prim:
        return op_info(n.op).kernel(args);
      case NodeKind::Call:
        return call_value(args[0], {args + 1, in.size() - 1});
      case NodeKind::Tuple:
        return make_tuple(std::vector<Value>(args, args + in.size()));
      case NodeKind::Lambda: {
        auto* f = new FuncObj();
        f->kind = FuncKind::Lambda;
        f->arity = uint8_t(n.aux);
        f->parts.assign(args, args + in.size());
        f->code = ex.lambda_code(id);
        return make_func(f);
      }
      default:
        return Value::error(ErrKind::RuntimeError);
    }
  } catch (const PyErr& e) {
    return Value::error(e.kind);
  } catch (const std::bad_alloc&) {
    return Value::error(ErrKind::ResourceLimit);
  } catch (const std::length_error&) {
    return Value::error(ErrKind::ResourceLimit);
  }
}

}  // namespace

std::shared_ptr<const LambdaCode> EagerExecutor::Impl::lambda_code(NodeId id) const {
  std::lock_guard<std::mutex> lock(lambda_mu);
  auto& slot = lambdas[id];
  if (!slot) slot = std::make_shared<EagerLambda>(*this, id);
  return slot;
}

RunOutput EagerExecutor::Impl::run_one(const Run& r, const Limits& limits,
                                       std::vector<Value>& vals) const {
  const Program& p = w.programs[r.program];
  const Lane& lane = w.lanes[r.lane];
  const Graph& g = w.graph;
  auto val = [&](NodeId id) -> const Value& { return vals[id]; };
  for (NodeId id : schedules[r.program]) {
    const Node& n = g.node(id);
    if (n.kind == NodeKind::Input) {
      vals[id] = lane.inputs[n.slot];
    } else {
      LaneScope scope(limits);
      vals[id] = eval_node(g, id, val, *this);
    }
  }
  RunOutput out;
  for (NodeId s : p.statements)
    if (vals[s].is_err()) {
      out.value = vals[s];
      return out;
    }
  if (p.kind == ProgramKind::Solver) {
    out.value = vals[p.result];
    return out;
  }
  for (const AppendRecord& rec : p.appends)
    for (const auto& item : rec.items)
      if (const NodeId* nid = std::get_if<NodeId>(&item)) out.appended.push_back(vals[*nid]);
  return out;
}

EagerExecutor::EagerExecutor(const Workload& w) : impl_(std::make_unique<Impl>(w)) {}
EagerExecutor::~EagerExecutor() = default;

RunOutput EagerExecutor::run_one(const Run& r, const Limits& limits) const {
  std::vector<Value> vals(impl_->w.graph.size());
  return impl_->run_one(r, limits, vals);
}

std::vector<RunOutput> EagerExecutor::run(const ExecOptions& options) const {
  const auto& runs = impl_->w.runs;
  std::vector<RunOutput> out(runs.size());
  std::atomic<size_t> next{0}, done{0};
  auto worker = [&](int tid) {
    std::vector<Value> vals(impl_->w.graph.size());
    for (size_t k; (k = next.fetch_add(1)) < runs.size();) {
      auto t0 = std::chrono::steady_clock::now();
      out[k] = impl_->run_one(runs[k], options.limits, vals);
      out[k].seconds = std::chrono::duration<float>(std::chrono::steady_clock::now() - t0).count();
      size_t d = done.fetch_add(1) + 1;
      if (tid == 0 && options.progress && (d % 256 == 0)) options.progress(d);
    }
  };
  int n = std::max(1, options.threads);
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(worker, t);
  worker(0);
  for (auto& t : pool) t.join();
  if (options.progress) options.progress(runs.size());
  return out;
}

}  // namespace arcjit
