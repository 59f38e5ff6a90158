// The program-file parser on malformed files: each error is exact (file:line:col: error: ...),
// names the construct, and any error means no module.
#include <catch2/catch.hpp>

#include <string>

#include "frontends/python/parser.h"

using namespace arcjit::frontend;

namespace {

// All diagnostics for `text` as the compiler-style lines; requires that no module came back.
std::string errors(std::string_view text) {
  ParseResult r = parse_program(text, "bad.py");
  CHECK_FALSE(r.ok());
  CHECK_FALSE(r.diagnostics.empty());
  return r.error_text();
}

// `body` as the statements of `def f(I):` (each line indented by 4 by the caller).
std::string in_def(std::string_view body) { return errors("def f(I):\n" + std::string(body)); }

}  // namespace

TEST_CASE("diagnostics print like a compiler's", "[frontend][errors]") {
  Diagnostic d{"x.py", 3, 7, "oops"};
  CHECK(d.str() == "x.py:3:7: error: oops");
  CHECK(format_diagnostics({d, d}) == "x.py:3:7: error: oops\nx.py:3:7: error: oops\n");
  ParseResult r = parse_program_file("/nonexistent/dir/p.py");
  CHECK(r.error_text() == "/nonexistent/dir/p.py:1:1: error: cannot read file\n");
}

TEST_CASE("unexpected tokens say which and what was expected", "[frontend][errors]") {
  CHECK(in_def("    x = g(I, J K)\n") ==
        "bad.py:2:16: error: unexpected name 'K': expected ',' or ')'\n");
  CHECK(errors("def f(I)\n    return I\n") ==
        "bad.py:1:9: error: unexpected end of line: expected ':'\n");
  CHECK(in_def("    x =\n") ==
        "bad.py:2:8: error: unexpected end of line: expected an expression\n");
  CHECK(in_def("    x = g(I) h\n") ==
        "bad.py:2:14: error: unexpected name 'h': expected end of line\n");
  CHECK(errors("def 3(I):\n    return I\n") ==
        "bad.py:1:5: error: unexpected integer literal '3': expected a function name\n");
  CHECK(in_def("    x = g(,)\n") == "bad.py:2:11: error: unexpected ',': expected an expression\n");
  CHECK(in_def("    x = for\n") ==
        "bad.py:2:9: error: unexpected keyword 'for': expected an expression\n");
}

TEST_CASE("an unterminated parenthesis is reported at its opening", "[frontend][errors]") {
  CHECK(in_def("    x1 = objects(I, T, F, T\n    x2 = size(x1)\n    return x2\n") ==
        "bad.py:2:17: error: '(' was never closed\n");
  CHECK(in_def("    return astuple((1, 2), f(3)\n") ==
        "bad.py:2:19: error: '(' was never closed\n");
  CHECK(errors("def f(I:\n    return I\n") == "bad.py:1:6: error: '(' was never closed\n");
}

TEST_CASE("mismatched and unmatched closing brackets", "[frontend][errors]") {
  CHECK(in_def("    x = g(I]\n") ==
        "bad.py:2:12: error: closing parenthesis ']' does not match opening parenthesis '('\n");
  CHECK(in_def("    x = g(I,\n          J]\n") ==
        "bad.py:3:12: error: closing parenthesis ']' does not match opening parenthesis '(' on "
        "line 2\n");
  CHECK(in_def("    x = g(I))\n") == "bad.py:2:13: error: unmatched ')'\n");
}

TEST_CASE("bad indentation: tabs mixed with spaces, unknown dedent, unexpected indent",
          "[frontend][errors]") {
  CHECK(in_def("    x = g(I)\n\treturn x\n") ==
        "bad.py:3:2: error: inconsistent use of tabs and spaces in indentation\n");
  CHECK(in_def("    try:\n        x = g(I)\n      return x\n") ==
        "bad.py:4:7: error: unindent does not match any outer indentation level\n");
  CHECK(in_def("    x = g(I)\n        y = h(x)\n    return y\n") ==
        "bad.py:3:9: error: unexpected indent\n");
  CHECK(errors("def f(I):\nreturn I\n") ==
        "bad.py:2:1: error: expected an indented block after function definition on line 1\n");
  CHECK(in_def("    try:\n    x = 1\n") ==
        "bad.py:3:5: error: expected an indented block after 'try' statement on line 2\n");
}

TEST_CASE("unsupported statements are named", "[frontend][errors]") {
  CHECK(in_def("    for x in I:\n        y = x\n    return I\n") ==
        "bad.py:2:5: error: 'for' loops are not supported\n");
  CHECK(in_def("    while I:\n        pass\n    return I\n") ==
        "bad.py:2:5: error: 'while' loops are not supported\n");
  CHECK(in_def("    if I:\n        y = I\n    else:\n        y = 0\n    return y\n") ==
        "bad.py:2:5: error: 'if' statements are not supported: call branch(condition, a, b)\n");
  CHECK(errors("class A:\n    pass\n") ==
        "bad.py:1:1: error: class definitions are not supported\n");
  CHECK(in_def("    with I:\n        pass\n    return I\n") ==
        "bad.py:2:5: error: 'with' statements are not supported\n");
  CHECK(in_def("    global X\n    return I\n") ==
        "bad.py:2:5: error: 'global' declarations are not supported\n");
  CHECK(errors("@cache\ndef f(I):\n    return I\n") ==
        "bad.py:1:1: error: decorators are not supported\n");
  CHECK(in_def("    def g(x):\n        return x\n    return I\n") ==
        "bad.py:2:5: error: nested function definitions are not supported\n");
  CHECK(in_def("    import os\n    return I\n") ==
        "bad.py:2:5: error: imports inside a function are not supported: put them at the top of "
        "the file\n");
  CHECK(in_def("    g(I)\n    return I\n") ==
        "bad.py:2:5: error: expression statements are not supported: assign the value to a name "
        "(x = ...)\n");
  CHECK(in_def("    x = 1; y = 2\n    return x\n") ==
        "bad.py:2:10: error: ';' is not supported: write one statement per line\n");
}

TEST_CASE("assignments: augmented, unpacking, chained, subscripted, annotated",
          "[frontend][errors]") {
  CHECK(in_def("    x = 1\n    x += 1\n    return x\n") ==
        "bad.py:3:7: error: augmented assignment '+=' is not supported: write x = add(x, y)\n");
  CHECK(in_def("    a, b = g(I)\n    return a\n") ==
        "bad.py:2:5: error: tuple-unpacking assignment is not supported: assign one name per "
        "statement\n");
  CHECK(in_def("    (a, b) = I\n    return a\n") ==
        "bad.py:2:5: error: tuple-unpacking assignment is not supported: assign one name per "
        "statement\n");
  CHECK(in_def("    x = y = I\n    return x\n") ==
        "bad.py:2:11: error: chained assignment is not supported\n");
  CHECK(in_def("    x[0] = I\n    return x\n") ==
        "bad.py:2:6: error: subscripts ('x[i]') are not supported\n");
  CHECK(in_def("    x: int = 1\n    return x\n") ==
        "bad.py:2:6: error: annotated assignments are not supported\n");
  CHECK(in_def("    g(I) = 3\n    return I\n") ==
        "bad.py:2:5: error: assignment target must be a plain name\n");
}

TEST_CASE("operators are rejected with the primitive to call instead", "[frontend][errors]") {
  CHECK(in_def("    x = a + b\n") ==
        "bad.py:2:11: error: binary operator '+' is not supported: call add(a, b)\n");
  CHECK(in_def("    x = g(I) - 1\n") ==
        "bad.py:2:14: error: binary operator '-' is not supported: call subtract(a, b)\n");
  CHECK(in_def("    x = f(a % b)\n") ==
        "bad.py:2:13: error: binary operator '%' is not supported\n");
  CHECK(in_def("    x = g(I) == 3\n") ==
        "bad.py:2:14: error: comparison operator '==' is not supported: call equality(a, b)\n");
  CHECK(in_def("    x = a not in b\n") ==
        "bad.py:2:11: error: comparison operator 'not in' is not supported: call "
        "flip(contained(a, b))\n");
  CHECK(in_def("    x = a and b\n") ==
        "bad.py:2:11: error: boolean operator 'and' is not supported: call both(a, b)\n");
  CHECK(in_def("    x = -I\n") ==
        "bad.py:2:9: error: unary operator '-' is only supported on integer literals: call "
        "invert(x)\n");
  CHECK(in_def("    x = not I\n") ==
        "bad.py:2:9: error: unary operator 'not' is not supported: call flip(x)\n");
  CHECK(in_def("    x = a if b else c\n") ==
        "bad.py:2:11: error: conditional expressions ('a if c else b') are not supported: call "
        "branch(c, a, b)\n");
  CHECK(in_def("    x = g(y := 1)\n") ==
        "bad.py:2:13: error: assignment expressions (':=') are not supported\n");
  CHECK(in_def("    o = [] + x\n") ==
        "bad.py:2:12: error: binary operator '+' is not supported: call add(a, b)\n");
}

TEST_CASE("other expressions: subscripts, attributes, starred, containers, comprehensions",
          "[frontend][errors]") {
  CHECK(in_def("    x = I[0]\n") == "bad.py:2:10: error: subscripts ('x[i]') are not supported\n");
  CHECK(in_def("    x = I.shape\n") ==
        "bad.py:2:10: error: attribute access '.shape' is not supported\n");
  CHECK(in_def("    x = o.append(I)\n") ==
        "bad.py:2:10: error: '.append(...)' is only supported as a statement: "
        "list.append(value)\n");
  CHECK(in_def("    o.extend(I)\n") ==
        "bad.py:2:6: error: method call '.extend(...)' is not supported: only "
        "'list.append(value)' is\n");
  CHECK(in_def("    o.append(1, 2)\n") ==
        "bad.py:2:7: error: append() takes exactly one argument (2 given)\n");
  CHECK(in_def("    x = g(*I)\n") ==
        "bad.py:2:11: error: argument unpacking ('*args') is not supported\n");
  CHECK(in_def("    x = g(**I)\n") ==
        "bad.py:2:11: error: keyword argument unpacking ('**kwargs') is not supported\n");
  CHECK(in_def("    x = (*I, 1)\n") ==
        "bad.py:2:10: error: starred expressions ('*x') are not supported\n");
  CHECK(in_def("    x = [1, 2]\n") == "bad.py:2:9: error: list literals are not supported\n");
  CHECK(in_def("    x = g([])\n") ==
        "bad.py:2:11: error: '[]' is only supported as an initialiser: name = []\n");
  CHECK(in_def("    x = {}\n") == "bad.py:2:9: error: dict and set literals are not supported\n");
  CHECK(in_def("    x = g(a for a in I)\n") ==
        "bad.py:2:13: error: comprehensions and generator expressions are not supported\n");
}

TEST_CASE("bad literals: floats, big ints, leading zeros, strings", "[frontend][errors]") {
  CHECK(in_def("    x = g(1.5)\n") == "bad.py:2:11: error: float literal '1.5' is not supported\n");
  CHECK(in_def("    x = g(-2.)\n") == "bad.py:2:12: error: float literal '2.' is not supported\n");
  CHECK(in_def("    x = 1e3\n") == "bad.py:2:9: error: float literal '1e3' is not supported\n");
  CHECK(in_def("    x = 2j\n") == "bad.py:2:9: error: complex literal '2j' is not supported\n");
  CHECK(in_def("    x = g(99999999999999999999)\n") ==
        "bad.py:2:11: error: integer literal '99999999999999999999' does not fit in 64 bits\n");
  CHECK(in_def("    x = g(-9223372036854775809)\n") ==
        "bad.py:2:11: error: integer literal '-9223372036854775809' does not fit in 64 bits\n");
  CHECK(in_def("    x = 9223372036854775808\n") ==
        "bad.py:2:9: error: integer literal '9223372036854775808' does not fit in 64 bits\n");
  CHECK(in_def("    x = g(007)\n") ==
        "bad.py:2:11: error: leading zeros in decimal integer literals are not permitted; use an "
        "0o prefix for octal integers\n");
  CHECK(in_def("    x = 1__0\n") == "bad.py:2:9: error: invalid decimal literal\n");
  CHECK(in_def("    x = 0x1G\n") == "bad.py:2:9: error: invalid hexadecimal literal\n");
  CHECK(in_def("    x = 'abc\n    return x\n") ==
        "bad.py:2:9: error: unterminated string literal\n");
  CHECK(in_def("    '''doc\n    return I\n") ==
        "bad.py:2:5: error: unterminated triple-quoted string literal\n");
  CHECK(in_def("    x = f'{I}'\n") == "bad.py:2:9: error: f-strings are not supported\n");
  CHECK(in_def("    x = b'I'\n") == "bad.py:2:9: error: bytes literals are not supported\n");
  CHECK(in_def("    x = '\\x4'\n") == "bad.py:2:10: error: truncated '\\x' escape\n");
}

TEST_CASE("calls: repeated keywords, positionals after keywords", "[frontend][errors]") {
  CHECK(in_def("    x = g(a=1, a=2)\n") == "bad.py:2:16: error: keyword argument 'a' repeated\n");
  CHECK(in_def("    x = objects(grid=I, T, F, T)\n") ==
        "bad.py:2:25: error: positional argument follows keyword argument\n");
  CHECK(in_def("    x = g(True=1)\n") ==
        "bad.py:2:15: error: a keyword argument's name must be a plain name\n");
}

TEST_CASE("defs and lambdas: defaults, *args, **kwargs, annotations, duplicates",
          "[frontend][errors]") {
  CHECK(errors("def f(I, k=1):\n    return I\n") ==
        "bad.py:1:11: error: default parameter values are not supported\n");
  CHECK(errors("def f(*I):\n    return I\n") ==
        "bad.py:1:7: error: variadic parameters ('*args') are not supported in a def\n");
  CHECK(errors("def f(**k):\n    return k\n") ==
        "bad.py:1:7: error: keyword parameters ('**kwargs') are not supported\n");
  CHECK(errors("def f(I: int):\n    return I\n") ==
        "bad.py:1:8: error: parameter annotations are not supported\n");
  CHECK(errors("def f(I) -> int:\n    return I\n") ==
        "bad.py:1:10: error: return annotations are not supported\n");
  CHECK(errors("def f(I, I):\n    return I\n") ==
        "bad.py:1:10: error: duplicate argument 'I' in function definition\n");
  CHECK(in_def("    x = lambda *a, **k: ()\n") ==
        "bad.py:2:20: error: keyword parameters ('**kwargs') are not supported\n");
  CHECK(in_def("    x = lambda *a, b: ()\n") ==
        "bad.py:2:20: error: parameters after '*args' are not supported\n");
  CHECK(in_def("    x = lambda a=1: a\n") ==
        "bad.py:2:17: error: default parameter values are not supported\n");
  CHECK(in_def("    x = lambda a, a: a\n") ==
        "bad.py:2:19: error: duplicate argument 'a' in lambda\n");
}

TEST_CASE("try/except: bare, several handlers, else/finally, missing except",
          "[frontend][errors]") {
  const std::string body = "    try:\n        x = g(I)\n";
  CHECK(in_def(body + "    except:\n        x = 0\n") ==
        "bad.py:4:5: error: bare 'except:' is not supported: name the exception classes\n");
  CHECK(in_def(body + "    except A:\n        x = 0\n    except B:\n        x = 1\n") ==
        "bad.py:6:5: error: only one 'except' clause per 'try' is supported\n");
  CHECK(in_def(body + "    finally:\n        x = 0\n") ==
        "bad.py:4:5: error: 'finally' clauses are not supported\n");
  CHECK(in_def(body + "    except A:\n        x = 0\n    else:\n        x = 1\n") ==
        "bad.py:6:5: error: 'else' clauses on 'try' are not supported\n");
  CHECK(in_def(body + "    return x\n") ==
        "bad.py:4:5: error: expected 'except' after the 'try' block on line 2\n");
  CHECK(in_def(body + "    except A, B:\n        x = 0\n") ==
        "bad.py:4:13: error: multiple exception classes must be parenthesized\n");
  CHECK(in_def(body + "    except ():\n        x = 0\n") ==
        "bad.py:4:13: error: unexpected ')': expected an exception class name\n");
  CHECK(in_def("    except A:\n        x = 0\n") ==
        "bad.py:2:5: error: 'except' without a matching 'try'\n");
}

TEST_CASE("top level: return, assignments, statements other than defs and imports",
          "[frontend][errors]") {
  CHECK(errors("return 1\n") == "bad.py:1:1: error: 'return' outside function\n");
  CHECK(errors("X = 1\n") ==
        "bad.py:1:1: error: top-level assignment is not supported: a program file holds only "
        "imports and function definitions\n");
  CHECK(errors("o.append(1)\n") ==
        "bad.py:1:1: error: top-level statement is not supported: a program file holds only "
        "imports and function definitions\n");
  CHECK(errors("try:\n    x = 1\nexcept A:\n    x = 2\n") ==
        "bad.py:1:1: error: top-level 'try' statement is not supported: a program file holds "
        "only imports and function definitions\n");
  CHECK(errors("import numpy as np\n") == "bad.py:1:14: error: 'import ... as' is not supported\n");
  CHECK(errors("from . import x\n") == "bad.py:1:6: error: relative imports are not supported\n");
  CHECK(in_def("    return\n") ==
        "bad.py:2:5: error: bare 'return' is not supported: return a value\n");
  CHECK(in_def("    x = I\n    'late'\n    return x\n") ==
        "bad.py:3:5: error: a string statement is only accepted as a docstring (the first "
        "statement of a module or function)\n");
}

TEST_CASE("characters outside the language", "[frontend][errors]") {
  CHECK(in_def("    \xC3\xA9 = I\n") ==
        "bad.py:2:5: error: non-ASCII character U+00E9 is not supported outside strings and "
        "comments\n");
  CHECK(in_def("    x = g(I) $ 3\n") == "bad.py:2:14: error: invalid character '$' (U+0024)\n");
  CHECK(in_def("    x = g(I) \\ 3\n") ==
        "bad.py:2:15: error: unexpected character after line continuation character\n");
  CHECK(in_def("    x = g(I) ? 3\n") == "bad.py:2:14: error: invalid character '?' (U+003F)\n");
}

TEST_CASE("nesting limits instead of a stack overflow", "[frontend][errors]") {
  std::string deep = "    x = " + std::string(250, '(') + "1" + std::string(250, ')') + "\n";
  CHECK(in_def(deep) == "bad.py:2:209: error: too many nested parentheses\n");
  std::string lambdas = "    x = ";
  for (int i = 0; i < 500; ++i) lambdas += "lambda: ";
  CHECK(in_def(lambdas + "0\n") == "bad.py:2:3209: error: expression nested too deeply\n");
  std::string blocks = "def f(I):\n";
  for (int i = 1; i <= 120; ++i) blocks += std::string(static_cast<size_t>(i), ' ') + "try:\n";
  CHECK(errors(blocks) == "bad.py:102:102: error: too many levels of indentation\n");
}

TEST_CASE("parsing resumes at the next statement: all errors, in order, no cascades",
          "[frontend][errors]") {
  std::string text =
      "def f(I):\n"
      "    x = a + b\n"
      "    for q in r:\n"
      "        z = 1 * 2\n"
      "    y = c * d\n"
      "    if y:\n"
      "        y = 1\n"
      "    elif x:\n"
      "        y = 2\n"
      "    else:\n"
      "        y = 3\n"
      "    try:\n"
      "        t = g(I)\n"
      "    except:\n"
      "        t = 0\n"
      "    return x\n"
      "X = 3\n"
      "def g(I):\n"
      "    return I[0]\n"
      "def h(I):\n"
      "    return I\n";
  CHECK(errors(text) ==
        "bad.py:2:11: error: binary operator '+' is not supported: call add(a, b)\n"
        "bad.py:3:5: error: 'for' loops are not supported\n"
        "bad.py:5:11: error: binary operator '*' is not supported: call multiply(a, b)\n"
        "bad.py:6:5: error: 'if' statements are not supported: call branch(condition, a, b)\n"
        "bad.py:14:5: error: bare 'except:' is not supported: name the exception classes\n"
        "bad.py:17:1: error: top-level assignment is not supported: a program file holds only "
        "imports and function definitions\n"
        "bad.py:19:13: error: subscripts ('x[i]') are not supported\n");
}

TEST_CASE("a lexical error stops parsing after the errors before it", "[frontend][errors]") {
  CHECK(errors("def f(I):\n    x = a + b\n    y = 'open\n    z = c * d\n") ==
        "bad.py:2:11: error: binary operator '+' is not supported: call add(a, b)\n"
        "bad.py:3:9: error: unterminated string literal\n");
}

TEST_CASE("brackets cut short by a lexical error are not reported as never closed",
          "[frontend][errors]") {
  CHECK(in_def("    x = g(a + b, 'open)\n") ==
        "bad.py:2:13: error: binary operator '+' is not supported: call add(a, b)\n"
        "bad.py:2:18: error: unterminated string literal\n");
  CHECK(in_def("    x = g(1, 'open\n") == "bad.py:2:14: error: unterminated string literal\n");
}

TEST_CASE("error output is capped", "[frontend][errors]") {
  std::string text;
  for (int i = 0; i < 80; ++i) text += "X = 1\n";
  ParseResult r = parse_program(text, "bad.py");
  CHECK_FALSE(r.ok());
  CHECK(r.diagnostics.size() == 50);
}
