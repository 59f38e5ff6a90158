// fill paint underfill underpaint hupscale vupscale upscale downscale cellwise replace switch index canvas cover move hperiod vperiod
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

Value k_fill(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_paint(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_underfill(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_underpaint(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hupscale(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vupscale(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_upscale(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_downscale(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_cellwise(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_replace(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_switch_(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_index(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_canvas(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_cover(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_move(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_hperiod(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_vperiod(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)

}  // namespace arcjit::kernels
