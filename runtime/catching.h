// The call boundary of SEMANTICS.md: inside a call a Python error travels as a PyErr exception;
// at the boundary it becomes an error value, and so does memory exhaustion (ResourceLimit).
#pragma once

#include <new>
#include <stdexcept>

#include "runtime/errors.h"
#include "runtime/value.h"

namespace arcjit {

template <class F>
Value catching(F&& f) {
  try {
    return f();
  } catch (const PyErr& e) {
    return Value::error(e.kind);
  } catch (const std::bad_alloc&) {
    return Value::error(ErrKind::ResourceLimit);
  } catch (const std::length_error&) {
    return Value::error(ErrKind::ResourceLimit);
  }
}

}  // namespace arcjit
