#include "frontends/python/token.h"

namespace arcjit::frontend {

std::string describe(const Token& t) {
  auto quoted = [&](std::string_view what) {
    return std::string(what) + " '" + std::string(t.text) + "'";
  };
  switch (t.kind) {
    case TokKind::Name:
      return quoted("name");
    case TokKind::Keyword:
      return quoted("keyword");
    case TokKind::Int:
      return quoted("integer literal");
    case TokKind::Float:
      return quoted("float literal");
    case TokKind::Imaginary:
      return quoted("complex literal");
    case TokKind::Str:
      return "string literal";
    case TokKind::Op:
      return "'" + std::string(t.text) + "'";
    case TokKind::Newline:
      return "end of line";
    case TokKind::Indent:
      return "indent";
    case TokKind::Dedent:
      return "dedent";
    case TokKind::End:
      return "end of file";
    case TokKind::Error:
      return t.value;
  }
  return "token";
}

}  // namespace arcjit::frontend
