// The material arguments are drawn from: grids of real ARC tasks, and objects / object sets that
// the oracle's own objects(), partition() and fgpartition() cut out of some of them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "tools/difftest/json_util.h"

namespace arcjit::difftest {

class OraclePipe;

struct Corpus {
  std::vector<json> grids;        // {"t": [{"t": [...]}, ...]}
  std::vector<json> object_sets;  // Objects, as the oracle answered them
  std::vector<json> objects;      // their elements
};

// Every input and output grid of the task files under dir/training and dir/evaluation (or dir
// itself); std::runtime_error when none is found.
std::vector<json> load_arc_grids(const std::string& dir);

// Asks the oracle for objects(...) / partition / fgpartition of `n_grids` grids drawn with `seed`.
void add_oracle_objects(Corpus& corpus, OraclePipe& oracle, int n_grids, uint64_t seed);

}  // namespace arcjit::difftest
