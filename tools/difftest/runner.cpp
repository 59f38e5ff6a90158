#include "tools/difftest/runner.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include <fmt/core.h>

#include "tools/difftest/generators.h"
#include "tools/difftest/ours.h"
#include "tools/difftest/shrink.h"

namespace arcjit::difftest {

namespace {

using Clock = std::chrono::steady_clock;

int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now().time_since_epoch())
      .count();
}

// The request our side is running, for a crash report (a kernel bug must not die silently).
thread_local const std::string* t_current = nullptr;

void on_crash(int sig) {
  const char head[] = "\narcjit-difftest: crashed in our kernel on request: ";
  if (::write(2, head, sizeof head - 1) < 0) {
  }
  if (t_current && ::write(2, t_current->data(), t_current->size()) < 0) {
  }
  if (::write(2, "\n", 1) < 0) {
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

std::string request(Op op, const json& args) {
  return json{{"fn", std::string(op_info(op).name)}, {"args", args}}.dump();
}

// "ours -> oracle" answer kinds: a shrink keeps it.
std::string signature(const std::string& ours, const std::string& oracle) {
  return answer_kind(ours) + " -> " + answer_kind(oracle);
}

struct Shared {
  Shared(const RunConfig& c, const Corpus& k) : cfg(c), corpus(k) {}
  const RunConfig& cfg;
  const Corpus& corpus;
  std::atomic<int64_t> next{0};
  std::atomic<int64_t> done{0};
  std::atomic<int64_t> mismatches{0};
  std::atomic<bool> stop{false};
  std::mutex mu;
  std::set<std::pair<int, std::string>> example_kinds;  // (op, signature) already kept
  std::vector<int> examples_per_op = std::vector<int>(size_t(kNumOps), 0);
  RunStats total;

  // Whether this mismatch is the first of its kind for its op (then it is kept and shrunk).
  bool claim_example(Op op, const std::string& sig) {
    std::lock_guard<std::mutex> lock(mu);
    int& n = examples_per_op[size_t(op)];
    if (n >= cfg.max_examples || !example_kinds.insert({int(op), sig}).second) return false;
    ++n;
    return true;
  }
};

class Worker {
 public:
  explicit Worker(Shared& sh) : sh_(sh), oracle_(sh.cfg.oracle), gen_(sh.corpus) {}

  void run() {
    const RunConfig& cfg = sh_.cfg;
    const int64_t b = int64_t(cfg.batch);
    while (!sh_.stop) {
      const int64_t k0 = sh_.next.fetch_add(b);
      if (k0 >= cfg.calls) break;
      const int64_t k1 = std::min(cfg.calls, k0 + b);
      std::vector<Op> ops;
      std::vector<json> args;
      std::vector<std::string> reqs;
      std::vector<OurAnswer> ours;
      for (int64_t k = k0; k < k1; ++k) {
        Op op = cfg.ops[size_t(k % int64_t(cfg.ops.size()))];
        gen_.reseed(call_seed(cfg.seed, k));
        json a = gen_.args(op, cfg.ill_typed_share);
        reqs.push_back(request(op, a));
        t_current = &reqs.back();
        ours_since_ms = now_ms();
        ours_call = k;
        ours.push_back(run_ours(op, a));
        ours_call = -1;
        t_current = nullptr;
        ops.push_back(op);
        args.push_back(std::move(a));
      }
      const auto answers = oracle_.run(reqs);
      for (size_t i = 0; i < reqs.size(); ++i)
        classify(ops[i], k0 + int64_t(i), args[i], ours[i], answers[i]);
      sh_.done += k1 - k0;
    }
    stats_.oracle_restarts = oracle_.restarts();
    std::lock_guard<std::mutex> lock(sh_.mu);
    sh_.total.merge(stats_);
  }

  // The call our side is running (-1: none) and since when: a watchdog reports a kernel that
  // never returns.
  std::atomic<int64_t> ours_call{-1};
  std::atomic<int64_t> ours_since_ms{0};

 private:
  void classify(Op op, int64_t k, const json& args, const OurAnswer& ours,
                const std::optional<std::string>& line) {
    OpStats& s = stats_.ops[size_t(op)];
    ++s.calls;
    if (!line) {
      if (s.timeouts++ < 3) s.timeout_calls.push_back(k);
      return;
    }
    const std::string oracle = normalize(*line);
    const std::string kind = answer_kind(oracle);
    if (kind == "bad_request") {
      ++s.bad_request;
    } else if (kind == "MemoryError") {
      ++s.oracle_limit;
    } else if (ours.resource_limit) {
      ++s.resource_limit;
    } else if (ours.arg_failed) {
      ++s.arg_failed;
      ++stats_.failed_builders[ours.builder];
    } else if (ours.answer == oracle) {
      if (kind == "ok") {
        ++s.ok;
      } else {
        ++s.err;
        ++s.err_kinds[kind];
      }
    } else {
      ++s.mismatches;
      ++sh_.mismatches;
      const std::string sig = signature(ours.answer, oracle);
      ++s.signatures[sig];
      if (sh_.claim_example(op, sig))
        s.examples.push_back(example(op, k, args, ours.answer, oracle, sig));
    }
  }

  Mismatch example(Op op, int64_t k, const json& args, const std::string& ours,
                   const std::string& oracle, const std::string& sig) {
    Mismatch m{op, k, args, ours, oracle, args, ours, oracle};
    if (!sh_.cfg.shrink) return m;
    auto keeps = [&](const std::vector<Args>& cands) {
      std::vector<bool> res(cands.size(), false);
      std::vector<std::string> reqs, our_answers;
      std::vector<size_t> idx;
      for (size_t i = 0; i < cands.size(); ++i) {
        json a = cands[i];
        std::string r = request(op, a);
        t_current = &r;
        OurAnswer o = run_ours(op, a);
        t_current = nullptr;
        // Our answer kind must stay: no need to ask the oracle otherwise.
        if (o.arg_failed || o.resource_limit || answer_kind(o.answer) != answer_kind(ours))
          continue;
        reqs.push_back(std::move(r));
        our_answers.push_back(std::move(o.answer));
        idx.push_back(i);
      }
      const auto answers = oracle_.run(reqs);
      for (size_t j = 0; j < answers.size(); ++j) {
        if (!answers[j]) continue;
        std::string got = normalize(*answers[j]);
        res[idx[j]] = got != our_answers[j] && signature(our_answers[j], got) == sig;
      }
      return res;
    };
    Args small = shrink(args.get<Args>(), keeps, sh_.cfg.shrink_tries);
    m.shrunk_args = small;
    m.shrunk_ours = run_ours(op, m.shrunk_args).answer;
    const auto again = oracle_.run({request(op, m.shrunk_args)});
    m.shrunk_oracle = again[0] ? normalize(*again[0]) : oracle;
    return m;
  }

  Shared& sh_;
  OraclePipe oracle_;
  Generator gen_;
  RunStats stats_;
};

void progress_loop(Shared& sh, const std::vector<std::unique_ptr<Worker>>& workers,
                   Clock::time_point t0, const std::atomic<bool>& finished) {
  const RunConfig& cfg = sh.cfg;
  auto last = Clock::now();
  std::set<int64_t> reported;
  while (!finished) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    for (const auto& w : workers) {
      const int64_t k = w->ours_call;
      if (k >= 0 && now_ms() - w->ours_since_ms > 30'000 && reported.insert(k).second)
        fmt::print(stderr,
                   "difftest: our side has been running call {} ({}) for 30s; reproduce it with "
                   "--show-call {} (same --seed and --ops)\n",
                   k, op_info(cfg.ops[size_t(k % int64_t(cfg.ops.size()))]).name, k);
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
    if (cfg.max_seconds > 0 && elapsed > cfg.max_seconds) sh.stop = true;
    if (!cfg.progress || Clock::now() - last < std::chrono::seconds(5)) continue;
    last = Clock::now();
    const int64_t done = sh.done;
    const double rate = done / std::max(elapsed, 1e-9);
    fmt::print(stderr,
               "difftest: {}/{} calls, {:.0f}/s, {} mismatches, {:.0f}s elapsed, ~{:.0f}s left\n",
               done, cfg.calls, rate, int64_t(sh.mismatches), elapsed,
               rate > 0 ? double(cfg.calls - done) / rate : 0.0);
  }
}

}  // namespace

uint64_t call_seed(uint64_t seed, int64_t k) {
  // splitmix64 of (seed, k): neighbouring calls get unrelated streams.
  uint64_t z = seed * 0x9e3779b97f4a7c15ull + uint64_t(k) + 0x632be59bd9b4e019ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

RunStats run_fuzz(const RunConfig& cfg, const Corpus& corpus) {
  for (int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS}) ::signal(sig, on_crash);
  Shared sh{cfg, corpus};
  const auto t0 = Clock::now();
  std::vector<std::unique_ptr<Worker>> workers;
  for (int j = 0; j < std::max(1, cfg.jobs); ++j) workers.push_back(std::make_unique<Worker>(sh));
  std::atomic<bool> finished{false};
  std::thread progress([&] { progress_loop(sh, workers, t0, finished); });
  std::vector<std::thread> threads;
  for (auto& w : workers) threads.emplace_back([&w] { w->run(); });
  for (auto& t : threads) t.join();
  finished = true;
  progress.join();
  workers.clear();  // stops the oracles
  sh.total.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  return std::move(sh.total);
}

ShownCall show_call(const RunConfig& cfg, const Corpus& corpus, int64_t k) {
  Generator gen(corpus, call_seed(cfg.seed, k));
  const Op op = cfg.ops[size_t(k % int64_t(cfg.ops.size()))];
  const json a = gen.args(op, cfg.ill_typed_share);
  ShownCall out{request(op, a), run_ours(op, a).answer, ""};
  OracleConfig oc = cfg.oracle;
  oc.timeout_s = std::max(oc.timeout_s, 60.0);
  OraclePipe oracle(oc);
  const auto answer = oracle.run({out.request});
  out.oracle = answer[0] ? normalize(*answer[0]) : "(no answer within 60s)";
  return out;
}

}  // namespace arcjit::difftest
