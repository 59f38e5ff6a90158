// Tokens of the Python subset, as Python's tokenizer shapes them: logical lines end in Newline,
// indentation changes are Indent/Dedent, and nothing inside brackets ends a line.
#pragma once

#include <string>
#include <string_view>

namespace arcjit::frontend {

enum class TokKind : unsigned char {
  Name,
  Keyword,    // a Python keyword (True, False, None included)
  Int,        // text as written, sign not included; value checked by the parser
  Float,      // recognised only to be rejected by name
  Imaginary,  // likewise (`2j`)
  Str,        // value holds the decoded contents
  Op,         // operators and punctuation, brackets included
  Newline,
  Indent,
  Dedent,
  End,
  Error,  // the lexer stops here; value holds the message
};

struct Token {
  TokKind kind = TokKind::End;
  std::string_view text;  // the source text (a Str's quotes and prefix included)
  int line = 0;
  int column = 0;
  int match = -1;     // an opening bracket: index of its closing token, -1 if never closed
  std::string value;  // Str: decoded contents; Error: the message

  bool is_op(std::string_view op) const { return kind == TokKind::Op && text == op; }
  bool is_keyword(std::string_view kw) const { return kind == TokKind::Keyword && text == kw; }
};

// "name 'x'", "keyword 'for'", "'+'", "end of line", ... for "unexpected ..." messages.
std::string describe(const Token& t);

}  // namespace arcjit::frontend
