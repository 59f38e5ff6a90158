// rot90 rot180 rot270 hmirror vmirror dmirror cmirror crop subgrid hconcat vconcat hsplit vsplit tophalf bottomhalf lefthalf righthalf trim compress
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

Value k_rot90(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_rot180(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_rot270(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hmirror(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vmirror(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_dmirror(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_cmirror(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_crop(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_subgrid(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hconcat(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vconcat(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hsplit(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vsplit(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_tophalf(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_bottomhalf(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_lefthalf(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_righthalf(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_trim(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_compress(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)

}  // namespace arcjit::kernels
