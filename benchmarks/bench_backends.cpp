// Benchmark: one traced workload run by the eager executor (the baseline) and by the batched cpu
// backend in the same run, on the same machine: seconds tracing, planning (flattening plus
// grouping) and executing, runs per second, the speed ratio, what share of the cpu backend's
// time went to tracing and planning, and how many runs differ between the two (0 expected).
// The workload is loaded once; each backend then runs in a child process forked from that state,
// so neither runs in the heap the other left behind (in one process the cpu backend ran up to 15%
// slower after eager than on its own).
//
//   bench_backends --programs FILE --tasks DIR [--pairing own|all] [--sample N] [--threads 2]
//                  [--json FILE]
// A batt file runs on every sample of every task (--pairing does not apply).
#include <fmt/core.h>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>

#include "compiler/flatten.h"
#include "compiler/planner.h"
#include "runtime/batched.h"
#include "runtime/eager.h"
#include "runtime/value_json.h"
#include "tools/arcjit/load_workload.h"

using namespace arcjit;

namespace {

double since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// The processor, as /proc/cpuinfo names it, and the cores.
std::string machine() {
  std::ifstream f("/proc/cpuinfo");
  std::string line, model = "unknown cpu";
  while (std::getline(f, line))
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  return fmt::format("{}, {} hardware threads", model, std::thread::hardware_concurrency());
}

// Equal as tools/compare_outputs.py compares runs: by the oracle's encoding, where a function
// value is {"callable": its arity} (two backends build distinct but equal closures).
std::string encoded(const Value& v) {
  if (v.is_err()) return "err:" + std::string(err_name(v.err()));
  auto j = encode_json(v);
  return j ? j->dump() : "?";
}

// A run as one line: its value's encoding, then each appended value's (a batt run).
std::string line_of(const RunOutput& r) {
  std::string line = encoded(r.value);
  for (const Value& v : r.appended) line += " " + encoded(v);
  return line;
}

struct Timed {
  double plan = 0, execute = 0;
};

// Runs `backend` in a child forked from this process. The child writes its seconds, then one line
// per run, to `path`; the parent reads the seconds back (nullopt if the child failed).
std::optional<Timed> run_in_child(const std::filesystem::path& path,
                                  const std::function<std::vector<RunOutput>(Timed&)>& backend) {
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) return std::nullopt;
  if (pid == 0) {
    Timed t;
    std::vector<RunOutput> out = backend(t);
    std::ofstream f(path);
    f << fmt::format("{:.9f} {:.9f}\n", t.plan, t.execute);
    for (const RunOutput& r : out) f << line_of(r) << '\n';
    f.close();
    _exit(f ? 0 : 1);
  }
  int status = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return std::nullopt;
  std::ifstream f(path);
  Timed t;
  if (!(f >> t.plan >> t.execute)) return std::nullopt;
  return t;
}

// Runs whose lines differ between the two files (after their first line, the seconds); a file
// with fewer lines counts each missing run as differing.
size_t differing(const std::filesystem::path& a, const std::filesystem::path& b, size_t runs) {
  std::ifstream fa(a), fb(b);
  std::string la, lb;
  std::getline(fa, la);
  std::getline(fb, lb);
  size_t differ = 0;
  for (size_t k = 0; k < runs; ++k) {
    const bool ha = bool(std::getline(fa, la)), hb = bool(std::getline(fb, lb));
    differ += !ha || !hb || la != lb;
  }
  return differ;
}

}  // namespace

int main(int argc, char** argv) {
  WorkloadSource src;
  src.pairing.pairing = Pairing::All;
  int threads = 2;
  std::string json_out;
  for (int k = 1; k < argc; ++k) {
    std::string a = argv[k];
    auto next = [&]() -> std::string {
      if (k + 1 >= argc) {
        fmt::print(stderr, "bench_backends: {} needs a value\n", a);
        std::exit(2);
      }
      return argv[++k];
    };
    if (a == "--programs")
      src.programs = next();
    else if (a == "--tasks")
      src.tasks = next();
    else if (a == "--pairing") {
      auto p = pairing_from_name(next());
      if (!p) {
        fmt::print(stderr, "bench_backends: --pairing is own or all\n");
        return 2;
      }
      src.pairing.pairing = *p;
    } else if (a == "--sample")
      src.pairing.sample = std::stoull(next());
    else if (a == "--threads")
      threads = std::max(1, std::stoi(next()));
    else if (a == "--json")
      json_out = next();
    else {
      fmt::print(stderr,
                 "usage: bench_backends --programs FILE --tasks DIR [--pairing own|all] "
                 "[--sample N] [--threads 2] [--json FILE]\n");
      return 2;
    }
  }
  if (src.programs.empty() || src.tasks.empty()) {
    fmt::print(stderr, "bench_backends: --programs and --tasks are required\n");
    return 2;
  }
  int code = 0;
  src.threads = threads;
  std::optional<LoadedWorkload> loaded = load_workload(src, "bench", &code);
  if (!loaded) return code;
  const Workload& w = loaded->w;
  const double trace = loaded->seconds_trace;

  ExecOptions eo;
  eo.threads = threads;
  const std::filesystem::path tmp = std::filesystem::temp_directory_path();
  const std::string stem = fmt::format("arcjit_bench_{}_", getpid());
  const std::filesystem::path eager_file = tmp / (stem + "eager.txt"),
                              cpu_file = tmp / (stem + "cpu.txt");
  std::optional<Timed> eager = run_in_child(eager_file, [&](Timed& t) {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<RunOutput> out = EagerExecutor(w).run(eo);
    t.execute = since(t0);
    return out;
  });
  std::optional<Timed> cpu = run_in_child(cpu_file, [&](Timed& t) {
    auto t0 = std::chrono::steady_clock::now();
    FlatWorkload fw = flatten(w, eo.limits);
    Plan plan = make_plan(w, fw, PlanStrategy::Depth);
    t.plan = since(t0);
    t0 = std::chrono::steady_clock::now();
    std::vector<RunOutput> out = BatchedExecutor(w, fw, plan).run(eo);
    t.execute = since(t0);
    return out;
  });
  if (!eager || !cpu) {
    fmt::print(stderr, "bench_backends: a backend's child process failed\n");
    return 1;
  }
  const size_t differ = differing(eager_file, cpu_file, w.runs.size());
  std::filesystem::remove(eager_file);
  std::filesystem::remove(cpu_file);
  const double eager_exec = eager->execute, plan_s = cpu->plan, cpu_exec = cpu->execute;

  const double runs = double(w.runs.size());
  const double eager_total = trace + eager_exec, cpu_total = trace + plan_s + cpu_exec;
  const double share = (trace + plan_s) / cpu_total;

  fmt::print("machine: {}\n", machine());
  fmt::print("workload: {} ({} programs), {} lanes, {:.0f} runs, {} threads\n", src.programs,
             w.programs.size(), w.lanes.size(), runs, threads);
  fmt::print("  backend  trace s  plan s   execute s    runs/s (execute)\n");
  fmt::print("  eager   {:8.3f} {:7.3f} {:11.3f} {:12.0f}\n", trace, 0.0, eager_exec,
             runs / eager_exec);
  fmt::print("  cpu     {:8.3f} {:7.3f} {:11.3f} {:12.0f}\n", trace, plan_s, cpu_exec,
             runs / cpu_exec);
  fmt::print("  ratio cpu/eager: {:.2f}x on execute, {:.2f}x end to end\n", eager_exec / cpu_exec,
             eager_total / cpu_total);
  fmt::print("  tracing + planning: {:.1f}% of the cpu backend's time\n", 100.0 * share);
  fmt::print("  runs differing between the two: {}\n", differ);
  if (!json_out.empty())
    std::ofstream(json_out) << nlohmann::json{{"machine", machine()},
                                              {"programs", src.programs},
                                              {"runs", w.runs.size()},
                                              {"lanes", w.lanes.size()},
                                              {"threads", threads},
                                              {"trace_seconds", trace},
                                              {"eager_execute_seconds", eager_exec},
                                              {"cpu_plan_seconds", plan_s},
                                              {"cpu_execute_seconds", cpu_exec},
                                              {"ratio_execute", eager_exec / cpu_exec},
                                              {"ratio_end_to_end", eager_total / cpu_total},
                                              {"trace_plan_share", share},
                                              {"differing_runs", differ}}
                                   .dump(2)
                            << '\n';
  return differ == 0 ? 0 : 1;
}
