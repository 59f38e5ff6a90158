// The recursive-descent parser's state, shared by parser.cpp (module, recovery), parse_stmt.cpp
// and parse_expr.cpp. Internal to the frontend library.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontends/python/ast.h"
#include "frontends/python/diagnostics.h"
#include "frontends/python/token.h"

namespace arcjit::frontend::detail {

// Thrown after a diagnostic is recorded: the statement being parsed is abandoned.
struct SyntaxError {};
// Thrown when parsing cannot go on (a lexical error, or too many errors).
struct StopParsing {};

enum class Scope { TopLevel, Function };

class Parser {
 public:
  Parser(std::vector<Token> tokens, std::shared_ptr<const std::string> file);

  // The module, or nullopt with diagnostics() holding the errors.
  std::optional<Module> parse_module();
  std::vector<Diagnostic>& diagnostics() { return diags_; }

 private:
  // ---- tokens (parser.cpp)
  const Token& cur() const { return toks_[pos_]; }
  const Token& peek(size_t ahead = 1) const;
  const Token& advance();
  bool at_op(std::string_view op) const { return cur().is_op(op); }
  bool at_keyword(std::string_view kw) const { return cur().is_keyword(kw); }
  const Token& expect_op(std::string_view op, std::string_view expected);
  const Token& expect_name(std::string_view expected);
  void expect_end_of_line();
  void open_bracket();                            // consumes an opening bracket, remembering it
  void close_bracket(std::string_view expected);  // consumes the matching closer
  SourceLoc loc(const Token& t) const { return SourceLoc{file_, t.line, t.column}; }

  // ---- errors and recovery (parser.cpp)
  [[noreturn]] void error(const Token& at, std::string message);
  [[noreturn]] void error_at(const SourceLoc& at, std::string message);
  [[noreturn]] void unexpected(std::string_view expected);
  void synchronize();
  void skip_block();

  // ---- statements (parse_stmt.cpp)
  // Statements up to the end of the block (Dedent) or file; a docstring may come first.
  void parse_statements(Scope scope, bool docstring, std::vector<Stmt>* out, Module* module);
  void parse_statement(Scope scope, bool docstring, std::vector<Stmt>* out, Module* module);
  // After a header's ':': an indented block, or one simple statement on the same line.
  std::vector<Stmt> parse_suite(const Token& header, std::string_view what, bool docstring);
  Stmt parse_simple_statement();
  void parse_import(Module& module);
  std::string parse_dotted_name();
  FunctionDef parse_def();
  Stmt parse_assign();
  Stmt parse_append();
  Stmt parse_return();
  Stmt parse_try();
  [[noreturn]] void reject_expression_statement();
  bool line_is_only_strings() const;
  bool line_has_assign() const;

  // ---- expressions (parse_expr.cpp)
  Expr parse_value();     // an assignment's right-hand side: `[]` or an expression list
  Expr parse_exprlist();  // `a` or the bare tuple `a, b`
  Expr parse_expr();
  Expr parse_unary();
  Expr parse_postfix();
  Expr parse_atom();
  Expr parse_paren();
  Expr parse_lambda();
  Expr parse_int(const Token& digits, const Token& first, bool negative);
  void parse_call_args(Call& call);
  void reject_infix_operator();
  bool starts_expression(const Token& t) const;

  std::vector<Token> toks_;
  size_t pos_ = 0;
  std::shared_ptr<const std::string> file_;
  std::vector<Diagnostic> diags_;
  std::vector<size_t> open_brackets_;  // token indices of brackets the parser is inside
  int expr_depth_ = 0;                 // parse_expr nesting, bounded (lambda chains recurse)
};

}  // namespace arcjit::frontend::detail
