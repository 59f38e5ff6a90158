#include "frontends/python/ast.h"

namespace arcjit::frontend {

const std::string& SourceLoc::file_name() const {
  static const std::string kNone = "<unknown>";
  return file ? *file : kNone;
}

std::string SourceLoc::str() const {
  return file_name() + ":" + std::to_string(line) + ":" + std::to_string(column);
}

const FunctionDef* Module::find(std::string_view name) const {
  for (auto it = functions.rbegin(); it != functions.rend(); ++it) {
    if (it->name == name) return &*it;
  }
  return nullptr;
}

}  // namespace arcjit::frontend
