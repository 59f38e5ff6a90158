// The syntax tree as text: expressions spelled back as Python, modules as an indented outline
// with locations. For tests, tools and error messages of the lowering.
#pragma once

#include <string>

#include "frontends/python/ast.h"

namespace arcjit::frontend {

// Canonical Python spelling: `f(a, k=1)`, `(x,)`, `lambda a, *r: ()`, `'it''s'` as repr does.
std::string to_source(const Expr& e);

// One line per import, def and statement, nested statements indented by two spaces, each ending
// in " @line:col", e.g. "  t1 = objects(I, T, F, T) @5:9".
std::string dump(const Module& m);

}  // namespace arcjit::frontend
