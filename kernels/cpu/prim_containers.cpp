// combine intersection difference dedupe repeat size merge maximum minimum mostcommon leastcommon initset totuple first last insert remove other interval product pair sizefilter
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

Value k_combine(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_intersection(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_difference(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_dedupe(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_repeat(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_size(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_merge(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_maximum(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_minimum(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_mostcommon(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_leastcommon(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_initset(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_totuple(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_first(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_last(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_insert(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_remove(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_other(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_interval(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_product(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_pair(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_sizefilter(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)

}  // namespace arcjit::kernels
