// The trace IR: a hash-consed DAG over the op table. Identical (kind, op, inputs, constant) is one
// node, across every program of a workload, so all solvers applied to one input share
// `objects(I, T, F, T)`. Nodes live in flat arrays; a node's inputs always precede it, so node
// order is a topological order.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "kernels/cpu/op_table.h"
#include "runtime/errors.h"
#include "runtime/value.h"

namespace arcjit {

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = ~NodeId{0};

enum class NodeKind : uint8_t {
  Input,   // a lane input; slot = InputSlot
  Const,   // a constant; slot = index into the constant pool
  Prim,    // op(args...)
  Call,    // args[0](args[1..]): calling a function value (a variable holding one)
  Guard,   // batt's try/except: args[0], with errors of the caught kinds (aux, a bit mask)
           // replaced by the constant default (slot)
  Lambda,  // a function value `lambda params: body`; slot = body node, aux = parameter count,
           // args = the enclosing nodes the body refers to (captured when the lambda is built)
  Param,   // parameter `slot` of the innermost lambda at nesting depth aux
  Tuple,   // a tuple literal of traced values: (args...)
};

// The lane inputs a program can read (SEMANTICS.md program files).
enum class InputSlot : uint32_t { I = 0, S = 1, C = 2, TaskId = 3 };
inline constexpr int kNumInputSlots = 4;

struct SrcLoc {
  uint32_t file = 0;  // index into Graph::files()
  uint32_t line = 0, col = 0;
};

struct Node {
  NodeKind kind;
  Op op = Op::identity;
  uint32_t args_at = 0;  // into Graph::arg_pool
  uint32_t n_args = 0;
  uint32_t slot = 0;
  uint32_t aux = 0;
  SrcLoc loc;  // where the node was first traced
};

class Graph {
 public:
  NodeId input(InputSlot s);
  NodeId constant(const Value& v);
  NodeId prim(Op op, std::span<const NodeId> args, SrcLoc loc = {});
  NodeId call(NodeId fn, std::span<const NodeId> args, SrcLoc loc = {});
  NodeId guard(NodeId stmt, uint32_t caught_mask, const Value& fallback, SrcLoc loc = {});
  NodeId param(uint32_t depth, uint32_t index);
  NodeId tuple(std::span<const NodeId> items, SrcLoc loc = {});
  NodeId lambda(NodeId body, uint32_t n_params, std::span<const NodeId> captures, SrcLoc loc = {});

  const Node& node(NodeId id) const { return nodes_[id]; }
  std::span<const NodeId> args(NodeId id) const {
    const Node& n = nodes_[id];
    return {arg_pool_.data() + n.args_at, n.n_args};
  }
  const Value& const_value(NodeId id) const { return consts_[nodes_[id].slot]; }
  size_t size() const { return nodes_.size(); }

  uint32_t add_file(std::string name);
  const std::string& file(uint32_t index) const { return files_[index]; }

 private:
  NodeId intern(const Node& n, std::span<const NodeId> args);

  std::vector<Node> nodes_;
  std::vector<NodeId> arg_pool_;
  std::vector<Value> consts_;
  std::vector<std::string> files_ = {"<trace>"};
  std::unordered_map<std::string, NodeId> by_key_;
  std::unordered_map<std::string, uint32_t> const_by_key_;
};

// Bit for an error kind in a Guard's caught mask.
inline constexpr uint32_t err_bit(ErrKind k) { return 1u << static_cast<uint32_t>(k); }

}  // namespace arcjit
