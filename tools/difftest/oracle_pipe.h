// The oracle (canon_dsl.py serve) as a child process: request lines are written by a writer
// thread while answers are read in order, so many calls are in flight at once. A call that takes
// longer than the timeout (or kills the interpreter) gets no answer: the child is killed and
// restarted, and the rest of the batch is sent again.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace arcjit::difftest {

struct OracleConfig {
  std::string python = "python3";
  std::string script;              // canon_dsl.py
  std::string dsl;                 // arc-dsl's dsl.py
  int64_t memory_limit_mb = 3072;  // RLIMIT_AS of the child: runaway values end in MemoryError
  double timeout_s = 5.0;          // longest wait for one answer
};

class OraclePipe {
 public:
  explicit OraclePipe(OracleConfig cfg);
  ~OraclePipe();
  OraclePipe(const OraclePipe&) = delete;
  OraclePipe& operator=(const OraclePipe&) = delete;

  // One answer line per request line (each without its newline), in order; nullopt where the
  // oracle timed out or died on that request.
  std::vector<std::optional<std::string>> run(const std::vector<std::string>& requests);

  int64_t restarts() const { return restarts_; }

 private:
  void start();
  void stop();
  // The next line of output; nullopt on timeout or end of output.
  std::optional<std::string> read_line(double timeout_s);

  OracleConfig cfg_;
  pid_t pid_ = -1;
  int to_child_ = -1;
  int from_child_ = -1;
  std::string buf_;
  size_t buf_pos_ = 0;
  int64_t restarts_ = 0;
};

}  // namespace arcjit::difftest
