// The program-file lexer: Python's token shapes (logical lines, Indent/Dedent, brackets).
#include <catch2/catch.hpp>

#include <string>

#include "frontends/python/lexer.h"

using namespace arcjit::frontend;

namespace {

// Tokens as "kind:text" words, e.g. "N:x O:= I:3 NL".
std::string kinds(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text)) {
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case TokKind::Name:
        out += "N:" + std::string(t.text);
        break;
      case TokKind::Keyword:
        out += "K:" + std::string(t.text);
        break;
      case TokKind::Int:
        out += "I:" + std::string(t.text);
        break;
      case TokKind::Float:
        out += "F:" + std::string(t.text);
        break;
      case TokKind::Imaginary:
        out += "J:" + std::string(t.text);
        break;
      case TokKind::Str:
        out += "S:" + t.value;
        break;
      case TokKind::Op:
        out += "O:" + std::string(t.text);
        break;
      case TokKind::Newline:
        out += "NL";
        break;
      case TokKind::Indent:
        out += "IN";
        break;
      case TokKind::Dedent:
        out += "DE";
        break;
      case TokKind::End:
        out += "END";
        break;
      case TokKind::Error:
        out += "ERR:" + t.value;
        break;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("lexer: logical lines, indentation and keywords", "[frontend][lexer]") {
  CHECK(kinds("def f(I):\n    x = g(I)\n\n    # c\n    return x\n") ==
        "K:def N:f O:( N:I O:) O:: NL IN N:x O:= N:g O:( N:I O:) NL K:return N:x NL DE END");
  CHECK(kinds("a\n  b\n    c\nd") == "N:a NL IN N:b NL IN N:c NL DE DE N:d NL END");
  CHECK(kinds("") == "END");
  CHECK(kinds("  \n# x\n") == "END");
  CHECK(kinds("True None lambda match") == "K:True K:None K:lambda N:match NL END");
}

TEST_CASE("lexer: line breaks inside brackets and after a backslash join lines",
          "[frontend][lexer]") {
  CHECK(kinds("f(a,\n      b)\n") == "N:f O:( N:a O:, N:b O:) NL END");
  CHECK(kinds("x = \\\n  y\n") == "N:x O:= N:y NL END");
  CHECK(kinds("x = \\\r\n  y\r\n") == "N:x O:= N:y NL END");
}

TEST_CASE("lexer: operators take the longest match", "[frontend][lexer]") {
  CHECK(kinds("a**=b//c->d:=e!=f<<=g...h") ==
        "N:a O:**= N:b O:// N:c O:-> N:d O::= N:e O:!= N:f O:<<= N:g O:... N:h NL END");
  CHECK(kinds("-1 - 1") == "O:- I:1 O:- I:1 NL END");
}

TEST_CASE("lexer: numbers", "[frontend][lexer]") {
  CHECK(kinds("0 10 1_000 0x1F 0o7 0b10") == "I:0 I:10 I:1_000 I:0x1F I:0o7 I:0b10 NL END");
  CHECK(kinds("1.5 .5 1. 1e3 1E-3 2j") == "F:1.5 F:.5 F:1. F:1e3 F:1E-3 J:2j NL END");
  CHECK(kinds("1abc") == "ERR:invalid decimal literal");
  CHECK(kinds("0b2") == "ERR:invalid binary literal");
}

TEST_CASE("lexer: strings and escapes", "[frontend][lexer]") {
  CHECK(kinds(R"('a' "b" '\'' "\"")") == "S:a S:b S:' S:\" NL END");
  CHECK(kinds(R"('\n\t\\\x41\u00e9\101\q')") ==
        "S:\n\t\\A\xC3\xA9"
        "A\\q NL END");
  CHECK(kinds("r'\\d' R\"\\n\" U'x'") == "S:\\d S:\\n S:x NL END");
  CHECK(kinds("'''a\n'b'\n'''") == "S:a\n'b'\n NL END");
  CHECK(kinds("'a\\\nb'") == "S:ab NL END");
  std::vector<Token> t = tokenize("x = '''\n\n''' + y");
  CHECK(t[3].line == 3);  // the line after a multi-line string
  CHECK(t[3].column == 5);
}

TEST_CASE("lexer: brackets know their closers", "[frontend][lexer]") {
  std::vector<Token> t = tokenize("f((a), [b])\n");
  CHECK(t[1].match == 9);
  CHECK(t[2].match == 4);
  CHECK(t[6].match == 8);
  std::vector<Token> open = tokenize("f(a, g(b)\n");
  CHECK(open[1].match == -1);
  CHECK(open[5].match == 7);
}

TEST_CASE("lexer: locations are 1-based lines and byte columns", "[frontend][lexer]") {
  std::vector<Token> t = tokenize("def f(I):\n    x = g(I)\n");
  CHECK(t[0].line == 1);
  CHECK(t[0].column == 1);
  CHECK(t[6].kind == TokKind::Newline);
  CHECK(t[7].kind == TokKind::Indent);
  CHECK(t[7].line == 2);
  CHECK(t[7].column == 5);
  CHECK(t[8].text == "x");
  CHECK(t[8].column == 5);
  CHECK(t[10].column == 9);
}
