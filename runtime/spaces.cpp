#include "runtime/spaces.h"

#include <numeric>

namespace arcjit {

namespace {

// len(c) where `for e in c` works, else -1.
int64_t iter_len(const Value& c) {
  if (c.is_tuple()) return c.tuple().size();
  if (c.is_set() && !c.set().has_none) return c.set().size();
  return -1;
}

}  // namespace

int64_t axis_count(const Axis& ax, const Value& a, const Value& b) {
  const int64_t la = iter_len(a);
  switch (ax.kind) {
    case AxisKind::Elem:
      return std::max<int64_t>(la, 0);
    case AxisKind::Zip: {
      const int64_t lb = iter_len(b);
      return la < 0 || lb < 0 ? 0 : std::min(la, lb);
    }
    case AxisKind::Product: {
      const int64_t lb = iter_len(b);
      return la < 0 || lb < 0 ? 0 : la * lb;
    }
    case AxisKind::Pairs:
      // product(a, b) of two frozensets orders its pairs as they are enumerated here.
      if (!a.is_set() || !b.is_set() || a.set().has_none || b.set().has_none) return -1;
      return a.set().size() * b.set().size();
  }
  return 0;
}

ChunkSpaces::ChunkSpaces(const FlatGraph& g, uint32_t lanes, int64_t max_per_lane,
                         std::function<Value(FlatId, uint32_t)> value)
    : g_(g),
      lanes_(lanes),
      max_per_lane_(max_per_lane),
      value_(std::move(value)),
      spaces_(g.space_count()) {}

const SpaceInstances& ChunkSpaces::get(SpaceId s) {
  if (!spaces_[s]) build(s);
  return *spaces_[s];
}

void ChunkSpaces::build(SpaceId s) {
  auto out = std::make_unique<SpaceInstances>();
  SpaceInstances& si = *out;
  si.overflowed.assign(lanes_, 0);
  if (s == kRootSpace) {
    si.n = lanes_;
    si.lane.resize(lanes_);
    std::iota(si.lane.begin(), si.lane.end(), 0u);
    si.parent = si.lane;
    si.k.assign(lanes_, 0);
    si.start.resize(lanes_ + 1);
    std::iota(si.start.begin(), si.start.end(), 0u);
    spaces_[s] = std::move(out);
    return;
  }
  const SpaceId base = g_.space_base(s);
  const AxisId a = g_.space_axes(s).back();
  const Axis& ax = g_.axis_info(a);
  const SpaceInstances& pi = get(base);
  // The containers, read at each parent instance.
  auto reader = [&](FlatId c) -> std::function<Value(uint32_t)> {
    if (c == kNoFlat) return [](uint32_t) { return Value(); };
    const SpaceId cs = g_.at(c).space;
    if (g_.at(c).kind == FlatKind::Const) {
      const Value v = g_.const_value(c);
      return [v](uint32_t) { return v; };
    }
    if (cs == base) return [this, c](uint32_t x) { return value_(c, x); };
    const std::vector<uint32_t>& p = proj(base, cs);
    return [this, c, &p](uint32_t x) { return p[x] == kNoInstance ? Value() : value_(c, p[x]); };
  };
  auto ra = reader(ax.a);
  auto rb = reader(ax.b);
  std::vector<int64_t> count(pi.n, 0);
  std::vector<int64_t> per_lane(lanes_, 0);
  for (uint32_t x = 0; x < pi.n; ++x) {
    count[x] = axis_count(ax, ra(x), rb(x));
    // Not enumerable here: the lane goes over the cap.
    per_lane[pi.lane[x]] += count[x] < 0 ? max_per_lane_ + 1 : count[x];
  }
  for (uint32_t l = 0; l < lanes_; ++l)
    si.overflowed[l] = pi.overflowed[l] || per_lane[l] > max_per_lane_;
  si.start.resize(pi.n + 1);
  uint64_t total = 0;
  for (uint32_t x = 0; x < pi.n; ++x) {
    si.start[x] = uint32_t(total);
    if (!si.overflowed[pi.lane[x]]) total += uint64_t(count[x]);
  }
  si.start[pi.n] = uint32_t(total);
  si.n = uint32_t(total);
  si.lane.resize(total);
  si.parent.resize(total);
  si.k.resize(total);
  for (uint32_t x = 0; x < pi.n; ++x) {
    if (si.overflowed[pi.lane[x]]) continue;
    for (uint32_t j = si.start[x], e = si.start[x + 1], kk = 0; j < e; ++j, ++kk) {
      si.lane[j] = pi.lane[x];
      si.parent[j] = x;
      si.k[j] = kk;
    }
  }
  spaces_[s] = std::move(out);
}

const std::vector<uint32_t>& ChunkSpaces::proj(SpaceId from, SpaceId to) {
  auto key = std::make_pair(from, to);
  if (auto it = proj_.find(key); it != proj_.end()) return it->second;
  const SpaceInstances& fi = get(from);
  std::vector<uint32_t> out(fi.n);
  if (to == kRootSpace) {
    out = fi.lane;
  } else {
    const SpaceId fbase = g_.space_base(from);
    const AxisId last = g_.space_axes(from).back();
    if (g_.space_contains(to, last)) {
      // `last` is also to's last axis: to's instance is its parent's child number k.
      const SpaceId tbase = g_.space_base(to);
      const SpaceInstances& ti = get(to);
      const std::vector<uint32_t>* pp = fbase == tbase ? nullptr : &proj(fbase, tbase);
      for (uint32_t x = 0; x < fi.n; ++x) {
        uint32_t y = pp ? (*pp)[fi.parent[x]] : fi.parent[x];
        out[x] =
            y == kNoInstance || ti.overflowed[fi.lane[x]] ? kNoInstance : ti.start[y] + fi.k[x];
      }
    } else {
      const std::vector<uint32_t>* pp = fbase == to ? nullptr : &proj(fbase, to);
      for (uint32_t x = 0; x < fi.n; ++x) out[x] = pp ? (*pp)[fi.parent[x]] : fi.parent[x];
    }
  }
  return proj_.emplace(key, std::move(out)).first->second;
}

const std::vector<uint32_t>& ChunkSpaces::coord(SpaceId s, AxisId a) {
  auto key = std::make_pair(s, a);
  if (auto it = coord_.find(key); it != coord_.end()) return it->second;
  const SpaceInstances& si = get(s);
  std::vector<uint32_t> out(si.n);
  if (g_.space_axes(s).back() == a) {
    out = si.k;
  } else {
    const std::vector<uint32_t>& up = coord(g_.space_base(s), a);
    for (uint32_t x = 0; x < si.n; ++x) out[x] = up[si.parent[x]];
  }
  return coord_.emplace(key, std::move(out)).first->second;
}

}  // namespace arcjit
