#include "frontends/pairing.h"

#include <algorithm>
#include <random>
#include <unordered_map>

namespace arcjit {

std::optional<Pairing> pairing_from_name(const std::string& name) {
  if (name == "own") return Pairing::Own;
  if (name == "all") return Pairing::All;
  if (name == "batt") return Pairing::Batt;
  return std::nullopt;
}

namespace {

// The task's train pairs as batt's S: a tuple of (input, output) tuples.
Value train_pairs(const Task& t) {
  std::vector<Value> pairs;
  for (const Example& e : t.train) pairs.push_back(make_pair(e.input, e.output));
  return make_tuple(std::move(pairs));
}

uint32_t add_lane(Workload& w, const Task& t, size_t k, bool batt) {
  Lane lane;
  lane.task = t.id;
  lane.index = int(k);
  lane.inputs[size_t(InputSlot::I)] = t.example(k).input;
  if (batt) lane.inputs[size_t(InputSlot::S)] = train_pairs(t);
  lane.expected = t.example(k).output;
  w.lanes.push_back(std::move(lane));
  return uint32_t(w.lanes.size() - 1);
}

}  // namespace

size_t pair_runs(Workload& w, const std::vector<Task>& tasks, const PairingOptions& opt) {
  size_t unmatched = 0;
  if (opt.pairing == Pairing::Own) {
    std::unordered_map<std::string, const Task*> by_id;
    for (const Task& t : tasks) by_id[t.id] = &t;
    for (uint32_t p = 0; p < w.programs.size(); ++p) {
      const std::string& name = w.programs[p].name;
      auto it = name.rfind("solve_", 0) == 0 ? by_id.find(name.substr(6)) : by_id.end();
      if (it == by_id.end()) {
        ++unmatched;
        continue;
      }
      for (size_t k = 0; k < it->second->size(); ++k)
        w.runs.push_back(Run{p, add_lane(w, *it->second, k, false)});
    }
    return unmatched;
  }
  bool batt = opt.pairing == Pairing::Batt;
  for (const Task& t : tasks)
    for (size_t k = 0; k < t.size(); ++k) add_lane(w, t, k, batt);
  for (uint32_t l = 0; l < w.lanes.size(); ++l)
    for (uint32_t p = 0; p < w.programs.size(); ++p) w.runs.push_back(Run{p, l});
  if (opt.sample > 0 && opt.sample < w.runs.size()) {
    std::mt19937_64 rng(opt.seed);
    std::shuffle(w.runs.begin(), w.runs.end(), rng);
    w.runs.resize(opt.sample);
    std::sort(w.runs.begin(), w.runs.end(), [](const Run& a, const Run& b) {
      return a.lane != b.lane ? a.lane < b.lane : a.program < b.program;
    });
  }
  return unmatched;
}

}  // namespace arcjit
