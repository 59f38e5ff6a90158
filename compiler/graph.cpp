#include "compiler/graph.h"

#include "runtime/value_json.h"

namespace arcjit {

namespace {

// A constant's identity: its exact encoding (True and 1 stay apart), or a callable's identity.
std::string const_key(const Value& v) {
  if (v.is_func()) return "f#" + std::to_string(v.func().serial);
  if (v.is_none()) return "None";
  auto j = encode_json(v);
  return j ? j->dump() : "?" + std::to_string(reinterpret_cast<uintptr_t>(v.obj()));
}

void put_u32(std::string& key, uint32_t x) { key.append(reinterpret_cast<const char*>(&x), 4); }

}  // namespace

NodeId Graph::intern(const Node& n, std::span<const NodeId> args) {
  std::string key;
  key.reserve(16 + 4 * args.size());
  key.push_back(char(n.kind));
  put_u32(key, uint32_t(n.op));
  put_u32(key, n.slot);
  put_u32(key, n.aux);
  for (NodeId a : args) put_u32(key, a);
  auto [it, fresh] = by_key_.emplace(std::move(key), NodeId(nodes_.size()));
  if (!fresh) return it->second;
  Node stored = n;
  stored.args_at = uint32_t(arg_pool_.size());
  stored.n_args = uint32_t(args.size());
  arg_pool_.insert(arg_pool_.end(), args.begin(), args.end());
  nodes_.push_back(stored);
  return it->second;
}

NodeId Graph::input(InputSlot s) {
  return intern(Node{NodeKind::Input, Op::identity, 0, 0, uint32_t(s), 0, {}}, {});
}

NodeId Graph::constant(const Value& v) {
  auto [it, fresh] = const_by_key_.emplace(const_key(v), uint32_t(consts_.size()));
  if (fresh) consts_.push_back(v);
  return intern(Node{NodeKind::Const, Op::identity, 0, 0, it->second, 0, {}}, {});
}

NodeId Graph::prim(Op op, std::span<const NodeId> args, SrcLoc loc) {
  return intern(Node{NodeKind::Prim, op, 0, 0, 0, 0, loc}, args);
}

NodeId Graph::call(NodeId fn, std::span<const NodeId> args, SrcLoc loc) {
  std::vector<NodeId> all;
  all.reserve(args.size() + 1);
  all.push_back(fn);
  all.insert(all.end(), args.begin(), args.end());
  return intern(Node{NodeKind::Call, Op::identity, 0, 0, 0, 0, loc}, all);
}

NodeId Graph::guard(NodeId stmt, uint32_t caught_mask, const Value& fallback, SrcLoc loc) {
  NodeId c = constant(fallback);
  return intern(Node{NodeKind::Guard, Op::identity, 0, 0, nodes_[c].slot, caught_mask, loc},
                std::span<const NodeId>(&stmt, 1));
}

NodeId Graph::param(uint32_t depth, uint32_t index) {
  return intern(Node{NodeKind::Param, Op::identity, 0, 0, index, depth, {}}, {});
}

NodeId Graph::tuple(std::span<const NodeId> items, SrcLoc loc) {
  return intern(Node{NodeKind::Tuple, Op::identity, 0, 0, 0, 0, loc}, items);
}

NodeId Graph::lambda(NodeId body, uint32_t n_params, std::span<const NodeId> captures, SrcLoc loc) {
  return intern(Node{NodeKind::Lambda, Op::identity, 0, 0, body, n_params, loc}, captures);
}

uint32_t Graph::add_file(std::string name) {
  files_.push_back(std::move(name));
  return uint32_t(files_.size() - 1);
}

}  // namespace arcjit
