#include <catch2/catch.hpp>

#include "corpus/charset.h"
#include "normalizers/html_extract.h"

using namespace copydesk::normalizers;

TEST_CASE("the article body is kept and navigation dropped", "[normalizers]") {
  std::string html = R"(<html><head><title>T | Site</title><meta name="author" content="Ann Poe">
<meta property="article:published_time" content="2026-03-01"></head><body>
<nav><a href="/">Home</a><a href="/x">World</a></nav>
<div class="sidebar"><a href="/1">Most read story one here please</a></div>
<article class="story-body"><p>Salmon exports rose 12% in the first quarter, the seafood council said on Tuesday, as prices climbed.</p>
<p>Volumes fell 3% because of disease at several farms along the coast, the council said.</p></article>
<footer>Copyright</footer></body></html>)";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(p.author == "Ann Poe");
  CHECK(p.published == "2026-03-01");
  REQUIRE(p.blocks.size() == 2);
  CHECK(p.blocks[1].text.find("Volumes fell 3%") == 0);
}

TEST_CASE("hostile pages finish: no body, 100,000 nested divs", "[normalizers]") {
  CHECK(ExtractHtml("<html><head><title>x</title></head></html>", {}).blocks.empty());
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Deep text that is long enough to count as a paragraph, with a comma, here.</p>";
  HtmlPage p = ExtractHtml(deep, {});
  CHECK(p.degraded);
  REQUIRE(p.blocks.size() == 1);
  CHECK(p.blocks[0].text.find("Deep text") == 0);
}

TEST_CASE("a legacy charset declared in a meta tag is decoded", "[normalizers]") {
  std::string page = "<html><head><meta charset=\"windows-1251\"></head><body><p>\xCC\xEE\xF1\xEA\xE2\xE0</p></body></html>";
  REQUIRE(copydesk::corpus::DecodeDeclaredCharset(&page).ok());
  CHECK(page.find("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0") != std::string::npos);  // "Москва"
}

TEST_CASE("a layout wrapper named like a sidebar does not drop the article", "[normalizers]") {
  std::string html = R"(<html><body><div class="container has_sidebar"><div id="main">
<article class="post"><div class="entry-content">
<p>Copper prices rose 4% on Tuesday as mines in Chile cut output, traders said in London.</p>
<p>Stocks at exchange warehouses fell to their lowest level since March, the data showed.</p>
</div><div class="related-posts"><p>Another story about copper that is long enough to count here.</p></div>
</article></div></div></body></html>)";
  HtmlPage p = ExtractHtml(html, {});
  REQUIRE(p.blocks.size() == 2);
  CHECK(p.blocks[0].text.find("Copper prices rose 4%") == 0);
}
