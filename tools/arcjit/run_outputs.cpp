#include "tools/arcjit/run_outputs.h"

#include <algorithm>
#include <map>

#include "runtime/canon.h"
#include "runtime/value_json.h"

namespace arcjit {

using nlohmann::json;

namespace {

// The oracle cannot encode None: it answers TypeError for such a result; so does this.
void put_value(json& line, const Value& v) {
  if (v.is_err()) {
    line["err"] = std::string(err_name(v.err()));
    return;
  }
  auto e = encode_json(v);
  if (e)
    line["ok"] = std::move(*e);
  else
    line["err"] = "TypeError";
}

json batt_value(const Program& p, const Lane& lane, const RunOutput& out, bool* encodable) {
  json o = json::array(), s = json::array();
  size_t next = 0;
  for (const AppendRecord& rec : p.appends) {
    json items = json::array();
    for (const auto& item : rec.items) {
      if (const std::string* str = std::get_if<std::string>(&item)) {
        items.push_back(*str);
        continue;
      }
      if (std::holds_alternative<LaneTaskId>(item)) {
        items.push_back(lane.task);
        continue;
      }
      auto e = encode_json(out.appended[next++]);
      if (!e) {
        *encodable = false;
        items.push_back(nullptr);
      } else {
        items.push_back(std::move(*e));
      }
    }
    (rec.to_o ? o : s).push_back(std::move(items));
  }
  return json{{"o", std::move(o)}, {"s", std::move(s)}};
}

}  // namespace

json run_line(const Workload& w, const Run& r, const RunOutput& out) {
  const Program& p = w.programs[r.program];
  const Lane& lane = w.lanes[r.lane];
  json line{{"program", p.name}, {"task", lane.task}, {"index", lane.index}};
  if (p.kind == ProgramKind::Batt && !out.value.is_err()) {
    bool encodable = true;
    json v = batt_value(p, lane, out, &encodable);
    if (encodable)
      line["ok"] = std::move(v);
    else
      line["err"] = "TypeError";
    return line;
  }
  put_value(line, out.value);
  return line;
}

bool run_correct(const Workload& w, const Run& r, const RunOutput& out) {
  const Value& want = w.lanes[r.lane].expected;
  return w.programs[r.program].kind == ProgramKind::Solver && !want.is_none() &&
         !out.value.is_err() && py_eq(out.value, want);
}

json run_report(const Workload& w, const std::vector<RunOutput>& outs, const RunTimes& times,
                size_t task_file_errors, size_t unmatched_programs) {
  std::map<std::string, size_t> errors;
  size_t correct = 0;
  // (program, task) -> (examples, correct)
  std::map<std::pair<uint32_t, std::string>, std::pair<size_t, size_t>> per_pair;
  for (size_t k = 0; k < outs.size(); ++k) {
    const Run& r = w.runs[k];
    if (outs[k].value.is_err()) ++errors[std::string(err_name(outs[k].value.err()))];
    bool ok = run_correct(w, r, outs[k]);
    correct += ok;
    auto& pt = per_pair[{r.program, w.lanes[r.lane].task}];
    ++pt.first;
    pt.second += ok;
  }
  size_t pairs_solved = 0;
  std::map<std::string, bool> task_solved;
  for (const auto& [key, counts] : per_pair) {
    bool solved = counts.first > 0 && counts.first == counts.second;
    pairs_solved += solved;
    task_solved[key.second] = task_solved[key.second] || solved;
  }
  size_t tasks_solved = size_t(std::count_if(task_solved.begin(), task_solved.end(),
                                             [](const auto& kv) { return kv.second; }));
  json errs = json::object();
  for (const auto& [k, n] : errors) errs[k] = n;
  return json{
      {"programs", w.programs.size()},
      {"programs_without_task", unmatched_programs},
      {"lanes", w.lanes.size()},
      {"runs", w.runs.size()},
      {"task_file_errors", task_file_errors},
      {"examples_correct", correct},
      {"tasks_solved", tasks_solved},
      {"program_task_pairs_solved", pairs_solved},
      {"errors", errs},
      {"graph_nodes", w.graph.size()},
      {"seconds",
       {{"load_tasks", times.load_tasks},
        {"trace", times.trace},
        {"plan", times.plan},
        {"execute", times.execute},
        {"write", times.write}}},
  };
}

}  // namespace arcjit
