#include "tools/difftest/generators.h"

#include <algorithm>
#include <string>

namespace arcjit::difftest {

namespace {

int64_t rows_of(const json& g) { return length(g); }
int64_t cols_of(const json& g) { return rows_of(g) ? length(g["t"][0]) : 0; }

std::string name_of(Op op) { return std::string(op_info(op).name); }

}  // namespace

json Generator::integer(bool small) {
  if (small) return chance(0.05) ? json(chance(0.5)) : json(uniform(0, 4));
  double r = double(next() % 1000) / 1000;
  if (r < 0.80) return uniform(-3, 12);
  if (r < 0.90) return uniform(-100, 100);
  if (r < 0.95) return chance(0.5);  // bools are ints to Python
  static const std::vector<int64_t> kEdge = {0, 1, -1, 2, 29, 30, 31};
  return pick(kEdge);
}

json Generator::boolean() {
  if (chance(0.85)) return chance(0.5);
  static const std::vector<int64_t> kInts = {0, 1, 2, -1};
  return pick(kInts);
}

json Generator::colour() {
  double r = double(next() % 100) / 100;
  if (r < 0.92) return uniform(0, 9);
  return r < 0.96 ? -1 : 10;
}

json Generator::coord(bool small) {
  if (small) return uniform(-1, 3);
  double r = double(next() % 100) / 100;
  if (r < 0.85) return uniform(-3, 12);
  if (r < 0.95) return uniform(-30, 30);
  return uniform(-100, 100);
}

json Generator::int_tuple(bool small) {
  double r = double(next() % 100) / 100;
  if (r < 0.75) return tup({coord(small), coord(small)});
  if (r < 0.87) {
    static const std::vector<std::pair<int, int>> kDirs = {
        {0, 1}, {1, 0}, {0, -1}, {-1, 0}, {1, 1}, {-1, -1}, {1, -1}, {-1, 1}, {0, 0}, {2, 2}};
    auto [i, j] = pick(kDirs);
    return point(i, j);
  }
  if (r < 0.92) return tup({chance(0.5) ? json(chance(0.5)) : coord(small), json(chance(0.5))});
  if (r < 0.97) {
    std::vector<json> e;
    int64_t n = pick(std::vector<int64_t>{0, 1, 3});
    for (int64_t k = 0; k < n; ++k) e.push_back(coord(small));
    return tup(std::move(e));
  }
  return tup({int_tuple(true), int_tuple(true)});
}

json Generator::random_grid(int64_t h, int64_t w) {
  std::vector<std::vector<json>> cells(size_t(h), std::vector<json>(size_t(w), colour()));
  int64_t rects = uniform(0, 6);
  for (int64_t k = 0; k < rects; ++k) {
    json c = colour();
    int64_t i0 = uniform(0, h - 1), j0 = uniform(0, w - 1);
    int64_t i1 = std::min(h - 1, i0 + uniform(0, std::max<int64_t>(1, h / 2)));
    int64_t j1 = std::min(w - 1, j0 + uniform(0, std::max<int64_t>(1, w / 2)));
    for (int64_t i = i0; i <= i1; ++i)
      for (int64_t j = j0; j <= j1; ++j) cells[size_t(i)][size_t(j)] = c;
  }
  if (chance(0.3)) {  // a few scattered pixels
    int64_t n = uniform(1, std::max<int64_t>(1, h * w / 10));
    for (int64_t k = 0; k < n; ++k)
      cells[size_t(uniform(0, h - 1))][size_t(uniform(0, w - 1))] = colour();
  }
  std::vector<json> rows;
  for (auto& r : cells) rows.push_back(tup(std::move(r)));
  return tup(std::move(rows));
}

json Generator::crop(const json& g, int64_t max_side) {
  int64_t h = rows_of(g), w = cols_of(g);
  if (h == 0 || w == 0) return g;
  int64_t ch = uniform(1, std::min(h, max_side)), cw = uniform(1, std::min(w, max_side));
  int64_t i0 = uniform(0, h - ch), j0 = uniform(0, w - cw);
  std::vector<json> rows;
  for (int64_t i = i0; i < i0 + ch; ++i) {
    const json& r = g["t"][size_t(i)]["t"];
    rows.push_back(tup(std::vector<json>(r.begin() + j0, r.begin() + j0 + cw)));
  }
  return tup(std::move(rows));
}

json Generator::grid(bool small) {
  double r = double(next() % 1000) / 1000;
  const bool have = !corpus_.grids.empty();
  if (r < 0.50 && have) {
    const json& g = pick(corpus_.grids);
    return small && (rows_of(g) > 6 || cols_of(g) > 6) ? crop(g, 6) : g;
  }
  if (r < 0.65 && have) return crop(pick(corpus_.grids), small ? 5 : 14);
  if (r < 0.88) {
    int64_t side = small ? 5 : (chance(0.6) ? 10 : 30);
    return random_grid(uniform(1, side), uniform(1, side));
  }
  if (r < 0.91 && !small) return random_grid(uniform(31, 64), uniform(31, 64));
  if (r < 0.912 && !small) return random_grid(uniform(90, 120), uniform(90, 120));
  if (r < 0.94) {  // width-0 grid: rows that are empty tuples
    std::vector<json> rows(size_t(uniform(1, 3)), tup({}));
    return tup(std::move(rows));
  }
  if (r < 0.965) {  // not rectangular
    std::vector<json> rows;
    for (int64_t i = uniform(2, 4); i > 0; --i) {
      std::vector<json> row;
      for (int64_t j = uniform(0, 4); j > 0; --j) row.push_back(colour());
      rows.push_back(tup(std::move(row)));
    }
    return tup(std::move(rows));
  }
  if (r < 0.98) return tup({});
  json g = random_grid(uniform(1, 4), uniform(1, 4));  // a bool or nested value in a cell
  g["t"][0]["t"][0] = chance(0.5) ? json(chance(0.5)) : point(0, 0);
  return g;
}

std::vector<std::pair<int64_t, int64_t>> Generator::cluster(int64_t n) {
  int64_t oi = 0, oj = 0;
  double r = double(next() % 100) / 100;
  if (r < 0.70) {
    oi = uniform(0, 10);
    oj = uniform(0, 10);
  } else if (r < 0.90) {
    oi = uniform(-6, 0);
    oj = uniform(-6, 2);
  } else {
    oi = uniform(30, 1000) * (chance(0.5) ? 1 : -1);
    oj = uniform(-1000, 1000);
  }
  int64_t span = uniform(1, 10);
  std::vector<std::pair<int64_t, int64_t>> pts;
  for (int64_t k = 0; k < n; ++k)
    pts.emplace_back(oi + uniform(0, span - 1), oj + uniform(0, span - 1));
  return pts;
}

json Generator::indices(bool small) {
  double r = double(next() % 100) / 100;
  std::vector<json> out;
  if (r < 0.35 && !corpus_.grids.empty()) {
    json g = grid(small);
    int64_t h = rows_of(g), w = cols_of(g);
    if (is_rect(g) && w > 0) {
      json c = g["t"][size_t(uniform(0, h - 1))]["t"][size_t(uniform(0, w - 1))];
      for (int64_t i = 0; i < h; ++i)
        for (int64_t j = 0; j < w; ++j)
          if (g["t"][size_t(i)]["t"][size_t(j)] == c) out.push_back(point(i, j));
      return fset(std::move(out));
    }
  }
  if (r < 0.75) {
    for (auto [i, j] : cluster(uniform(0, small ? 5 : 20))) out.push_back(point(i, j));
  } else if (r < 0.87) {  // a filled box or a line
    auto origin = cluster(1)[0];
    int64_t bh = uniform(1, small ? 3 : 8), bw = chance(0.3) ? 1 : uniform(1, small ? 3 : 8);
    for (int64_t i = 0; i < bh; ++i)
      for (int64_t j = 0; j < bw; ++j) out.push_back(point(origin.first + i, origin.second + j));
  } else if (r < 0.95) {  // nothing
  } else {                // far apart; the bounding box stays moderate (backdrop and delta fill it)
    for (int64_t k = uniform(1, 6); k > 0; --k)
      out.push_back(point(uniform(-60, 60), uniform(-60, 60)));
  }
  return fset(std::move(out));
}

json Generator::object(bool small) {
  double r = double(next() % 100) / 100;
  const auto& pool = corpus_.objects;
  if (r < 0.55 && !pool.empty()) {
    for (int tries = 0; tries < 6; ++tries) {
      json o = pick(pool);
      if (small && length(o) > 8) continue;
      if (r < 0.45) return o;
      // shifted, sometimes far off-grid
      auto d = cluster(1)[0];
      for (json& c : o["s"]) {
        json& ij = c["t"][1]["t"];
        ij[0] = ij[0].get<int64_t>() + d.first;
        ij[1] = ij[1].get<int64_t>() + d.second;
      }
      return o;
    }
  }
  std::vector<json> out;
  if (r < 0.70 && !corpus_.grids.empty()) {  // cells of a real grid
    const json& g = pick(corpus_.grids);
    int64_t h = rows_of(g), w = cols_of(g);
    int64_t i0 = uniform(0, h - 1), j0 = uniform(0, w - 1), span = uniform(1, small ? 3 : 8);
    for (int64_t k = uniform(1, small ? 4 : 16); k > 0; --k) {
      int64_t i = std::min(h - 1, i0 + uniform(0, span - 1)),
              j = std::min(w - 1, j0 + uniform(0, span - 1));
      out.push_back(cell(g["t"][size_t(i)]["t"][size_t(j)].get<int64_t>(), i, j));
    }
    return fset(std::move(out));
  }
  if (r < 0.95) {  // random cells, one to three colours
    std::vector<json> palette;
    for (int64_t k = uniform(1, 3); k > 0; --k) palette.push_back(colour());
    for (auto [i, j] : cluster(uniform(0, small ? 5 : 16)))
      out.push_back(tup({pick(palette), point(i, j)}));
    return fset(std::move(out));
  }
  if (r < 0.98) return fset({});
  out.push_back(tup({json(chance(0.5)), point(0, 0)}));  // a bool colour
  out.push_back(cell(uniform(0, 9), uniform(-2, 2), uniform(-2, 2)));
  return fset(std::move(out));
}

json Generator::objects(bool small) {
  double r = double(next() % 100) / 100;
  const auto& pool = corpus_.object_sets;
  if (r < 0.50 && !pool.empty() && !small) return pick(pool);
  if (r < 0.62 && !pool.empty()) {  // some objects of a real grid
    const json& s = pick(pool);
    std::vector<json> out;
    for (const json& o : s["s"])
      if (chance(0.4) && (!small || length(o) <= 8)) out.push_back(o);
    return fset(std::move(out));
  }
  std::vector<json> out;
  if (r < 0.92) {
    for (int64_t k = uniform(0, small ? 3 : 5); k > 0; --k) out.push_back(object(true));
  } else if (r < 0.96) {  // objects and indices together
    out.push_back(object(true));
    out.push_back(indices(true));
  }
  return fset(std::move(out));
}

json Generator::int_set(bool small) {
  std::vector<json> out;
  double r = double(next() % 100) / 100;
  if (r < 0.1 && !corpus_.grids.empty()) {  // a real palette
    for (const json& row : pick(corpus_.grids)["t"])
      for (const json& v : row["t"]) out.push_back(v);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return fset(std::move(out));
  }
  for (int64_t k = uniform(0, small ? 3 : 6); k > 0; --k)
    out.push_back(r < 0.95 ? colour() : integer(false));
  return r < 0.9 ? fset(std::move(out)) : tup(std::move(out));
}

json Generator::frozenset(bool small, int depth) {
  double r = double(next() % 100) / 100;
  if (r < 0.25) return indices(small);
  if (r < 0.50) return object(small);
  if (r < 0.62) return objects(small);
  if (r < 0.77) return int_set(small);
  if (r < 0.95) {  // mixed elements (never two callables: their order is unspecified)
    std::vector<json> out;
    for (int64_t k = uniform(1, small ? 3 : 5); k > 0; --k) {
      switch (next() % 5) {
        case 0:
          out.push_back(integer(small));
          break;
        case 1:
          out.push_back(int_tuple(true));
          break;
        case 2:
          out.push_back(boolean());
          break;
        case 3:
          out.push_back(int_set(true));
          break;
        default:
          out.push_back(depth < 2 ? tuple(true, depth + 1) : json(0));
          break;
      }
    }
    return fset(std::move(out));
  }
  return fset({});
}

json Generator::tuple(bool small, int depth) {
  double r = double(next() % 100) / 100;
  std::vector<json> out;
  if (r < 0.30) return grid(small);
  if (r < 0.55) {
    for (int64_t k = uniform(0, small ? 4 : 8); k > 0; --k) out.push_back(integer(small));
  } else if (r < 0.70) {
    for (int64_t k = uniform(0, small ? 3 : 6); k > 0; --k) out.push_back(int_tuple(small));
  } else if (r < 0.85) {
    for (int64_t k = uniform(0, small ? 3 : 5); k > 0; --k) {
      switch (next() % 4) {
        case 0:
          out.push_back(integer(small));
          break;
        case 1:
          out.push_back(int_tuple(true));
          break;
        case 2:
          out.push_back(depth < 2 ? frozenset(true, depth + 1) : json(1));
          break;
        default:
          out.push_back(boolean());
          break;
      }
    }
  } else if (r < 0.90) {
    for (int64_t k = uniform(1, 3); k > 0; --k) out.push_back(grid(true));
  } else if (r < 0.95) {
    for (int64_t k = uniform(1, 4); k > 0; --k) out.push_back(json(chance(0.5)));
  }
  return tup(std::move(out));
}

json Generator::container_container(bool small) {
  double r = double(next() % 100) / 100;
  if (r < 0.30) return objects(small);
  if (r < 0.55) return grid(small);
  std::vector<json> out;
  if (r < 0.70) {
    for (int64_t k = uniform(0, 4); k > 0; --k) out.push_back(tuple(true, 1));
    return tup(std::move(out));
  }
  if (r < 0.80) {
    for (int64_t k = uniform(0, 4); k > 0; --k) out.push_back(frozenset(true, 1));
    return tup(std::move(out));
  }
  if (r < 0.90) return indices(small);
  for (int64_t k = uniform(0, 4); k > 0; --k)
    out.push_back(chance(0.5) ? int_set(true) : indices(true));
  return fset(std::move(out));
}

json Generator::any(bool small, int depth) {
  switch (next() % 20) {
    case 0:
    case 1:
    case 2:
      return integer(small);
    case 3:
    case 4:
      return boolean();
    case 5:
    case 6:
    case 7:
      return int_tuple(small);
    case 8:
    case 9:
      return grid(small);
    case 10:
    case 11:
      return indices(small);
    case 12:
    case 13:
      return object(small);
    case 14:
      return objects(small);
    case 15:
    case 16:
      return tuple(small, depth);
    case 17:
    case 18:
      return frozenset(small, depth);
    default:
      return callable(1, std::max(depth, 1));
  }
}

json Generator::bind(bool right, int arity, int depth) {
  // f of arity+1 bound on one side; the bound value fits f's declared parameter there.
  json f;
  PT bound = PT::Any;
  if (arity == 1 && depth < 2 && chance(0.15)) {
    f = callable(2, depth + 1);
  } else {
    Op op = pick(right ? ops_of_arity(arity + 1) : function_ops(arity + 1));
    f = fn(name_of(op));
    auto params = fuzz_params(op);
    bound = right ? params.back() : params.front();
  }
  return call(right ? "rbind" : "lbind", {f, value(bound, true, depth + 1)});
}

json Generator::closure1(int depth) {
  switch (next() % 9) {
    case 0:
    case 1:
      return bind(true, 1, depth);
    case 2:
    case 3:
      return bind(false, 1, depth);
    case 4:
      return call("compose", {callable(1, depth + 1), callable(1, depth + 1)});
    case 5:
      return call("chain",
                  {callable(1, depth + 1), callable(1, depth + 1), callable(1, depth + 1)});
    case 6:
      return call("fork", {callable(2, depth + 1), callable(1, depth + 1), callable(1, depth + 1)});
    case 7: {
      json f = callable(1, depth + 1);
      PT t = is_fn(f) ? result_pt(*op_from_name(f["f"].get<std::string>())) : PT::Any;
      return call("matcher", {f, value(t, true, depth + 1)});
    }
    default:  // n >= 1: power(f, n <= 0) never returns (RecursionError while building)
      return call("power", {callable(1, depth + 1), uniform(1, 4)});
  }
}

json Generator::callable(int arity, int depth) {
  arity = std::clamp(arity, 1, 4);
  const bool prim = depth >= 2 || arity == 4 || chance(0.45);
  if (!prim && arity == 1) return closure1(depth);
  if (!prim && arity <= 3) return bind(chance(0.5), arity, depth);
  return fn(name_of(pick(function_ops(arity))));
}

json Generator::value(PT t, bool small, int depth) {
  switch (t) {
    case PT::Any:
      return any(small, depth);
    case PT::Numerical:
      return chance(0.55) ? integer(small) : int_tuple(small);
    case PT::Integer:
      return integer(small);
    case PT::Boolean:
      return boolean();
    case PT::Container:
      return chance(0.5) ? frozenset(small, depth) : tuple(small, depth);
    case PT::FrozenSet:
      return frozenset(small, depth);
    case PT::Tuple:
      return tuple(small, depth);
    case PT::IntegerTuple:
      return int_tuple(small);
    case PT::Callable:
    case PT::Callable1:
      return callable(1, depth);
    case PT::Callable2:
      return callable(2, depth);
    case PT::Grid:
      return grid(small);
    case PT::Indices:
      return indices(small);
    case PT::Object:
      return object(small);
    case PT::Objects:
      return objects(small);
    case PT::Patch:
      return chance(0.5) ? object(small) : indices(small);
    case PT::Piece:
      return chance(0.4) ? grid(small) : (chance(0.5) ? object(small) : indices(small));
    case PT::Element:
      return chance(0.5) ? grid(small) : object(small);
    case PT::IntegerSet:
      return int_set(small);
    case PT::TupleTuple: {
      std::vector<json> out;
      for (int64_t k = uniform(0, 3); k > 0; --k)
        out.push_back(tup({tuple(true, depth + 1), tuple(true, depth + 1)}));
      return tup(std::move(out));
    }
    case PT::ContainerContainer:
      return container_container(small);
    case PT::Factor:
      return chance(0.85) ? json(uniform(1, 3)) : json(uniform(-1, 4));
    case PT::PowerN:
      return uniform(-1, 5);
    case PT::Functions: {
      if (chance(0.05)) return tup({});
      if (chance(0.15)) return fset({callable(1, depth + 1)});
      std::vector<json> fs;
      for (int64_t k = uniform(1, 3); k > 0; --k) fs.push_back(callable(1, depth + 1));
      return tup(std::move(fs));
    }
    case PT::SmallContainer:
      return value(PT::Container, chance(0.7), depth);
  }
  return 0;
}

}  // namespace arcjit::difftest
