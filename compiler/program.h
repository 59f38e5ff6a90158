// Programs and workloads: what the frontends produce and the executors run. A workload is one
// graph shared by every program, the lanes (task samples), and the runs (program x lane).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "compiler/graph.h"

namespace arcjit {

enum class ProgramKind : uint8_t { Solver, Batt };

// The lane's task id (batt's task_id parameter), as an append item.
struct LaneTaskId {};

// One `o.append((...))` / `s.append((...))` of a batt program: tuple items are traced values,
// string literals (solver ids and names) or the task id.
struct AppendRecord {
  bool to_o = true;
  std::vector<std::variant<NodeId, std::string, LaneTaskId>> items;
};

struct Program {
  std::string name;  // e.g. solve_007bbfb7, or batt
  std::string file;
  ProgramKind kind = ProgramKind::Solver;
  // Every statement's node in execution order. Python runs each of them, so the first error
  // among them (after batt's guards) is the run's error even where the result does not use it.
  std::vector<NodeId> statements;
  NodeId result = kNoNode;            // Solver: the returned value
  std::vector<AppendRecord> appends;  // Batt, in execution order
  bool s_first = false;               // Batt: `return s, o`
};

struct Lane {
  std::string task;  // task id (file name without .json)
  int index = 0;     // example index: train examples first, then test
  Value inputs[kNumInputSlots];
  Value expected;  // the example's output grid; None when unknown
};

struct Run {
  uint32_t program;
  uint32_t lane;
};

struct Workload {
  Graph graph;
  std::vector<Program> programs;
  std::vector<Lane> lanes;
  std::vector<Run> runs;
};

}  // namespace arcjit
