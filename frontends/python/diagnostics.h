// A located error message, printed the way compilers print them: `file:line:col: error: message`.
#pragma once

#include <string>
#include <vector>

namespace arcjit::frontend {

struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;

  std::string str() const;  // "file:line:col: error: message"
};

// One diagnostic per line, each ending in '\n'.
std::string format_diagnostics(const std::vector<Diagnostic>& diags);

}  // namespace arcjit::frontend
