// Lowering: a parsed program file becomes programs over the workload's shared, hash-consed
// graph. Names resolve to variables, DSL primitives and constants; calls are checked against the
// op table (arity, keyword names); batt's try/except lines become Guard nodes with their safe
// defaults. Any error is reported with file, line and column, and then nothing of the file is
// added: no program runs half-traced.
#pragma once

#include <string>
#include <vector>

#include "compiler/program.h"
#include "frontends/python/ast.h"
#include "frontends/python/diagnostics.h"

namespace arcjit::frontend {

// Adds one program per function of the module (the last definition of a repeated name).
std::vector<Diagnostic> lower_module(const Module& m, Workload& w);

// Parses and lowers a program file.
std::vector<Diagnostic> load_program_file(const std::string& path, Workload& w);

}  // namespace arcjit::frontend
