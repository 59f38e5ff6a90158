#include "frontends/python/parser.h"

#include <fstream>
#include <sstream>

#include "frontends/python/lexer.h"
#include "frontends/python/parser_impl.h"

namespace arcjit::frontend {

namespace detail {

namespace {
constexpr size_t kMaxDiagnostics = 50;
}

Parser::Parser(std::vector<Token> tokens, std::shared_ptr<const std::string> file)
    : toks_(std::move(tokens)), file_(std::move(file)) {}

const Token& Parser::peek(size_t ahead) const {
  size_t i = pos_ + ahead;
  return i < toks_.size() ? toks_[i] : toks_.back();
}

const Token& Parser::advance() {
  const Token& t = toks_[pos_];
  if (t.kind != TokKind::End && t.kind != TokKind::Error) ++pos_;
  return t;
}

const Token& Parser::expect_op(std::string_view op, std::string_view expected) {
  if (!at_op(op)) unexpected(expected);
  return advance();
}

const Token& Parser::expect_name(std::string_view expected) {
  if (cur().kind != TokKind::Name) unexpected(expected);
  return advance();
}

void Parser::expect_end_of_line() {
  if (cur().kind != TokKind::Newline) {
    if (at_op(";")) error(cur(), "';' is not supported: write one statement per line");
    reject_infix_operator();
    unexpected("end of line");
  }
  advance();
}

void Parser::open_bracket() {
  open_brackets_.push_back(pos_);
  advance();
}

void Parser::close_bracket(std::string_view expected) {
  size_t open = open_brackets_.back();
  if (toks_[open].match != static_cast<int>(pos_)) unexpected(expected);
  open_brackets_.pop_back();
  advance();
}

void Parser::error(const Token& at, std::string message) { error_at(loc(at), std::move(message)); }

void Parser::error_at(const SourceLoc& at, std::string message) {
  Diagnostic d{*file_, at.line, at.column, std::move(message)};
  // A bracket that is never closed swallows the rest of the file; whatever went wrong after it,
  // the missing closer is the error to fix, so point at its opener. (Only known when the lexer
  // reached the end of the file.)
  bool lexed_all = toks_.back().kind == TokKind::End;
  for (auto it = open_brackets_.rbegin(); lexed_all && it != open_brackets_.rend(); ++it) {
    const Token& open = toks_[*it];
    if (open.match < 0) {
      d = Diagnostic{*file_, open.line, open.column,
                     "'" + std::string(open.text) + "' was never closed"};
      break;
    }
  }
  // The lexer stopped at an Error token: what it says comes first.
  if (cur().kind == TokKind::Error) d = Diagnostic{*file_, cur().line, cur().column, cur().value};
  diags_.push_back(std::move(d));
  if (cur().kind == TokKind::Error || diags_.size() >= kMaxDiagnostics) throw StopParsing{};
  throw SyntaxError{};
}

void Parser::unexpected(std::string_view expected) {
  const Token& t = cur();
  if (t.kind == TokKind::Indent) error(t, "unexpected indent");
  error(t, "unexpected " + describe(t) + ": expected " + std::string(expected));
}

// After an error: skip the rest of the logical line, and the indented block it opens, if any.
void Parser::synchronize() {
  open_brackets_.clear();
  if (cur().kind == TokKind::Indent) return skip_block();
  if (cur().kind == TokKind::Dedent) return;
  while (cur().kind != TokKind::Newline && cur().kind != TokKind::End &&
         cur().kind != TokKind::Error) {
    advance();
  }
  if (cur().kind != TokKind::Newline) return;
  advance();
  if (cur().kind == TokKind::Indent) skip_block();
}

void Parser::skip_block() {
  int depth = 0;
  while (cur().kind != TokKind::End && cur().kind != TokKind::Error) {
    TokKind k = advance().kind;
    if (k == TokKind::Indent) ++depth;
    if (k == TokKind::Dedent && --depth == 0) return;
  }
}

std::optional<Module> Parser::parse_module() {
  Module module;
  module.file = file_;
  try {
    parse_statements(Scope::TopLevel, true, nullptr, &module);
  } catch (const StopParsing&) {
  }
  if (!diags_.empty()) return std::nullopt;
  return module;
}

}  // namespace detail

ParseResult parse_program(std::string_view text, std::string file_name) {
  auto file = std::make_shared<const std::string>(std::move(file_name));
  detail::Parser parser(tokenize(text), file);
  ParseResult result;
  result.module = parser.parse_module();
  result.diagnostics = std::move(parser.diagnostics());
  return result;
}

ParseResult parse_program_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ParseResult result;
    result.diagnostics.push_back(Diagnostic{path, 1, 1, "cannot read file"});
    return result;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse_program(text.str(), path);
}

}  // namespace arcjit::frontend
