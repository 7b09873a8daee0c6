#include <catch2/catch.hpp>

#include "normalizers/normalize.h"
#include "pipeline/credit.h"

using namespace copydesk;

namespace {
normalizers::NormalizedArticle Normalize(const std::string& text, corpus::Format format = corpus::Format::kText) {
  auto norm = normalizers::Normalizer::Create({}).value();
  corpus::Article a;
  a.id = "x";
  a.raw = text;
  a.format = format;
  return norm->Finish(norm->Prepare(a), nullptr);
}

const char* kBody =
    "Salmon exports rose 12% in the first quarter, the seafood council said on Tuesday.\n\n"
    "Volumes fell 3% because of disease at several farms along the coast, the council said.\n\n";

// Checks that the evidence is the text at its offsets.
void CheckSpan(const normalizers::NormalizedArticle& d, const pipeline::Credit& c) {
  REQUIRE(c.where == "text");
  REQUIRE(c.begin >= 0);
  CHECK(d.text.substr(c.begin, c.end - c.begin) == c.evidence);
}
}  // namespace

TEST_CASE("a trailing credit line is the evidence, with its offsets in the text", "[pipeline][credit]") {
  for (const char* line : {"(With inputs from Reuters)", "\xE2\x80\x94 Reuters", "Copyright Thomson Reuters",
                           "(c) Reuters", "Source: Reuters"}) {
    INFO(line);
    auto d = Normalize(std::string(kBody) + line + "\n");
    auto c = pipeline::FindCredit(d);
    CHECK(c.agency == "Reuters");
    CheckSpan(d, c);
    if (!std::string(line).starts_with("\xE2\x80\x94")) CHECK(c.evidence == line);  // dashes are unified
  }
}

TEST_CASE("a credit after a 'You may also like' list survives the list", "[pipeline][credit]") {
  auto d = Normalize(std::string(kBody) +
                     "You may also like\n\nCod Quotas Cut Again\n\nWhy Prices Keep Rising\n\n\xE2\x80\x94 AFP\n");
  auto c = pipeline::FindCredit(d);
  CHECK(c.agency == "AFP");
  CheckSpan(d, c);
  CHECK(d.text.find("Cod Quotas") == std::string::npos);
}

TEST_CASE("a leading credit and an agency dateline are found", "[pipeline][credit]") {
  auto d = Normalize("Source: AFP\n\n" + std::string(kBody));
  auto c = pipeline::FindCredit(d);
  CHECK(c.agency == "AFP");
  CheckSpan(d, c);
  CHECK(c.begin == 0);

  d = Normalize("OSLO, May 2 (Reuters) - " + std::string(kBody));
  c = pipeline::FindCredit(d);
  CHECK(c.agency == "Reuters");
  CHECK(c.where == "dateline");
  CHECK(c.evidence == "OSLO, May 2 (Reuters) -");
  CHECK(c.begin == -1);
}

TEST_CASE("a named credit wins over a staff line; a staff line alone is unnamed", "[pipeline][credit]") {
  auto d = Normalize(std::string(kBody) + "Reporting by Jane Roe; Editing by Ann Poe\n\n(Reuters)\n");
  auto c = pipeline::FindCredit(d);
  CHECK(c.agency == "Reuters");
  CHECK(c.evidence == "(Reuters)");
  d = Normalize(std::string(kBody) + "Reporting by Jane Roe; Editing by Ann Poe\n");
  c = pipeline::FindCredit(d);
  CHECK(c.agency == "unnamed");
  CheckSpan(d, c);
}

TEST_CASE("a photo credit is reported as such, not as the story's credit", "[pipeline][credit]") {
  auto d = Normalize(std::string(kBody) + "Workers load salmon at the port of Bergen. AP Photo/Jane Roe\n");
  auto c = pipeline::FindCredit(d);
  CHECK(c.agency.empty());
  REQUIRE(c.photo.size() == 1);
  CHECK(c.photo[0].agency == "AP");
  // The caption was cut as boilerplate: its credit is reported from the cut.
  CHECK(c.photo[0].where == "removed");
}

TEST_CASE("mentions are not credits", "[pipeline][credit]") {
  auto d = Normalize(std::string(kBody) + "Officials told Reuters the talks had stalled, according to AFP.\n");
  CHECK(pipeline::FindCredit(d).agency.empty());
}

TEST_CASE("a page's credit after an em dash is found in the page's own characters", "[pipeline][credit]") {
  auto d = Normalize(
      "<html><body><article><p>Salmon exports rose 12% in the first quarter, the seafood council said on "
      "Tuesday, citing customs data for the whole coast.</p><p>Volumes fell 3% because of disease at several "
      "farms along the coast, the council said. \xE2\x80\x94 AFP</p></article></body></html>",
      corpus::Format::kHtml);
  auto c = pipeline::FindCredit(d);
  CHECK(c.agency == "AFP");
  CheckSpan(d, c);
  CHECK(c.evidence == "\xE2\x80\x94 AFP");
}

TEST_CASE("a credit line in a box of its own, cut from the page's text, still credits the copy", "[pipeline][credit]") {
  std::string body;
  for (std::string_view p : std::initializer_list<std::string_view>{
           "Salmon exports rose 12% in the first quarter, the seafood council said on Tuesday.",
           "Volumes fell 3% because of disease at several farms along the coast, the council said."})
    body += "<p>" + std::string(p) + "</p>";
  auto d = Normalize("<html><body><article>" + body +
                         "<p class=\"credit\">The Associated Press contributed to this report.</p></article></body></html>",
                     corpus::Format::kHtml);
  auto c = pipeline::FindCredit(d);
  CHECK(c.agency == "AP");
  CHECK(c.where == "removed");
  CHECK(c.evidence == "The Associated Press contributed to this report.");
  // A byline block: the byline's agency.
  d = Normalize("<html><body><article><div class=\"byline\">By Jane Doe, Associated Press</div>" + body +
                    "</article></body></html>",
                corpus::Format::kHtml);
  c = pipeline::FindCredit(d);
  CHECK(c.agency == "AP");
  CHECK(c.where == "byline");
}

TEST_CASE("a byline credits an agency it names apart, not one a name holds", "[pipeline][credit]") {
  for (const auto& [line, agency] : std::vector<std::pair<std::string, std::string>>{
           {"By Jane Doe, Associated Press", "AP"}, {"By Noah Browning | Reuters", "Reuters"},
           {"By Jane Doe and Reuters", "Reuters"}, {"By JANE DOE AP Business Writer", "AP"},
           {"By Reuters", "Reuters"}, {"By MICHAEL LIEDTKE AP Technology Writer", "AP"},
           {"By JANE DOE Associated Press", "AP"}, {"By Jane Doe \xE2\x80\xA2 Reuters", "Reuters"},
           {"By The Associated Press and Reuters", "AP"}, {"By AP Singh, Reuters", "Reuters"},
           {"By AP Singh", ""}, {"By Antara Ghosh", ""}}) {
    INFO(line);
    auto d = Normalize(line + "\n\n" + kBody);
    REQUIRE_FALSE(d.article.byline.empty());
    CHECK(pipeline::FindCredit(d).agency == agency);
  }
}
