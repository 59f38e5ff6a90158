#include "runtime/canon.h"

#include <algorithm>

namespace arcjit {

namespace {

int rank(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool:
    case Tag::Int:
      return 0;
    case Tag::Tuple:
      return 1;
    case Tag::Set:
      return 2;
    case Tag::Func:
      return 3;
    default:
      raise(ErrKind::TypeError);
  }
}

int cmp_i(int64_t a, int64_t b) { return a < b ? -1 : (a > b ? 1 : 0); }

int cmp_ints(std::span<const int64_t> a, std::span<const int64_t> b) {
  size_t n = std::min(a.size(), b.size());
  for (size_t k = 0; k < n; ++k)
    if (a[k] != b[k]) return a[k] < b[k] ? -1 : 1;
  return cmp_i(int64_t(a.size()), int64_t(b.size()));
}

int cmp_tuple(const TupleObj& a, const TupleObj& b) {
  if (a.layout == TupleLayout::Ints && b.layout == TupleLayout::Ints)
    return cmp_ints(a.ints, b.ints);
  if (a.layout == TupleLayout::Grid && b.layout == TupleLayout::Grid && a.w == b.w) {
    int64_t n = std::min(a.h, b.h) * a.w;
    int c = cmp_ints({a.ints.data(), size_t(n)}, {b.ints.data(), size_t(n)});
    return c != 0 ? c : cmp_i(a.h, b.h);
  }
  int64_t n = std::min(a.size(), b.size());
  for (int64_t k = 0; k < n; ++k) {
    int c = canon_cmp(a.at(k), b.at(k));
    if (c != 0) return c;
  }
  return cmp_i(a.size(), b.size());
}

int cmp_set(const SetObj& a, const SetObj& b) {
  if (a.has_none || b.has_none) raise(ErrKind::TypeError);
  if (a.layout == SetLayout::Cells && b.layout == SetLayout::Cells) {
    size_t n = std::min(a.cells.size(), b.cells.size());
    for (size_t k = 0; k < n; ++k)
      if (a.cells[k] != b.cells[k]) return a.cells[k] < b.cells[k] ? -1 : 1;
    return cmp_i(a.size(), b.size());
  }
  if (a.layout == SetLayout::Indices && b.layout == SetLayout::Indices) {
    size_t n = std::min(a.idx.size(), b.idx.size());
    for (size_t k = 0; k < n; ++k)
      if (a.idx[k] != b.idx[k]) return a.idx[k] < b.idx[k] ? -1 : 1;
    return cmp_i(a.size(), b.size());
  }
  int64_t n = std::min(a.size(), b.size());
  for (int64_t k = 0; k < n; ++k) {
    int c = canon_cmp(a.at(k), b.at(k));
    if (c != 0) return c;
  }
  return cmp_i(a.size(), b.size());
}

bool eq_tuple(const TupleObj& a, const TupleObj& b) {
  if (a.size() != b.size()) return false;
  if (a.layout == b.layout && a.layout != TupleLayout::Generic)
    return a.w == b.w && a.ints == b.ints;
  // A Grid never equals an Ints tuple of the same length (rows are tuples, elements ints).
  for (int64_t k = 0, n = a.size(); k < n; ++k)
    if (!py_eq(a.at(k), b.at(k))) return false;
  return true;
}

bool set_contains_slow(const SetObj& s, const Value& v) {
  for (int64_t k = 0, n = s.size(); k < n; ++k)
    if (py_eq(s.at(k), v)) return true;
  return false;
}

bool eq_set(const SetObj& a, const SetObj& b) {
  if (a.size() != b.size()) return false;
  if (a.layout == SetLayout::Cells && b.layout == SetLayout::Cells) return a.cells == b.cells;
  if (a.layout == SetLayout::Indices && b.layout == SetLayout::Indices) return a.idx == b.idx;
  if (a.has_none || b.has_none) {
    for (int64_t k = 0, n = a.size(); k < n; ++k)
      if (!set_contains_slow(b, a.at(k))) return false;
    return true;
  }
  for (int64_t k = 0, n = a.size(); k < n; ++k)
    if (!py_eq(a.at(k), b.at(k))) return false;
  return true;
}

uint64_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}
uint64_t hash_int(int64_t v) { return mix(static_cast<uint64_t>(v) + 0x9e3779b97f4a7c15ULL); }
uint64_t hash_seq_step(uint64_t h, uint64_t e) { return mix(h * 31 + e); }
constexpr uint64_t kTupleSeed = 0x51ed270b27UL;
constexpr uint64_t kSetSeed = 0x2545f4914fUL;

uint64_t hash_ints(std::span<const int64_t> v) {
  uint64_t h = kTupleSeed;
  for (int64_t x : v) h = hash_seq_step(h, hash_int(x));
  return hash_seq_step(h, v.size());
}

// Callables: SEMANTICS.md leaves their order unspecified. Ordering them by structure (kind,
// primitive, arity, repetitions, lambda site, then the captured parts) rather than by creation
// makes it the same in every backend and for any thread count; creation order only separates
// structurally identical closures.
int cmp_func(const FuncObj& a, const FuncObj& b) {
  if (&a == &b) return 0;
  if (a.kind != b.kind) return a.kind < b.kind ? -1 : 1;
  if (int c = cmp_i(a.op, b.op)) return c;
  if (int c = cmp_i(a.arity, b.arity)) return c;
  if (int c = cmp_i(a.n, b.n)) return c;
  if (int c = cmp_i(a.site, b.site)) return c;
  // Parts without a canonical order (None inside) never make comparing callables raise, as
  // the oracle compares callables by identity only.
  try {
    size_t n = std::min(a.parts.size(), b.parts.size());
    for (size_t k = 0; k < n; ++k)
      if (int c = canon_cmp(a.parts[k], b.parts[k])) return c;
    if (int c = cmp_i(int64_t(a.parts.size()), int64_t(b.parts.size()))) return c;
  } catch (const PyErr&) {
  }
  return a.serial < b.serial ? -1 : (a.serial > b.serial ? 1 : 0);
}

}  // namespace

int canon_cmp(const Value& a, const Value& b) {
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case 0:
      return cmp_i(a.i(), b.i());
    case 1:
      return cmp_tuple(a.tuple(), b.tuple());
    case 2:
      return cmp_set(a.set(), b.set());
    default:
      return cmp_func(a.func(), b.func());
  }
}

bool py_eq(const Value& a, const Value& b) {
  if (a.is_int() && b.is_int()) return a.i() == b.i();
  if (a.tag() != b.tag()) return false;
  switch (a.tag()) {
    case Tag::None:
      return true;
    case Tag::Tuple:
      return a.obj() == b.obj() || eq_tuple(a.tuple(), b.tuple());
    case Tag::Set:
      return a.obj() == b.obj() || eq_set(a.set(), b.set());
    case Tag::Func:
      return a.obj() == b.obj();
    case Tag::Err:
      return a.err() == b.err();
    default:
      return false;
  }
}

uint64_t py_hash(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
      return 0x6e6f6e65ULL;
    case Tag::Bool:
    case Tag::Int:
      return hash_int(v.i());
    case Tag::Tuple: {
      const TupleObj& t = v.tuple();
      if (t.layout == TupleLayout::Ints) return hash_ints(t.ints);
      uint64_t h = kTupleSeed;
      if (t.layout == TupleLayout::Grid) {
        for (int64_t r = 0; r < t.h; ++r) h = hash_seq_step(h, hash_ints(t.row(r)));
      } else {
        for (const Value& e : t.items) h = hash_seq_step(h, py_hash(e));
      }
      return hash_seq_step(h, uint64_t(t.size()));
    }
    case Tag::Set: {
      // Order-independent, so sets holding None (no canonical order) hash consistently too.
      const SetObj& s = v.set();
      uint64_t h = kSetSeed;
      if (s.layout == SetLayout::Indices) {
        for (const Idx& x : s.idx) {
          int64_t p[2] = {x.i, x.j};
          h += mix(hash_ints(p));
        }
      } else {
        for (int64_t k = 0, n = s.size(); k < n; ++k) h += mix(py_hash(s.at(k)));
      }
      return mix(h ^ uint64_t(s.size()));
    }
    case Tag::Func:
      return mix(v.func().serial ^ 0xf00dULL);
    case Tag::Err:
      return mix(0xe77ULL + v.i());
  }
  return 0;
}

}  // namespace arcjit
