// mostcolor leastcolor colorcount colorfilter palette numcolors color ofcolor asindices toobject asobject objects partition fgpartition occurrences frontiers
#include "kernels/cpu/kernels.h"
#include "runtime/pyops.h"

namespace arcjit::kernels {

Value k_mostcolor(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_leastcolor(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_colorcount(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_colorfilter(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_palette(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_numcolors(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_color(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_ofcolor(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_asindices(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_toobject(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_asobject(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_objects(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_partition(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_fgpartition(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_occurrences(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)
Value k_frontiers(const Value*) { raise(ErrKind::TypeError); }  // TODO(stub)

}  // namespace arcjit::kernels
