// `arcjit demo FILE`: a few primitives on bundled grids, printed as Python values.
#pragma once

#include <string>

namespace arcjit {

int run_demo(const std::string& path);

}  // namespace arcjit
