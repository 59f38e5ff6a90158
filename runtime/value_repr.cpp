#include "runtime/value_repr.h"

namespace arcjit {

namespace {

void put(std::string& out, const Value& v) {
  switch (v.tag()) {
    case Tag::None:
      out += "None";
      return;
    case Tag::Bool:
      out += v.i() ? "True" : "False";
      return;
    case Tag::Int:
      out += std::to_string(v.i());
      return;
    case Tag::Err:
      out += "<error ";
      out += err_name(v.err());
      out += ">";
      return;
    case Tag::Func:
      out += "<function/" + std::to_string(int(v.func().arity)) + ">";
      return;
    case Tag::Tuple: {
      const TupleObj& t = v.tuple();
      out += '(';
      for (int64_t k = 0, n = t.size(); k < n; ++k) {
        if (k) out += ", ";
        put(out, t.at(k));
      }
      if (t.size() == 1) out += ',';
      out += ')';
      return;
    }
    case Tag::Set: {
      const SetObj& s = v.set();
      if (s.size() == 0) {
        out += "frozenset()";
        return;
      }
      out += "frozenset({";
      for (int64_t k = 0, n = s.size(); k < n; ++k) {
        if (k) out += ", ";
        put(out, s.at(k));
      }
      out += "})";
      return;
    }
  }
}

}  // namespace

std::string repr(const Value& v) {
  std::string out;
  put(out, v);
  return out;
}

}  // namespace arcjit
