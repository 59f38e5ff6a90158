// The program-file parser on well-formed files: the AST's shape, locations and spelling.
#include <catch2/catch.hpp>

#include <functional>
#include <string>

#include "frontends/python/ast_dump.h"
#include "frontends/python/parser.h"

using namespace arcjit::frontend;

namespace {

Module parse_ok(std::string_view text) {
  ParseResult r = parse_program(text, "t.py");
  INFO(r.error_text());
  REQUIRE(r.ok());
  REQUIRE(r.diagnostics.empty());
  return std::move(*r.module);
}

Module parse_sample(const std::string& name) {
  ParseResult r = parse_program_file(std::string(ARCJIT_TEST_PROGRAMS) + "/" + name);
  INFO(r.error_text());
  REQUIRE(r.ok());
  return std::move(*r.module);
}

// The single statement of `def f(I):` holding `line`, as source again.
std::string round_trip(const std::string& expr) {
  Module m = parse_ok("def f(I):\n    x = " + expr + "\n");
  return to_source(m.functions.at(0).body.at(0).get<Assign>()->value);
}

}  // namespace

TEST_CASE("a sample solvers file parses into imports and defs", "[frontend]") {
  Module m = parse_sample("sample_solvers.py");
  REQUIRE(m.imports.size() == 2);
  CHECK(m.imports[0].kind == Import::Kind::FromStar);
  CHECK(m.imports[0].module == "dsl");
  CHECK(m.imports[1].module == "constants");
  CHECK(m.imports[1].loc.line == 3);
  REQUIRE(m.functions.size() == 4);
  CHECK(m.functions[0].name == "solve_mirror");
  CHECK(m.functions[3].name == "solve_literals");
  CHECK(m.find("solve_closures") == &m.functions[2]);
  CHECK(m.find("solve_missing") == nullptr);

  const FunctionDef& f = m.functions[1];
  CHECK(f.loc.line == 11);
  CHECK(f.loc.column == 1);
  CHECK(f.loc.file_name().ends_with("sample_solvers.py"));
  REQUIRE(f.params.size() == 1);
  CHECK(f.params[0].name == "I");
  CHECK(f.params[0].loc.column == 30);
  REQUIRE(f.body.size() == 5);

  const Stmt& s = f.body[0];
  CHECK(s.loc.line == 12);
  CHECK(s.loc.column == 5);
  const Assign* a = s.get<Assign>();
  REQUIRE(a != nullptr);
  CHECK(a->target == "x1");
  const Call* call = a->value.get<Call>();
  REQUIRE(call != nullptr);
  CHECK(a->value.loc.column == 10);
  CHECK(call->callee->get<Name>()->id == "objects");
  REQUIRE(call->args.size() == 4);
  CHECK(call->args[0].get<Name>()->id == "I");
  CHECK(call->args[3].loc.column == 27);
  CHECK(call->keywords.empty());

  const Return* r = f.body[4].get<Return>();
  REQUIRE(r != nullptr);
  CHECK(r->value.get<Name>()->id == "O");
}

TEST_CASE("the sample solvers file dumps as expected", "[frontend]") {
  Module m = parse_sample("sample_solvers.py");
  std::string text = dump(m);
  CHECK(text.starts_with("from dsl import * @2:1\nfrom constants import * @3:1\n"));
  CHECK(text.find(R"(def solve_closures(I) @19:1
  x1 = rbind(shift, UNITY) @21:5
  x2 = compose(x1, toindices) @22:5
  x3 = fork(combine, identity, x2) @23:5
  x4 = lbind(greater, THREE) @24:5
  x5 = objects(grid=I, univalued=T, diagonal=F, without_bg=T) @25:5
  x6 = sfilter(x5, lambda obj: x4(size(obj))) @26:5
  x7 = mapply(x3, x6) @27:5
  x8 = power(rot90, 2)(I) @28:5
  O = paint(x8, recolor(-2, x7)) @29:5
  return O @30:5
def solve_literals(I) @32:1
  x1 = (1, 2) @33:5
  x2 = (x1,) @34:5
  x3 = () @35:5
  x4 = astuple(0, -9223372036854775808) @36:5
  x5 = branch(True, None, 31) @37:5
  O = (x1, x2) @38:5
  return O @39:5
)") != std::string::npos);
}

TEST_CASE("keyword arguments, lambdas and calls of calls keep their structure", "[frontend]") {
  Module m = parse_sample("sample_solvers.py");
  const FunctionDef& f = *m.find("solve_closures");
  const Call* objects = f.body[4].get<Assign>()->value.get<Call>();
  REQUIRE(objects->keywords.size() == 4);
  CHECK(objects->args.empty());
  CHECK(objects->keywords[0].name == "grid");
  CHECK(objects->keywords[0].loc.column == 18);
  CHECK(objects->keywords[3].name == "without_bg");
  CHECK(objects->keywords[3].value->get<Name>()->id == "T");

  const Call* sfilter = f.body[5].get<Assign>()->value.get<Call>();
  const Lambda* lam = sfilter->args[1].get<Lambda>();
  REQUIRE(lam != nullptr);
  CHECK(sfilter->args[1].loc.column == 22);
  REQUIRE(lam->params.size() == 1);
  CHECK(lam->params[0].name == "obj");
  CHECK_FALSE(lam->star_param.has_value());
  CHECK(lam->body->get<Call>()->callee->get<Name>()->id == "x4");

  const Call* outer = f.body[7].get<Assign>()->value.get<Call>();
  const Call* inner = outer->callee->get<Call>();
  REQUIRE(inner != nullptr);
  CHECK(inner->callee->get<Name>()->id == "power");
  CHECK(inner->args[1].get<IntLit>()->value == 2);
  CHECK(outer->args[0].get<Name>()->id == "I");

  const Call* recolor = f.body[8].get<Assign>()->value.get<Call>()->args[1].get<Call>();
  CHECK(recolor->args[0].get<IntLit>()->value == -2);
  CHECK(recolor->args[0].loc.column == 27);  // at the sign
}

TEST_CASE("a sample batt file parses into try blocks, defaults and appends", "[frontend]") {
  Module m = parse_sample("sample_batt.py");
  REQUIRE(m.functions.size() == 1);
  const FunctionDef& f = m.functions[0];
  CHECK(f.name == "batt");
  REQUIRE(f.params.size() == 5);
  CHECK(f.params[4].name == "log_path");
  REQUIRE(f.body.size() == 13);
  CHECK(f.body[0].get<Assign>()->target == "o");
  CHECK(f.body[0].get<Assign>()->value.is<EmptyList>());
  CHECK(f.body[1].get<Assign>()->value.is<EmptyList>());

  const Try* t = f.body[2].get<Try>();
  REQUIRE(t != nullptr);
  CHECK(f.body[2].loc.line == 10);
  REQUIRE(t->body.size() == 1);
  CHECK(t->body[0].get<Assign>()->target == "t1");
  const ExceptHandler& h = t->handler;
  CHECK(h.loc.line == 12);
  CHECK(h.loc.column == 5);
  REQUIRE(h.classes.size() == 5);
  CHECK(h.classes[0].name == "TypeError");
  CHECK(h.classes[4].name == "KeyError");
  CHECK(h.classes[4].loc.column == 64);
  CHECK_FALSE(h.bound_name.has_value());
  REQUIRE(h.body.size() == 1);
  CHECK(to_source(h.body[0].get<Assign>()->value) == "frozenset()");

  // The defaults, one per result type.
  auto default_of = [&](size_t i) {
    return to_source(f.body[i].get<Try>()->handler.body.at(0).get<Assign>()->value);
  };
  CHECK(default_of(3) == "lambda *args: ()");
  CHECK(default_of(5) == "0");
  CHECK(default_of(6) == "False");
  CHECK(default_of(7) == "()");
  CHECK(default_of(8) == "lambda x: ()");
  CHECK(f.body[8].get<Try>()->handler.bound_name == "e");
  const Lambda* star = f.body[3].get<Try>()->handler.body[0].get<Assign>()->value.get<Lambda>();
  REQUIRE(star->star_param.has_value());
  CHECK(star->star_param->name == "args");
  CHECK(star->params.empty());

  // t3 = t2(t1): a call through a variable
  const Call* c = f.body[4].get<Try>()->body[0].get<Assign>()->value.get<Call>();
  CHECK(c->callee->get<Name>()->id == "t2");

  const Append* o = f.body[9].get<Append>();
  REQUIRE(o != nullptr);
  CHECK(o->list == "o");
  CHECK(f.body[9].loc.line == 38);
  const Tuple* row = o->value.get<Tuple>();
  REQUIRE(row->elts.size() == 4);
  CHECK(row->elts[0].get<IntLit>()->value == 1);
  CHECK(row->elts[1].get<BoolLit>()->value);
  CHECK(row->elts[2].get<StrLit>()->value == "solve_sample_a");
  CHECK(row->elts[2].loc.column == 24);
  const Append* sa = f.body[10].get<Append>();
  CHECK(sa->list == "s");
  CHECK(sa->value.get<Tuple>()->elts[2].get<StrLit>()->value == "t6");
  CHECK(to_source(f.body[11].get<Append>()->value) == "(2, t5, 'solve_sample_b', t7(S))");

  const Return* r = f.body[12].get<Return>();
  const Tuple* pair = r->value.get<Tuple>();
  REQUIRE(pair != nullptr);
  REQUIRE(pair->elts.size() == 2);
  CHECK(pair->elts[0].get<Name>()->id == "o");
  CHECK(pair->elts[1].get<Name>()->id == "s");
  CHECK(r->value.loc.column == 12);
}

TEST_CASE("literals: tuples, signs, bases, 64-bit limits, strings", "[frontend]") {
  CHECK(round_trip("()") == "()");
  CHECK(round_trip("(x,)") == "(x,)");
  CHECK(round_trip("(x)") == "x");
  CHECK(round_trip("(a, (b, c), )") == "(a, (b, c))");
  CHECK(round_trip("a, b,") == "(a, b)");
  CHECK(round_trip("-1") == "-1");
  CHECK(round_trip("- 7") == "-7");
  CHECK(round_trip("+7") == "7");
  CHECK(round_trip("1_000") == "1000");
  CHECK(round_trip("0x10, 0o10, 0b10, 0") == "(16, 8, 2, 0)");
  CHECK(round_trip("9223372036854775807") == "9223372036854775807");
  CHECK(round_trip("-9223372036854775808") == "-9223372036854775808");
  CHECK(round_trip("True, False, None") == "(True, False, None)");
  CHECK(round_trip("'a' \"b\"") == "'ab'");
  CHECK(round_trip(R"('it\'s', "q\"", '\n\t\\', '\x41\101', r'\d')") ==
        R"(("it's", 'q"', '\n\t\\', 'AA', '\\d'))");
  CHECK(round_trip("'''tri\nple'''") == "'tri\\nple'");
  CHECK(round_trip("'é'") == "'é'");
  CHECK(round_trip("u'x'") == "'x'");
  CHECK(round_trip("f(a, k=1)(b)") == "f(a, k=1)(b)");
  CHECK(round_trip("(lambda x, y: x)(1, 2)") == "(lambda x, y: x)(1, 2)");
  CHECK(round_trip("lambda: 0") == "lambda: 0");
  CHECK(round_trip("lambda a, *r: r") == "lambda a, *r: r");
  CHECK(round_trip("lambda a: lambda b: f(a, b)") == "lambda a: lambda b: f(a, b)");
}

TEST_CASE("layout: comments, blank lines, continuations, CRLF, no final newline", "[frontend]") {
  Module m = parse_ok(
      "\xEF\xBB\xBF# leading comment\r\n"
      "import dsl, a.b\r\n"
      "from safe_dsl import _get_safe_default, other\r\n"
      "\r\n"
      "def f(I, J,):  # trailing comment, caf\xC3\xA9\r\n"
      "    '''A docstring\r\n"
      "    over lines.'''\r\n"
      "\r\n"
      "        # an over-indented comment\r\n"
      "    x = g(I,\r\n"
      "# a comment inside brackets\r\n"
      "          J)\r\n"
      "    y = \\\r\n"
      "        h(x)\r\n"
      "    pass\r\n"
      "    return y");
  REQUIRE(m.imports.size() == 3);
  CHECK(m.imports[0].kind == Import::Kind::Module);
  CHECK(m.imports[1].module == "a.b");
  CHECK(m.imports[2].kind == Import::Kind::FromNames);
  CHECK(m.imports[2].names == std::vector<std::string>{"_get_safe_default", "other"});
  const FunctionDef& f = m.functions.at(0);
  CHECK(f.params.size() == 2);
  REQUIRE(f.body.size() == 4);
  CHECK(f.body[0].loc.line == 10);
  CHECK(to_source(f.body[0].get<Assign>()->value) == "g(I, J)");
  CHECK(f.body[1].loc.line == 13);
  CHECK(f.body[1].get<Assign>()->value.loc.line == 14);
  CHECK(f.body[2].is<Pass>());
  CHECK(f.body[3].loc.line == 16);
}

TEST_CASE("one-line suites, tabs used consistently, nested try", "[frontend]") {
  Module m = parse_ok(
      "def f(I): return I\n"
      "def g(I):\n"
      "\ttry:\n"
      "\t\ttry: x = h(I)\n"
      "\t\texcept KeyError: x = 0\n"
      "\texcept (ValueError,): x = 1\n"
      "\treturn x\n");
  REQUIRE(m.functions.size() == 2);
  CHECK(m.functions[0].body.at(0).is<Return>());
  const Try* outer = m.functions[1].body.at(0).get<Try>();
  REQUIRE(outer != nullptr);
  const Try* inner = outer->body.at(0).get<Try>();
  REQUIRE(inner != nullptr);
  CHECK(inner->handler.classes.at(0).name == "KeyError");
  CHECK(outer->handler.classes.size() == 1);
  CHECK(outer->handler.body.at(0).loc.column == 24);
  CHECK(m.functions[1].body.at(1).loc.column == 2);  // a tab is one column
}

TEST_CASE("an empty file and a file of imports are modules without functions", "[frontend]") {
  CHECK(parse_ok("").functions.empty());
  CHECK(parse_ok("\n\n# only a comment\n").functions.empty());
  CHECK(parse_ok("'''doc'''\nfrom dsl import *\n").imports.size() == 1);
}

TEST_CASE("a repeated def is kept twice; find gives the last", "[frontend]") {
  Module m = parse_ok("def f(I):\n    return I\ndef f(I):\n    return ()\n");
  REQUIRE(m.functions.size() == 2);
  CHECK(m.find("f") == &m.functions[1]);
}

TEST_CASE("every node carries the file and a 1-based location", "[frontend]") {
  Module m = parse_sample("sample_batt.py");
  int checked = 0;
  auto check_loc = [&](const SourceLoc& loc) {
    CHECK(loc.file_name().ends_with("sample_batt.py"));
    CHECK(loc.line >= 1);
    CHECK(loc.column >= 1);
    ++checked;
  };
  std::function<void(const Expr&)> expr = [&](const Expr& e) {
    check_loc(e.loc);
    if (auto* t = e.get<Tuple>()) {
      for (const Expr& x : t->elts) expr(x);
    } else if (auto* c = e.get<Call>()) {
      expr(*c->callee);
      for (const Expr& x : c->args) expr(x);
      for (const Keyword& k : c->keywords) check_loc(k.loc), expr(*k.value);
    } else if (auto* l = e.get<Lambda>()) {
      for (const Param& p : l->params) check_loc(p.loc);
      expr(*l->body);
    }
  };
  std::function<void(const std::vector<Stmt>&)> body = [&](const std::vector<Stmt>& b) {
    for (const Stmt& s : b) {
      check_loc(s.loc);
      if (auto* a = s.get<Assign>()) expr(a->value);
      if (auto* p = s.get<Append>()) expr(p->value);
      if (auto* r = s.get<Return>()) expr(r->value);
      if (auto* t = s.get<Try>()) {
        body(t->body);
        check_loc(t->handler.loc);
        for (const ExceptClass& c : t->handler.classes) check_loc(c.loc);
        body(t->handler.body);
      }
    }
  };
  for (const FunctionDef& f : m.functions) {
    check_loc(f.loc);
    body(f.body);
  }
  CHECK(checked > 100);
}

TEST_CASE("dump output parses back to the same dump", "[frontend]") {
  Module m = parse_sample("sample_solvers.py");
  std::string src;
  for (const FunctionDef& f : m.functions) {
    src += "def " + f.name + "(I):\n";
    for (const Stmt& s : f.body) {
      if (auto* a = s.get<Assign>()) src += "    " + a->target + " = " + to_source(a->value) + "\n";
      if (auto* r = s.get<Return>()) src += "    return " + to_source(r->value) + "\n";
    }
  }
  Module again = parse_ok(src);
  REQUIRE(again.functions.size() == m.functions.size());
  for (size_t i = 0; i < m.functions.size(); ++i) {
    REQUIRE(again.functions[i].body.size() == m.functions[i].body.size());
    for (size_t k = 0; k < m.functions[i].body.size(); ++k) {
      const Stmt& a = m.functions[i].body[k];
      const Stmt& b = again.functions[i].body[k];
      const Expr& ea = a.is<Assign>() ? a.get<Assign>()->value : a.get<Return>()->value;
      const Expr& eb = b.is<Assign>() ? b.get<Assign>()->value : b.get<Return>()->value;
      CHECK(to_source(ea) == to_source(eb));
    }
  }
}
