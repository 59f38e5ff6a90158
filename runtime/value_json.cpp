#include "runtime/value_json.h"

#include <stdexcept>

#include "runtime/pyops.h"

namespace arcjit {

using nlohmann::json;

std::optional<json> encode_json(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool:
      return json(v.i() != 0);
    case Tag::Int:
      return json(v.i());
    case Tag::Tuple:
    case Tag::Set: {
      if (v.obj()->has_none) return std::nullopt;
      json arr = json::array();
      int64_t n = v.is_tuple() ? v.tuple().size() : v.set().size();
      for (int64_t k = 0; k < n; ++k) {
        auto e = encode_json(v.is_tuple() ? v.tuple().at(k) : v.set().at(k));
        if (!e) return std::nullopt;
        arr.push_back(std::move(*e));
      }
      return json{{v.is_tuple() ? "t" : "s", std::move(arr)}};
    }
    case Tag::Func:
      return json{{"callable", int(v.func().arity)}};
    default:
      return std::nullopt;
  }
}

Value decode_json(const json& j, const FuncResolver& resolve) {
  if (j.is_boolean()) return Value::boolean(j.get<bool>());
  if (j.is_number_integer()) return Value::integer(j.get<int64_t>());
  if (j.is_object()) {
    if (j.contains("t") && j["t"].is_array()) {
      std::vector<Value> items;
      for (const json& e : j["t"]) items.push_back(decode_json(e, resolve));
      return make_tuple(std::move(items));
    }
    if (j.contains("s") && j["s"].is_array()) {
      std::vector<Value> items;
      for (const json& e : j["s"]) items.push_back(decode_json(e, resolve));
      return make_set(std::move(items));
    }
    if (j.contains("f") || j.contains("call")) return resolve(j);
  }
  throw std::invalid_argument("not a value encoding: " + j.dump());
}

Value grid_from_json(const json& j) {
  if (!j.is_array() || j.empty())
    throw std::invalid_argument("a grid must be a non-empty list of rows");
  if (j.size() > 1000) throw std::invalid_argument("a grid has more than 1000 rows");
  size_t w = 0;
  std::vector<int64_t> cells;
  for (size_t r = 0; r < j.size(); ++r) {
    const json& row = j[r];
    if (!row.is_array())
      throw std::invalid_argument("grid row " + std::to_string(r) + " is not a list");
    if (r == 0) w = row.size();
    if (row.size() != w)
      throw std::invalid_argument("grid row " + std::to_string(r) + " has " +
                                  std::to_string(row.size()) + " cells, row 0 has " +
                                  std::to_string(w));
    for (const json& c : row) {
      if (!c.is_number_integer())
        throw std::invalid_argument("grid row " + std::to_string(r) + " holds a non-integer cell");
      cells.push_back(c.get<int64_t>());
    }
  }
  return make_grid(int64_t(j.size()), int64_t(w), std::move(cells));
}

}  // namespace arcjit
