#include "runtime/node_eval.h"

#include <new>
#include <stdexcept>

#include "compiler/schedule.h"
#include "kernels/cpu/call.h"
#include "kernels/cpu/op_table.h"

namespace arcjit {

namespace {

// A program file's `lambda`: its body evaluated with the parameters bound and the captured
// enclosing values in place.
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
    const Graph& g = ev_.graph();
    std::vector<Value> local(body_.size());
    std::vector<Value> in;
    for (size_t k = 0; k < body_.size(); ++k) {
      NodeId id = body_[k];
      const Node& n = g.node(id);
      if (n.kind == NodeKind::Param) {
        local[k] = args[n.slot];
        continue;
      }
      in.clear();
      for (NodeId a : g.args(id)) {
        auto c = cap_pos_.find(a);
        in.push_back(c != cap_pos_.end() ? self.parts[c->second] : local[pos_.at(a)]);
      }
      local[k] = ev_.eval(id, in);
    }
    const Value& out = local[pos_.at(root_)];
    if (out.is_err()) raise(out.err());
    return out;
  }

 private:
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
  try {
    switch (n.kind) {
      case NodeKind::Prim:
        return op_info(n.op).kernel(args.data());
      case NodeKind::Call:
        return call_value(args[0], args.subspan(1));
      case NodeKind::Tuple:
        return make_tuple(std::vector<Value>(args.begin(), args.end()));
      case NodeKind::Lambda: {
        auto* f = new FuncObj();
        f->kind = FuncKind::Lambda;
        f->arity = uint8_t(n.aux);
        f->parts.assign(args.begin(), args.end());
        f->code = lambda_code(id);
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

}  // namespace arcjit
