#include "runtime/thread_pool.h"

#include <algorithm>

namespace arcjit {

ThreadPool::ThreadPool(int threads) {
  for (int t = 1; t < threads; ++t) workers_.emplace_back([this] { worker_main(); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  for (auto& t : workers_) t.join();
}

void ThreadPool::work() {
  for (size_t at; (at = next_.fetch_add(chunk_)) < n_;)
    for (size_t k = at; k < std::min(n_, at + chunk_); ++k) (*job_)(k);
}

void ThreadPool::worker_main() {
  size_t seen = 0;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [&] { return stop_ || generation_ != seen; });
      if (stop_) return;
      seen = generation_;
      ++busy_;
    }
    work();
    {
      std::lock_guard<std::mutex> lock(mu_);
      --busy_;
    }
    done_.notify_one();
  }
}

void ThreadPool::parallel_for(size_t n, const std::function<void(size_t)>& f, size_t chunk) {
  if (workers_.empty() || n <= chunk) {
    for (size_t k = 0; k < n; ++k) f(k);
    return;
  }
  {
    std::unique_lock<std::mutex> lock(mu_);
    // A worker that woke late for the previous loop leaves it before the fields change.
    done_.wait(lock, [&] { return busy_ == 0; });
    job_ = &f;
    n_ = n;
    chunk_ = std::max<size_t>(1, chunk);
    next_.store(0);
    ++generation_;
  }
  wake_.notify_all();
  work();
  std::unique_lock<std::mutex> lock(mu_);
  // Every worker that joined this loop has left it; late wakers find next_ >= n_ and leave at once.
  done_.wait(lock, [&] { return busy_ == 0; });
  job_ = nullptr;
}

}  // namespace arcjit
