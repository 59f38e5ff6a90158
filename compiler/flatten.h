// Lowering a traced workload to the flattened graph (flat_graph.h). Every program is evaluated
// symbolically: function values built by rbind lbind compose chain fork matcher power, lambdas,
// primitives passed as values and batt's guarded closures are compile-time structure, and a call
// through one is inlined; a higher-order primitive whose function is known becomes a map region.
// What is chosen by data (a function out of a container or from `branch`) stays a value and is
// called per instance (DynCall), the visible fallback the dump reports.
#pragma once

#include <cstddef>
#include <vector>

#include "compiler/flat_graph.h"
#include "compiler/program.h"
#include "runtime/limits.h"

namespace arcjit {

// What a run of a program reads: for each statement a node whose error (if any) is the
// statement's error, the result's node, and each traced append item's node.
struct FlatProgram {
  std::vector<FlatId> statements;
  FlatId result = kNoFlat;
  std::vector<FlatId> append_items;  // in record order, traced items only
};

struct FlattenStats {
  size_t inlined_calls = 0;  // calls through statically known functions
  size_t regions = 0;        // Reduce nodes (map regions)
  size_t dynamic_calls = 0;  // DynCall nodes: functions chosen by data
  size_t opaque_hofs = 0;    // higher-order calls left to the reference kernel (function
                             // chosen by data, rapply)
};

struct FlatWorkload {
  FlatGraph graph;
  std::vector<FlatProgram> programs;  // parallel to Workload::programs
  FlattenStats stats;
};

// The primitives that call a function value they are given (maps, filters, selections, rapply).
bool calls_function_values(Op op);

// `limits` decide which power(f, n) can be inlined (n above max_power raises at run time).
FlatWorkload flatten(const Workload& w, const Limits& limits);

}  // namespace arcjit
