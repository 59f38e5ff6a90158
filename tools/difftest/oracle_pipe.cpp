#include "tools/difftest/oracle_pipe.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <utility>

namespace arcjit::difftest {

namespace {

// Writes all of `data`; false when the reader went away (the child was killed or died).
bool write_all(int fd, const char* data, size_t n) {
  while (n > 0) {
    ssize_t k = ::write(fd, data, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += k;
    n -= size_t(k);
  }
  return true;
}

}  // namespace

OraclePipe::OraclePipe(OracleConfig cfg) : cfg_(std::move(cfg)) {
  // A killed child must not kill us through SIGPIPE on the next write.
  ::signal(SIGPIPE, SIG_IGN);
  start();
}

OraclePipe::~OraclePipe() { stop(); }

void OraclePipe::start() {
  int in[2], out[2];
  // O_CLOEXEC: other workers' children must not inherit our ends (EOF would never come).
  if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0)
    throw std::runtime_error("difftest: pipe2 failed");
  std::vector<std::string> argv_s = {cfg_.python, "-u", cfg_.script, "--dsl", cfg_.dsl, "serve"};
  std::vector<char*> argv;
  for (std::string& s : argv_s) argv.push_back(s.data());
  argv.push_back(nullptr);
  rlimit mem{};
  mem.rlim_cur = mem.rlim_max = rlim_t(cfg_.memory_limit_mb) << 20;
  pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("difftest: fork failed");
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    if (cfg_.memory_limit_mb > 0) ::setrlimit(RLIMIT_AS, &mem);
    ::execvp(argv[0], argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  pid_ = pid;
  to_child_ = in[1];
  from_child_ = out[0];
  buf_.clear();
  buf_pos_ = 0;
}

void OraclePipe::stop() {
  if (pid_ < 0) return;
  ::close(to_child_);
  ::close(from_child_);
  ::kill(pid_, SIGKILL);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  to_child_ = from_child_ = -1;
}

std::optional<std::string> OraclePipe::read_line(double timeout_s) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::duration<double>(timeout_s);
  for (;;) {
    size_t nl = buf_.find('\n', buf_pos_);
    if (nl != std::string::npos) {
      std::string line = buf_.substr(buf_pos_, nl - buf_pos_);
      buf_pos_ = nl + 1;
      if (buf_pos_ > (1u << 20)) {
        buf_.erase(0, buf_pos_);
        buf_pos_ = 0;
      }
      return line;
    }
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return std::nullopt;
    pollfd p{from_child_, POLLIN, 0};
    int r = ::poll(&p, 1, int(left.count()));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return std::nullopt;
    char chunk[1 << 16];
    ssize_t k = ::read(from_child_, chunk, sizeof chunk);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return std::nullopt;  // the child died
    buf_.append(chunk, size_t(k));
  }
}

std::vector<std::optional<std::string>> OraclePipe::run(const std::vector<std::string>& requests) {
  std::vector<std::optional<std::string>> answers(requests.size());
  size_t pos = 0;
  while (pos < requests.size()) {
    const int fd = to_child_;
    std::thread writer([&requests, pos, fd] {
      for (size_t k = pos; k < requests.size(); ++k) {
        std::string line = requests[k] + "\n";
        if (!write_all(fd, line.data(), line.size())) return;
      }
    });
    size_t k = pos;
    for (; k < requests.size(); ++k) {
      answers[k] = read_line(cfg_.timeout_s);
      if (!answers[k]) break;
    }
    if (k == requests.size()) {
      writer.join();
      break;
    }
    // Request k hung or killed the interpreter: start afresh after it. Killing the child first
    // unblocks a writer stuck on a full pipe (its write fails with EPIPE).
    ::kill(pid_, SIGKILL);
    writer.join();
    stop();
    start();
    ++restarts_;
    pos = k + 1;
  }
  return answers;
}

}  // namespace arcjit::difftest
