// Canonical order, equality and hashing of values, with Python's meaning: True == 1,
// hash(True) == hash(1), frozensets compare by content, callables by identity. Independent of
// layout: a Grid equals the generic tuple of tuples with the same ints.
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace arcjit {

// Three-way canonical order (SEMANTICS.md): ints/bools < tuples < frozensets < callables.
// Raises TypeError when either side holds None (the oracle's canon_key has no place for it).
int canon_cmp(const Value& a, const Value& b);

// Python's ==.
bool py_eq(const Value& a, const Value& b);

// Consistent with py_eq.
uint64_t py_hash(const Value& v);

struct ValueHash {
  size_t operator()(const Value& v) const { return static_cast<size_t>(py_hash(v)); }
};
struct ValueEq {
  bool operator()(const Value& a, const Value& b) const { return py_eq(a, b); }
};

}  // namespace arcjit
