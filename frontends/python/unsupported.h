// Messages for Python constructs outside the subset, naming the construct and, where the DSL has
// one, the primitive to call instead ("binary operator '+' is not supported: call add(a, b)").
#pragma once

#include <optional>
#include <string>

#include "frontends/python/token.h"

namespace arcjit::frontend {

// `t` (with `next` after it, for `not in` / `is not`) as an operator that may follow an operand:
// binary, comparison, boolean, conditional, comprehension or walrus. nullopt: not an operator.
std::optional<std::string> infix_operator_message(const Token& t, const Token& next);

// A statement keyword the subset lacks (for, while, if, class, with, global, ...).
std::optional<std::string> statement_keyword_message(const Token& t);

// `x += y` and friends.
std::optional<std::string> augmented_assignment_message(const Token& t);

// A prefix operator before an operand that is not an integer literal (`-x`, `not x`, `~x`).
std::optional<std::string> prefix_operator_message(const Token& t);

}  // namespace arcjit::frontend
