#include <catch2/catch.hpp>

#include "normalizers/boilerplate.h"
#include "normalizers/normalize.h"
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

TEST_CASE("a page keeps the blocks its DOM repeats; scraped text loses its repeated run", "[normalizers]") {
  auto norm = Normalizer::Create({}).value();
  std::string row = "Portion: one cup of rice, two eggs and a spoon of oil for the pan";
  copydesk::corpus::Article page;
  page.id = "page";
  page.format = copydesk::corpus::Format::kHtml;
  page.raw = "<html><body><article><h2>Monday meals plan</h2><p>" + row + "</p><h2>Tuesday meals plan</h2><p>" + row +
             "</p><p>Each day ends with a walk of thirty minutes, the dietitian said in her weekly notes.</p></article></body></html>";
  copydesk::corpus::Article text;
  text.id = "text";
  text.raw = row + ".\n\nTuesday meals plan.\n\n" + row + ".\n\nThe end of the story comes here, the reporter wrote.";
  auto docs = norm->NormalizeAll({page, text}, 1);
  size_t in_page = 0, in_text = 0;
  for (const auto& p : docs[0].article.paragraphs) in_page += p.rfind("Portion:", 0) == 0;
  for (const auto& p : docs[1].article.paragraphs) in_text += p.rfind("Portion:", 0) == 0;
  CHECK(in_page == 2);
  CHECK(in_text == 1);
}
