// Helpers for tests: build values from the oracle's JSON text, call primitives by name, and
// compare with readable failures.
#pragma once

#include <string>
#include <string_view>

#include "kernels/cpu/op_table.h"
#include "runtime/value.h"

namespace arcjit::test {

// A value from the oracle's JSON encoding, e.g. V(R"({"t": [1, 2]})"), with {"f": name} and
// {"call": name, "args": [...]} forms for function values and computed arguments.
Value V(std::string_view json);

// Calls a primitive by name with arguments in the oracle's encoding (a JSON array text).
Value call(std::string_view op, std::string_view args_json);

// The result in the oracle's encoding: {"ok": value} or {"err": "Kind"}, as canon_dsl.py serve
// answers (a value it cannot encode, holding None, answers {"err": "TypeError"} there too).
std::string answer(const Value& v);

// A Python literal spelling (repr) for messages.
std::string show(const Value& v);

}  // namespace arcjit::test

// CHECK_CALL("add", R"([1, 2])", R"({"ok": 3})") compares with canon_dsl.py's serve answer,
// parsed, so spacing does not matter.
#define CHECK_CALL(op, args, expected)                                                     \
  do {                                                                                     \
    const std::string arcjit_got = ::arcjit::test::answer(::arcjit::test::call(op, args)); \
    INFO(op << "(" << args << ")");                                                        \
    CHECK(arcjit_got == ::arcjit::test::normalize_answer(expected));                       \
  } while (0)

namespace arcjit::test {
std::string normalize_answer(std::string_view json);
}
