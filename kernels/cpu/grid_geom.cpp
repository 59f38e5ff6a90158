#include "kernels/cpu/grid_geom.h"

#include "runtime/limits.h"

namespace arcjit::kernels::geom {

void guard_grid(int64_t h, int64_t w) {
  if (h <= 0) return;
  const Limits& lim = lane_budget().limits;
  if (h > lim.max_container || w > lim.max_container) raise(ErrKind::ResourceLimit);
  check_grid_cells(h, w);
}

int64_t repeat_count(int64_t n, int64_t f) {
  if (f <= 0 || n <= 0) return 0;
  if (n > lane_budget().limits.max_container / f) raise(ErrKind::ResourceLimit);
  return n * f;
}

}  // namespace arcjit::kernels::geom
