#include "frontends/python/lower.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "frontends/python/parser.h"
#include "kernels/cpu/call.h"

namespace arcjit::frontend {

namespace {

struct LowerError {
  Diagnostic diag;
};

[[noreturn]] void fail(const SourceLoc& loc, std::string message) {
  throw LowerError{Diagnostic{loc.file_name(), loc.line, loc.column, std::move(message)}};
}

std::optional<Value> dsl_constant(std::string_view name) {
#define ARCJIT_CONST(cname, value) \
  if (name == #cname) return value;
#include "compiler/constants.def"
#undef ARCJIT_CONST
  return std::nullopt;
}

// Python exception classes an except clause may name, as error-kind masks.
std::optional<uint32_t> exception_mask(std::string_view name) {
  auto bit = [](ErrKind k) { return err_bit(k); };
  if (auto k = err_from_name(name); k && *k != ErrKind::ResourceLimit) {
    // RecursionError is a RuntimeError.
    if (*k == ErrKind::RuntimeError)
      return bit(ErrKind::RuntimeError) | bit(ErrKind::RecursionError);
    return bit(*k);
  }
  if (name == "LookupError") return bit(ErrKind::IndexError) | bit(ErrKind::KeyError);
  if (name == "ArithmeticError") return bit(ErrKind::ZeroDivisionError);
  if (name == "Exception" || name == "BaseException") {
    uint32_t all = 0;
    for (int k = 0; k < kNumErrKinds; ++k)
      if (static_cast<ErrKind>(k) != ErrKind::ResourceLimit) all |= bit(static_cast<ErrKind>(k));
    return all;
  }
  // Classes no primitive raises: catching them catches nothing.
  static const std::set<std::string_view> never = {"NameError",      "OverflowError",
                                                   "MemoryError",    "UnboundLocalError",
                                                   "AssertionError", "NotImplementedError"};
  if (never.count(name)) return 0u;
  return std::nullopt;
}

// What a name stands for inside a function.
struct Binding {
  enum class Kind { Node, Str, List, TaskId } kind = Kind::Node;
  NodeId node = kNoNode;
  std::string str;  // Str: the literal; List: the list's name
};

struct Scope {
  std::unordered_map<std::string, Binding> names;
  std::vector<NodeId> captures;  // lambda scopes: enclosing nodes the body refers to
  std::unordered_set<NodeId> captured;
};

class FunctionLowering {
 public:
  FunctionLowering(Workload& w, uint32_t file) : g_(w.graph), file_(file) {}

  Program lower(const FunctionDef& def) {
    Program p;
    p.name = def.name;
    p.file = def.loc.file_name();
    scopes_.emplace_back();
    if (def.name == "batt") {
      p.kind = ProgramKind::Batt;
      if (def.params.size() != 5)
        fail(def.loc, "batt takes five parameters (task_id, S, I, C, log_path), not " +
                          std::to_string(def.params.size()));
      bind(def.params[0].name, Binding{Binding::Kind::TaskId, kNoNode, {}});
      bind(def.params[1].name, node_binding(g_.input(InputSlot::S)));
      bind(def.params[2].name, node_binding(g_.input(InputSlot::I)));
      bind(def.params[3].name, node_binding(g_.input(InputSlot::C)));
      bind(def.params[4].name, Binding{Binding::Kind::Str, kNoNode, "log_path"});
    } else {
      if (def.params.size() != 1)
        fail(def.loc, "'" + def.name +
                          "' must take exactly one parameter (the input grid I), or be "
                          "batt(task_id, S, I, C, log_path); it takes " +
                          std::to_string(def.params.size()));
      bind(def.params[0].name, node_binding(g_.input(InputSlot::I)));
    }
    program_ = &p;
    for (const Stmt& s : def.body)
      if (statement(s)) break;  // what follows a return never runs
    if (p.kind == ProgramKind::Solver && p.result == kNoNode)
      fail(def.loc, "'" + def.name + "' has no return statement");
    if (p.kind == ProgramKind::Batt && !returned_)
      fail(def.loc, "batt must end with `return o, s` (or `return s, o`)");
    return p;
  }

 private:
  static Binding node_binding(NodeId n) { return Binding{Binding::Kind::Node, n, {}}; }
  SrcLoc loc(const SourceLoc& l) const {
    return SrcLoc{file_, uint32_t(l.line), uint32_t(l.column)};
  }
  void bind(const std::string& name, Binding b) { scopes_.back().names[name] = std::move(b); }

  // A name in the innermost scope that binds it; enclosing nodes used inside a lambda become
  // captures of every lambda in between.
  std::optional<Binding> lookup(const std::string& name) {
    for (size_t k = scopes_.size(); k-- > 0;) {
      auto it = scopes_[k].names.find(name);
      if (it == scopes_[k].names.end()) continue;
      if (it->second.kind == Binding::Kind::Node)
        for (size_t j = k + 1; j < scopes_.size(); ++j)
          if (scopes_[j].captured.insert(it->second.node).second)
            scopes_[j].captures.push_back(it->second.node);
      return it->second;
    }
    return std::nullopt;
  }

  NodeId name_value(const Expr& e, const std::string& id) {
    if (auto b = lookup(id)) {
      switch (b->kind) {
        case Binding::Kind::Node:
          return b->node;
        case Binding::Kind::List:
          fail(e.loc, "list '" + id + "' can only be appended to or returned");
        case Binding::Kind::Str:
        case Binding::Kind::TaskId:
          fail(e.loc, "'" + id + "' is a string: strings may only appear in append tuples");
      }
    }
    if (auto op = op_from_name(id)) return g_.constant(prim_value(*op));
    if (auto c = dsl_constant(id)) return g_.constant(*c);
    fail(e.loc, "unknown name '" + id + "'");
  }

  bool shadowed(const std::string& id) {
    for (const Scope& s : scopes_)
      if (s.names.count(id)) return true;
    return false;
  }

  NodeId expr(const Expr& e) {
    if (const Name* n = e.get<Name>()) return name_value(e, n->id);
    if (const IntLit* i = e.get<IntLit>()) return g_.constant(Value::integer(i->value));
    if (const BoolLit* b = e.get<BoolLit>()) return g_.constant(Value::boolean(b->value));
    if (e.is<NoneLit>()) return g_.constant(Value::none());
    if (e.is<StrLit>()) fail(e.loc, "a string literal may only appear in an append tuple");
    if (e.is<EmptyList>()) fail(e.loc, "[] may only initialise a list: `o = []`");
    if (const Tuple* t = e.get<Tuple>()) return tuple(e, *t);
    if (const Call* c = e.get<Call>()) return call(e, *c);
    if (const Lambda* l = e.get<Lambda>()) return lambda(e, *l);
    fail(e.loc, "unsupported expression");
  }

  NodeId tuple(const Expr& e, const Tuple& t) {
    std::vector<NodeId> items;
    bool all_const = true;
    for (const Expr& x : t.elts) {
      items.push_back(expr(x));
      all_const = all_const && g_.node(items.back()).kind == NodeKind::Const;
    }
    if (!all_const) return g_.tuple(items, loc(e.loc));
    std::vector<Value> values;
    for (NodeId n : items) values.push_back(g_.const_value(n));
    return g_.constant(make_tuple(std::move(values)));
  }

  NodeId call(const Expr& e, const Call& c) {
    const Name* callee = c.callee->get<Name>();
    if (callee && !shadowed(callee->id)) {
      if (auto op = op_from_name(callee->id)) return prim_call(e, *op, c);
      if ((callee->id == "frozenset" || callee->id == "tuple") && c.args.empty() &&
          c.keywords.empty())
        return g_.constant(callee->id == "tuple" ? empty_tuple() : empty_set());
    }
    if (!c.keywords.empty())
      fail(c.keywords.front().loc, "keyword arguments need a DSL primitive as the callee");
    NodeId fn = expr(*c.callee);
    std::vector<NodeId> args;
    for (const Expr& a : c.args) args.push_back(expr(a));
    return g_.call(fn, args, loc(e.loc));
  }

  NodeId prim_call(const Expr& e, Op op, const Call& c) {
    const OpInfo& info = op_info(op);
    std::vector<std::string_view> names;
    for (size_t at = 0; at < info.param_names.size();) {
      size_t sp = info.param_names.find(' ', at);
      if (sp == std::string_view::npos) sp = info.param_names.size();
      names.push_back(info.param_names.substr(at, sp - at));
      at = sp + 1;
    }
    std::string who = "'" + std::string(info.name) + "'";
    if (int(c.args.size()) > info.arity)
      fail(e.loc, who + " takes " + std::to_string(info.arity) + " argument" +
                      (info.arity == 1 ? "" : "s") + ", " + std::to_string(c.args.size()) +
                      " given");
    std::vector<const Expr*> slots(size_t(info.arity), nullptr);
    for (size_t k = 0; k < c.args.size(); ++k) slots[k] = &c.args[k];
    for (const Keyword& kw : c.keywords) {
      size_t k = 0;
      while (k < names.size() && names[k] != kw.name) ++k;
      if (k == names.size())
        fail(kw.loc, who + " has no parameter '" + kw.name +
                         "' (parameters: " + std::string(info.param_names) + ")");
      if (slots[k]) fail(kw.loc, who + " got argument '" + kw.name + "' twice");
      slots[k] = kw.value.get();
    }
    std::vector<NodeId> args;
    for (size_t k = 0; k < slots.size(); ++k) {
      if (!slots[k])
        fail(e.loc, who + " is missing argument '" + std::string(names[k]) + "' (takes " +
                        std::to_string(info.arity) + ")");
      args.push_back(expr(*slots[k]));
    }
    return g_.prim(op, args, loc(e.loc));
  }

  NodeId lambda(const Expr& e, const Lambda& l) {
    if (l.star_param) {
      const Tuple* t = l.body->get<Tuple>();
      if (!l.params.empty() || !t || !t->elts.empty())
        fail(e.loc, "a lambda with *args is only supported as `lambda *args: ()`");
      return g_.constant(const_empty_func());
    }
    uint32_t depth = uint32_t(scopes_.size());
    scopes_.emplace_back();
    for (size_t k = 0; k < l.params.size(); ++k)
      bind(l.params[k].name, node_binding(g_.param(depth, uint32_t(k))));
    NodeId body = expr(*l.body);
    // lookup() already made each capture a capture of every enclosing lambda too.
    Scope inner = std::move(scopes_.back());
    scopes_.pop_back();
    return g_.lambda(body, uint32_t(l.params.size()), inner.captures, loc(e.loc));
  }

  // A batt except clause's safe default: a constant.
  Value constant(const Expr& e) {
    NodeId n = expr(e);
    if (g_.node(n).kind != NodeKind::Const)
      fail(e.loc, "an except clause must assign a constant (a safe default)");
    return g_.const_value(n);
  }

  // Lowers one statement; true when it returns.
  bool statement(const Stmt& s) {
    if (s.is<Pass>()) return false;
    if (const Assign* a = s.get<Assign>()) {
      if (a->value.is<EmptyList>()) {
        bind(a->target, Binding{Binding::Kind::List, kNoNode, a->target});
        return false;
      }
      NodeId n = expr(a->value);
      program_->statements.push_back(n);
      bind(a->target, node_binding(n));
      return false;
    }
    if (const Append* ap = s.get<Append>()) {
      append(s, *ap);
      return false;
    }
    if (const Try* t = s.get<Try>()) {
      try_block(s, *t);
      return false;
    }
    if (const Return* r = s.get<Return>()) {
      ret(s, *r);
      return true;
    }
    fail(s.loc, "unsupported statement");
  }

  void append(const Stmt& s, const Append& ap) {
    auto b = lookup(ap.list);
    if (!b || b->kind != Binding::Kind::List)
      fail(s.loc, "'" + ap.list + "' is not a list: start it with `" + ap.list + " = []`");
    if (program_->kind != ProgramKind::Batt)
      fail(s.loc, "appends belong to batt programs (def batt(task_id, S, I, C, log_path))");
    const Tuple* t = ap.value.get<Tuple>();
    if (!t) fail(ap.value.loc, "append a tuple, e.g. o.append((n, flag, solver_id, t1))");
    if (ap.list != "o" && ap.list != "s")
      fail(s.loc, "a batt program appends to its lists o and s, not '" + ap.list + "'");
    AppendRecord rec;
    rec.to_o = ap.list == "o";
    for (const Expr& item : t->elts) {
      if (const StrLit* str = item.get<StrLit>()) {
        rec.items.emplace_back(str->value);
        continue;
      }
      if (const Name* n = item.get<Name>()) {
        auto nb = lookup(n->id);
        if (nb && nb->kind == Binding::Kind::TaskId) {
          rec.items.emplace_back(LaneTaskId{});
          continue;
        }
        if (nb && nb->kind == Binding::Kind::Str) {
          rec.items.emplace_back(nb->str);
          continue;
        }
      }
      NodeId node = expr(item);
      program_->statements.push_back(node);
      rec.items.emplace_back(node);
    }
    program_->appends.push_back(std::move(rec));
  }

  void try_block(const Stmt& s, const Try& t) {
    const Assign* body = t.body.size() == 1 ? t.body[0].get<Assign>() : nullptr;
    if (!body || body->value.is<EmptyList>())
      fail(s.loc, "a try block must hold exactly one assignment `name = call(...)`");
    uint32_t mask = 0;
    for (const ExceptClass& c : t.handler.classes) {
      auto m = exception_mask(c.name);
      if (!m) fail(c.loc, "unknown exception class '" + c.name + "'");
      mask |= *m;
    }
    const Assign* dflt = t.handler.body.size() == 1 ? t.handler.body[0].get<Assign>() : nullptr;
    if (!dflt || dflt->target != body->target)
      fail(t.handler.loc, "the except clause must assign a safe default to '" + body->target +
                              "' and do nothing else");
    NodeId n = expr(body->value);
    Value fallback = constant(dflt->value);
    NodeId guarded = g_.guard(n, mask, fallback, loc(t.body[0].loc));
    program_->statements.push_back(guarded);
    bind(body->target, node_binding(guarded));
  }

  void ret(const Stmt& s, const Return& r) {
    if (program_->kind == ProgramKind::Solver) {
      program_->result = expr(r.value);
      program_->statements.push_back(program_->result);
      return;
    }
    const Tuple* t = r.value.get<Tuple>();
    const Name* a = t && t->elts.size() == 2 ? t->elts[0].get<Name>() : nullptr;
    const Name* b = t && t->elts.size() == 2 ? t->elts[1].get<Name>() : nullptr;
    auto is_list = [&](const Name* n) {
      auto bn = n ? lookup(n->id) : std::nullopt;
      return bn && bn->kind == Binding::Kind::List;
    };
    if (!is_list(a) || !is_list(b) || a->id == b->id || (a->id != "o" && a->id != "s") ||
        (b->id != "o" && b->id != "s"))
      fail(s.loc, "batt must return its two lists: `return o, s` or `return s, o`");
    program_->s_first = a->id == "s";
    returned_ = true;
  }

  Graph& g_;
  uint32_t file_;
  Program* program_ = nullptr;
  std::vector<Scope> scopes_;
  bool returned_ = false;
};

}  // namespace

std::vector<Diagnostic> lower_module(const Module& m, Workload& w) {
  std::vector<Diagnostic> diags;
  std::vector<Program> programs;
  uint32_t file = w.graph.add_file(m.file ? *m.file : "<program>");
  std::set<std::string> done;
  for (size_t k = m.functions.size(); k-- > 0;) {
    const FunctionDef& def = m.functions[k];
    if (!done.insert(def.name).second) continue;  // a later definition rebinds the name
    try {
      programs.push_back(FunctionLowering(w, file).lower(def));
    } catch (const LowerError& e) {
      diags.push_back(e.diag);
    }
  }
  if (!diags.empty()) {
    std::sort(diags.begin(), diags.end(), [](const Diagnostic& a, const Diagnostic& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return diags;
  }
  std::reverse(programs.begin(), programs.end());
  for (Program& p : programs) w.programs.push_back(std::move(p));
  return diags;
}

std::vector<Diagnostic> load_program_file(const std::string& path, Workload& w) {
  ParseResult parsed = parse_program_file(path);
  if (!parsed.ok()) return parsed.diagnostics;
  return lower_module(*parsed.module, w);
}

}  // namespace arcjit::frontend
