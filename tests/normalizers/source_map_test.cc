#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "normalizers/normalize.h"
#include "normalizers/source_map.h"

using namespace copydesk;
using namespace copydesk::normalizers;

namespace {

NormalizedArticle NormalizeWithMap(const std::string& raw, bool page_characters = true) {
  NormalizeOptions o;
  o.keep_source_map = true;
  o.page_characters = page_characters;
  auto n = Normalizer::Create(o).value();
  corpus::Article a;
  a.id = "t";
  a.raw = raw;
  return n->Finish(n->Prepare(a), nullptr);
}

}  // namespace

TEST_CASE("every word of unwrapped, cleaned text points at the same word in the input",
          "[normalizers]") {
  const std::string raw =
      "Type to search\n\n"
      "MOSCOW, Aug 28 (Reuters) - Russia's fuel exports to China fell\n"
      "almost 20% in the first half, while imports of vehicles\n"
      "slumped 46% to $5.8 billion, customs data showed.\n\n"
      "   Trade turnover was down 8.1% year-on-year.\n\n"
      "Leave a Comment\n\n"
      "Reporting by Jane Doe; Editing by John Roe\n";
  NormalizedArticle d = NormalizeWithMap(raw);
  REQUIRE_FALSE(d.source_map.empty());
  REQUIRE(d.text.find("Type to search") == std::string::npos);
  size_t words = 0;
  for (size_t i = 0; i < d.text.size();) {
    if (d.text[i] == ' ' || d.text[i] == '\n') { ++i; continue; }
    size_t e = i;
    while (e < d.text.size() && d.text[e] != ' ' && d.text[e] != '\n') ++e;
    auto src = ToSource(d.source_map, static_cast<uint32_t>(i), static_cast<uint32_t>(e));
    REQUIRE(src.has_value());
    CHECK(raw.substr(src->first, src->second - src->first) == d.text.substr(i, e - i));
    ++words;
    i = e;
  }
  CHECK(words > 20);
}

TEST_CASE("a span ending in a character NFKC shortened ends after it in the input", "[normalizers]") {
  const std::string raw = "He said \xE2\x80\x98yes\xE2\x80\x99 to the plan of 1\xC2\xBD years.\n";
  NormalizedArticle d = NormalizeWithMap(raw, /*page_characters=*/false);
  const size_t at = d.text.find("'yes'");
  REQUIRE(at != std::string::npos);
  auto src = ToSource(d.source_map, static_cast<uint32_t>(at), static_cast<uint32_t>(at + 5));
  REQUIRE(src.has_value());
  CHECK(raw.substr(src->first, src->second - src->first) == "\xE2\x80\x98yes\xE2\x80\x99");
  // Keeping the input's characters, the text holds them and points at them.
  NormalizedArticle p = NormalizeWithMap(raw);
  const size_t q = p.text.find("\xE2\x80\x98yes\xE2\x80\x99");
  REQUIRE(q != std::string::npos);
  auto from = ToSource(p.source_map, static_cast<uint32_t>(q), static_cast<uint32_t>(q + 9));
  REQUIRE(from.has_value());
  CHECK(raw.substr(from->first, from->second - from->first) == "\xE2\x80\x98yes\xE2\x80\x99");
}

TEST_CASE("no map unless asked, and none for an empty span", "[normalizers]") {
  auto n = Normalizer::Create({}).value();
  corpus::Article a;
  a.id = "t";
  a.raw = "A plain sentence of text.";
  CHECK(n->Finish(n->Prepare(a), nullptr).source_map.empty());
  NormalizedArticle d = NormalizeWithMap(a.raw);
  CHECK_FALSE(ToSource(d.source_map, 3, 3).has_value());
  CHECK(ToSource(d.source_map, 0, 1).has_value());
}

TEST_CASE("a page's text points at its words in the page", "[normalizers]") {
  NormalizeOptions o;
  o.keep_source_map = true;
  auto n = Normalizer::Create(o).value();
  corpus::Article a;
  a.id = "p";
  a.format = corpus::Format::kHtml;
  a.raw =
      "<html><head><title>Copper</title><script>var sales = 'rose 12%';</script></head><body>"
      "<nav><a href=/>Home</a></nav><article><h1>Copper exports rise</h1>"
      "<p>Chile's copper <b>exports</b> rose 12% in 2024, the mining ministry said on Monday, as "
      "demand from China recovered and prices held near record highs.</p>"
      "<p>Shipments to Europe fell 3% &amp; shipments to Japan were flat, it said.</p>"
      "</article></body></html>";
  const std::string page = a.raw;
  NormalizedArticle d = n->Finish(n->Prepare(a), nullptr);
  REQUIRE_FALSE(d.source_map.empty());
  for (const char* w : {"exports", "rose", "12%", "Monday", "Shipments", "flat"}) {
    const size_t at = d.text.find(w);
    REQUIRE(at != std::string::npos);
    const auto src = ToSource(d.source_map, static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::strlen(w)));
    REQUIRE(src.has_value());
    CHECK(page.substr(src->first, src->second - src->first) == w);
    CHECK(src->first > page.find("<article>"));  // not the script's "rose 12%"
  }
}

TEST_CASE("masking markup keeps every byte where it was", "[normalizers]") {
  const std::string html = "<p class=x>Hi <!-- no --> there<script>x<y</script><STYLE>a{}</style>!</p>";
  const std::string m = MaskMarkup(html);
  REQUIRE(m.size() == html.size());
  CHECK(m.find("Hi") == html.find("Hi"));
  CHECK(m.find("there") == html.find("there"));
  CHECK(m.find('!') == html.rfind('!'));
  CHECK(m.find_first_not_of(" Hithere!") == std::string::npos);
}
