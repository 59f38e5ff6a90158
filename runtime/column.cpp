#include "runtime/column.h"

namespace arcjit {

void Column::reset(size_t n, bool costs) {
  tag_.assign(n, uint8_t(Slot::None));
  a_ = std::make_unique_for_overwrite<int64_t[]>(n);
  b_.reset();
  c_.reset();
  v_.clear();
  cost_.clear();
  cost_seen_ = false;
  records_costs_ = costs;
  any_err_ = false;
  kinds_ = 0;
}

void Column::release() {
  tag_ = {};
  a_.reset();
  b_.reset();
  c_.reset();
  v_ = {};
  cost_ = {};
}

void Column::spread_costs() {
  cost_.assign(tag_.size(), Cost{});
  if (!cost_seen_) return;
  for (size_t y = 0; y < tag_.size(); ++y)
    if (tag_[y] != uint8_t(Slot::None) && tag_[y] != uint8_t(Slot::Err)) cost_[y] = same_cost_;
}

Value Column::get(uint32_t x) const {
  switch (Slot(tag_[x])) {
    case Slot::None:
      return Value();
    case Slot::Int:
      return Value::integer(a_[x]);
    case Slot::Bool:
      return Value::boolean(a_[x] != 0);
    case Slot::Point:
      return point_view(a_[x], b_[x]);
    case Slot::Cell:
      return cell_view(a_[x], b_[x], c_[x]);
    case Slot::Boxed:
      return v_[x];
    case Slot::Err:
      return Value::error(ErrKind(a_[x]));
  }
  return Value();
}

void Column::put(uint32_t x, Value v) {
  switch (v.tag()) {
    case Tag::None:
      set(x, Slot::None, 0);
      return;
    case Tag::Int:
      set(x, Slot::Int, v.i());
      return;
    case Tag::Bool:
      set(x, Slot::Bool, v.i());
      return;
    case Tag::Err:
      set(x, Slot::Err, int64_t(v.err()));
      any_err_ = true;
      return;
    case Tag::Tuple:
      // A point or a cell (say, the element first() took out of a pair) is held unboxed like
      // the ones columnar kernels make: get() gives an equal tuple back.
      if (is_point(v)) {
        put_point(x, v.tuple().ints[0], v.tuple().ints[1]);
        return;
      }
      if (is_cell(v)) {
        const TupleObj& t = v.tuple();
        put_cell(x, t.items[0].i(), t.items[1].tuple().ints[0], t.items[1].tuple().ints[1]);
        return;
      }
      break;
    default:
      break;
  }
  if (v_.empty()) v_.resize(tag_.size());
  tag_[x] = uint8_t(Slot::Boxed);
  kinds_ |= uint8_t(1u << unsigned(Slot::Boxed));
  v_[x] = std::move(v);
}

}  // namespace arcjit
