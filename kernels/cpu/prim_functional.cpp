// compose chain matcher rbind lbind power fork apply rapply mapply papply mpapply prapply sfilter mfilter extract order valmax valmin argmax argmin
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

Value k_compose(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_chain(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_matcher(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_rbind(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_lbind(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_power(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_fork(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_apply(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_rapply(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_mapply(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_papply(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_mpapply(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_prapply(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_sfilter(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_mfilter(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_extract(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_order(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_valmax(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_valmin(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_argmax(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_argmin(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)

}  // namespace arcjit::kernels
