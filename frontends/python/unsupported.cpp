#include "frontends/python/unsupported.h"

#include <string_view>

namespace arcjit::frontend {

namespace {

struct Entry {
  std::string_view token;
  std::string_view message;
};

std::optional<std::string> lookup(std::string_view token, const Entry* begin, const Entry* end) {
  for (const Entry* e = begin; e != end; ++e) {
    if (e->token == token) return std::string(e->message);
  }
  return std::nullopt;
}

constexpr Entry kInfixOps[] = {
    {"+", "binary operator '+' is not supported: call add(a, b)"},
    {"-", "binary operator '-' is not supported: call subtract(a, b)"},
    {"*", "binary operator '*' is not supported: call multiply(a, b)"},
    {"/", "binary operator '/' is not supported: call divide(a, b) (floor division)"},
    {"//", "binary operator '//' is not supported: call divide(a, b)"},
    {"%", "binary operator '%' is not supported"},
    {"**", "binary operator '**' is not supported"},
    {"@", "binary operator '@' is not supported"},
    {"&", "binary operator '&' is not supported: call intersection(a, b)"},
    {"|", "binary operator '|' is not supported: call combine(a, b)"},
    {"^", "binary operator '^' is not supported"},
    {"<<", "binary operator '<<' is not supported"},
    {">>", "binary operator '>>' is not supported"},
    {"==", "comparison operator '==' is not supported: call equality(a, b)"},
    {"!=", "comparison operator '!=' is not supported: call flip(equality(a, b))"},
    {"<", "comparison operator '<' is not supported: call greater(b, a)"},
    {">", "comparison operator '>' is not supported: call greater(a, b)"},
    {"<=", "comparison operator '<=' is not supported: call flip(greater(a, b))"},
    {">=", "comparison operator '>=' is not supported: call flip(greater(b, a))"},
    {":=", "assignment expressions (':=') are not supported"},
};

constexpr Entry kInfixKeywords[] = {
    {"in", "comparison operator 'in' is not supported: call contained(a, b)"},
    {"is", "comparison operator 'is' is not supported: call equality(a, b)"},
    {"and", "boolean operator 'and' is not supported: call both(a, b)"},
    {"or", "boolean operator 'or' is not supported: call either(a, b)"},
    {"if", "conditional expressions ('a if c else b') are not supported: call branch(c, a, b)"},
    {"for", "comprehensions and generator expressions are not supported"},
};

constexpr Entry kStatementKeywords[] = {
    {"for", "'for' loops are not supported"},
    {"while", "'while' loops are not supported"},
    {"if", "'if' statements are not supported: call branch(condition, a, b)"},
    {"elif", "'elif' without a matching 'if'"},
    {"else", "'else' without a matching statement"},
    {"finally", "'finally' without a matching 'try'"},
    {"except", "'except' without a matching 'try'"},
    {"class", "class definitions are not supported"},
    {"with", "'with' statements are not supported"},
    {"global", "'global' declarations are not supported"},
    {"nonlocal", "'nonlocal' declarations are not supported"},
    {"del", "'del' statements are not supported"},
    {"assert", "'assert' statements are not supported"},
    {"raise", "'raise' statements are not supported"},
    {"break", "'break' statements are not supported"},
    {"continue", "'continue' statements are not supported"},
    {"async", "'async' is not supported"},
};

constexpr Entry kAugmented[] = {
    {"+=", "augmented assignment '+=' is not supported: write x = add(x, y)"},
    {"-=", "augmented assignment '-=' is not supported: write x = subtract(x, y)"},
    {"*=", "augmented assignment '*=' is not supported: write x = multiply(x, y)"},
    {"//=", "augmented assignment '//=' is not supported: write x = divide(x, y)"},
    {"/=", "augmented assignment '/=' is not supported: write x = divide(x, y)"},
    {"%=", "augmented assignment '%=' is not supported"},
    {"**=", "augmented assignment '**=' is not supported"},
    {"@=", "augmented assignment '@=' is not supported"},
    {"&=", "augmented assignment '&=' is not supported: write x = intersection(x, y)"},
    {"|=", "augmented assignment '|=' is not supported: write x = combine(x, y)"},
    {"^=", "augmented assignment '^=' is not supported"},
    {"<<=", "augmented assignment '<<=' is not supported"},
    {">>=", "augmented assignment '>>=' is not supported"},
};

constexpr Entry kPrefix[] = {
    {"-", "unary operator '-' is only supported on integer literals: call invert(x)"},
    {"+", "unary operator '+' is only supported on integer literals"},
    {"~", "unary operator '~' is not supported"},
    {"not", "unary operator 'not' is not supported: call flip(x)"},
    {"*", "starred expressions ('*x') are not supported"},
    {"**", "dictionary unpacking ('**x') is not supported"},
    {"await", "'await' is not supported"},
    {"yield", "'yield' is not supported"},
};

template <size_t N>
std::optional<std::string> lookup(std::string_view token, const Entry (&table)[N]) {
  return lookup(token, table, table + N);
}

}  // namespace

std::optional<std::string> infix_operator_message(const Token& t, const Token& next) {
  if (t.kind == TokKind::Op) return lookup(t.text, kInfixOps);
  if (t.kind != TokKind::Keyword) return std::nullopt;
  if (t.text == "not" && next.is_keyword("in")) {
    return "comparison operator 'not in' is not supported: call flip(contained(a, b))";
  }
  if (t.text == "is" && next.is_keyword("not")) {
    return "comparison operator 'is not' is not supported: call flip(equality(a, b))";
  }
  return lookup(t.text, kInfixKeywords);
}

std::optional<std::string> statement_keyword_message(const Token& t) {
  if (t.kind != TokKind::Keyword) return std::nullopt;
  return lookup(t.text, kStatementKeywords);
}

std::optional<std::string> augmented_assignment_message(const Token& t) {
  if (t.kind != TokKind::Op) return std::nullopt;
  return lookup(t.text, kAugmented);
}

std::optional<std::string> prefix_operator_message(const Token& t) {
  if (t.kind != TokKind::Op && t.kind != TokKind::Keyword) return std::nullopt;
  return lookup(t.text, kPrefix);
}

}  // namespace arcjit::frontend
