// Expressions: names, literals, tuples, calls (with keywords) and lambdas. Operators, subscripts,
// attributes, comprehensions and other literals are rejected by name where they appear.
#include <algorithm>
#include <cstdint>
#include <limits>

#include "frontends/python/parser_impl.h"
#include "frontends/python/unsupported.h"

namespace arcjit::frontend::detail {

namespace {

constexpr int kMaxExprDepth = 400;

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

}  // namespace

Expr Parser::parse_value() {
  const Token& t = cur();
  if (t.is_op("[") && t.match == static_cast<int>(pos_) + 1) {
    advance();
    advance();
    return Expr{loc(t), EmptyList{}};
  }
  return parse_exprlist();
}

Expr Parser::parse_exprlist() {
  Expr first = parse_expr();
  if (!at_op(",")) return first;
  SourceLoc where = first.loc;
  Tuple tuple;
  tuple.elts.push_back(std::move(first));
  while (at_op(",")) {
    advance();
    if (!starts_expression(cur())) break;  // a trailing comma
    tuple.elts.push_back(parse_expr());
  }
  return Expr{where, std::move(tuple)};
}

Expr Parser::parse_expr() {
  struct Depth {
    int& d;
    explicit Depth(int& depth) : d(++depth) {}
    ~Depth() { --d; }
  } depth(expr_depth_);
  if (expr_depth_ > kMaxExprDepth) error(cur(), "expression nested too deeply");
  if (at_keyword("lambda")) return parse_lambda();
  Expr e = parse_unary();
  reject_infix_operator();
  return e;
}

void Parser::reject_infix_operator() {
  if (auto message = infix_operator_message(cur(), peek())) error(cur(), *message);
}

Expr Parser::parse_unary() {
  const Token& t = cur();
  if (t.is_op("-") || t.is_op("+")) {
    const Token& n = peek();
    if (n.kind == TokKind::Int) {
      advance();
      advance();
      return parse_int(n, t, t.is_op("-"));
    }
    if (n.kind == TokKind::Float || n.kind == TokKind::Imaginary) advance();
  }
  if (cur().kind == TokKind::Float || cur().kind == TokKind::Imaginary) return parse_atom();
  if (auto message = prefix_operator_message(t)) error(t, *message);
  return parse_postfix();
}

Expr Parser::parse_postfix() {
  Expr e = parse_atom();
  while (true) {
    if (at_op("(")) {
      SourceLoc where = e.loc;
      Call call;
      call.callee = std::make_unique<Expr>(std::move(e));
      open_bracket();
      parse_call_args(call);
      e = Expr{where, std::move(call)};
    } else if (at_op("[")) {
      error(cur(), "subscripts ('x[i]') are not supported");
    } else if (at_op(".")) {
      const Token& n = peek();
      if (n.text == "append" && peek(2).is_op("(")) {
        error(cur(), "'.append(...)' is only supported as a statement: list.append(value)");
      }
      if (n.kind == TokKind::Name) {
        error(cur(), "attribute access '." + std::string(n.text) + "' is not supported");
      }
      error(cur(), "attribute access is not supported");
    } else {
      return e;
    }
  }
}

Expr Parser::parse_atom() {
  const Token& t = cur();
  switch (t.kind) {
    case TokKind::Name:
      advance();
      return Expr{loc(t), Name{std::string(t.text)}};
    case TokKind::Int:
      advance();
      return parse_int(t, t, false);
    case TokKind::Float:
      error(t, "float literal '" + std::string(t.text) + "' is not supported");
    case TokKind::Imaginary:
      error(t, "complex literal '" + std::string(t.text) + "' is not supported");
    case TokKind::Str: {
      StrLit s;
      while (cur().kind == TokKind::Str) s.value += advance().value;
      return Expr{loc(t), std::move(s)};
    }
    case TokKind::Keyword:
      if (t.text == "True" || t.text == "False") {
        advance();
        return Expr{loc(t), BoolLit{t.text == "True"}};
      }
      if (t.text == "None") {
        advance();
        return Expr{loc(t), NoneLit{}};
      }
      if (t.text == "lambda") return parse_lambda();
      break;
    case TokKind::Op:
      if (t.text == "(") return parse_paren();
      if (t.text == "[") {
        if (t.match == static_cast<int>(pos_) + 1) {
          error(t, "'[]' is only supported as an initialiser: name = []");
        }
        error(t, "list literals are not supported");
      }
      if (t.text == "{") error(t, "dict and set literals are not supported");
      if (t.text == "...") error(t, "'...' (Ellipsis) is not supported");
      break;
    default:
      break;
  }
  unexpected("an expression");
}

Expr Parser::parse_paren() {
  const Token& t = cur();
  open_bracket();
  if (at_op(")")) {
    close_bracket("')'");
    return Expr{loc(t), Tuple{}};
  }
  Expr first = parse_expr();
  if (!at_op(",")) {
    close_bracket("',' or ')'");
    return first;
  }
  Tuple tuple;
  tuple.elts.push_back(std::move(first));
  while (at_op(",")) {
    advance();
    if (at_op(")")) break;
    tuple.elts.push_back(parse_expr());
  }
  close_bracket("',' or ')'");
  return Expr{loc(t), std::move(tuple)};
}

void Parser::parse_call_args(Call& call) {
  while (!at_op(")")) {
    const Token& t = cur();
    if (t.is_op("*")) error(t, "argument unpacking ('*args') is not supported");
    if (t.is_op("**")) error(t, "keyword argument unpacking ('**kwargs') is not supported");
    if (t.kind == TokKind::Name && peek().is_op("=")) {
      advance();
      advance();
      bool repeated = std::any_of(call.keywords.begin(), call.keywords.end(),
                                  [&](const Keyword& k) { return k.name == t.text; });
      if (repeated) error(t, "keyword argument '" + std::string(t.text) + "' repeated");
      call.keywords.push_back(
          Keyword{loc(t), std::string(t.text), std::make_unique<Expr>(parse_expr())});
    } else {
      Expr e = parse_expr();
      if (at_op("=")) error(cur(), "a keyword argument's name must be a plain name");
      if (!call.keywords.empty()) error_at(e.loc, "positional argument follows keyword argument");
      call.args.push_back(std::move(e));
    }
    if (at_op(",")) {
      advance();
    } else if (!at_op(")")) {
      unexpected("',' or ')'");
    }
  }
  close_bracket("',' or ')'");
}

Expr Parser::parse_lambda() {
  const Token& t = advance();
  Lambda lambda;
  auto add = [&](const Token& n) {
    bool dup = std::any_of(lambda.params.begin(), lambda.params.end(),
                           [&](const Param& p) { return p.name == n.text; }) ||
               (lambda.star_param && lambda.star_param->name == n.text);
    if (dup) error(n, "duplicate argument '" + std::string(n.text) + "' in lambda");
    return Param{loc(n), std::string(n.text)};
  };
  while (!at_op(":")) {
    const Token& p = cur();
    if (p.is_op("**")) error(p, "keyword parameters ('**kwargs') are not supported");
    if (p.is_op("*")) {
      advance();
      lambda.star_param = add(expect_name("a parameter name after '*'"));
      if (at_op(",") && peek().is_op("**")) {
        error(peek(), "keyword parameters ('**kwargs') are not supported");
      }
      if (at_op(",")) error(peek(), "parameters after '*args' are not supported");
      break;
    }
    const Token& n = expect_name("a parameter name or ':'");
    if (at_op("=")) error(cur(), "default parameter values are not supported");
    lambda.params.push_back(add(n));
    if (at_op(",")) {
      advance();
    } else if (!at_op(":")) {
      unexpected("',' or ':'");
    }
  }
  expect_op(":", "':'");
  lambda.body = std::make_unique<Expr>(parse_expr());
  return Expr{loc(t), std::move(lambda)};
}

Expr Parser::parse_int(const Token& digits, const Token& first, bool negative) {
  std::string_view text = digits.text;
  uint64_t base = 10;
  if (text.size() > 1 && text[0] == '0') {
    char b = static_cast<char>(text[1] | 0x20);
    if (b == 'x' || b == 'o' || b == 'b') {
      base = b == 'x' ? 16 : b == 'o' ? 8 : 2;
      text.remove_prefix(2);
    }
  }
  const uint64_t limit = negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  uint64_t v = 0;
  for (char c : text) {
    if (c == '_') continue;
    uint64_t d = static_cast<uint64_t>(digit_value(c));
    if (d > limit || v > (limit - d) / base) {
      error(first, "integer literal '" + std::string(negative ? "-" : "") +
                       std::string(digits.text) + "' does not fit in 64 bits");
    }
    v = v * base + d;
  }
  int64_t value = negative ? (v == (uint64_t{1} << 63) ? std::numeric_limits<int64_t>::min()
                                                       : -static_cast<int64_t>(v))
                           : static_cast<int64_t>(v);
  return Expr{loc(first), IntLit{value}};
}

bool Parser::starts_expression(const Token& t) const {
  switch (t.kind) {
    case TokKind::Name:
    case TokKind::Int:
    case TokKind::Float:
    case TokKind::Imaginary:
    case TokKind::Str:
      return true;
    case TokKind::Keyword:
      return t.text == "True" || t.text == "False" || t.text == "None" || t.text == "lambda" ||
             t.text == "not" || t.text == "await" || t.text == "yield";
    case TokKind::Op:
      return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" ||
             t.text == "~" || t.text == "*" || t.text == "**" || t.text == "...";
    default:
      return false;
  }
}

}  // namespace arcjit::frontend::detail
