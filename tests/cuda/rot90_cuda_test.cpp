// The device rot90 agrees with the reference kernel on real ARC grids.
#include <catch2/catch.hpp>

#include <vector>

#include "kernels/cpu/op_table.h"
#include "kernels/cuda/device.h"
#include "runtime/canon.h"

using namespace arcjit;

TEST_CASE("cuda rot90 equals the reference rot90", "[cuda]") {
  std::vector<Value> grids;
  for (int h = 1; h <= 30; h += 3)
    for (int w = 1; w <= 30; w += 4) {
      std::vector<int64_t> cells(size_t(h * w));
      for (int k = 0; k < h * w; ++k) cells[size_t(k)] = (k * 7 + h) % 10;
      grids.push_back(make_grid(h, w, cells));
    }
  const int n = int(grids.size());
  std::vector<int8_t> in(size_t(n) * 32 * 32), out(in.size());
  std::vector<int32_t> hw(size_t(2 * n)), hw_out(hw.size());
  for (int g = 0; g < n; ++g) {
    const TupleObj& t = grids[size_t(g)].tuple();
    hw[size_t(2 * g)] = int32_t(t.h);
    hw[size_t(2 * g + 1)] = int32_t(t.w);
    for (int64_t i = 0; i < t.h; ++i)
      for (int64_t j = 0; j < t.w; ++j)
        in[size_t(g * 1024 + i * 32 + j)] = int8_t(t.ints[size_t(i * t.w + j)]);
  }
  cuda::rot90_tiles(in.data(), hw.data(), out.data(), hw_out.data(), n);
  for (int g = 0; g < n; ++g) {
    Value want = invoke(Op::rot90, {&grids[size_t(g)], 1});
    int h = hw_out[size_t(2 * g)], w = hw_out[size_t(2 * g + 1)];
    std::vector<int64_t> cells;
    for (int i = 0; i < h; ++i)
      for (int j = 0; j < w; ++j) cells.push_back(out[size_t(g * 1024 + i * 32 + j)]);
    CHECK(py_eq(make_grid(h, w, cells), want));
  }
}
