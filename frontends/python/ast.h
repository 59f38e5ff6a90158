// The syntax tree of a program file (SEMANTICS.md "Program files"): plain structs, each node with
// its source location. The parser builds it; the lowering turns it into the trace IR. Only syntax
// is checked here: names, arities and where a literal kind may appear are the lowering's business.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace arcjit::frontend {

// Where a node starts: 1-based line and column (columns count bytes; a tab is one column).
struct SourceLoc {
  std::shared_ptr<const std::string> file;
  int line = 0;
  int column = 0;

  const std::string& file_name() const;
  std::string str() const;  // "file:line:col"
};

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

// ---- Expressions -----------------------------------------------------------------------------

struct Name {
  std::string id;
};

// An integer literal, its sign folded in (`-1` is IntLit{-1}); always fits in 64 bits.
struct IntLit {
  int64_t value = 0;
};

struct BoolLit {
  bool value = false;
};

struct NoneLit {};

// A string literal with escapes decoded ('a' 'b' adjacent literals are joined). Syntax allows it
// anywhere an expression may stand; the lowering decides where it means something.
struct StrLit {
  std::string value;
};

// `()`, `(x,)`, `(a, b)`, and the bare tuple of `return o, s` / `x = a, b`.
struct Tuple {
  std::vector<Expr> elts;
};

// `[]`: only ever the whole right-hand side of an assignment (`o = []`).
struct EmptyList {};

struct Keyword {
  SourceLoc loc;  // of the keyword's name
  std::string name;
  ExprPtr value;
};

// `callee(args..., name=value...)`: callee is any expression (a primitive's name, a variable
// holding a function, a call's result, a parenthesised lambda). Keywords follow positionals and
// are unique (the parser guarantees both).
struct Call {
  ExprPtr callee;
  std::vector<Expr> args;
  std::vector<Keyword> keywords;
};

struct Param {
  SourceLoc loc;
  std::string name;
};

// `lambda a, b: body` or `lambda a, *rest: body`; names are unique.
struct Lambda {
  std::vector<Param> params;
  std::optional<Param> star_param;  // `*rest`: lambdas only (batt files' callable defaults)
  ExprPtr body;
};

struct Expr {
  SourceLoc loc;
  std::variant<Name, IntLit, BoolLit, NoneLit, StrLit, Tuple, EmptyList, Call, Lambda> node;

  template <class T>
  const T* get() const {
    return std::get_if<T>(&node);
  }
  template <class T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
};

// ---- Statements ------------------------------------------------------------------------------

struct Stmt;

// `target = value`; value may be an EmptyList (`o = []`) or a bare Tuple (`x = a, b`).
struct Assign {
  std::string target;
  Expr value;
};

// `list.append(value)`: the only attribute use the language has.
struct Append {
  std::string list;
  Expr value;
};

// `return value`; `return o, s` gives a Tuple value. A bare `return` is rejected.
struct Return {
  Expr value;
};

struct ExceptClass {
  SourceLoc loc;
  std::string name;
};

// `except (A, B) as e:` (or `except A:`); bare `except:` is rejected.
struct ExceptHandler {
  SourceLoc loc;  // of `except`
  std::vector<ExceptClass> classes;
  std::optional<std::string> bound_name;  // `as e`
  std::vector<Stmt> body;
};

// `try: body except ...: handler.body`, exactly one handler, no else/finally.
struct Try {
  std::vector<Stmt> body;
  ExceptHandler handler;
};

struct Pass {};

struct Stmt {
  SourceLoc loc;  // of the statement's first token
  std::variant<Assign, Append, Return, Try, Pass> node;

  template <class T>
  const T* get() const {
    return std::get_if<T>(&node);
  }
  template <class T>
  bool is() const {
    return std::holds_alternative<T>(node);
  }
};

// ---- Top level -------------------------------------------------------------------------------

// `def name(a, b):` plain positional parameters, unique; docstrings are dropped.
struct FunctionDef {
  SourceLoc loc;  // of `def`
  std::string name;
  std::vector<Param> params;
  std::vector<Stmt> body;
};

// Recorded, not acted on: `import m`, `from m import *`, `from m import a, b`.
struct Import {
  enum class Kind { Module, FromStar, FromNames };
  SourceLoc loc;
  Kind kind = Kind::Module;
  std::string module;              // dotted name as written
  std::vector<std::string> names;  // FromNames only
};

struct Module {
  std::shared_ptr<const std::string> file;
  std::vector<Import> imports;
  std::vector<FunctionDef> functions;  // in file order; a repeated name is kept twice

  // The last definition of `name` (Python's rebinding rule), or nullptr.
  const FunctionDef* find(std::string_view name) const;
};

}  // namespace arcjit::frontend
