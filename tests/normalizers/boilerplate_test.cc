#include <catch2/catch.hpp>

#include "normalizers/boilerplate.h"
#include "normalizers/repeats.h"

using namespace copydesk::normalizers;

TEST_CASE("page furniture is removed with a reason, short real paragraphs stay", "[normalizers]") {
  std::vector<Block> b = {
      {"Skip to content"},
      {"Salmon exports rose 12% in the first quarter, the council said."},
      {"ALSO SEE: Fish Farms Face New Tax"},
      {"\"We are worried,\" she said."},
      {"Sign in to read the rest. Start your free trial today."},
      {"Related stories"},
      {"Cod Quotas Cut Again"},
      {"Why Prices Keep Rising"},
      {"Ann Poe"},
      {"Ann Poe is a Norwegian journalist based in Bergen since 2010."},
      {"Leave a Comment"},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0] == "navigation");
  CHECK(why[1].empty());
  CHECK(why[2] == "link-list");
  CHECK(why[3].empty());  // a one-sentence quote is the story
  CHECK(why[4] == "paywall");
  CHECK(why[5] == "link-list");
  CHECK(why[6] == "link-list");
  CHECK(why[7] == "link-list");
  CHECK(why[8] == "author-bio");
  CHECK(why[9] == "author-bio");
  CHECK(why[10] == "navigation");
}

TEST_CASE("a repeated block of paragraphs is kept once", "[normalizers]") {
  std::vector<std::string> keys = {
      "trade fell eight percent this year say officials", "a subhead",
      "exports rose in march to a record high level", "trade fell eight percent this year say officials",
      "a subhead", "exports rose in march to a record high level", "no."};
  auto dup = FindRepeatedBlocks(keys, {});
  CHECK(dup == std::vector<bool>{false, false, false, true, true, true, false});
}
