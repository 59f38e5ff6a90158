// toindices recolor shift normalize uppermost lowermost leftmost rightmost ulcorner urcorner llcorner lrcorner height width shape portrait square vline hline centerofmass center corners
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

Value k_toindices(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_recolor(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_shift(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_normalize(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_uppermost(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_lowermost(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_leftmost(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_rightmost(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_ulcorner(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_urcorner(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_llcorner(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_lrcorner(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_height(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_width(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_shape(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_portrait(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_square(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vline(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hline(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_centerofmass(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_center(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_corners(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)

}  // namespace arcjit::kernels
