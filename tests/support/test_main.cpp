// The tests' main. Kernels called directly by tests run under the default lane limits, as an
// executor runs them (outside any lane, the budget is unlimited).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "runtime/limits.h"

int main(int argc, char** argv) {
  arcjit::LaneScope lane{arcjit::Limits{}};
  return Catch::Session().run(argc, argv);
}
