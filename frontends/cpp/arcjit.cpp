#include "frontends/cpp/arcjit.h"

#include <stdexcept>

#include "kernels/cpu/call.h"

namespace arcjit::dsl {

namespace {
thread_local Tracer* t_active = nullptr;
}  // namespace

Arg::Arg(Fn f) : value_(prim_value(f.op)) {}

NodeId Arg::node(Tracer& t) const { return sym_ != kNoNode ? sym_ : t.graph().constant(value_); }

Tracer::Tracer() : w_(std::make_unique<Workload>()), previous_(t_active) { t_active = this; }
Tracer::~Tracer() { t_active = previous_; }

Tracer& Tracer::active() {
  if (!t_active) throw std::logic_error("arcjit: a DSL call outside of any Tracer");
  return *t_active;
}

Sym Tracer::input() { return Sym{w_->graph.input(InputSlot::I)}; }

Sym Tracer::call(Op op, std::initializer_list<Arg> args) {
  std::vector<NodeId> ids;
  for (const Arg& a : args) ids.push_back(a.node(*this));
  NodeId id = w_->graph.prim(op, ids);
  statements_.push_back(id);
  return Sym{id};
}

Sym Tracer::call_value(Arg fn, std::initializer_list<Arg> args) {
  std::vector<NodeId> ids;
  for (const Arg& a : args) ids.push_back(a.node(*this));
  NodeId id = w_->graph.call(fn.node(*this), ids);
  statements_.push_back(id);
  return Sym{id};
}

Traced Tracer::finish(Sym result) {
  Program p;
  p.name = "traced";
  p.statements = std::move(statements_);
  p.result = result.id;
  w_->programs.push_back(std::move(p));
  statements_.clear();
  auto done = std::move(w_);
  w_ = std::make_unique<Workload>();
  return Traced(std::move(done));
}

std::vector<Value> Traced::run(const std::vector<Value>& inputs, int threads,
                               const Limits& limits) const {
  // Lanes and runs live beside the traced graph for this call only.
  Workload& w = *w_;
  w.lanes.clear();
  w.runs.clear();
  for (size_t k = 0; k < inputs.size(); ++k) {
    Lane lane;
    lane.index = int(k);
    lane.inputs[0] = inputs[k];
    w.lanes.push_back(std::move(lane));
    w.runs.push_back(Run{0, uint32_t(k)});
  }
  EagerExecutor ex(w);
  ExecOptions opt;
  opt.threads = threads;
  opt.limits = limits;
  std::vector<RunOutput> outs = ex.run(opt);
  std::vector<Value> values;
  values.reserve(outs.size());
  for (RunOutput& o : outs) values.push_back(std::move(o.value));
  return values;
}

}  // namespace arcjit::dsl
