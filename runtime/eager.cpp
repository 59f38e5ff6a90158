#include "runtime/eager.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "compiler/schedule.h"
#include "runtime/node_eval.h"
#include "runtime/run_result.h"

namespace arcjit {

struct EagerExecutor::Impl {
  const Workload& w;
  NodeEvaluator ev;
  std::vector<std::vector<NodeId>> schedules;  // per program

  explicit Impl(const Workload& wl) : w(wl), ev(wl.graph) {
    for (const Program& p : w.programs) schedules.push_back(program_schedule(w.graph, p));
  }

  RunOutput run_one(const Run& r, const Limits& limits, std::vector<Value>& vals) const;
};

RunOutput EagerExecutor::Impl::run_one(const Run& r, const Limits& limits,
                                       std::vector<Value>& vals) const {
  const Program& p = w.programs[r.program];
  const Lane& lane = w.lanes[r.lane];
  const Graph& g = w.graph;
  std::vector<Value> in;
  for (NodeId id : schedules[r.program]) {
    const Node& n = g.node(id);
    if (n.kind == NodeKind::Input) {
      vals[id] = lane.inputs[n.slot];
      continue;
    }
    in.clear();
    for (NodeId a : g.args(id)) in.push_back(vals[a]);
    LaneScope scope(limits);
    vals[id] = ev.eval(id, in);
  }
  return collect_run(p, [&](NodeId id) -> const Value& { return vals[id]; });
}

EagerExecutor::EagerExecutor(const Workload& w) : impl_(std::make_unique<Impl>(w)) {}
EagerExecutor::~EagerExecutor() = default;

RunOutput EagerExecutor::run_one(const Run& r, const Limits& limits) const {
  std::vector<Value> vals(impl_->w.graph.size());
  return impl_->run_one(r, limits, vals);
}

std::vector<RunOutput> EagerExecutor::run(const ExecOptions& options) const {
  const auto& runs = impl_->w.runs;
  std::vector<RunOutput> out(runs.size());
  std::atomic<size_t> next{0}, done{0};
  auto worker = [&](int tid) {
    std::vector<Value> vals(impl_->w.graph.size());
    for (size_t k; (k = next.fetch_add(1)) < runs.size();) {
      auto t0 = std::chrono::steady_clock::now();
      out[k] = impl_->run_one(runs[k], options.limits, vals);
      out[k].seconds = std::chrono::duration<float>(std::chrono::steady_clock::now() - t0).count();
      size_t d = done.fetch_add(1) + 1;
      if (tid == 0 && options.progress && (d % 256 == 0)) options.progress(d);
    }
  };
  int n = std::max(1, options.threads);
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(worker, t);
  worker(0);
  for (auto& t : pool) t.join();
  if (options.progress) options.progress(runs.size());
  return out;
}

}  // namespace arcjit
