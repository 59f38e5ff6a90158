// Splits program text into tokens the way Python's tokenizer does, for the subset the parser
// reads: names, keywords, numbers, strings, operators, Newline/Indent/Dedent. Comments, blank
// lines, backslash continuations and line breaks inside brackets produce no tokens.
#pragma once

#include <string_view>
#include <vector>

#include "frontends/python/token.h"

namespace arcjit::frontend {

// The tokens of `text` (views into it), ending in End, or in Error at the first lexical error
// (its value is the message). Brackets are matched: an opening token's `match` is the index of
// its closer, or -1 if none follows.
std::vector<Token> tokenize(std::string_view text);

}  // namespace arcjit::frontend
