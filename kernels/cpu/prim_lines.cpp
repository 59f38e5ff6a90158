// dneighbors ineighbors neighbors hmatching vmatching manhattan adjacent bordering position connect shoot vfrontier hfrontier backdrop delta inbox outbox box gravitate
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

Value k_dneighbors(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_ineighbors(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_neighbors(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hmatching(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vmatching(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_manhattan(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_adjacent(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_bordering(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_position(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_connect(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_shoot(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vfrontier(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hfrontier(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_backdrop(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_delta(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_inbox(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_outbox(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_box(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_gravitate(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)

}  // namespace arcjit::kernels
