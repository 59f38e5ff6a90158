// The flattened graph: the trace with every call through a statically known function inlined,
// and every higher-order call over a container turned into a map region (NESL-style flattening):
// an axis enumerating the container's elements, body nodes over them, and a Reduce node that
// folds the elements' results back with the primitive's own semantics (kernels/cpu/hof_core.h).
//
// Every node lives in a space: the set of axes whose elements it depends on. The space of a
// node is the union of its arguments' spaces, so a body node that does not depend on an element
// lands outside that map: loop-invariant work is hoisted by construction, and a value such as
// "the nearest object to cell p" is computed once per (lane, p), not once per (lane, object, p).
// An instance of a space is a lane and one element index per axis; every node is a pure function
// of its instance, so nodes are hash-consed by (kind, op, constants, arguments) across programs,
// regions and lanes.
//
// Costs: the eager executor charges one budget per top-level node, cumulatively over every call
// it makes (runtime/limits.h). An inlined call is many nodes here, so each element call keeps a
// charge program, its calls' costs in Python's evaluation order; a Reduce replays it per element
// (and a Budget node at top level), so every backend reports ResourceLimit on the same lanes.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/graph.h"

namespace arcjit {

using FlatId = uint32_t;
using AxisId = uint32_t;
using SpaceId = uint32_t;
inline constexpr FlatId kNoFlat = ~FlatId{0};
inline constexpr SpaceId kRootSpace = 0;  // no axes: one instance per lane

enum class FlatKind : uint8_t {
  Input,     // a lane input; slot = InputSlot
  Const,     // slot = constant pool index
  Prim,      // op(args...) with the op's kernel
  Elem,      // element of axis aux's container(s): args = the containers; slot = which (Zip:
             // 0 = a[k], 1 = b[k]; Product, Pairs: 0 = a[i], 1 = b[j]; Elem: 0)
  Reduce,    // a higher-order primitive folding axis elements; slot = index into reduces()
  DynCall,   // args[0](args[1..]): a function value chosen by data, called per instance
  MakeFunc,  // a function value from closure template slot and its leaves (args)
  Tuple,     // (args...)
  Guard,     // batt try/except around args[0]: errors of the kinds in mask aux become constant slot
  Fail,      // the first error among args, else error kind aux (a call that always raises)
  After,     // the first error among args, else constant slot (a constant function's result)
  GuardState,   // a guarded closure's state from its leaves (args): the first leaf error if
                // uncaught, else True when a leaf error was caught (the fallback is in force)
  GuardSelect,  // args[0]: a GuardState; args[1]: the guarded value (or a call's result through
                // it): the state's error, constant slot where the guard caught an error (the
                // fallback, or what calling it gives), else args[1]
  Budget,       // an inlined call at top level: args[0] its result; slot = charge program; the
                // call's cost replayed under one lane budget, as eager evaluates it
};

// How an axis enumerates: Elem: the elements of one container; Zip: zip(a, b); Product: `for j in
// b for i in a` (index k = j * len(a) + i); Pairs: the elements (a[i], b[j]) of product(a, b) in
// that frozenset's order (k = i * len(b) + j), where both are frozensets (a lane where one is not
// has no instances: what needs them is evaluated eagerly, from the product itself).
enum class AxisKind : uint8_t { Elem, Zip, Product, Pairs };

struct Axis {
  AxisKind kind = AxisKind::Elem;
  FlatId a = kNoFlat, b = kNoFlat;  // the containers (b: Zip, Product)
  uint32_t depth = 0;               // distinguishes nested maps over the same container(s)
  SpaceId domain = kRootSpace;      // the containers' space (union)
};

// One step of a charge program. Work: a fixed cost (w work, e elements: a call's own, or a
// primitive folded away whose cost does not depend on data). Node: node's recorded cost; an
// error there ends the call. GuardJump: if node (a GuardState) is True here, the fallback
// function runs instead of the inlined one: charge w and skip the next `skip` steps.
enum class StepKind : uint8_t { Work, Node, GuardJump };
struct ChargeStep {
  StepKind kind = StepKind::Work;
  FlatId node = kNoFlat;
  int32_t w = 0;
  uint32_t skip = 0;
  int32_t e = 0;
};

// A function value's structure, known statically. Parts are leaves (dynamic values, flat nodes
// given to MakeFunc in leaf order), nested templates, or constants.
struct TemplatePart {
  enum class Kind : uint8_t { Leaf, Nested, Const } kind = Kind::Leaf;
  uint32_t index = 0;  // Leaf: leaf number; Nested: template index; Const: constant pool index
};
struct ClosureTemplate {
  FuncKind kind = FuncKind::Prim;
  uint16_t op = 0;          // Prim
  uint8_t arity = 1;        // co_argcount
  int64_t n = 0;            // Power
  NodeId lambda = kNoNode;  // Lambda: the trace node
  std::vector<TemplatePart> parts;
};

// An argument of the eager call a Reduce stands for: a flat node, or a statically known function
// (template + its leaves, the first leaves' error being the argument's error; a guarded closure
// carries its GuardState node).
struct ReduceArg {
  FlatId node = kNoFlat;       // a data argument, or the function value when chosen by data
  uint32_t templ = ~0u;        // a static function's template
  std::vector<FlatId> leaves;  // ... and its leaves
  FlatId guard = kNoFlat;      // ... a guarded closure's GuardState
  Value fallback;              // ... and the value it is when the guard caught an error
};

// The eager call a Reduce or Budget node stands for, which an instance falls back to when its
// map region cannot run (a space too large for the lane): Reduce: op(args...); Budget:
// args[0](args[1..]).
struct EagerCall {
  bool is_call = false;
  Op op = Op::identity;
  std::vector<ReduceArg> args;  // in parameter order
  // The call depth at which it is made; one node stands for the same call made at several depths
  // (through different closures, its body the same), at the deepest. Only the call-depth limit
  // could tell them apart, and it does not: the body was inlined at every one of them, so each
  // nested call is within the limit (flatten.cpp's call()), and a call chosen by data or made by
  // a kernel is a node with its own depth.
  uint32_t depth = 0;
};

// A Reduce: the primitive folds the results `body` has for the elements of `axis` (elem_space
// = the Reduce's space plus the axis), each element call costing what program `charge` replays.
// A Budget uses it too: no axis, elem_space its own space, body the inlined call's result.
struct ReduceInfo {
  EagerCall call;
  AxisId axis = ~0u;
  // Elem axes: the container the axis enumerates when the primitive's container holds a subset
  // of its elements in its order (remove(v, c), difference(c, x), sfilter(c, f), ...): a body
  // that depends on an element, not on v, is then hoisted out of the maps v varies in. The
  // executor maps each element's position onto this source's. kNoFlat: the container itself.
  FlatId source = kNoFlat;
  SpaceId elem_space = kRootSpace;
  FlatId body = kNoFlat;
  uint32_t charge = 0;
};

struct FlatNode {
  FlatKind kind = FlatKind::Prim;
  Op op = Op::identity;
  SpaceId space = kRootSpace;
  uint32_t args_at = 0, n_args = 0;
  uint32_t slot = 0, aux = 0;
  uint32_t depth = 0;       // call depth at which it runs (DynCall and kernels calling functions)
  NodeId origin = kNoNode;  // the trace node it was lowered from (dump, source location)
};

class FlatGraph {
 public:
  FlatGraph();

  FlatId input(InputSlot s);
  FlatId constant(const Value& v);
  // Any node but Input/Const/Elem/Reduce; the space is the union of the arguments' spaces.
  FlatId node(FlatKind kind, Op op, std::span<const FlatId> args, uint32_t slot = 0,
              uint32_t aux = 0, uint32_t depth = 0, NodeId origin = kNoNode);
  // The axis enumerating these containers (depth chosen so that it differs from every axis over
  // the same containers in `within`, the space of the call that iterates it).
  AxisId axis(AxisKind kind, FlatId a, FlatId b, SpaceId within);
  FlatId elem(AxisId axis, uint32_t which);
  // A Reduce (axis given) or Budget node; its space is its eager arguments' space.
  FlatId reduce(ReduceInfo info, NodeId origin);
  uint32_t charge_program(std::vector<ChargeStep> steps);
  uint32_t closure_template(ClosureTemplate t);

  const FlatNode& at(FlatId id) const { return nodes_[id]; }
  std::span<const FlatId> args(FlatId id) const {
    const FlatNode& n = nodes_[id];
    return {arg_pool_.data() + n.args_at, n.n_args};
  }
  size_t size() const { return nodes_.size(); }
  const Value& const_value(FlatId id) const { return consts_[nodes_[id].slot]; }
  const Value& pool_value(uint32_t slot) const { return consts_[slot]; }
  uint32_t pool_index(const Value& v);

  const Axis& axis_info(AxisId a) const { return axes_[a]; }
  size_t axis_count() const { return axes_.size(); }
  // A space's axes, ascending (an axis's containers only depend on axes created before it).
  std::span<const AxisId> space_axes(SpaceId s) const { return spaces_[s]; }
  size_t space_count() const { return spaces_.size(); }
  SpaceId space_union(SpaceId a, SpaceId b);
  SpaceId space_with(SpaceId s, AxisId a);  // s plus axis a
  SpaceId space_without_last(SpaceId s);    // the space s is built from (interned if new)
  // After lowering: every space's base chain exists, and space_base answers without interning.
  void close_spaces();
  SpaceId space_base(SpaceId s) const { return base_[s]; }
  bool space_contains(SpaceId s, AxisId a) const;
  bool space_subset(SpaceId small, SpaceId big) const;

  const ReduceInfo& reduce_info(FlatId id) const { return reduces_[nodes_[id].slot]; }
  std::span<const ChargeStep> steps(uint32_t program) const {
    return {step_pool_.data() + programs_[program].first, programs_[program].second};
  }
  const ClosureTemplate& templ(uint32_t t) const { return templates_[t]; }

 private:
  FlatId intern(const FlatNode& n, std::span<const FlatId> args);
  SpaceId intern_space(std::vector<AxisId> axes);

  std::vector<FlatNode> nodes_;
  std::vector<FlatId> arg_pool_;
  std::vector<Value> consts_;
  std::unordered_map<std::string, FlatId> by_key_;
  std::unordered_map<std::string, uint32_t> const_by_key_;

  std::vector<Axis> axes_;
  std::unordered_map<std::string, AxisId> axis_by_key_;
  std::vector<std::vector<AxisId>> spaces_;
  std::unordered_map<std::string, SpaceId> space_by_key_;
  std::vector<SpaceId> base_;

  std::vector<ReduceInfo> reduces_;
  std::vector<ChargeStep> step_pool_;
  std::vector<std::pair<uint32_t, uint32_t>> programs_;
  std::unordered_map<std::string, uint32_t> program_by_key_;
  std::vector<ClosureTemplate> templates_;
  std::unordered_map<std::string, uint32_t> template_by_key_;
};

// Everything node `id` needs computed before it: its arguments and the containers that build
// its space (a Reduce's: the space of its elements).
template <class F>
void for_each_dep(const FlatGraph& g, FlatId id, F&& f) {
  for (FlatId a : g.args(id)) f(a);
  SpaceId s = g.at(id).space;
  if (g.at(id).kind == FlatKind::Reduce) s = g.reduce_info(id).elem_space;
  for (AxisId ax : g.space_axes(s)) {
    f(g.axis_info(ax).a);
    if (g.axis_info(ax).b != kNoFlat) f(g.axis_info(ax).b);
  }
}

}  // namespace arcjit
