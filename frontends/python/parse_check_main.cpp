// Developer check: parses each program file given and prints its function count and parse time
// (the fastest of --repeat N runs, default 5), or its diagnostics. Exit status 1 if any fails.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "frontends/python/parser.h"

int main(int argc, char** argv) {
  int repeat = 5;
  int first = 1;
  if (argc > 2 && std::string(argv[1]) == "--repeat") {
    repeat = std::max(1, std::stoi(argv[2]));
    first = 3;
  }
  if (argc <= first) {
    std::fprintf(stderr, "usage: %s [--repeat N] FILE.py...\n", argv[0]);
    return 2;
  }
  int status = 0;
  for (int i = first; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    std::string src = text.str();
    arcjit::frontend::ParseResult r;
    double ms = 1e300;
    for (int k = 0; k < repeat; ++k) {
      auto start = std::chrono::steady_clock::now();
      r = arcjit::frontend::parse_program(src, argv[i]);
      auto stop = std::chrono::steady_clock::now();
      ms = std::min(ms, std::chrono::duration<double, std::milli>(stop - start).count());
    }
    if (!in || !r.ok()) {
      std::fputs(in ? r.error_text().c_str() : "cannot read file\n", stderr);
      status = 1;
      continue;
    }
    size_t statements = 0;
    for (const auto& f : r.module->functions) statements += f.body.size();
    std::printf("%s: %zu functions, %zu top-level statements, %zu bytes, parsed in %.2f ms\n",
                argv[i], r.module->functions.size(), statements, src.size(), ms);
  }
  return status;
}
