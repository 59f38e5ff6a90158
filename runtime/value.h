// The DSL's values (SEMANTICS.md): None, bool, int, tuple, frozenset, callable, plus error values.
// Tuples and frozensets have specialised layouts (dense grid, int tuple, packed cells, packed
// indices) chosen by the constructors; every accessor presents the generic Python view, so a
// primitive that ignores layouts is still exact, and one that uses them is only faster.
#pragma once

#include <atomic>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <vector>

#include "runtime/errors.h"

namespace arcjit {

enum class Tag : uint8_t { None, Bool, Int, Tuple, Set, Func, Err };

struct HeapObj;
struct TupleObj;
struct SetObj;
struct FuncObj;

class Value {
 public:
  Value() noexcept : tag_(Tag::None), i_(0) {}
  ~Value() {
    if (heap()) release();
  }
  Value(const Value& o) noexcept : tag_(o.tag_), i_(o.i_) {
    if (heap()) retain();
  }
  Value(Value&& o) noexcept : tag_(o.tag_), i_(o.i_) { o.tag_ = Tag::None; }
  Value& operator=(const Value& o) noexcept {
    Value t(o);
    swap(t);
    return *this;
  }
  Value& operator=(Value&& o) noexcept {
    Value t(std::move(o));
    swap(t);
    return *this;
  }
  void swap(Value& o) noexcept {
    std::swap(tag_, o.tag_);
    std::swap(i_, o.i_);
  }

  static Value none() { return Value(); }
  static Value boolean(bool b) { return Value(Tag::Bool, b ? 1 : 0); }
  static Value integer(int64_t v) { return Value(Tag::Int, v); }
  static Value error(ErrKind k) { return Value(Tag::Err, static_cast<int64_t>(k)); }
  // Adopts a freshly built heap object (reference count 0 -> 1).
  static Value adopt(HeapObj* o);
  // Refers to an immortal object (its count is kImmortalRc, never changed).
  static Value borrow_immortal(const HeapObj* o);

  Tag tag() const { return tag_; }
  bool is_none() const { return tag_ == Tag::None; }
  bool is_bool() const { return tag_ == Tag::Bool; }
  // Python's isinstance(x, int): bools are ints.
  bool is_int() const { return tag_ == Tag::Int || tag_ == Tag::Bool; }
  bool is_tuple() const { return tag_ == Tag::Tuple; }
  bool is_set() const { return tag_ == Tag::Set; }
  bool is_func() const { return tag_ == Tag::Func; }
  bool is_err() const { return tag_ == Tag::Err; }

  int64_t i() const { return i_; }
  ErrKind err() const { return static_cast<ErrKind>(i_); }
  const TupleObj& tuple() const { return *reinterpret_cast<const TupleObj*>(p_); }
  const SetObj& set() const { return *reinterpret_cast<const SetObj*>(p_); }
  const FuncObj& func() const { return *reinterpret_cast<const FuncObj*>(p_); }
  const HeapObj* obj() const { return p_; }

 private:
  Value(Tag t, int64_t v) : tag_(t), i_(v) {}
  bool heap() const { return tag_ == Tag::Tuple || tag_ == Tag::Set || tag_ == Tag::Func; }
  inline void retain() const;
  inline void release() const;
  void destroy() const;  // the last reference went away

  Tag tag_;
  union {
    int64_t i_;
    HeapObj* p_;
  };
};

struct HeapObj {
  mutable std::atomic<int32_t> rc{0};
  Tag tag;
  // Holds None at any depth: such a value has no canonical order, so a frozenset holding it
  // cannot be iterated (the oracle's sort raises TypeError there).
  bool has_none = false;
  explicit HeapObj(Tag t) : tag(t) {}
};

enum class TupleLayout : uint8_t { Generic, Ints, Grid };

// A tuple. Ints: every element an int (not bool). Grid: h >= 1 rows, each an Ints tuple of w.
struct TupleObj : HeapObj {
  TupleLayout layout = TupleLayout::Generic;
  std::vector<Value> items;   // Generic
  std::vector<int64_t> ints;  // Ints: the elements; Grid: h * w cells, row-major
  int64_t h = 0, w = 0;       // Grid

  TupleObj() : HeapObj(Tag::Tuple) {}
  int64_t size() const {
    switch (layout) {
      case TupleLayout::Generic:
        return static_cast<int64_t>(items.size());
      case TupleLayout::Ints:
        return static_cast<int64_t>(ints.size());
      case TupleLayout::Grid:
        return h;
    }
    return 0;
  }
  // Element k, 0 <= k < size(), as the generic value (a grid row is built as an Ints tuple).
  Value at(int64_t k) const;
  std::span<const int64_t> row(int64_t r) const { return {ints.data() + r * w, size_t(w)}; }
};

// One cell of an Object: the value (c, (i, j)).
struct Cell {
  int64_t c, i, j;
  friend bool operator==(const Cell&, const Cell&) = default;
  friend auto operator<=>(const Cell&, const Cell&) = default;
};
// One element of Indices: the value (i, j).
struct Idx {
  int64_t i, j;
  friend bool operator==(const Idx&, const Idx&) = default;
  friend auto operator<=>(const Idx&, const Idx&) = default;
};

enum class SetLayout : uint8_t { Generic, Cells, Indices };

// A frozenset, elements held in canonical order without duplicates.
struct SetObj : HeapObj {
  SetLayout layout = SetLayout::Generic;
  std::vector<Value> items;  // Generic
  std::vector<Cell> cells;   // Cells: sorted (c, i, j)
  std::vector<Idx> idx;      // Indices: sorted (i, j)

  SetObj() : HeapObj(Tag::Set) {}
  int64_t size() const {
    switch (layout) {
      case SetLayout::Generic:
        return static_cast<int64_t>(items.size());
      case SetLayout::Cells:
        return static_cast<int64_t>(cells.size());
      case SetLayout::Indices:
        return static_cast<int64_t>(idx.size());
    }
    return 0;
  }
  Value at(int64_t k) const;  // k-th element in canonical order, generic view
};

// How a function value behaves when called. Prim: an op-table primitive. The closures follow
// arc-dsl's lambdas; Power holds power(f, n) for n >= 2 (f applied n times); ConstEmpty is the
// batt files' safe default for a callable ("a function returning ()"); Lambda is a `lambda` of a
// program file, run by the code object of the executor that built it.
enum class FuncKind : uint8_t {
  Prim,
  Rbind,
  Lbind,
  Compose,
  Chain,
  Fork,
  Matcher,
  Power,
  ConstEmpty,
  Lambda
};

// The body of a program file's `lambda`; the executor that built the function value runs it.
struct LambdaCode {
  virtual ~LambdaCode() = default;
  // Raises PyErr like any call.
  virtual Value call(const FuncObj& self, std::span<const Value> args) const = 0;
};

struct FuncObj : HeapObj {
  FuncKind kind = FuncKind::Prim;
  uint16_t op = 0;                         // Prim: op-table index
  uint8_t arity = 1;                       // Python's co_argcount
  int64_t n = 0;                           // Power: repetitions
  std::vector<Value> parts;                // captured functions and values, in the lambda's order
  std::shared_ptr<const LambdaCode> code;  // Lambda
  uint32_t site = 0;                       // Lambda: the lambda's node in the trace graph
  uint64_t serial = 0;                     // creation order (canon.cpp's last tie-break)

  FuncObj() : HeapObj(Tag::Func) {}
};

// An immortal object (the interned small points) is never counted: threads reading it only
// read its cache line, and it is never freed.
inline constexpr int32_t kImmortalRc = std::numeric_limits<int32_t>::min() / 2;
inline void Value::retain() const {
  if (p_->rc.load(std::memory_order_relaxed) < 0) return;
  p_->rc.fetch_add(1, std::memory_order_relaxed);
}
inline void Value::release() const {
  if (p_->rc.load(std::memory_order_relaxed) < 0) return;
  if (p_->rc.fetch_sub(1, std::memory_order_acq_rel) == 1) destroy();
}

// --- constructors: each picks the most specific layout, charges the lane budget ---
Value make_tuple(std::vector<Value> items);
Value make_ints(std::vector<int64_t> ints);
Value make_pair(const Value& a, const Value& b);
Value make_point(int64_t i, int64_t j);
// h rows of w ints; h == 0 gives the empty tuple.
Value make_grid(int64_t h, int64_t w, std::vector<int64_t> cells);
// A frozenset of these elements; duplicates keep the first occurrence (Python keeps the first
// inserted of True/1). Raises nothing for None elements; iteration of such a set raises later.
Value make_set(std::vector<Value> items);
Value make_cells(std::vector<Cell> cells);  // sorts and dedupes
Value make_indices(std::vector<Idx> idx);   // sorts and dedupes
// The same from elements already in canonical order without duplicates (a subset of a set taken
// in its iteration order, cells gathered in order, sorted storage): no sort. The order is a
// precondition (asserted in debug builds); no element may hold None. make_sorted_set picks the
// packed layout make_set would.
Value make_sorted_cells(std::vector<Cell> cells);
Value make_sorted_indices(std::vector<Idx> idx);
Value make_sorted_set(std::vector<Value> items);
// make_sorted_indices and make_sorted_cells without charging the lane budget: for the columnar
// kernels, which report or charge what the reference charges themselves.
Value sorted_indices_uncharged(std::vector<Idx> idx);
Value sorted_cells_uncharged(std::vector<Cell> cells);
Value make_func(FuncObj* f);  // assigns the serial
// A point (i, j) or a cell (c, (i, j)) that exists already (an element of a set, an unboxed
// column value): the tuple is built again but nothing is charged, as Python allocates nothing.
Value point_view(int64_t i, int64_t j);
Value cell_view(int64_t c, int64_t i, int64_t j);
Value empty_tuple();
Value empty_set();

// Typed views, when a value has that layout (empty containers count as every layout).
bool is_grid(const Value& v);                      // a non-empty Grid-layout tuple
bool is_point(const Value& v);                     // (i, j): an Ints tuple of two
bool is_cell(const Value& v);                      // (c, (i, j)), all three plain ints
bool is_cells(const Value& v);                     // Cells layout or the empty set
bool is_indices(const Value& v);                   // Indices layout or the empty set
bool is_ints(const Value& v);                      // Ints layout or the empty tuple
std::span<const Cell> cells_of(const Value& v);    // requires is_cells
std::span<const Idx> indices_of(const Value& v);   // requires is_indices
std::span<const int64_t> ints_of(const Value& v);  // requires is_ints

}  // namespace arcjit
