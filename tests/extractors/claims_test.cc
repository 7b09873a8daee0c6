#include <catch2/catch.hpp>

#include "extractors/claims.h"
#include "extractors/merge.h"

using namespace copydesk;

namespace {
std::vector<extractors::Claim> Claims(const std::string& text, const std::string& published = "") {
  auto norm = normalizers::Normalizer::Create({}).value();
  corpus::Article a;
  a.id = "t";
  a.raw = text;
  a.published = published;
  auto d = norm->Finish(norm->Prepare(a), nullptr);
  std::vector<extractors::Claim> out;
  extractors::ClaimExtractor::Create({}).value()->Extract(d, &out);
  return out;
}
}  // namespace

TEST_CASE("a figure gets direction, subject, period and source", "[extractors]") {
  auto c = Claims("Norway's salmon exports fell almost 20% in the first half, customs data showed.", "2025-08-01");
  REQUIRE(c.size() == 1);
  CHECK(c[0].quantity.value == 20);
  CHECK(c[0].quantity.approx == "about");
  CHECK(c[0].direction == "decrease");
  CHECK(c[0].verb == "fell");
  CHECK(c[0].subject == "Norway's salmon exports");
  REQUIRE(c[0].period);
  CHECK(c[0].period->start == "2025-01");
  CHECK(c[0].period->end == "2025-06");
  CHECK(c[0].kind == "change");
}

TEST_CASE("two figures in one sentence share subject and period", "[extractors]") {
  auto c = Claims("Imports of trucks slumped 46% to $5.8 billion from January to July 2025.");
  REQUIRE(c.size() == 2);
  CHECK(c[0].subject == c[1].subject);
  CHECK(c[1].kind == "level");
  REQUIRE(c[1].period);
  CHECK(c[1].period->start == "2025-01");
  CHECK(c[1].period->end == "2025-07");
  CHECK(c[0].span_end <= c[1].span_begin);
}

TEST_CASE("claims merge across copies and changed figures show", "[extractors]") {
  auto a = Claims("Copper exports rose 12% in 2024.");
  auto b = Claims("Copper exports rose 12% in 2024.");
  auto c = Claims("Copper exports rose 15% in 2024.");
  b[0].article_id = "b";
  c[0].article_id = "c";
  std::vector<extractors::Claim> all = {a[0], b[0], c[0]};
  auto m = extractors::MergeClaims(all, {{"t", "c1"}, {"b", "c1"}, {"c", "c1"}});
  REQUIRE(m.merged.size() == 2);
  CHECK(m.merged[0].articles.size() == 2);
  CHECK(m.disagreements.size() == 1);
}

TEST_CASE("claims point into the input when the source map is kept", "[extractors]") {
  normalizers::NormalizeOptions o;
  o.keep_source_map = true;
  auto norm = normalizers::Normalizer::Create(o).value();
  auto ex = extractors::ClaimExtractor::Create({}).value();
  corpus::Article a;
  a.id = "w";
  a.raw = "LONDON, May 2 (Reuters) - Sales of electric cars rose\n"
          "  27.5% to \xC2\xA3" "1.2 billion in the first\nquarter of 2025.\n";
  auto d = norm->Finish(norm->Prepare(a), nullptr);
  std::vector<extractors::Claim> c;
  ex->Extract(d, &c);
  REQUIRE(c.size() == 2);
  for (const auto& x : c) {
    REQUIRE(x.source_span.has_value());
    CHECK(a.raw.substr(x.source_span->first, x.source_span->second - x.source_span->first) ==
          x.quantity.surface);
  }
}

TEST_CASE("a figure's thousands comma does not end the subject's clause", "[extractors]") {
  auto c = Claims("The industry employs around 32,000 people in roughly 400 companies.");
  REQUIRE(c.size() == 2);
  CHECK(c[1].subject == "The industry employs around 32,000 people");
}
