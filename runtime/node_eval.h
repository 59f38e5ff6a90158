// Evaluating one node of the trace graph for one lane, given its inputs' values: the one place
// that runs kernels, calls function values, applies batt guards and builds lambdas, shared by
// every executor so that they agree by construction. Never throws: failures are error values.
#pragma once

#include <memory>
#include <mutex>
#include <span>
#include <unordered_map>

#include "compiler/graph.h"
#include "runtime/value.h"

namespace arcjit {

class NodeEvaluator {
 public:
  explicit NodeEvaluator(const Graph& g) : g_(g) {}
  // `args` are the values of g.args(id) in order. Not for Input or Param nodes.
  Value eval(NodeId id, std::span<const Value> args) const;
  const Graph& graph() const { return g_; }
  // The function value of Lambda node `id` with these captured values.
  Value make_lambda(NodeId id, std::vector<Value> captures) const;

 private:
  std::shared_ptr<const LambdaCode> lambda_code(NodeId id) const;

  const Graph& g_;
  mutable std::mutex mu_;
  mutable std::unordered_map<NodeId, std::shared_ptr<const LambdaCode>> lambdas_;
};

}  // namespace arcjit
