// `arcjit run`: programs x tasks -> results, report, per-run outputs.
#pragma once

namespace arcjit {

int run_command(int argc, char** argv);  // argv[0] is "run"

}  // namespace arcjit
