// Host-side entry points of the CUDA kernels (compiled by nvcc when present).
#pragma once

#include <cstdint>
#include <string>

namespace arcjit::cuda {

// Number of usable CUDA devices (0 when the driver or a device is missing), and why not.
int device_count(std::string* why_none = nullptr);

// Batched rot90 over n grids stored as padded 32x32 int8 tiles with (h, w) per grid: one block per
// grid. The first device kernel; the planner's cuda backend will drive it.
void rot90_tiles(const int8_t* tiles_in, const int32_t* hw_in, int8_t* tiles_out, int32_t* hw_out,
                 int n);

}  // namespace arcjit::cuda
