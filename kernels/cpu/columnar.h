// Columnar kernels: a primitive's fast lane over unboxed arguments (runtime/column.h), for the
// batched executor. An entry computes the argument shapes it knows (ints, bools, points, cells)
// exactly as the reference kernel does, costs included, and declines everything else, which then
// goes through the reference kernel. A missing entry means the reference kernel per instance.
#pragma once

#include <cstdint>

#include "kernels/cpu/op_table.h"
#include "runtime/column.h"

namespace arcjit {

// One argument at one instance.
struct ColIn {
  Slot s = Slot::None;
  int64_t a = 0, b = 0, c = 0;
  const Value* v = nullptr;  // Slot::Boxed

  // Python's isinstance(x, int): ints and bools.
  bool is_int() const { return s == Slot::Int || s == Slot::Bool; }
  // A tuple of exactly two ints (no bools): the Point slot, or such a tuple boxed.
  bool point(int64_t& i, int64_t& j) const {
    if (s == Slot::Point) {
      i = a;
      j = b;
      return true;
    }
    if (s != Slot::Boxed || !v->is_tuple()) return false;
    const TupleObj& t = v->tuple();
    if (t.layout != TupleLayout::Ints || t.ints.size() != 2) return false;
    i = t.ints[0];
    j = t.ints[1];
    return true;
  }
  // The ints of a tuple of ints of any length (no bools): a point, or such a tuple boxed. For a
  // point they are copied to buf.
  bool int_tuple(const int64_t*& p, size_t& n, int64_t (&buf)[2]) const {
    if (s == Slot::Point) {
      buf[0] = a, buf[1] = b;
      p = buf, n = 2;
      return true;
    }
    if (s != Slot::Boxed || !v->is_tuple() || v->tuple().layout != TupleLayout::Ints) return false;
    p = v->tuple().ints.data(), n = v->tuple().ints.size();
    return true;
  }
};

// The result at one instance, and what computing it charged.
struct ColOut {
  Slot s = Slot::None;
  int64_t a = 0, b = 0, c = 0;
  Value v;  // Slot::Boxed
  Cost cost;
  void set_int(int64_t v) { s = Slot::Int, a = v; }
  void set_bool(bool v) { s = Slot::Bool, a = v ? 1 : 0; }
  void set_err(ErrKind k) { s = Slot::Err, a = int64_t(k); }
  // An existing value (an element of a container): nothing built, nothing charged.
  void set_value(Value x) {
    if (x.tag() == Tag::Int)
      set_int(x.i());
    else if (x.tag() == Tag::Bool)
      set_bool(x.i() != 0);
    else
      s = Slot::Boxed, v = std::move(x);
  }
  // A new 2-tuple of ints: two elements built.
  void set_point(int64_t i, int64_t j) {
    s = Slot::Point, a = i, b = j;
    cost.elements += 2;
  }
};

// A columnar kernel's result as a value (a point or a cell it made is a view: its cost says
// what it built).
Value out_value(ColOut&& o);

// Computes op on these arguments (none of them an error) into out, or returns false.
using ColumnarKernel = bool (*)(const ColIn* in, ColOut& out);

// The entry for op, or nullptr.
ColumnarKernel columnar_kernel(Op op);

// A dense pass: the commonest scalar primitives (add, subtract, multiply, sign, even, greater,
// equality, first, last) over whole columns whose instances are all ints, all points or all
// cells, a few loads, the op and a store per instance instead of a call through the entry. Each
// instance gets what the op's entry gives it.
struct DenseArg {
  bool point = false;                     // the column holds points
  bool cell = false;                      // the column holds cells (neither: ints)
  const Column* col = nullptr;            // null: the constant int k
  const uint32_t* proj = nullptr;         // instance x reads the column at proj[x] (null: at x)
  static constexpr uint32_t kNone = ~0u;  // a proj entry without instance (kNoInstance)
  int64_t k = 0;
};
// Whether op has a dense pass for these argument shapes.
bool has_dense_pass(Op op, const DenseArg* args, size_t nargs);
// Computes op at the instances xs[0..n) (xs null: at 0..n) into out (recording what each charged
// when `costs`); the instances it declines (an overflow, an instance read where none was computed)
// are written to declined, for the entry or the reference kernel. Returns how many.
size_t dense_pass(Op op, const DenseArg* args, size_t nargs, const uint32_t* xs, size_t n,
                  Column& out, bool costs, uint32_t* declined);

}  // namespace arcjit
