// `arcjit dump`: the graph and the plan of a workload, for inspecting batching decisions.
#pragma once

namespace arcjit {

int dump_command(int argc, char** argv);  // argv[0] is "dump"

}  // namespace arcjit
