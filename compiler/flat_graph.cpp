#include "compiler/flat_graph.h"

#include <algorithm>

#include "runtime/value_json.h"

namespace arcjit {

namespace {

void put_u32(std::string& key, uint32_t x) { key.append(reinterpret_cast<const char*>(&x), 4); }
void put_u64(std::string& key, uint64_t x) { key.append(reinterpret_cast<const char*>(&x), 8); }

// A constant's identity: errors by kind, callables by object, everything else by its exact
// encoding (True and 1 stay apart).
std::string const_key(const Value& v) {
  if (v.is_err()) return "e" + std::to_string(int(v.err()));
  if (v.is_func()) return "f" + std::to_string(reinterpret_cast<uintptr_t>(v.obj()));
  if (v.is_none()) return "n";
  auto j = encode_json(v);
  return j ? "v" + j->dump() : "p" + std::to_string(reinterpret_cast<uintptr_t>(v.obj()));
}

}  // namespace

FlatGraph::FlatGraph() {
  spaces_.push_back({});
  space_by_key_[""] = kRootSpace;
}

FlatId FlatGraph::intern(const FlatNode& n, std::span<const FlatId> args) {
  std::string key;
  key.reserve(24 + 4 * args.size());
  key.push_back(char(n.kind));
  put_u32(key, uint32_t(n.op));
  put_u32(key, n.slot);
  put_u32(key, n.aux);
  put_u32(key, n.depth);
  for (FlatId a : args) put_u32(key, a);
  auto [it, fresh] = by_key_.emplace(std::move(key), FlatId(nodes_.size()));
  if (!fresh) return it->second;
  FlatNode stored = n;
  stored.args_at = uint32_t(arg_pool_.size());
  stored.n_args = uint32_t(args.size());
  arg_pool_.insert(arg_pool_.end(), args.begin(), args.end());
  nodes_.push_back(stored);
  return it->second;
}

uint32_t FlatGraph::pool_index(const Value& v) {
  auto [it, fresh] = const_by_key_.emplace(const_key(v), uint32_t(consts_.size()));
  if (fresh) consts_.push_back(v);
  return it->second;
}

FlatId FlatGraph::input(InputSlot s) {
  FlatNode n;
  n.kind = FlatKind::Input;
  n.slot = uint32_t(s);
  return intern(n, {});
}

FlatId FlatGraph::constant(const Value& v) {
  FlatNode n;
  n.kind = FlatKind::Const;
  n.slot = pool_index(v);
  return intern(n, {});
}

FlatId FlatGraph::node(FlatKind kind, Op op, std::span<const FlatId> args, uint32_t slot,
                       uint32_t aux, uint32_t depth, NodeId origin) {
  FlatNode n;
  n.kind = kind;
  n.op = op;
  n.slot = slot;
  n.aux = aux;
  n.depth = depth;
  n.origin = origin;
  for (FlatId a : args) n.space = space_union(n.space, nodes_[a].space);
  return intern(n, args);
}

AxisId FlatGraph::axis(AxisKind kind, FlatId a, FlatId b, SpaceId within) {
  // Nested maps over the same containers need distinct axes (their elements vary
  // independently); sibling maps share one, so their bodies share nodes.
  uint32_t depth = 0;
  for (AxisId x : spaces_[within]) {
    const Axis& ax = axes_[x];
    if (ax.kind == kind && ax.a == a && ax.b == b) depth = std::max(depth, ax.depth + 1);
  }
  std::string key;
  key.push_back(char(kind));
  put_u32(key, a);
  put_u32(key, b);
  put_u32(key, depth);
  auto [it, fresh] = axis_by_key_.emplace(std::move(key), AxisId(axes_.size()));
  if (fresh) {
    Axis ax;
    ax.kind = kind;
    ax.a = a;
    ax.b = b;
    ax.depth = depth;
    ax.domain = nodes_[a].space;
    if (b != kNoFlat) ax.domain = space_union(ax.domain, nodes_[b].space);
    axes_.push_back(ax);
  }
  return it->second;
}

FlatId FlatGraph::elem(AxisId axis, uint32_t which) {
  const Axis& ax = axes_[axis];
  FlatNode n;
  n.kind = FlatKind::Elem;
  n.slot = which;
  n.aux = axis;
  n.space = space_with(ax.domain, axis);
  FlatId args[2] = {ax.a, ax.b};
  return intern(n, {args, ax.b == kNoFlat ? 1u : 2u});
}

FlatId FlatGraph::reduce(ReduceInfo info, NodeId origin) {
  // The node's space: its eager arguments' (the body's, less the axis, is within it).
  SpaceId space = kRootSpace;
  std::vector<FlatId> args;
  auto use = [&](FlatId f) {
    if (f == kNoFlat) return;
    space = space_union(space, nodes_[f].space);
    args.push_back(f);
  };
  for (const ReduceArg& a : info.call.args) {
    use(a.node);
    for (FlatId l : a.leaves) use(l);
    use(a.guard);
  }
  const bool is_reduce = info.axis != ~0u;
  info.elem_space = is_reduce ? space_with(space, info.axis) : space;
  // Dependencies the executor reads in the element space: the body and every charged node.
  std::vector<FlatId> reads = {info.body};
  if (info.source != kNoFlat) reads.push_back(info.source);
  for (const ChargeStep& s : steps(info.charge))
    if (s.node != kNoFlat) reads.push_back(s.node);
  std::sort(reads.begin(), reads.end());
  reads.erase(std::unique(reads.begin(), reads.end()), reads.end());
  args.insert(args.end(), reads.begin(), reads.end());

  const EagerCall& c = info.call;
  std::string key = is_reduce ? "R" : "B";
  put_u32(key, uint32_t(c.op));
  put_u32(key, c.is_call);
  put_u32(key, info.axis);
  put_u32(key, info.source);
  put_u32(key, info.body);
  put_u32(key, info.charge);
  for (const ReduceArg& a : c.args) {
    put_u32(key, a.node);
    put_u32(key, a.templ);
    put_u32(key, a.guard);
    put_u32(key, uint32_t(a.leaves.size()));
    for (FlatId l : a.leaves) put_u32(key, l);
    if (a.guard != kNoFlat) put_u32(key, pool_index(a.fallback));
  }
  auto [it, fresh] = by_key_.emplace(std::move(key), FlatId(nodes_.size()));
  if (!fresh) {
    // The same call at another depth (see EagerCall::depth).
    uint32_t& depth = reduces_[nodes_[it->second].slot].call.depth;
    depth = std::max(depth, c.depth);
    nodes_[it->second].depth = depth;
    return it->second;
  }
  FlatNode n;
  n.kind = is_reduce ? FlatKind::Reduce : FlatKind::Budget;
  n.op = c.op;
  n.space = space;
  n.depth = c.depth;
  n.origin = origin;
  n.slot = uint32_t(reduces_.size());
  n.args_at = uint32_t(arg_pool_.size());
  n.n_args = uint32_t(args.size());
  arg_pool_.insert(arg_pool_.end(), args.begin(), args.end());
  reduces_.push_back(std::move(info));
  nodes_.push_back(n);
  return it->second;
}

uint32_t FlatGraph::charge_program(std::vector<ChargeStep> steps) {
  std::string key;
  for (const ChargeStep& s : steps) {
    key.push_back(char(s.kind));
    put_u32(key, s.node);
    put_u32(key, uint32_t(s.w));
    put_u32(key, s.skip);
    put_u32(key, uint32_t(s.e));
  }
  auto [it, fresh] = program_by_key_.emplace(std::move(key), uint32_t(programs_.size()));
  if (fresh) {
    programs_.emplace_back(uint32_t(step_pool_.size()), uint32_t(steps.size()));
    step_pool_.insert(step_pool_.end(), steps.begin(), steps.end());
  }
  return it->second;
}

uint32_t FlatGraph::closure_template(ClosureTemplate t) {
  std::string key;
  key.push_back(char(t.kind));
  put_u32(key, t.op);
  put_u32(key, t.arity);
  put_u64(key, uint64_t(t.n));
  put_u32(key, t.lambda);
  for (const TemplatePart& p : t.parts) {
    key.push_back(char(p.kind));
    put_u32(key, p.index);
  }
  auto [it, fresh] = template_by_key_.emplace(std::move(key), uint32_t(templates_.size()));
  if (fresh) templates_.push_back(std::move(t));
  return it->second;
}

SpaceId FlatGraph::intern_space(std::vector<AxisId> axes) {
  std::string key;
  for (AxisId a : axes) put_u32(key, a);
  auto [it, fresh] = space_by_key_.emplace(std::move(key), SpaceId(spaces_.size()));
  if (fresh) spaces_.push_back(std::move(axes));
  return it->second;
}

SpaceId FlatGraph::space_union(SpaceId a, SpaceId b) {
  if (a == b || b == kRootSpace) return a;
  if (a == kRootSpace) return b;
  std::vector<AxisId> u;
  std::set_union(spaces_[a].begin(), spaces_[a].end(), spaces_[b].begin(), spaces_[b].end(),
                 std::back_inserter(u));
  return intern_space(std::move(u));
}

SpaceId FlatGraph::space_with(SpaceId s, AxisId a) {
  std::vector<AxisId> u = spaces_[s];
  auto at = std::lower_bound(u.begin(), u.end(), a);
  if (at != u.end() && *at == a) return s;
  u.insert(at, a);
  return intern_space(std::move(u));
}

SpaceId FlatGraph::space_without_last(SpaceId s) {
  std::vector<AxisId> u = spaces_[s];
  if (!u.empty()) u.pop_back();
  return intern_space(std::move(u));
}

void FlatGraph::close_spaces() {
  for (SpaceId s = 0; s < spaces_.size(); ++s) space_without_last(s);  // may add spaces
  base_.resize(spaces_.size());
  for (SpaceId s = 0; s < spaces_.size(); ++s) base_[s] = space_without_last(s);
}

bool FlatGraph::space_contains(SpaceId s, AxisId a) const {
  return std::binary_search(spaces_[s].begin(), spaces_[s].end(), a);
}

bool FlatGraph::space_subset(SpaceId small, SpaceId big) const {
  return std::includes(spaces_[big].begin(), spaces_[big].end(), spaces_[small].begin(),
                       spaces_[small].end());
}

}  // namespace arcjit
