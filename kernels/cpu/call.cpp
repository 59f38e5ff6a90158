#include "kernels/cpu/call.h"

#include <algorithm>
#include <array>

#include "runtime/canon.h"
#include "runtime/limits.h"

namespace arcjit {

namespace {

std::array<Value, kNumOps> build_prims() {
  std::array<Value, kNumOps> prims;
  for (int k = 0; k < kNumOps; ++k) {
    auto* f = new FuncObj();
    f->kind = FuncKind::Prim;
    f->op = uint16_t(k);
    f->arity = uint8_t(op_info(static_cast<Op>(k)).arity);
    prims[size_t(k)] = make_func(f);
  }
  return prims;
}

}  // namespace

Value prim_value(Op op) {
  static const std::array<Value, kNumOps> prims = build_prims();
  return prims[static_cast<size_t>(op)];
}

int func_arity(const Value& f) {
  if (!f.is_func()) raise(ErrKind::AttributeError);
  return f.func().arity;
}

Value make_closure(FuncKind kind, int arity, std::vector<Value> parts, int64_t n) {
  auto* f = new FuncObj();
  f->kind = kind;
  f->arity = uint8_t(arity);
  f->parts = std::move(parts);
  f->n = n;
  return make_func(f);
}

// co_argcount of `lambda *args: ()` is 0.
Value const_empty_func() { return make_closure(FuncKind::ConstEmpty, 0, {}); }

Value call_value(const Value& fv, std::span<const Value> args) {
  if (!fv.is_func()) raise(ErrKind::TypeError);
  const FuncObj& f = fv.func();
  // ConstEmpty is `lambda *args: ()`: any number of arguments.
  if (int(args.size()) != f.arity && f.kind != FuncKind::ConstEmpty) raise(ErrKind::TypeError);
  DepthGuard depth;
  charge_work(1);
  const std::vector<Value>& p = f.parts;
  switch (f.kind) {
    case FuncKind::Prim:
      return op_info(static_cast<Op>(f.op)).kernel(args.data());
    // Bound calls take at most 3 + 1 arguments: no heap vector per call.
    case FuncKind::Rbind: {
      Value a[4];
      std::copy(args.begin(), args.end(), a);
      a[args.size()] = p[1];
      return call_value(p[0], {a, args.size() + 1});
    }
    case FuncKind::Lbind: {
      Value a[4];
      a[0] = p[1];
      std::copy(args.begin(), args.end(), a + 1);
      return call_value(p[0], {a, args.size() + 1});
    }
    case FuncKind::Compose:
      return call1(p[0], call1(p[1], args[0]));
    case FuncKind::Chain:
      return call1(p[0], call1(p[1], call1(p[2], args[0])));
    case FuncKind::Fork: {
      Value x = call1(p[1], args[0]);
      Value y = call1(p[2], args[0]);
      return call2(p[0], x, y);
    }
    case FuncKind::Matcher:
      return Value::boolean(py_eq(call1(p[0], args[0]), p[1]));
    case FuncKind::Power: {
      Value x = args[0];
      for (int64_t k = 0; k < f.n; ++k) x = call1(p[0], x);
      return x;
    }
    case FuncKind::ConstEmpty:
      return empty_tuple();
    case FuncKind::Lambda:
      return f.code->call(f, args);
  }
  raise(ErrKind::TypeError);
}

}  // namespace arcjit
