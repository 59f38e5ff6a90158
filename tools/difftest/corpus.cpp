#include "tools/difftest/corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>

#include "runtime/value_json.h"
#include "tools/difftest/oracle_pipe.h"

namespace arcjit::difftest {

namespace fs = std::filesystem;

namespace {

json grid_json(const json& rows) {
  grid_from_json(rows);  // validates: rectangular, non-empty, ints (throws otherwise)
  std::vector<json> out;
  for (const json& r : rows) out.push_back(tup(r.get<std::vector<json>>()));
  return tup(std::move(out));
}

void load_dir(const fs::path& dir, std::vector<json>& grids) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());  // a fixed order: runs are reproducible from the seed
  for (const fs::path& f : files) {
    std::ifstream in(f);
    json task = json::parse(in, nullptr, /*allow_exceptions=*/false);
    if (!task.is_object()) continue;
    for (const char* part : {"train", "test"}) {
      if (!task.contains(part)) continue;
      for (const json& ex : task[part])
        for (const char* io : {"input", "output"})
          if (ex.contains(io)) grids.push_back(grid_json(ex[io]));
    }
  }
}

}  // namespace

std::vector<json> load_arc_grids(const std::string& dir) {
  std::vector<json> grids;
  bool any = false;
  for (const char* sub : {"training", "evaluation"}) {
    fs::path p = fs::path(dir) / sub;
    if (fs::is_directory(p)) {
      load_dir(p, grids);
      any = true;
    }
  }
  if (!any && fs::is_directory(dir)) load_dir(dir, grids);
  if (grids.empty()) throw std::runtime_error("difftest: no ARC task grids under " + dir);
  return grids;
}

void add_oracle_objects(Corpus& corpus, OraclePipe& oracle, int n_grids, uint64_t seed) {
  if (corpus.grids.empty()) return;
  std::mt19937_64 rng(seed ^ 0x6f626a65637473ull);
  std::vector<std::string> requests;
  for (int k = 0; k < n_grids; ++k) {
    const json& g = corpus.grids[rng() % corpus.grids.size()];
    switch (rng() % 4) {
      case 0:
        requests.push_back(json{{"fn", "partition"}, {"args", {g}}}.dump());
        break;
      case 1:
        requests.push_back(json{{"fn", "fgpartition"}, {"args", {g}}}.dump());
        break;
      default: {
        json args = {g, bool(rng() & 1), bool(rng() & 2), bool(rng() & 4)};
        requests.push_back(json{{"fn", "objects"}, {"args", args}}.dump());
      }
    }
  }
  for (const auto& line : oracle.run(requests)) {
    if (!line) continue;
    json a = json::parse(*line, nullptr, false);
    if (!a.is_object() || !a.contains("ok") || !is_fset(a["ok"])) continue;
    for (const json& o : a["ok"]["s"]) corpus.objects.push_back(o);
    corpus.object_sets.push_back(std::move(a["ok"]));
  }
}

}  // namespace arcjit::difftest
