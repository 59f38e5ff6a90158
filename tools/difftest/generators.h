// Random arguments in the oracle's JSON encoding, per declared parameter type: grids mostly from
// real ARC tasks, patches with negative and far off-grid coordinates, objects the oracle cut from
// real grids, bools where ints are expected, closures built from {"call": "rbind", ...}, and now
// and then a value of another type. Deterministic for a seed.
#pragma once

#include <cstdint>
#include <random>
#include <string_view>
#include <vector>

#include "kernels/cpu/op_table.h"
#include "tools/difftest/corpus.h"
#include "tools/difftest/json_util.h"
#include "tools/difftest/param_types.h"

namespace arcjit::difftest {

// What a container's element looks like, for choosing functions that accept it.
enum class ElemKind { Int, Point, Cell, IntTuple, Grid, Set, Other };
ElemKind elem_kind(const json& e);

class Generator {
 public:
  explicit Generator(const Corpus& corpus, uint64_t seed = 0) : corpus_(corpus), rng_(seed) {}
  void reseed(uint64_t seed) { rng_.seed(seed); }

  // A random value of type t. `small`: sizes for values bound inside closures, which may be
  // applied to every element of a container. `depth`: closure nesting so far.
  json value(PT t, bool small = false, int depth = 0);

  // A function value that takes `arity` arguments: a primitive ({"f": name}) or a closure that
  // both sides build ({"call": "rbind", "args": [...]}, compose, chain, fork, matcher, power).
  json callable(int arity, int depth = 0);

  // A function of `arity` arguments whose k-th parameter accepts values of kinds[k]
  // (typed_callables.cpp); any callable when a kind is Other.
  json typed_callable(int arity, const std::vector<ElemKind>& kinds, int depth = 0);
  ElemKind some_elem_kind(const json& container);

  // The arguments of one call of op, kept within cost caps so the oracle answers fast; with
  // probability ill_typed_share one argument is replaced by a value of another type
  // (op_args.cpp).
  std::vector<json> args(Op op, double ill_typed_share);

  // --- randomness ---
  uint64_t next() { return rng_(); }
  int64_t uniform(int64_t lo, int64_t hi) {  // inclusive
    return lo + static_cast<int64_t>(rng_() % static_cast<uint64_t>(hi - lo + 1));
  }
  bool chance(double p) { return double(rng_() >> 11) * 0x1.0p-53 < p; }
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[size_t(rng_() % v.size())];
  }

 private:
  std::vector<json> raw_args(Op op, bool small);
  void fit_functions(std::string_view name, std::vector<json>& a);

  json integer(bool small);
  json boolean();
  json colour();
  json coord(bool small);
  json int_tuple(bool small);
  json grid(bool small);
  json random_grid(int64_t h, int64_t w);
  json crop(const json& g, int64_t max_side);
  json indices(bool small);
  json object(bool small);
  json objects(bool small);
  json int_set(bool small);
  json frozenset(bool small, int depth);
  json tuple(bool small, int depth);
  json container_container(bool small);
  json any(bool small, int depth);
  json closure1(int depth);
  json bind(bool right, int arity, int depth);
  // n points within a span x span box at an offset that is sometimes negative or far off-grid.
  std::vector<std::pair<int64_t, int64_t>> cluster(int64_t n);

  const Corpus& corpus_;
  std::mt19937_64 rng_;
};

}  // namespace arcjit::difftest
