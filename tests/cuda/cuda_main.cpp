// The CUDA tests' main: without a device the whole binary reports "skipped" (exit 77, which
// ctest shows as Skipped) with the reason, instead of passing silently.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "kernels/cuda/device.h"

int main(int argc, char** argv) {
  std::string why;
  if (arcjit::cuda::device_count(&why) == 0) {
    std::printf("SKIPPED: CUDA tests need a GPU: %s\n", why.c_str());
    return 77;
  }
  return Catch::Session().run(argc, argv);
}
