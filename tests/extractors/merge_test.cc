#include <catch2/catch.hpp>

#include "extractors/claims.h"
#include "extractors/merge.h"

#include <set>

using namespace copydesk;

namespace {
std::vector<extractors::Claim> ClaimsOf(const std::string& id, const std::string& text) {
  auto norm = normalizers::Normalizer::Create({}).value();
  corpus::Article a;
  a.id = id;
  a.raw = text;
  a.published = "2025-08-28";
  auto d = norm->Finish(norm->Prepare(a), nullptr);
  std::vector<extractors::Claim> out;
  extractors::ClaimExtractor::Create({}).value()->Extract(d, &out);
  return out;
}

std::vector<const extractors::Claim*> Ptrs(const std::vector<extractors::Claim>& v) {
  std::vector<const extractors::Claim*> out;
  for (const auto& c : v) out.push_back(&c);
  return out;
}

const char* kCanonical =
    "Bilateral trade between Norway and Chile rose to a record $245 billion in 2024, customs data showed.\n\n"
    "Salmon exports fell 12% in the first half, the seafood council said.\n\n"
    "Prices rose from 10% to 12% over the quarter, traders said.\n";
}  // namespace

TEST_CASE("a copy's changed figure is paired with the canonical's, by claim id", "[extractors][merge]") {
  auto canonical = ClaimsOf("wire", kCanonical);
  auto copy = ClaimsOf("web",
                       "Bilateral trade between Norway and Chile rose to a record $254 billion in 2024, customs data showed.\n\n"
                       "Salmon exports fell 12% in the first half, the seafood council said.\n\n"
                       "Prices rose from 10% to 12% over the quarter, traders said.\n");
  auto changed = extractors::ChangedFigures(Ptrs(canonical), Ptrs(copy));
  REQUIRE(changed.size() == 1);
  CHECK(changed[0].canonical->quantity.surface == "$245 billion");
  CHECK(changed[0].copy->quantity.surface == "$254 billion");
  CHECK(changed[0].canonical->article_id == "wire");
  CHECK(changed[0].copy->article_id == "web");
  CHECK_FALSE(changed[0].canonical->claim_id.empty());
}

TEST_CASE("a cut or kept figure is not a changed one", "[extractors][merge]") {
  auto canonical = ClaimsOf("wire", kCanonical);
  // Kept whole; then the first paragraph cut; then a sentence with two figures reordered.
  auto same = ClaimsOf("a", kCanonical);
  CHECK(extractors::ChangedFigures(Ptrs(canonical), Ptrs(same)).empty());
  auto cut = ClaimsOf("b", "Salmon exports fell 12% in the first half, the seafood council said.\n");
  CHECK(extractors::ChangedFigures(Ptrs(canonical), Ptrs(cut)).empty());
  auto reworded = ClaimsOf("c", "Prices rose over the quarter from 10% to 12%, traders said.\n");
  CHECK(extractors::ChangedFigures(Ptrs(canonical), Ptrs(reworded)).empty());
}

TEST_CASE("a figure changed past its sixth digit is a changed figure; a long story's copy is compared in time", "[extractors][merge]") {
  auto canonical = ClaimsOf("wire", "The city counted 8,123,456 residents in 2024, the statistics office said.\n");
  auto copy = ClaimsOf("web", "The city counted 8,123,459 residents in 2024, the statistics office said.\n");
  auto changed = extractors::ChangedFigures(Ptrs(canonical), Ptrs(copy));
  REQUIRE(changed.size() == 1);
  CHECK(changed[0].copy->quantity.surface == "8,123,459");
  // A story of 2,000 figures and a copy that adds 2,000 more (under the 5,000 figures an article
  // gives): its change is still found (the comparison goes by value, not every claim against
  // every pair: 73 s for 3,000 figures before).
  std::string wire, web;
  for (int i = 0; i < 1000; ++i) {
    const std::string n = std::to_string(i);
    wire += "Sales in region " + n + " rose " + n + ".5% in 2024, the company said.\n\n";
    web += "Sales in region " + n + " rose " + n + ".5% in 2024, the company said.\n\n";
    web += "Shoppers in town " + n + " paid " + n + ".25 euros for a loaf, a survey found.\n\n";
  }
  web += "Sales in region 1000 rose 8888.5% in 2024, the company said.\n";
  wire += "Sales in region 1000 rose 9999.5% in 2024, the company said.\n";
  auto long_wire = ClaimsOf("wire", wire), long_web = ClaimsOf("web", web);
  auto long_changed = extractors::ChangedFigures(Ptrs(long_wire), Ptrs(long_web));
  REQUIRE(long_changed.size() == 1);
  CHECK(long_changed[0].canonical->quantity.surface == "9999.5%");
  CHECK(long_changed[0].copy->quantity.surface == "8888.5%");
}

TEST_CASE("disagreements and conflicts carry their claims' ids and articles", "[extractors][merge]") {
  auto a = ClaimsOf("a", "Salmon exports fell 12% in the first half of 2025, the seafood council said.\n");
  auto b = ClaimsOf("b", "Salmon exports fell 15% in the first half of 2025, the seafood council said.\n");
  std::vector<extractors::Claim> all = a;
  all.insert(all.end(), b.begin(), b.end());
  auto m = extractors::MergeClaims(all, {{"a", "c1"}, {"b", "c1"}});
  REQUIRE(m.disagreements.size() == 1);
  for (const auto& v : m.disagreements[0].values) {
    REQUIRE(v.claim_ids.size() == 1);
    CHECK(v.claim_articles[0] == v.articles[0]);
    CHECK(v.claim_ids[0] == (v.articles[0] == "a" ? a[0].claim_id : b[0].claim_id));
  }
  for (const auto& r : m.merged) CHECK(r.claim_articles.size() == r.claim_ids.size());
}

TEST_CASE("a figure changed in an edited sentence is a disagreement even when the subject reads otherwise",
          "[extractors][merge]") {
  auto a = ClaimsOf("a", "Buyers from abroad pushed bilateral trade to a record $245 billion in 2024, officials said.\n");
  auto b = ClaimsOf("b", "Buyers from abroad pushed bilateral trade to an all-time high of $254 billion in 2024, officials said.\n");
  auto c = ClaimsOf("c", "Buyers from abroad pushed bilateral trade to a record $245 billion in 2024, officials said.\n");
  std::vector<extractors::Claim> all = a;
  all.insert(all.end(), b.begin(), b.end());
  all.insert(all.end(), c.begin(), c.end());
  auto m = extractors::MergeClaims(all, {{"a", "c1"}, {"b", "c1"}, {"c", "c1"}});
  REQUIRE(m.disagreements.size() == 1);
  const auto& d = m.disagreements[0];
  REQUIRE(d.values.size() == 2);
  std::set<std::string> surfaces{d.values[0].surface, d.values[1].surface};
  CHECK(surfaces == std::set<std::string>{"$245 billion", "$254 billion"});
  for (const auto& v : d.values)
    CHECK(v.articles == (v.surface == "$245 billion" ? std::vector<std::string>{"a", "c"} : std::vector<std::string>{"b"}));
  // Copies that state the same figure do not disagree.
  auto same = extractors::MergeClaims(a, {{"a", "c1"}});
  CHECK(same.disagreements.empty());
}
