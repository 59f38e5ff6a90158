#include "runtime/node_eval.h"

#include "compiler/schedule.h"
#include "kernels/cpu/call.h"
#include "kernels/cpu/op_table.h"
#include "runtime/catching.h"
#include "runtime/limits.h"

namespace arcjit {

namespace {

// A program file's `lambda`: its body evaluated as Python evaluates an expression, with the
// parameters bound and the captured enclosing values in place: arguments left to right, each call
// after its arguments, the first error ending the call. The body is a hash-consed DAG; a
// subexpression used twice is computed once per call but charged in full at every use, as Python
// computes it again.
class GraphLambda final : public LambdaCode {
 public:
  GraphLambda(const NodeEvaluator& ev, NodeId lambda)
      : ev_(ev), root_(ev.graph().node(lambda).slot) {
    const Graph& g = ev.graph();
    auto caps = g.args(lambda);
    std::vector<NodeId> captures(caps.begin(), caps.end());
    body_ = reachable_nodes(g, {root_}, captures);
    for (size_t k = 0; k < body_.size(); ++k) pos_[body_[k]] = uint32_t(k);
    for (size_t k = 0; k < captures.size(); ++k) cap_pos_[captures[k]] = uint32_t(k);
  }

  Value call(const FuncObj& self, std::span<const Value> args) const override {
    std::vector<Memo> memo(body_.size());
    Value out = eval_tree(root_, self, args, memo);
    if (out.is_err()) raise(out.err());
    return out;
  }

 private:
  struct Memo {
    bool done = false;
    Value value;
    int64_t work = 0, elements = 0;  // what computing it charged
  };

  Value eval_tree(NodeId id, const FuncObj& self, std::span<const Value> args,
                  std::vector<Memo>& memo) const {
    if (auto c = cap_pos_.find(id); c != cap_pos_.end()) return self.parts[c->second];
    const Graph& g = ev_.graph();
    const Node& n = g.node(id);
    if (n.kind == NodeKind::Param) return args[n.slot];
    Memo& m = memo[pos_.at(id)];
    if (m.done) {
      charge_recorded(m.work, m.elements);
      return m.value;
    }
    // What this occurrence costs, its arguments' evaluation included: a later use charges it all
    // again, as Python evaluates the whole subexpression again.
    const LaneBudget& b = lane_budget();
    const int64_t w0 = b.work, e0 = b.elements;
    auto ins = g.args(id);
    std::vector<Value> in;
    in.reserve(ins.size());
    for (NodeId a : ins) {
      in.push_back(eval_tree(a, self, args, memo));
      if (in.back().is_err()) return in.back();
    }
    m.value = ev_.eval(id, in);
    m.work = b.work - w0;
    m.elements = b.elements - e0;
    m.done = true;
    return m.value;
  }

  const NodeEvaluator& ev_;
  NodeId root_;
  std::vector<NodeId> body_;
  std::unordered_map<NodeId, uint32_t> pos_, cap_pos_;
};

}  // namespace

std::shared_ptr<const LambdaCode> NodeEvaluator::lambda_code(NodeId id) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto& slot = lambdas_[id];
  if (!slot) slot = std::make_shared<GraphLambda>(*this, id);
  return slot;
}

Value NodeEvaluator::make_lambda(NodeId id, std::vector<Value> captures) const {
  auto* f = new FuncObj();
  f->kind = FuncKind::Lambda;
  f->arity = uint8_t(g_.node(id).aux);
  f->site = id;
  f->parts = std::move(captures);
  f->code = lambda_code(id);
  return make_func(f);
}

Value NodeEvaluator::eval(NodeId id, std::span<const Value> args) const {
  const Node& n = g_.node(id);
  switch (n.kind) {
    case NodeKind::Const:
      return g_.const_value(id);
    case NodeKind::Input:
    case NodeKind::Param:
      return Value::error(ErrKind::RuntimeError);  // bound by the caller
    case NodeKind::Guard:
      if (args[0].is_err() && (n.aux & err_bit(args[0].err()))) return g_.const_value(id);
      return args[0];
    default:
      break;
  }
  for (const Value& a : args)
    if (a.is_err()) return a;  // the first error in Python's order wins
  return catching([&]() -> Value {
    switch (n.kind) {
      case NodeKind::Prim:
        return op_info(n.op).kernel(args.data());
      case NodeKind::Call:
        return call_value(args[0], args.subspan(1));
      case NodeKind::Tuple:
        return make_tuple(std::vector<Value>(args.begin(), args.end()));
      case NodeKind::Lambda:
        return make_lambda(id, std::vector<Value>(args.begin(), args.end()));
      default:
        return Value::error(ErrKind::RuntimeError);
    }
  });
}

}  // namespace arcjit
