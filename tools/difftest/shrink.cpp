#include "tools/difftest/shrink.h"

#include <algorithm>

namespace arcjit::difftest {

namespace {

constexpr size_t kFine = 16;  // element-by-element steps only below this many elements

json with_items(const json& like, std::vector<json> elems) {
  return is_tup(like) ? tup(std::move(elems)) : fset(std::move(elems));
}

// Keeps columns [c0, c1) of every row of a rectangular tuple of tuples.
json columns(const json& g, size_t c0, size_t c1) {
  std::vector<json> rows;
  for (const json& r : g["t"])
    rows.push_back(tup(std::vector<json>(r["t"].begin() + long(c0), r["t"].begin() + long(c1))));
  return tup(std::move(rows));
}

json without_column(const json& g, size_t c) {
  std::vector<json> rows;
  for (const json& r : g["t"]) {
    std::vector<json> row = r["t"].get<std::vector<json>>();
    row.erase(row.begin() + long(c));
    rows.push_back(tup(std::move(row)));
  }
  return tup(std::move(rows));
}

void simpler(const json& v, std::vector<json>& out, int depth);

void simpler_container(const json& v, std::vector<json>& out, int depth) {
  const std::vector<json> e = items(v).get<std::vector<json>>();
  const size_t n = e.size();
  if (n >= 2) {  // halves
    out.push_back(with_items(v, std::vector<json>(e.begin(), e.begin() + long(n / 2))));
    out.push_back(with_items(v, std::vector<json>(e.begin() + long(n / 2), e.end())));
  }
  const size_t w = is_rect(v) ? e[0]["t"].size() : 0;
  if (w >= 2) {
    out.push_back(columns(v, 0, w / 2));
    out.push_back(columns(v, w / 2, w));
  }
  if (n >= 1 && n <= kFine) {
    for (size_t k = 0; k < n; ++k) {
      std::vector<json> fewer = e;
      fewer.erase(fewer.begin() + long(k));
      out.push_back(with_items(v, std::move(fewer)));
    }
  }
  if (w >= 2 && w <= kFine)
    for (size_t c = 0; c < w; ++c) out.push_back(without_column(v, c));
  if (n <= kFine && depth < 3) {
    for (size_t k = 0; k < n; ++k) {
      std::vector<json> inner;
      simpler(e[k], inner, depth + 1);
      for (json& s : inner) {
        std::vector<json> changed = e;
        changed[k] = std::move(s);
        out.push_back(with_items(v, std::move(changed)));
      }
    }
  }
}

void simpler(const json& v, std::vector<json>& out, int depth) {
  if (v.is_number_integer()) {
    const int64_t x = v.get<int64_t>();
    if (x == 0) return;
    out.push_back(0);
    if (x / 2 != 0) out.push_back(x / 2);
    if (std::abs(x) > 2) out.push_back(x - (x > 0 ? 1 : -1));
    return;
  }
  if (is_container(v)) return simpler_container(v, out, depth);
  if (is_call(v)) {
    const json& args = v["args"];
    for (const json& a : args)  // a closure replaced by a function it holds
      if (is_fn(a) || is_call(a)) out.push_back(a);
    for (size_t k = 0; k < args.size(); ++k) {
      std::vector<json> inner;
      simpler(args[k], inner, depth + 1);
      for (json& s : inner) {
        json c = v;
        c["args"][k] = std::move(s);
        out.push_back(std::move(c));
      }
    }
  }
}

}  // namespace

std::vector<Args> shrink_candidates(const Args& args) {
  std::vector<Args> out;
  for (size_t k = 0; k < args.size(); ++k) {
    std::vector<json> inner;
    simpler(args[k], inner, 0);
    for (json& s : inner) {
      Args c = args;
      c[k] = std::move(s);
      out.push_back(std::move(c));
    }
  }
  return out;
}

Args shrink(Args args, const BatchPredicate& keeps, int max_tries, size_t batch) {
  int tries = 0;
  bool progress = true;
  while (progress && tries < max_tries) {
    progress = false;
    const std::vector<Args> cands = shrink_candidates(args);
    // Early candidates (the biggest steps) often succeed: ask for a few first, then more at a time
    // while none does, so a round costs few oracle calls either way.
    size_t chunk_size = std::min<size_t>(4, batch);
    for (size_t start = 0; start < cands.size() && tries < max_tries && !progress;) {
      size_t end = std::min({cands.size(), start + chunk_size, start + size_t(max_tries - tries)});
      std::vector<Args> chunk(cands.begin() + long(start), cands.begin() + long(end));
      tries += int(chunk.size());
      const std::vector<bool> ok = keeps(chunk);
      for (size_t k = 0; k < chunk.size() && !progress; ++k) {
        if (k < ok.size() && ok[k]) {
          args = std::move(chunk[k]);
          progress = true;
        }
      }
      start = end;
      chunk_size = std::min(chunk_size * 2, batch);
    }
  }
  return args;
}

}  // namespace arcjit::difftest
