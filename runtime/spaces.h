// The instances of the flattened graph's spaces over one chunk of lanes, built on first use from
// their containers' values. A space is built from the space without its last axis: each instance
// of that one expands into one instance per element of the last axis's container there, so an
// instance is (parent instance, element index) and a parent's children are contiguous.
// Projections map the instances of a space onto those of a subspace (same lane, same element
// indices on the subspace's axes): how a node reads an argument that varies over fewer axes.
// A lane whose instances of a space would exceed the cap gets none there (`overflowed`); the
// executor evaluates what needs them eagerly instead.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "compiler/flat_graph.h"

namespace arcjit {

inline constexpr uint32_t kNoInstance = ~0u;

struct SpaceInstances {
  uint32_t n = 0;
  std::vector<uint32_t> lane;       // chunk lane of each instance
  std::vector<uint32_t> parent;     // instance of the space without the last axis
  std::vector<uint32_t> k;          // element index on the last axis
  std::vector<uint32_t> start;      // per parent instance: its first child (size: parents + 1)
  std::vector<uint8_t> overflowed;  // per chunk lane: capped, no instances here
};

class ChunkSpaces {
 public:
  // `value(node, instance)` reads a node's value at an instance of its space (containers are
  // read when a space is built). `max_per_lane` caps a space's instances on one lane.
  ChunkSpaces(const FlatGraph& g, uint32_t lanes, int64_t max_per_lane,
              std::function<Value(FlatId, uint32_t)> value);

  const SpaceInstances& get(SpaceId s);
  // For every instance of `from`, the instance of `to` (to's axes a subset of from's), or
  // kNoInstance where `to` overflowed on that lane. Not for to == from.
  const std::vector<uint32_t>& proj(SpaceId from, SpaceId to);
  // For every instance of s, its element index on axis a (a one of s's axes).
  const std::vector<uint32_t>& coord(SpaceId s, AxisId a);
  uint32_t lanes() const { return lanes_; }

 private:
  void build(SpaceId s);

  const FlatGraph& g_;
  uint32_t lanes_;
  int64_t max_per_lane_;
  std::function<Value(FlatId, uint32_t)> value_;
  std::vector<std::unique_ptr<SpaceInstances>> spaces_;
  std::map<std::pair<SpaceId, SpaceId>, std::vector<uint32_t>> proj_;
  std::map<std::pair<SpaceId, AxisId>, std::vector<uint32_t>> coord_;
};

// How many elements axis `ax` enumerates given its containers' values (0 where they cannot be
// iterated: the primitive raises there itself; -1 where a Pairs axis does not hold: the lane's
// instances are then left to eager evaluation).
int64_t axis_count(const Axis& ax, const Value& a, const Value& b);

}  // namespace arcjit
