// The union of frozensets held packed (cells or indices, each sorted and distinct), for the
// batched folds that merge a map region's sets (mapply, mfilter, mpapply). merge's reference
// kernel concatenates and sorts; here the elements are marked in a bitmap over their bounding box
// and read back in canonical order, which is linear in the elements where the box is small (an
// ARC grid's cells), with a sort only for far-flung coordinates. Same value, same charge.
#pragma once

#include <optional>
#include <span>

#include "runtime/value.h"

namespace arcjit::kernels {

// merge over `parts` as a frozenset (merge_elements(parts, true)) when every part is a packed
// cell set or every part a packed index set (empty sets count as either); nullopt otherwise.
std::optional<Value> packed_union(std::span<const Value> parts);

}  // namespace arcjit::kernels
