// The arcjit command: subcommands for users of the engine.
#include <fmt/core.h>

#include <string>

#include "tools/arcjit/demo.h"
#include "tools/arcjit/dump_command.h"
#include "tools/arcjit/run_command.h"

namespace {

constexpr const char* kUsage = R"(usage: arcjit <command> [options]

commands:
  run         run program files on ARC task files (arcjit run --help)
  dump        print the trace graph and the plan as text, JSON or DOT (arcjit dump --help)
  demo FILE   run a few DSL primitives on the grids of FILE (JSON: {"grids": [[[...]], ...]})
              and print the results as Python values
)";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
    fmt::print("{}", kUsage);
    return argc < 2 ? 2 : 0;
  }
  std::string cmd = argv[1];
  if (cmd == "run") return arcjit::run_command(argc - 1, argv + 1);
  if (cmd == "dump") return arcjit::dump_command(argc - 1, argv + 1);
  if (cmd == "demo" && argc == 3) return arcjit::run_demo(argv[2]);
  fmt::print(stderr, "arcjit: unknown command or arguments\n{}", kUsage);
  return 2;
}
