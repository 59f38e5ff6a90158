// Columnar kernels over frozensets held packed (cells or indices, each sorted and distinct), for
// the batched folds of map regions whose elements give such sets. Same values, same charges as
// the reference code; nullopt where the parts are not all packed alike.
// - The union (mapply, mfilter, mpapply): merge's reference kernel concatenates and sorts; here
//   the elements are marked in a bitmap over their bounding box and read back in canonical order,
//   linear in the elements where the box is small (an ARC grid's cells), with a sort only for
//   far-flung coordinates. A part may be given as a packed set and the offset it is shifted by
//   (a mapply of a fused shift): it is marked at that offset, the shifted copy never built.
// - The frozenset of such sets (apply, prapply over a frozenset): make_set sorts them with the
//   generic canonical comparison; here each set's first two elements, each packed into one
//   integer, order them (sorted by value, not through the items), and only sets that share both
//   are compared in full.
#pragma once

#include <optional>
#include <span>

#include "kernels/cpu/op_table.h"
#include "runtime/value.h"

namespace arcjit::kernels {

// merge over `parts` as a frozenset (merge_elements(parts, true)) when every part is a packed
// cell set or every part a packed index set (empty sets count as either); nullopt otherwise.
std::optional<Value> packed_union(std::span<const Value> parts);

// A part of a union that is shift(part, (di, dj)) of a packed set, not built.
struct Offset {
  int64_t di = 0, dj = 0;
};
// packed_union of parts[k] shifted by offsets[k]: the value and charges packed_union gives over
// the shifted sets, without building them where the union's bitmap takes it. Coordinates plus
// offsets must not overflow (the caller checks).
std::optional<Value> packed_union_shifted(std::span<const Value> parts,
                                          std::span<const Offset> offsets);
// parts[k] shifted by offsets[k], built (nothing charged: the shifts were charged already).
std::vector<Value> shifted_parts(std::span<const Value> parts, std::span<const Offset> offsets);

// merge(a[0]) as the batched executor computes it: a frozenset of packed sets is unioned by
// packed_union, anything else goes to the reference kernel.
Value batched_merge(const Value* a);

// make_set(items) when every item is a packed cell set or every item a packed index set; with
// `empties` more empty sets given by their count (an empty set counts as either layout).
std::optional<Value> packed_set_of_sets(std::vector<Value>& items, size_t empties = 0);
// make_set(items), through packed_set_of_sets where it takes them; with `empties` more empty sets
// given by their count.
Value packed_make_set(std::vector<Value>& items);
Value packed_make_set(std::vector<Value>& items, size_t empties);
// merge_elements(parts, to_set) as the batched folds compute it: packed_union where it takes the
// parts, else merge's reference code with packed_make_set for a frozenset of sets.
Value packed_merge(std::span<const Value> parts, bool to_set);

// The kernel the batched executor calls for op: a columnar one above where there is one (merge;
// and the maps that merge or collect sets, with a function chosen by data), else the reference
// kernel.
Kernel batched_kernel(Op op);

}  // namespace arcjit::kernels
