// Task files: real ARC files load; malformed ones name the file and the problem and never stop
// the other files of a folder from loading.
#include <fmt/core.h>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "frontends/tasks/task_file.h"

using namespace arcjit;
namespace fs = std::filesystem;

namespace {

fs::path write_task(const fs::path& dir, const std::string& name, const std::string& text) {
  fs::create_directories(dir);
  fs::path p = dir / (name + ".json");
  std::ofstream(p) << text;
  return p;
}

std::string load_error(const std::string& text) {
  fs::path dir = fs::temp_directory_path() / "arcjit_task_test";
  fs::path p = write_task(dir, "bad", text);
  try {
    load_task(p);
  } catch (const std::runtime_error& e) {
    std::string msg = e.what();
    return msg.substr(p.string().size());  // the message after the file name
  }
  return "(loaded)";
}

}  // namespace

TEST_CASE("a real ARC task file loads with train and test examples", "[tasks]") {
  Task t = load_task(fs::path(ARCJIT_ARC_DATA) / "training" / "007bbfb7.json");
  CHECK(t.id == "007bbfb7");
  CHECK(t.train.size() == 5);
  CHECK(t.test.size() == 1);
  CHECK(t.example(5).input.tuple().h == 3);
  CHECK(t.example(0).output.tuple().w == 9);
}

TEST_CASE("malformed task files name the file and the problem", "[tasks]") {
  CHECK(load_error("{\"train\": [}").rfind(": not valid JSON: ", 0) == 0);
  CHECK(load_error("[1, 2]") == ": not a JSON object");
  CHECK(load_error("{\"test\": []}") == ": no \"train\" list");
  CHECK(load_error("{\"train\": {}, \"test\": []}") == ": \"train\" is not a list");
  CHECK(load_error("{\"train\": [{\"output\": [[1]]}], \"test\": []}") ==
        ": train[0] has no \"input\" grid");
  CHECK(load_error("{\"train\": [{\"input\": [[1, 2], [3]]}], \"test\": []}") ==
        ": train[0]: grid row 1 has 1 cells, row 0 has 2");
  CHECK(load_error("{\"train\": [], \"test\": [{\"input\": [[1, \"x\"]]}]}") ==
        ": test[0]: grid row 0 holds a non-integer cell");
  CHECK(load_error("{\"train\": [{\"input\": []}], \"test\": []}") ==
        ": train[0]: a grid must be a non-empty list of rows");
  CHECK(load_error("{\"train\": [{\"input\": [[1]], \"output\": 5}], \"test\": []}") ==
        ": train[0]: a grid must be a non-empty list of rows");
}

TEST_CASE("a folder with a malformed file still loads the others", "[tasks]") {
  fs::path dir = fs::temp_directory_path() / "arcjit_task_dir_test";
  fs::remove_all(dir);
  write_task(dir, "good", "{\"train\": [{\"input\": [[1]], \"output\": [[2]]}], \"test\": []}");
  write_task(dir, "broken", "{\"train\": 3}");
  TaskSet set = load_task_dir(dir);
  REQUIRE(set.tasks.size() == 1);
  CHECK(set.tasks[0].id == "good");
  REQUIRE(set.errors.size() == 1);
  CHECK(set.errors[0] == (dir / "broken.json").string() + ": \"train\" is not a list");
  CHECK_THROWS_AS(load_task_dir(dir / "missing"), std::runtime_error);
}

TEST_CASE("task files read by several workers come out in file order, errors too", "[tasks]") {
  fs::path dir = fs::temp_directory_path() / "arcjit_task_dir_threads_test";
  fs::remove_all(dir);
  for (int k = 0; k < 40; ++k) {
    const std::string name = fmt::format("t{:02}", k);
    if (k % 7 == 3)
      write_task(dir, name, "{\"train\": 3}");
    else
      write_task(dir, name, fmt::format("{{\"train\": [{{\"input\": [[{}]]}}], \"test\": []}}", k));
  }
  TaskSet one = load_task_dir(dir, 1), four = load_task_dir(dir, 4);
  REQUIRE(four.tasks.size() == 34);
  REQUIRE(four.errors.size() == 6);
  for (size_t k = 0; k < four.tasks.size(); ++k) {
    CHECK(four.tasks[k].id == one.tasks[k].id);
    CHECK(four.tasks[k].train[0].input.tuple().ints == one.tasks[k].train[0].input.tuple().ints);
  }
  CHECK(four.tasks[3].id == "t04");
  CHECK(four.errors == one.errors);
  CHECK(four.errors[0] == (dir / "t03.json").string() + ": \"train\" is not a list");
}
