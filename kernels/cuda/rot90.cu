#include <cuda_runtime.h>

#include <stdexcept>
#include <string>

#include "kernels/cuda/device.h"

namespace arcjit::cuda {

namespace {

constexpr int kTile = 32;

// rot90: out[i][j] = in[h - 1 - j][i]; out is w x h.
__global__ void rot90_kernel(const int8_t* in, const int32_t* hw_in, int8_t* out, int32_t* hw_out) {
  const int g = blockIdx.x;
  const int h = hw_in[2 * g], w = hw_in[2 * g + 1];
  const int8_t* src = in + size_t(g) * kTile * kTile;
  int8_t* dst = out + size_t(g) * kTile * kTile;
  for (int k = threadIdx.x; k < w * h; k += blockDim.x) {
    const int i = k / h, j = k % h;
    dst[i * kTile + j] = src[(h - 1 - j) * kTile + i];
  }
  if (threadIdx.x == 0) {
    hw_out[2 * g] = w;
    hw_out[2 * g + 1] = h;
  }
}

void check(cudaError_t e, const char* what) {
  if (e != cudaSuccess) throw std::runtime_error(std::string(what) + ": " + cudaGetErrorString(e));
}

}  // namespace

int device_count(std::string* why_none) {
  int n = 0;
  cudaError_t e = cudaGetDeviceCount(&n);
  if (e != cudaSuccess) {
    if (why_none) *why_none = cudaGetErrorString(e);
    return 0;
  }
  if (n == 0 && why_none) *why_none = "no CUDA device present";
  return n;
}

void rot90_tiles(const int8_t* tiles_in, const int32_t* hw_in, int8_t* tiles_out, int32_t* hw_out,
                 int n) {
  const size_t tile_bytes = size_t(n) * kTile * kTile;
  int8_t *d_in = nullptr, *d_out = nullptr;
  int32_t *d_hw_in = nullptr, *d_hw_out = nullptr;
  check(cudaMalloc(&d_in, tile_bytes), "cudaMalloc");
  check(cudaMalloc(&d_out, tile_bytes), "cudaMalloc");
  check(cudaMalloc(&d_hw_in, sizeof(int32_t) * 2 * n), "cudaMalloc");
  check(cudaMalloc(&d_hw_out, sizeof(int32_t) * 2 * n), "cudaMalloc");
  check(cudaMemcpy(d_in, tiles_in, tile_bytes, cudaMemcpyHostToDevice), "copy in");
  check(cudaMemcpy(d_hw_in, hw_in, sizeof(int32_t) * 2 * n, cudaMemcpyHostToDevice), "copy in");
  check(cudaMemset(d_out, 0, tile_bytes), "memset");
  rot90_kernel<<<n, 128>>>(d_in, d_hw_in, d_out, d_hw_out);
  check(cudaGetLastError(), "rot90 launch");
  check(cudaMemcpy(tiles_out, d_out, tile_bytes, cudaMemcpyDeviceToHost), "copy out");
  check(cudaMemcpy(hw_out, d_hw_out, sizeof(int32_t) * 2 * n, cudaMemcpyDeviceToHost), "copy out");
  cudaFree(d_in);
  cudaFree(d_out);
  cudaFree(d_hw_in);
  cudaFree(d_hw_out);
}

}  // namespace arcjit::cuda
