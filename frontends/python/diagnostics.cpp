#include "frontends/python/diagnostics.h"

namespace arcjit::frontend {

std::string Diagnostic::str() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + message;
}

std::string format_diagnostics(const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const Diagnostic& d : diags) {
    out += d.str();
    out += '\n';
  }
  return out;
}

}  // namespace arcjit::frontend
