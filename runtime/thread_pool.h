// A fixed set of worker threads for parallel loops: executors run many short loops (one per plan
// group and lane chunk), so threads are started once, not per loop.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace arcjit {

class ThreadPool {
 public:
  explicit ThreadPool(int threads);
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  // Calls f(k) for every k in [0, n), spread over the workers and the calling thread, in chunks
  // of `chunk`; returns when all calls are done. One loop at a time.
  void parallel_for(size_t n, const std::function<void(size_t)>& f, size_t chunk = 16);

 private:
  void work();
  void worker_main();

  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable wake_, done_;
  const std::function<void(size_t)>* job_ = nullptr;
  size_t n_ = 0, chunk_ = 1;
  std::atomic<size_t> next_{0};
  size_t generation_ = 0;
  int busy_ = 0;
  bool stop_ = false;
};

}  // namespace arcjit
