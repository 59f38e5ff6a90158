// The trace-then-run API for solver authors. DSL calls record nodes instead of running:
//
//   arcjit::dsl::Tracer t;
//   auto I = t.input();
//   auto x1 = objects(I, T, F, T);
//   auto O = fill(I, FOUR, mfilter(x1, hline));
//   arcjit::dsl::Traced prog = t.finish(O);
//   std::vector<arcjit::Value> out = prog.run(grids);  // one result (or error value) per grid
//
// Every primitive of the op table is an object of the same name (`double_` for `double`): called,
// it traces; passed as an argument, it is the primitive as a function value, as in Python.
#pragma once

#include <concepts>
#include <memory>
#include <vector>

#include "compiler/program.h"
#include "runtime/eager.h"

namespace arcjit::dsl {

class Tracer;

// A traced value: a node of the active tracer's graph.
struct Sym {
  NodeId id;
};

// A primitive used as a function value.
struct Fn {
  Op op;
};

template <Op op, int arity>
struct Primitive;

// Anything a DSL call accepts: a traced value or a constant.
class Arg {
 public:
  Arg(Sym s) : sym_(s.id) {}
  template <Op op, int arity>
  Arg(Primitive<op, arity>) : Arg(Fn{op}) {}
  Arg(Fn f);
  Arg(Value v) : value_(std::move(v)) {}
  template <std::integral T>
  Arg(T v) : value_(std::is_same_v<T, bool> ? Value::boolean(v) : Value::integer(int64_t(v))) {}
  NodeId node(Tracer& t) const;

 private:
  NodeId sym_ = kNoNode;
  Value value_;
};

class Traced;

// Records DSL calls of this thread while alive (one active tracer per thread).
class Tracer {
 public:
  Tracer();
  ~Tracer();
  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;

  Sym input();  // the sample's input grid, I
  // Ends the trace: a program returning `result`.
  Traced finish(Sym result);

  Sym call(Op op, std::initializer_list<Arg> args);
  Sym call_value(Arg fn, std::initializer_list<Arg> args);
  Graph& graph() { return w_->graph; }
  static Tracer& active();

 private:
  std::unique_ptr<Workload> w_;
  std::vector<NodeId> statements_;
  Tracer* previous_;
};

// A finished trace, runnable on a batch of samples.
class Traced {
 public:
  explicit Traced(std::unique_ptr<Workload> w) : w_(std::move(w)) {}
  // Runs the program on each input grid; one result per input: a value or an error value.
  std::vector<Value> run(const std::vector<Value>& inputs, int threads = 1,
                         const Limits& limits = {}) const;
  const Workload& workload() const { return *w_; }

 private:
  std::unique_ptr<Workload> w_;
};

// f(args...) where f is a traced function value (e.g. the result of rbind).
template <class... A>
Sym call(Arg f, A&&... args) {
  return Tracer::active().call_value(f, {Arg(std::forward<A>(args))...});
}

// A primitive: called, it traces a node; passed as an argument, it is the function value.
template <Op op, int arity>
struct Primitive {
  template <class... A>
  Sym operator()(A&&... a) const {
    static_assert(sizeof...(A) == arity, "wrong number of arguments for this primitive");
    return Tracer::active().call(op, {Arg(std::forward<A>(a))...});
  }
  operator Fn() const { return Fn{op}; }
};

#define ARCJIT_OP(name, arity, result, cost, params, param_names) \
  inline constexpr Primitive<Op::name, arity> name{};
#include "kernels/cpu/ops.def"
#undef ARCJIT_OP

// arc-dsl's constants (compiler/constants.def).
#define ARCJIT_CONST(name, value) inline const Arg name{value};
#include "compiler/constants.def"
#undef ARCJIT_CONST

}  // namespace arcjit::dsl
