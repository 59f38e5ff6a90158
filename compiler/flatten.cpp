#include "compiler/flatten.h"

#include <memory>
#include <optional>
#include <unordered_map>

#include "compiler/schedule.h"
#include "kernels/cpu/call.h"

namespace arcjit {

namespace {

// Inlining stops here (the call is made per instance instead): deeper than this many nested
// calls, or an element call of more charge steps than this.
constexpr uint32_t kMaxInlineDepth = 48;
constexpr size_t kMaxSteps = 4096;
constexpr int64_t kMaxPowerInline = 16;

struct Clo;

// A value during symbolic evaluation: a flat node (data, or a function value chosen by data), a
// function value known statically, or a tuple known statically (astuple's: first and last of it
// fold away, so what the DSL packs into a pair and unpacks again keeps its own, smaller space); a
// batt guard around a static function keeps its state node and the value the except clause
// assigns instead.
struct Sym {
  FlatId node = kNoFlat;
  std::shared_ptr<const Clo> clo;
  std::shared_ptr<const std::vector<Sym>> tup;
  FlatId guard = kNoFlat;  // GuardState, for a guarded static function
  Value fallback;

  bool is_clo() const { return clo != nullptr; }
  bool is_node() const { return !clo && !tup; }
  static Sym of(FlatId n) {
    Sym s;
    s.node = n;
    return s;
  }
};

// A statically known function value: a FuncObj's structure with symbolic parts.
struct Clo {
  FuncKind kind = FuncKind::Prim;
  Op op = Op::identity;
  int arity = 1;
  int64_t n = 0;
  NodeId lambda = kNoNode;
  std::vector<Sym> parts;
};

Sym clo_sym(Clo c) {
  Sym s;
  s.clo = std::make_shared<const Clo>(std::move(c));
  return s;
}

Sym prim_sym(Op op) {
  Clo c;
  c.kind = FuncKind::Prim;
  c.op = op;
  c.arity = op_info(op).arity;
  return clo_sym(std::move(c));
}

// co_argcount of the lambda rbind/lbind return for a function of n parameters.
int bound_arity(int n) { return n == 2 ? 1 : (n == 3 ? 2 : 3); }

// The argument position of the function of a higher-order primitive with a map region.
std::optional<size_t> region_function(Op op) {
  switch (op) {
    case Op::apply:
    case Op::mapply:
    case Op::papply:
    case Op::mpapply:
    case Op::prapply:
      return 0;
    case Op::sfilter:
    case Op::mfilter:
    case Op::extract:
    case Op::order:
    case Op::valmax:
    case Op::valmin:
    case Op::argmax:
    case Op::argmin:
      return 1;
    default:
      return std::nullopt;
  }
}

// Where an inlined call's costs go and the call depth of the caller.
struct Emit {
  std::vector<ChargeStep>* steps = nullptr;  // none: a top-level node (its own budget)
  uint32_t depth = 0;
  bool overflow = false;  // the element call grew too large to inline
};

class Flattener {
 public:
  Flattener(const Workload& w, const Limits& limits, FlatWorkload& out)
      : w_(w), g_(w.graph), out_(out), fg_(out.graph), limits_(limits), root_(g_.size()) {}

  void run() {
    for (const Program& p : w_.programs) out_.programs.push_back(program(p));
  }

 private:
  // --- materializing symbolic values as flat nodes ---

  // Leaves of a static function in template order: its dynamic parts (a guarded part is a leaf:
  // its GuardSelect node).
  uint32_t templ(const Clo& c, std::vector<FlatId>& leaves) {
    ClosureTemplate t;
    t.kind = c.kind;
    t.op = uint16_t(c.op);
    t.arity = uint8_t(c.arity);
    t.n = c.n;
    t.lambda = c.lambda;
    for (const Sym& p : c.parts) {
      TemplatePart part;
      if (p.is_clo() && p.guard == kNoFlat) {
        part.kind = TemplatePart::Kind::Nested;
        part.index = templ(*p.clo, leaves);
      } else {
        part.kind = TemplatePart::Kind::Leaf;
        part.index = uint32_t(leaves.size());
        leaves.push_back(value(p));
      }
      t.parts.push_back(part);
    }
    return fg_.closure_template(std::move(t));
  }

  // A node holding the symbolic value (a function value is built per instance).
  FlatId value(const Sym& s) {
    if (s.tup) {
      // Its cost was charged where it was built: this node is no charge step.
      std::vector<FlatId> parts;
      for (const Sym& p : *s.tup) parts.push_back(value(p));
      return fg_.node(FlatKind::Prim, Op::astuple, parts);
    }
    if (!s.is_clo()) return s.node;
    if (s.clo->kind == FuncKind::Prim && s.guard == kNoFlat)
      return fg_.constant(prim_value(s.clo->op));
    if (s.clo->kind == FuncKind::ConstEmpty && s.guard == kNoFlat)
      return fg_.constant(const_empty_func());
    std::vector<FlatId> leaves;
    uint32_t t = templ(*s.clo, leaves);
    FlatId f = fg_.node(FlatKind::MakeFunc, Op::identity, leaves, t);
    if (s.guard == kNoFlat) return f;
    FlatId sel[2] = {s.guard, f};
    return fg_.node(FlatKind::GuardSelect, Op::identity, sel, fg_.pool_index(s.fallback));
  }

  // The nodes whose first error is the symbolic value's error.
  void error_leaves(const Sym& s, std::vector<FlatId>& out) {
    if (s.tup) {
      for (const Sym& p : *s.tup) error_leaves(p, out);
      return;
    }
    if (!s.is_clo()) {
      out.push_back(s.node);
      return;
    }
    if (s.guard != kNoFlat) {
      out.push_back(s.guard);
      return;
    }
    for (const Sym& p : s.clo->parts) error_leaves(p, out);
  }

  // The error kinds a node's value can be (a mask of err_bit): none for inputs and non-error
  // constants, a guard's argument's kinds less those it catches, any kind for anything else.
  uint32_t possible_errors(FlatId id) {
    const FlatNode& n = fg_.at(id);
    switch (n.kind) {
      case FlatKind::Input:
        return 0;
      case FlatKind::Const: {
        const Value& v = fg_.const_value(id);
        return v.is_err() ? err_bit(v.err()) : 0;
      }
      case FlatKind::Guard:
        return possible_errors(fg_.args(id)[0]) & ~n.aux;
      default:
        return ~0u;
    }
  }

  // A node that is the value's error, or harmless: a statement's check.
  FlatId check(const Sym& s) {
    if (s.is_node()) return s.node;
    if (s.guard != kNoFlat) return s.guard;
    std::vector<FlatId> leaves;
    error_leaves(s, leaves);
    return fg_.node(FlatKind::After, Op::identity, leaves, fg_.pool_index(Value::integer(0)));
  }

  ReduceArg reduce_arg(const Sym& s) {
    ReduceArg a;
    if (!s.is_clo()) {
      a.node = value(s);
      return a;
    }
    a.templ = templ(*s.clo, a.leaves);
    a.guard = s.guard;
    a.fallback = s.fallback;
    return a;
  }

  FlatId step(Emit& em, FlatId n) {
    if (em.steps) em.steps->push_back(ChargeStep{StepKind::Node, n, 0, 0});
    return n;
  }

  // --- primitives and calls ---

  // op(args) as a node, evaluated by the kernel.
  Sym prim_node(Op op, const std::vector<Sym>& args, Emit& em, NodeId origin) {
    std::vector<FlatId> in;
    for (const Sym& a : args) in.push_back(value(a));
    // Only a kernel that calls functions reads the call depth (the recursion limit); any other
    // node is the same at every depth, so that copies of one subexpression reached through
    // different closures are one node, with one map region over their container.
    const bool calls = calls_function_values(op);
    if (calls) ++out_.stats.opaque_hofs;
    return Sym::of(step(em, fg_.node(FlatKind::Prim, op, in, 0, 0, calls ? em.depth : 0, origin)));
  }

  Sym prim_call(Op op, const std::vector<Sym>& args, Emit& em, NodeId origin) {
    auto clo_of = [&](FuncKind k, int arity) {
      Clo c;
      c.kind = k;
      c.arity = arity;
      c.parts = args;
      return clo_sym(std::move(c));
    };
    switch (op) {
      case Op::compose:
        return clo_of(FuncKind::Compose, 1);
      case Op::chain:
        return clo_of(FuncKind::Chain, 1);
      case Op::fork:
        return clo_of(FuncKind::Fork, 1);
      case Op::matcher:
        return clo_of(FuncKind::Matcher, 1);
      case Op::rbind:
      case Op::lbind:
        // The arity of the bound function decides the closure's: static only when the function
        // is (a guarded one may turn into the fallback).
        if (args[0].is_clo() && args[0].guard == kNoFlat)
          return clo_of(op == Op::rbind ? FuncKind::Rbind : FuncKind::Lbind,
                        bound_arity(args[0].clo->arity));
        break;
      case Op::astuple:
        // (a, b) costs its two elements whatever a and b are.
        if (limits_.max_container >= 2) {
          if (em.steps) em.steps->push_back(ChargeStep{StepKind::Work, kNoFlat, 0, 0, 2});
          Sym t;
          t.tup = std::make_shared<const std::vector<Sym>>(args);
          return t;
        }
        break;
      case Op::identity:
        return args[0];  // charges nothing, never raises
      case Op::first:
      case Op::last:
        // Of a pair: its part, charging nothing.
        if (args[0].tup) return op == Op::first ? args[0].tup->front() : args[0].tup->back();
        break;
      case Op::power: {
        const FlatNode* n = args[1].is_node() ? &fg_.at(args[1].node) : nullptr;
        if (n && n->kind == FlatKind::Const) {
          const Value& v = fg_.const_value(args[1].node);
          if (v.tag() == Tag::Int && v.i() == 1) return args[0];
          if (v.tag() == Tag::Int && v.i() >= 2 && v.i() <= kMaxPowerInline &&
              v.i() <= limits_.max_power) {
            Clo c;
            c.kind = FuncKind::Power;
            c.arity = 1;
            c.n = v.i();
            c.parts = {args[0]};
            return clo_sym(std::move(c));
          }
        }
        break;
      }
      default:
        if (auto fa = region_function(op); fa && args[*fa].is_clo())
          return region(op, args, *fa, em, origin);
        break;
    }
    return prim_node(op, args, em, origin);
  }

  // The result of calling the value a guard assigns when it catches an error: `lambda *args: ()`
  // gives (), a non-callable raises TypeError; nullopt for anything else (called per instance).
  static std::optional<Value> fallback_result(const Value& fallback) {
    if (!fallback.is_func()) return Value::error(ErrKind::TypeError);
    if (fallback.func().kind == FuncKind::ConstEmpty) return empty_tuple();
    return std::nullopt;
  }

  Sym dynamic_call(const Sym& f, const std::vector<Sym>& args, Emit& em, NodeId origin) {
    std::vector<FlatId> in = {value(f)};
    for (const Sym& a : args) in.push_back(value(a));
    ++out_.stats.dynamic_calls;
    return Sym::of(step(em, fg_.node(FlatKind::DynCall, Op::identity, in, 0, 0, em.depth, origin)));
  }

  // f(args) as call_value makes it: arity check, one level deeper, one unit of work, dispatch.
  Sym call(const Sym& f, const std::vector<Sym>& args, Emit& em, NodeId origin) {
    // Past the call-depth limit the call is made at run time, where it fails as eager's does.
    if (!f.is_clo() || !em.steps || em.depth + 1 > kMaxInlineDepth ||
        int64_t(em.depth) + 1 > limits_.max_call_depth || em.steps->size() > kMaxSteps) {
      if (em.steps && em.steps->size() > kMaxSteps) em.overflow = true;
      return dynamic_call(f, args, em, origin);
    }
    if (f.guard != kNoFlat) {
      auto fb = fallback_result(f.fallback);
      if (!fb) return dynamic_call(f, args, em, origin);
      size_t at = em.steps->size();
      em.steps->push_back(
          ChargeStep{StepKind::GuardJump, f.guard, f.fallback.is_func() ? 1 : 0, 0});
      Sym plain;
      plain.clo = f.clo;
      Sym r = call(plain, args, em, origin);
      (*em.steps)[at].skip = uint32_t(em.steps->size() - at - 1);
      FlatId sel[2] = {f.guard, value(r)};
      return Sym::of(fg_.node(FlatKind::GuardSelect, Op::identity, sel, fg_.pool_index(*fb)));
    }
    const Clo& c = *f.clo;
    if (int(args.size()) != c.arity && c.kind != FuncKind::ConstEmpty) {
      std::vector<FlatId> in;
      for (const Sym& a : args) in.push_back(value(a));
      return Sym::of(
          step(em, fg_.node(FlatKind::Fail, Op::identity, in, 0, uint32_t(ErrKind::TypeError))));
    }
    ++out_.stats.inlined_calls;
    em.steps->push_back(ChargeStep{StepKind::Work, kNoFlat, 1, 0});
    Emit in{em.steps, em.depth + 1};
    Sym r = dispatch(c, args, in, origin);
    em.overflow = em.overflow || in.overflow;
    return r;
  }

  Sym dispatch(const Clo& c, const std::vector<Sym>& args, Emit& in, NodeId origin) {
    const std::vector<Sym>& p = c.parts;
    switch (c.kind) {
      case FuncKind::Prim:
        return prim_call(c.op, args, in, origin);
      case FuncKind::Rbind: {
        std::vector<Sym> a = args;
        a.push_back(p[1]);
        return call(p[0], a, in, origin);
      }
      case FuncKind::Lbind: {
        std::vector<Sym> a = {p[1]};
        a.insert(a.end(), args.begin(), args.end());
        return call(p[0], a, in, origin);
      }
      case FuncKind::Compose:
        return call(p[0], {call(p[1], args, in, origin)}, in, origin);
      case FuncKind::Chain:
        return call(p[0], {call(p[1], {call(p[2], args, in, origin)}, in, origin)}, in, origin);
      case FuncKind::Fork: {
        Sym x = call(p[1], args, in, origin);
        Sym y = call(p[2], args, in, origin);
        return call(p[0], {x, y}, in, origin);
      }
      case FuncKind::Matcher: {
        Sym x = call(p[0], args, in, origin);
        FlatId eq[2] = {value(x), value(p[1])};
        // `function(x) == target` is no call: no charge of its own.
        return Sym::of(step(in, fg_.node(FlatKind::Prim, Op::equality, eq)));
      }
      case FuncKind::Power: {
        Sym x = args[0];
        for (int64_t k = 0; k < c.n; ++k) x = call(p[0], {x}, in, origin);
        return x;
      }
      case FuncKind::ConstEmpty: {
        std::vector<FlatId> deps;
        for (const Sym& a : args) deps.push_back(value(a));
        return Sym::of(
            fg_.node(FlatKind::After, Op::identity, deps, fg_.pool_index(empty_tuple())));
      }
      case FuncKind::Lambda: {
        LambdaEnv env;
        env.lambda = c.lambda;
        env.params = &args;
        auto caps = g_.args(c.lambda);
        for (size_t k = 0; k < caps.size(); ++k) env.captures[caps[k]] = p[k];
        return body(g_.node(c.lambda).slot, env, in);
      }
    }
    return dynamic_call(clo_sym(c), args, in, origin);
  }

  // --- map regions ---

  // The container whose elements `c` holds a subset of, in its order, when that one varies over
  // fewer axes (a map over it hoists more); else c.
  FlatId element_source(FlatId c) {
    const FlatNode& n = fg_.at(c);
    FlatId from = kNoFlat;
    if (n.kind == FlatKind::Prim) {
      auto args = fg_.args(c);
      switch (n.op) {
        case Op::remove:
          from = args[1];
          break;
        case Op::difference:
        case Op::intersection:
        case Op::colorfilter:
        case Op::sizefilter:
          from = args[0];
          break;
        default:
          break;
      }
    } else if (n.kind == FlatKind::Reduce && n.op == Op::sfilter) {
      from = fg_.reduce_info(c).call.args[0].node;
    }
    if (from == kNoFlat || fg_.at(from).kind == FlatKind::Const) return c;
    from = element_source(from);
    return fg_.at(from).space != n.space && fg_.space_subset(fg_.at(from).space, n.space) ? from
                                                                                          : c;
  }

  Sym region(Op op, const std::vector<Sym>& args, size_t fa, Emit& em, NodeId origin) {
    const Sym& f = args[fa];
    AxisKind kind = AxisKind::Elem;
    FlatId a = kNoFlat, b = kNoFlat;
    switch (op) {
      case Op::papply:
      case Op::mpapply:
        kind = AxisKind::Zip;
        a = value(args[1]);
        b = value(args[2]);
        break;
      case Op::prapply:
        kind = AxisKind::Product;
        a = value(args[1]);
        b = value(args[2]);
        break;
      default: {
        const Sym& c = args[fa == 0 ? 1 : 0];
        // A map over product(x, y) enumerates its pairs from x and y: no pair is read out of
        // the product (still built: it is the fold's container and the eager fallback's
        // argument), and first and last of a pair fold away to its parts.
        if (c.is_node() && fg_.at(c.node).kind == FlatKind::Prim &&
            fg_.at(c.node).op == Op::product && fg_.args(c.node).size() == 2) {
          kind = AxisKind::Pairs;
          a = fg_.args(c.node)[0];
          b = fg_.args(c.node)[1];
        } else {
          a = value(c);
        }
        break;
      }
    }
    ReduceInfo info;
    if (kind == AxisKind::Elem) {
      FlatId src = element_source(a);
      if (src != a) info.source = a = src;
    }
    info.call.op = op;
    info.call.depth = em.depth;
    for (const Sym& s : args) info.call.args.push_back(reduce_arg(s));
    SpaceId within = fg_.at(a).space;
    if (b != kNoFlat) within = fg_.space_union(within, fg_.at(b).space);
    for (const ReduceArg& ra : info.call.args) {
      if (ra.node != kNoFlat) within = fg_.space_union(within, fg_.at(ra.node).space);
      for (FlatId l : ra.leaves) within = fg_.space_union(within, fg_.at(l).space);
      if (ra.guard != kNoFlat) within = fg_.space_union(within, fg_.at(ra.guard).space);
    }
    info.axis = fg_.axis(kind, a, b, within);
    std::vector<Sym> params;
    if (kind == AxisKind::Pairs) {
      Sym pair;
      pair.tup = std::make_shared<const std::vector<Sym>>(
          std::vector<Sym>{Sym::of(fg_.elem(info.axis, 0)), Sym::of(fg_.elem(info.axis, 1))});
      params.push_back(pair);
    } else {
      params.push_back(Sym::of(fg_.elem(info.axis, 0)));
      if (kind != AxisKind::Elem) params.push_back(Sym::of(fg_.elem(info.axis, 1)));
    }

    std::vector<ChargeStep> steps;
    Emit elem{&steps, em.depth};
    Sym r = call(f, params, elem, origin);
    info.body = value(r);
    info.charge = fg_.charge_program(std::move(steps));
    ++out_.stats.regions;
    return Sym::of(step(em, fg_.reduce(std::move(info), origin)));
  }

  // --- lambda bodies: Python's evaluation of an expression tree ---

  struct LambdaEnv {
    NodeId lambda = kNoNode;
    const std::vector<Sym>* params = nullptr;
    std::unordered_map<NodeId, Sym> captures;
    // A node computed once per call; its steps are charged again at every later use.
    struct Done {
      Sym sym;
      std::vector<ChargeStep> steps;
    };
    std::unordered_map<NodeId, Done> memo;
  };

  Sym body(NodeId id, LambdaEnv& env, Emit& em) {
    if (auto c = env.captures.find(id); c != env.captures.end()) return c->second;
    const Node& n = g_.node(id);
    if (n.kind == NodeKind::Param) return (*env.params)[n.slot];
    if (n.kind == NodeKind::Const) return constant(id);
    if (auto m = env.memo.find(id); m != env.memo.end()) {
      em.steps->insert(em.steps->end(), m->second.steps.begin(), m->second.steps.end());
      return m->second.sym;
    }
    size_t start = em.steps->size();
    std::vector<Sym> args;
    for (NodeId a : g_.args(id)) args.push_back(body(a, env, em));
    Sym r = node_sym(id, args, em);
    env.memo[id] = LambdaEnv::Done{
        r, std::vector<ChargeStep>(em.steps->begin() + long(start), em.steps->end())};
    return r;
  }

  // --- trace nodes ---

  Sym constant(NodeId id) {
    const Value& v = g_.const_value(id);
    if (v.is_func() && v.func().kind == FuncKind::Prim) return prim_sym(Op(v.func().op));
    if (v.is_func() && v.func().kind == FuncKind::ConstEmpty) {
      Clo c;
      c.kind = FuncKind::ConstEmpty;
      c.arity = 0;
      return clo_sym(std::move(c));
    }
    return Sym::of(fg_.constant(v));
  }

  // A Prim, Call, Tuple or Lambda node given its arguments' symbolic values.
  Sym node_sym(NodeId id, const std::vector<Sym>& args, Emit& em) {
    const Node& n = g_.node(id);
    switch (n.kind) {
      case NodeKind::Prim:
        return prim_call(n.op, args, em, id);
      case NodeKind::Call:
        return call(args[0], std::vector<Sym>(args.begin() + 1, args.end()), em, id);
      case NodeKind::Tuple: {
        std::vector<FlatId> in;
        for (const Sym& a : args) in.push_back(value(a));
        return Sym::of(step(em, fg_.node(FlatKind::Tuple, Op::identity, in, 0, 0, 0, id)));
      }
      case NodeKind::Lambda: {
        Clo c;
        c.kind = FuncKind::Lambda;
        c.arity = int(n.aux);
        c.lambda = id;
        c.parts = args;
        return clo_sym(std::move(c));
      }
      default:
        break;
    }
    return Sym::of(fg_.constant(Value::error(ErrKind::RuntimeError)));
  }

  struct Root {
    Sym sym;
    FlatId check = kNoFlat;  // a node whose error is the statement's (Budget), if not sym's own
  };

  // A top-level node, once for every program: its own lane budget, as eager evaluates it.
  const Root& root(NodeId id) {
    if (root_[id]) return *root_[id];
    const Node& n = g_.node(id);
    Root r;
    switch (n.kind) {
      case NodeKind::Input:
        r.sym = Sym::of(fg_.input(InputSlot(n.slot)));
        break;
      case NodeKind::Const:
        r.sym = constant(id);
        break;
      case NodeKind::Guard: {
        const Sym& inner = root(g_.args(id)[0]).sym;
        const Value& fallback = g_.const_value(id);
        if (inner.is_clo() && inner.guard == kNoFlat) {
          std::vector<FlatId> leaves;
          error_leaves(inner, leaves);
          uint32_t can_raise = 0;
          for (FlatId l : leaves) can_raise |= possible_errors(l);
          if ((can_raise & n.aux) == 0) {
            // No leaf can hold an error this guard catches (batt's leaves are guarded statements
            // with the same except clause): the guard never fires, the closure stays static,
            // and a leaf's uncaught error still ends the statement, as After(leaves) says.
            r.sym = inner;
          } else {
            r.sym = inner;
            r.sym.guard = fg_.node(FlatKind::GuardState, Op::identity, leaves, 0, n.aux);
            r.sym.fallback = fallback;
          }
        } else {
          FlatId in = value(inner);
          r.sym = Sym::of(fg_.node(FlatKind::Guard, Op::identity, {&in, 1},
                                   fg_.pool_index(fallback), n.aux, 0, id));
        }
        break;
      }
      case NodeKind::Call: {
        std::vector<Sym> args;
        for (NodeId a : g_.args(id)) args.push_back(root(a).sym);
        if (!args[0].is_clo()) {
          Emit top;
          r.sym = node_sym(id, args, top);
          break;
        }
        std::vector<ChargeStep> steps;
        Emit em{&steps, 0};
        Sym res = node_sym(id, args, em);
        ReduceInfo info;
        info.call.is_call = true;
        for (const Sym& s : args) info.call.args.push_back(reduce_arg(s));
        info.body = res.is_node() ? res.node : check(res);
        info.charge = fg_.charge_program(std::move(steps));
        FlatId budget = fg_.reduce(std::move(info), id);
        if (!res.is_node()) {
          r.sym = res;
          r.check = budget;
        } else {
          r.sym = Sym::of(budget);
        }
        break;
      }
      default: {
        std::vector<Sym> args;
        for (NodeId a : g_.args(id)) args.push_back(root(a).sym);
        Emit top;
        r.sym = node_sym(id, args, top);
        break;
      }
    }
    root_[id] = std::move(r);
    return *root_[id];
  }

  FlatProgram program(const Program& p) {
    FlatProgram fp;
    for (NodeId s : p.statements) {
      const Root& r = root(s);
      fp.statements.push_back(r.check != kNoFlat ? r.check : check(r.sym));
    }
    if (p.result != kNoNode) fp.result = value(root(p.result).sym);
    for (const AppendRecord& rec : p.appends)
      for (const auto& item : rec.items)
        if (const NodeId* n = std::get_if<NodeId>(&item))
          fp.append_items.push_back(value(root(*n).sym));
    return fp;
  }

  const Workload& w_;
  const Graph& g_;
  FlatWorkload& out_;
  FlatGraph& fg_;
  Limits limits_;
  std::vector<std::optional<Root>> root_;
};

}  // namespace

bool calls_function_values(Op op) { return region_function(op).has_value() || op == Op::rapply; }

FlatWorkload flatten(const Workload& w, const Limits& limits) {
  FlatWorkload out;
  Flattener(w, limits, out).run();
  out.graph.close_spaces();
  return out;
}

}  // namespace arcjit
