// Statements: the module's imports and defs, and inside a def: assignments, `list.append(x)`,
// `return`, `try`/`except`, `pass`. Everything else is rejected by name.
#include <algorithm>

#include "frontends/python/parser_impl.h"
#include "frontends/python/unsupported.h"

namespace arcjit::frontend::detail {

namespace {

constexpr const char* kTopLevelOnly = "a program file holds only imports and function definitions";

// Clauses that belong to the compound statement before them.
bool is_clause_keyword(const Token& t) {
  return t.is_keyword("except") || t.is_keyword("else") || t.is_keyword("elif") ||
         t.is_keyword("finally");
}

}  // namespace

void Parser::parse_statements(Scope scope, bool docstring, std::vector<Stmt>* out, Module* module) {
  bool failed = false;
  while (cur().kind != TokKind::Dedent && cur().kind != TokKind::End) {
    if (failed && is_clause_keyword(cur())) {  // the rest of a rejected compound statement
      synchronize();
      continue;
    }
    try {
      parse_statement(scope, docstring, out, module);
      failed = false;
    } catch (const SyntaxError&) {
      failed = true;
      synchronize();
    }
    docstring = false;
  }
}

void Parser::parse_statement(Scope scope, bool docstring, std::vector<Stmt>* out, Module* module) {
  const Token& t = cur();
  if (t.kind == TokKind::Indent) unexpected("a statement");
  if (t.kind == TokKind::Str && line_is_only_strings()) {
    if (!docstring) {
      error(t,
            "a string statement is only accepted as a docstring (the first statement of a "
            "module or function)");
    }
    while (cur().kind == TokKind::Str) advance();
    advance();  // Newline
    return;
  }
  if (t.is_op("@")) error(t, "decorators are not supported");
  if (t.is_keyword("def")) {
    if (scope == Scope::Function) error(t, "nested function definitions are not supported");
    module->functions.push_back(parse_def());
    return;
  }
  if (t.is_keyword("import") || t.is_keyword("from")) {
    if (scope == Scope::Function) {
      error(t, "imports inside a function are not supported: put them at the top of the file");
    }
    return parse_import(*module);
  }
  if (auto message = statement_keyword_message(t)) error(t, *message);
  if (scope == Scope::Function) {
    if (t.is_keyword("try")) {
      out->push_back(parse_try());
    } else {
      out->push_back(parse_simple_statement());
    }
    return;
  }
  if (t.is_keyword("return")) error(t, "'return' outside function");
  if (t.kind == TokKind::Name && peek().is_op("=")) {
    error(t, std::string("top-level assignment is not supported: ") + kTopLevelOnly);
  }
  if (t.is_keyword("try") || t.is_keyword("pass")) {
    error(t,
          "top-level '" + std::string(t.text) + "' statement is not supported: " + kTopLevelOnly);
  }
  parse_simple_statement();  // rejects what it can name more precisely
  error(t, std::string("top-level statement is not supported: ") + kTopLevelOnly);
}

std::vector<Stmt> Parser::parse_suite(const Token& header, std::string_view what, bool docstring) {
  std::vector<Stmt> body;
  if (cur().kind != TokKind::Newline) {
    body.push_back(parse_simple_statement());
    return body;
  }
  advance();
  if (cur().kind != TokKind::Indent) {
    error(cur(), "expected an indented block after " + std::string(what) + " on line " +
                     std::to_string(header.line));
  }
  advance();
  parse_statements(Scope::Function, docstring, &body, nullptr);
  if (cur().kind == TokKind::Dedent) advance();
  return body;
}

Stmt Parser::parse_simple_statement() {
  const Token& t = cur();
  if (t.is_keyword("pass")) {
    advance();
    expect_end_of_line();
    return Stmt{loc(t), Pass{}};
  }
  if (t.is_keyword("return")) return parse_return();
  if (auto message = statement_keyword_message(t)) error(t, *message);
  const Token& next = peek();
  if (t.kind == TokKind::Name) {
    if (next.is_op("=")) return parse_assign();
    if (next.is_op(".")) return parse_append();
    if (auto message = augmented_assignment_message(next)) error(next, *message);
    if (next.is_op(":")) error(next, "annotated assignments are not supported");
  }
  if ((t.kind == TokKind::Name || t.is_op("(") || t.is_op("[")) && line_has_assign()) {
    if (t.kind != TokKind::Name || next.is_op(",")) {
      error(t, "tuple-unpacking assignment is not supported: assign one name per statement");
    }
  }
  reject_expression_statement();
}

void Parser::reject_expression_statement() {
  const Token& t = cur();
  parse_exprlist();  // names what it cannot parse (operators, subscripts, ...)
  if (auto message = augmented_assignment_message(cur())) error(cur(), *message);
  if (at_op("=")) error(t, "assignment target must be a plain name");
  if (cur().kind != TokKind::Newline) expect_end_of_line();
  error(t, "expression statements are not supported: assign the value to a name (x = ...)");
}

bool Parser::line_is_only_strings() const {
  size_t i = pos_;
  while (toks_[i].kind == TokKind::Str) ++i;
  return toks_[i].kind == TokKind::Newline;
}

bool Parser::line_has_assign() const {
  int depth = 0;
  for (size_t i = pos_; i < toks_.size(); ++i) {
    const Token& t = toks_[i];
    if (t.kind == TokKind::Newline || t.kind == TokKind::End || t.kind == TokKind::Error) break;
    if (t.is_op("(") || t.is_op("[") || t.is_op("{")) ++depth;
    if (t.is_op(")") || t.is_op("]") || t.is_op("}")) --depth;
    if (depth == 0 && t.is_op("=")) return true;
  }
  return false;
}

std::string Parser::parse_dotted_name() {
  if (at_op(".")) error(cur(), "relative imports are not supported");
  std::string name(expect_name("a module name").text);
  while (at_op(".")) {
    advance();
    name += '.';
    name += expect_name("a module name").text;
  }
  return name;
}

void Parser::parse_import(Module& module) {
  const Token& t = advance();
  auto reject_as = [&] {
    if (at_keyword("as")) error(cur(), "'import ... as' is not supported");
  };
  if (t.is_keyword("import")) {
    std::vector<Import> imports;
    while (true) {
      imports.push_back(Import{loc(t), Import::Kind::Module, parse_dotted_name(), {}});
      reject_as();
      if (!at_op(",")) break;
      advance();
    }
    expect_end_of_line();
    for (Import& i : imports) module.imports.push_back(std::move(i));
    return;
  }
  Import import{loc(t), Import::Kind::FromNames, parse_dotted_name(), {}};
  if (!at_keyword("import")) unexpected("'import'");
  advance();
  if (at_op("*")) {
    advance();
    import.kind = Import::Kind::FromStar;
  } else {
    if (at_op("(")) error(cur(), "parenthesized import lists are not supported");
    while (true) {
      import.names.emplace_back(expect_name("a name to import").text);
      reject_as();
      if (!at_op(",")) break;
      advance();
    }
  }
  expect_end_of_line();
  module.imports.push_back(std::move(import));
}

FunctionDef Parser::parse_def() {
  const Token& t = advance();
  FunctionDef def;
  def.loc = loc(t);
  def.name = expect_name("a function name").text;
  if (!at_op("(")) unexpected("'('");
  open_bracket();
  while (!at_op(")")) {
    const Token& p = cur();
    if (p.is_op("*")) error(p, "variadic parameters ('*args') are not supported in a def");
    if (p.is_op("**")) error(p, "keyword parameters ('**kwargs') are not supported");
    if (p.is_op("/")) error(p, "the positional-only marker '/' is not supported");
    const Token& n = expect_name("a parameter name or ')'");
    if (at_op(":")) error(cur(), "parameter annotations are not supported");
    if (at_op("=")) error(cur(), "default parameter values are not supported");
    bool dup = std::any_of(def.params.begin(), def.params.end(),
                           [&](const Param& q) { return q.name == n.text; });
    if (dup) error(n, "duplicate argument '" + std::string(n.text) + "' in function definition");
    def.params.push_back(Param{loc(n), std::string(n.text)});
    if (at_op(",")) {
      advance();
    } else if (!at_op(")")) {
      unexpected("',' or ')'");
    }
  }
  close_bracket("')'");
  if (at_op("->")) error(cur(), "return annotations are not supported");
  expect_op(":", "':'");
  def.body = parse_suite(t, "function definition", true);
  return def;
}

Stmt Parser::parse_assign() {
  const Token& t = advance();
  advance();  // '='
  Expr value = parse_value();
  if (at_op("=")) error(cur(), "chained assignment is not supported");
  expect_end_of_line();
  return Stmt{loc(t), Assign{std::string(t.text), std::move(value)}};
}

Stmt Parser::parse_append() {
  const Token& t = advance();
  const Token& dot = advance();
  const Token& attr = expect_name("an attribute name");
  if (attr.text != "append" || !at_op("(")) {
    std::string what = "." + std::string(attr.text);
    if (at_op("(")) {
      error(dot, "method call '" + what + "(...)' is not supported: only 'list.append(value)' is");
    }
    if (at_op("=")) error(dot, "attribute assignment is not supported");
    error(dot, "attribute access '" + what + "' is not supported");
  }
  Call call;
  open_bracket();
  parse_call_args(call);
  if (!call.keywords.empty()) error_at(call.keywords[0].loc, "append() takes no keyword arguments");
  if (call.args.size() != 1) {
    error(attr,
          "append() takes exactly one argument (" + std::to_string(call.args.size()) + " given)");
  }
  expect_end_of_line();
  return Stmt{loc(t), Append{std::string(t.text), std::move(call.args[0])}};
}

Stmt Parser::parse_return() {
  const Token& t = advance();
  if (cur().kind == TokKind::Newline) error(t, "bare 'return' is not supported: return a value");
  Expr value = parse_exprlist();
  expect_end_of_line();
  return Stmt{loc(t), Return{std::move(value)}};
}

Stmt Parser::parse_try() {
  const Token& t = advance();
  expect_op(":", "':'");
  Try node;
  node.body = parse_suite(t, "'try' statement", false);
  if (at_keyword("finally")) error(cur(), "'finally' clauses are not supported");
  if (!at_keyword("except")) {
    if (cur().kind == TokKind::Error) unexpected("'except'");
    error(cur(), "expected 'except' after the 'try' block on line " + std::to_string(t.line));
  }
  const Token& ex = advance();
  ExceptHandler& h = node.handler;
  h.loc = loc(ex);
  if (at_op(":")) error(ex, "bare 'except:' is not supported: name the exception classes");
  auto add_class = [&](std::string_view expected) {
    const Token& n = expect_name(expected);
    if (at_op(".")) error(cur(), "dotted exception class names are not supported");
    h.classes.push_back(ExceptClass{loc(n), std::string(n.text)});
  };
  if (at_op("(")) {
    open_bracket();
    add_class("an exception class name");
    while (at_op(",")) {
      advance();
      if (at_op(")")) break;
      add_class("an exception class name or ')'");
    }
    close_bracket("',' or ')'");
  } else {
    add_class("an exception class name");
    if (at_op(",")) error(cur(), "multiple exception classes must be parenthesized");
  }
  if (at_keyword("as")) {
    advance();
    h.bound_name = std::string(expect_name("a name after 'as'").text);
  }
  expect_op(":", "':'");
  h.body = parse_suite(ex, "'except' statement", false);
  if (at_keyword("except")) error(cur(), "only one 'except' clause per 'try' is supported");
  if (at_keyword("else")) error(cur(), "'else' clauses on 'try' are not supported");
  if (at_keyword("finally")) error(cur(), "'finally' clauses are not supported");
  return Stmt{loc(t), std::move(node)};
}

}  // namespace arcjit::frontend::detail
