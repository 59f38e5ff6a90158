// The C++ trace-then-run API: tracing builds a hash-consed graph; running gives the reference
// answers per sample, errors per lane.
#include <catch2/catch.hpp>

#include "frontends/cpp/arcjit.h"
#include "runtime/canon.h"
#include "runtime/value_repr.h"

using namespace arcjit;
using namespace arcjit::dsl;

TEST_CASE("a traced program runs per sample with per-lane errors", "[trace]") {
  Tracer t;
  auto I = t.input();
  auto x1 = increment(I);
  auto x2 = astuple(x1, I);
  auto O = add(x2, call(rbind(add, TEN), x1));
  Traced prog = t.finish(O);
  std::vector<Value> out =
      prog.run({Value::integer(1), make_point(0, 0), Value::integer(5)}, /*threads=*/2);
  REQUIRE(out.size() == 3);
  // x1 = 2, x2 = (2, 1), rbind(add, 10)(2) = 12 -> (14, 13)
  CHECK(repr(out[0]) == "(14, 13)");
  // x1 = (1, 1), x2 = ((1, 1), (0, 0)), rbind(add, 10)(x1) = (11, 11); add(x2, (11, 11)) adds
  // (1, 1) + 11: a TypeError in this lane only.
  REQUIRE(out[1].is_err());
  CHECK(out[1].err() == ErrKind::TypeError);
  CHECK(repr(out[2]) == "(22, 21)");
}

TEST_CASE("identical calls are one node", "[trace]") {
  Tracer t;
  auto I = t.input();
  auto a = increment(I);
  auto b = increment(I);
  CHECK(a.id == b.id);
}

TEST_CASE("an error in an unused statement still ends the run, as in Python", "[trace]") {
  Tracer t;
  auto I = t.input();
  auto unused = divide(I, ZERO);
  (void)unused;
  auto O = increment(I);
  std::vector<Value> out = t.finish(O).run({Value::integer(3)});
  REQUIRE(out[0].is_err());
  CHECK(out[0].err() == ErrKind::ZeroDivisionError);
}
