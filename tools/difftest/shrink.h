// Shrinking a failing call: greedy search over simpler argument lists (fewer elements, fewer
// rows and columns, smaller ints, a closure replaced by a part of it) that keep the failure.
#pragma once

#include <functional>
#include <vector>

#include "tools/difftest/json_util.h"

namespace arcjit::difftest {

using Args = std::vector<json>;

// Argument lists one step simpler than `args`, the biggest steps first. Every candidate is
// strictly smaller (elements, nesting, or the magnitude of an int), so shrinking terminates.
std::vector<Args> shrink_candidates(const Args& args);

// For a batch of candidates, which still fail the same way (asked a batch at a time: the oracle
// answers many requests at once).
using BatchPredicate = std::function<std::vector<bool>(const std::vector<Args>&)>;

// Repeatedly moves to the first candidate that keeps the failure, until none does or
// `max_tries` candidates have been tried.
Args shrink(Args args, const BatchPredicate& keeps, int max_tries, size_t batch = 32);

}  // namespace arcjit::difftest
