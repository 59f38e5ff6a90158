// ARC task files: {"train": [{"input": grid, "output": grid}, ...], "test": [...]}. A malformed
// file yields an error naming the file and the problem; it never aborts a whole run.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "runtime/value.h"

namespace arcjit {

struct Example {
  Value input;
  Value output;  // None where the file has no output (hidden test answers)
};

struct Task {
  std::string id;  // file name without .json
  std::vector<Example> train, test;
  // Train examples first, then test: the example index of run outputs.
  size_t size() const { return train.size() + test.size(); }
  const Example& example(size_t k) const {
    return k < train.size() ? train[k] : test[k - train.size()];
  }
};

// One file; throws std::runtime_error("<file>: <problem>") when it is malformed.
Task load_task(const std::filesystem::path& file);

struct TaskSet {
  std::vector<Task> tasks;          // sorted by id
  std::vector<std::string> errors;  // one message per malformed file, naming it
};

// Every *.json file of a folder, read by `threads` workers; malformed files are reported in
// `errors` (in file order) and skipped. Throws std::runtime_error if the folder cannot be read.
TaskSet load_task_dir(const std::filesystem::path& dir, int threads = 1);

}  // namespace arcjit
