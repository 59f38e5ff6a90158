// A node's values over the instances of its space in one chunk: flat storage with no heap object
// per small value (ARCHITECTURE.md principle 5). Ints, bools, points (i, j) and object cells
// (c, (i, j)) live unboxed in int64 lanes and errors as kinds; anything else stays a Value. get()
// gives an instance as the generic Value (building the tuple of a point or a cell, as the
// reference kernels need it); columnar kernels read the lanes directly.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "runtime/errors.h"
#include "runtime/value.h"

namespace arcjit {

enum class Slot : uint8_t { None = 0, Int, Bool, Point, Cell, Boxed, Err };

// What a call charged the lane budget.
struct Cost {
  int64_t work = 0, elements = 0;
};

class Column {
 public:
  // n instances, all None; recording a cost per instance when `costs` (see set_cost).
  void reset(size_t n, bool costs);
  void release();
  size_t size() const { return tag_.size(); }

  Slot slot(uint32_t x) const { return Slot(tag_[x]); }
  bool is_err(uint32_t x) const { return tag_[x] == uint8_t(Slot::Err); }
  ErrKind err(uint32_t x) const { return ErrKind(a_[x]); }
  int64_t a(uint32_t x) const { return a_[x]; }  // Int, Bool; Point: i; Cell: colour
  int64_t b(uint32_t x) const { return b_[x]; }  // Point: j; Cell: i
  int64_t c(uint32_t x) const { return c_[x]; }  // Cell: j
  const Value& boxed(uint32_t x) const { return v_[x]; }
  // Asks for instance x's tag and first int lane ahead of a read.
  void prefetch(uint32_t x) const {
    if (x >= tag_.size()) return;
    __builtin_prefetch(tag_.data() + x);
    __builtin_prefetch(a_.get() + x);
  }
  Value get(uint32_t x) const;

  void put(uint32_t x, Value v);
  void put_int(uint32_t x, int64_t v) { set(x, Slot::Int, v); }
  void put_bool(uint32_t x, bool v) { set(x, Slot::Bool, v ? 1 : 0); }
  void put_err(uint32_t x, ErrKind k) {
    set(x, Slot::Err, int64_t(k));
    any_err_ = true;
  }
  void put_point(uint32_t x, int64_t i, int64_t j) {
    if (!b_) b_ = std::make_unique_for_overwrite<int64_t[]>(tag_.size());
    set(x, Slot::Point, i);
    b_[x] = j;
  }
  void put_cell(uint32_t x, int64_t color, int64_t i, int64_t j) {
    if (!c_) {
      if (!b_) b_ = std::make_unique_for_overwrite<int64_t[]>(tag_.size());
      c_ = std::make_unique_for_overwrite<int64_t[]>(tag_.size());
    }
    set(x, Slot::Cell, color);
    b_[x] = i;
    c_[x] = j;
  }

  // The arrays as the dense passes read them (null where never allocated).
  const uint8_t* tags() const { return tag_.data(); }
  const int64_t* as() const { return a_.get(); }
  const int64_t* bs() const { return b_.get(); }
  const int64_t* cs() const { return c_.get(); }
  // Where a dense pass writes instances that hold nothing yet (a column fresh from reset()):
  // tag, a and (points: allocated now) b arrays. `written` then records the kind it wrote.
  struct Raw {
    uint8_t* tag;
    int64_t* a;
    int64_t* b;
  };
  Raw raw(bool points) {
    if (points && !b_) b_ = std::make_unique_for_overwrite<int64_t[]>(tag_.size());
    return Raw{tag_.data(), a_.get(), b_.get()};
  }
  void written(Slot s) { kinds_ |= uint8_t(1u << unsigned(s)); }

  bool records_costs() const { return records_costs_; }
  // What instance x cost. Every instance computed without an error sets its cost, once, after
  // its value (or is put when costs_nothing_so_far()); an error sets one or not (then it cost
  // nothing). Most columns cost the same at every instance (a point: two elements): one cost
  // then stands for them all, no array per instance; the array is made at the first cost that
  // differs, or that an error sets.
  void set_cost(uint32_t x, const Cost& c) {
    if (!records_costs_) return;
    if (cost_.empty() && tag_[x] != uint8_t(Slot::Err)) {
      if (!cost_seen_) {
        cost_seen_ = true;
        same_cost_ = c;
        return;
      }
      if (c.work == same_cost_.work && c.elements == same_cost_.elements) return;
    }
    if (cost_.empty()) spread_costs();
    cost_[x] = c;
  }
  // Instance x's cost.
  Cost cost_at(uint32_t x) const {
    if (!cost_.empty()) return cost_[x];
    const uint8_t t = tag_[x];
    return cost_seen_ && t != uint8_t(Slot::None) && t != uint8_t(Slot::Err) ? same_cost_ : Cost{};
  }
  // Whether an instance set from now on without a cost is as if it set a zero: the array holds
  // zero where unset, or every cost set so far was zero (spread_costs then spreads a zero).
  bool costs_nothing_so_far() const {
    return !cost_.empty() || (cost_seen_ && same_cost_.work == 0 && same_cost_.elements == 0);
  }
  // The cost every instance computed without an error recorded, where there is one such cost
  // and no instance recorded another (nullopt: look instance by instance).
  std::optional<Cost> same_cost() const {
    if (!cost_.empty()) return std::nullopt;
    return cost_seen_ ? same_cost_ : Cost{};
  }
  // Whether some instance holds an error.
  bool any_err() const { return any_err_; }
  // Whether every instance put holds this slot kind (and one was put).
  bool holds_only(Slot s) const { return kinds_ == 1u << unsigned(s); }

 private:
  void set(uint32_t x, Slot s, int64_t a) {
    if (tag_[x] == uint8_t(Slot::Boxed)) v_[x] = Value();
    tag_[x] = uint8_t(s);
    kinds_ |= uint8_t(1u << unsigned(s));
    a_[x] = a;
  }

  std::vector<uint8_t> tag_;
  // Read only where the tag says a slot holds them, so never cleared: zeroing them cost a pass
  // over every big region column per chunk. b_, c_ are allocated at the first point or cell.
  std::unique_ptr<int64_t[]> a_, b_, c_;
  void spread_costs();  // the costs set so far into an array per instance

  std::vector<Value> v_;    // sized at the first boxed value
  std::vector<Cost> cost_;  // per instance, once two set costs differ (else same_cost_)
  Cost same_cost_;
  bool cost_seen_ = false;
  bool records_costs_ = false, any_err_ = false;
  uint8_t kinds_ = 0;  // bit per Slot kind put
};

}  // namespace arcjit
