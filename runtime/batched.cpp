#include "runtime/batched.h"

#include <algorithm>
#include <chrono>
#include <span>

#include "compiler/schedule.h"
#include "runtime/node_eval.h"
#include "runtime/run_result.h"
#include "runtime/thread_pool.h"

namespace arcjit {

namespace {

// Values of one node over the lanes of the current chunk that need it.
struct Column {
  std::span<const uint32_t> lanes;
  bool dense = false;  // lanes are first, first+1, ...: a lane's position is lane - first
  std::vector<Value> values;

  size_t pos(uint32_t lane) const {
    if (dense) return lane - lanes[0];
    return size_t(std::lower_bound(lanes.begin(), lanes.end(), lane) - lanes.begin());
  }
};

}  // namespace

std::vector<RunOutput> BatchedExecutor::run(const ExecOptions& options, BatchedStats* stats) const {
  const Graph& g = w_.graph;
  NodeEvaluator ev(g);
  std::vector<RunOutput> out(w_.runs.size());
  // Runs by lane, to collect each chunk's runs once its groups are done.
  std::vector<std::vector<uint32_t>> runs_of_lane(w_.lanes.size());
  for (uint32_t k = 0; k < w_.runs.size(); ++k) runs_of_lane[w_.runs[k].lane].push_back(k);

  auto t0 = std::chrono::steady_clock::now();
  size_t per_lane = 0, done = 0;
  const uint32_t chunk = std::max<uint32_t>(1, options.lanes_per_chunk);
  std::vector<Column> cols(g.size());
  ThreadPool pool(options.threads);
  std::vector<double> group_seconds(plan_.groups.size(), 0.0);
  for (uint32_t l0 = 0; l0 < w_.lanes.size(); l0 += chunk) {
    uint32_t l1 = std::min<uint32_t>(uint32_t(w_.lanes.size()), l0 + chunk);
    for (NodeId id = 0; id < g.size(); ++id) {
      const auto& all = plan_.lanes[id];
      auto b = std::lower_bound(all.begin(), all.end(), l0);
      auto e = std::lower_bound(b, all.end(), l1);
      Column& c = cols[id];
      c.lanes = std::span<const uint32_t>(all.data() + (b - all.begin()), size_t(e - b));
      c.dense = !c.lanes.empty() && c.lanes.back() - c.lanes.front() == c.lanes.size() - 1;
      c.values.clear();
      const Node& n = g.node(id);
      if (n.kind == NodeKind::Input)
        for (uint32_t l : c.lanes) c.values.push_back(w_.lanes[l].inputs[n.slot]);
      else if (n.kind == NodeKind::Const)
        c.values.assign(c.lanes.size(), g.const_value(id));
    }
    for (size_t gi = 0; gi < plan_.groups.size(); ++gi) {
      const Group& grp = plan_.groups[gi];
      auto tg = std::chrono::steady_clock::now();
      // Flattened (member, position) instances of the group in this chunk.
      std::vector<std::pair<NodeId, uint32_t>> inst;
      for (NodeId m : grp.nodes) {
        cols[m].values.resize(cols[m].lanes.size());
        for (uint32_t k = 0; k < cols[m].lanes.size(); ++k) inst.emplace_back(m, k);
      }
      if (grp.mode == GroupMode::PerLane) per_lane += inst.size();
      pool.parallel_for(inst.size(), [&](size_t k) {
        auto [m, p] = inst[k];
        uint32_t lane = cols[m].lanes[p];
        auto args = g.args(m);
        Value in[8];
        std::vector<Value> big;
        Value* buf = in;
        if (args.size() > 8) {
          big.resize(args.size());
          buf = big.data();
        }
        for (size_t a = 0; a < args.size(); ++a) {
          const Column& c = cols[args[a]];
          buf[a] = c.values[c.pos(lane)];
        }
        LaneScope scope(options.limits);
        cols[m].values[p] = ev.eval(m, {buf, args.size()});
      });
      group_seconds[gi] +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - tg).count();
    }
    // Per run: the first statement error, else the result (or the batt appends).
    auto value = [&](NodeId id, uint32_t lane) -> const Value& {
      const Column& c = cols[id];
      return c.values[c.pos(lane)];
    };
    for (uint32_t lane = l0; lane < l1; ++lane)
      for (uint32_t k : runs_of_lane[lane])
        out[k] = collect_run(w_.programs[w_.runs[k].program],
                             [&](NodeId id) -> const Value& { return value(id, lane); });
    for (uint32_t lane = l0; lane < l1; ++lane) done += runs_of_lane[lane].size();
    if (options.progress) options.progress(done);
  }
  if (stats) {
    stats->seconds_in_groups =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    stats->groups = plan_.groups.size();
    stats->instances = plan_.instances;
    stats->per_lane_instances = per_lane;
    stats->group_seconds = std::move(group_seconds);
  }
  return out;
}

}  // namespace arcjit
