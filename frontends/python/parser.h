// Reads a program file (solver or batt file, SEMANTICS.md "Program files") into a Module. Syntax
// only: every construct outside the subset is an error naming it, and any error means no module.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/python/ast.h"
#include "frontends/python/diagnostics.h"

namespace arcjit::frontend {

struct ParseResult {
  std::optional<Module> module;         // set exactly when diagnostics is empty
  std::vector<Diagnostic> diagnostics;  // in file order; parsing resumes at the next statement

  bool ok() const { return module.has_value(); }
  std::string error_text() const { return format_diagnostics(diagnostics); }
};

// `file_name` is only used in locations and messages.
ParseResult parse_program(std::string_view text, std::string file_name);

// Reads `path` and parses it; an unreadable file is one diagnostic at 1:1.
ParseResult parse_program_file(const std::string& path);

}  // namespace arcjit::frontend
