#include "frontends/tasks/task_file.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "runtime/value_json.h"

namespace arcjit {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::vector<Example> read_examples(const json& doc, const char* part) {
  if (!doc.contains(part)) throw std::runtime_error(std::string("no \"") + part + "\" list");
  const json& list = doc[part];
  if (!list.is_array()) throw std::runtime_error(std::string("\"") + part + "\" is not a list");
  std::vector<Example> out;
  for (size_t k = 0; k < list.size(); ++k) {
    const json& ex = list[k];
    std::string where = std::string(part) + "[" + std::to_string(k) + "]";
    if (!ex.is_object() || !ex.contains("input"))
      throw std::runtime_error(where + " has no \"input\" grid");
    Example e;
    try {
      e.input = grid_from_json(ex["input"]);
      if (ex.contains("output")) e.output = grid_from_json(ex["output"]);
    } catch (const std::invalid_argument& bad) {
      throw std::runtime_error(where + ": " + bad.what());
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Task load_task(const fs::path& file) {
  std::ifstream in(file);
  if (!in) throw std::runtime_error(file.string() + ": cannot open");
  std::stringstream text;
  text << in.rdbuf();
  Task t;
  t.id = file.stem().string();
  try {
    json doc = json::parse(text.str());
    if (!doc.is_object()) throw std::runtime_error("not a JSON object");
    t.train = read_examples(doc, "train");
    t.test = read_examples(doc, "test");
  } catch (const json::parse_error& e) {
    throw std::runtime_error(file.string() + ": not valid JSON: " + e.what());
  } catch (const std::runtime_error& e) {
    throw std::runtime_error(file.string() + ": " + e.what());
  }
  return t;
}

TaskSet load_task_dir(const fs::path& dir, int threads) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) throw std::runtime_error(dir.string() + ": cannot read the task folder: " + ec.message());
  std::vector<fs::path> files;
  for (const auto& e : it)
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  // Files are independent: parsed by `threads` workers, each taking the next file, into slots
  // kept in file order.
  std::vector<std::optional<Task>> loaded(files.size());
  std::vector<std::string> problems(files.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next.fetch_add(1)) < files.size();) {
      try {
        loaded[k] = load_task(files[k]);
      } catch (const std::runtime_error& e) {
        problems[k] = e.what();
      }
    }
  };
  {
    std::vector<std::jthread> pool;
    const size_t n = std::min(files.size(), size_t(std::max(1, threads)));
    for (size_t t = 1; t < n; ++t) pool.emplace_back(work);
    work();
  }
  TaskSet set;
  for (size_t k = 0; k < files.size(); ++k) {
    if (loaded[k])
      set.tasks.push_back(std::move(*loaded[k]));
    else
      set.errors.push_back(std::move(problems[k]));
  }
  return set;
}

}  // namespace arcjit
