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

namespace {
bool HasBlock(const HtmlPage& p, const std::string& start) {
  for (const auto& b : p.blocks)
    if (b.text.rfind(start, 0) == 0) return true;
  return false;
}
std::string StoryParagraphs(const std::string& topic, int n) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += "<p>" + topic + " paragraph " + std::to_string(i) +
         " says the harbour authority expects cargo volumes to keep rising through the winter, officials said.</p>\n";
  return s;
}
}  // namespace

TEST_CASE("a list of teaser cards for other stories is dropped; a story in sections is kept", "[normalizers]") {
  std::string cards;
  for (int i = 0; i < 4; ++i)
    cards += "<li class=\"more-item\"><div class=\"more-title\"><a href=\"/s" + std::to_string(i) +
             "\">Other story headline number " + std::to_string(i) + " here</a></div><div class=\"more-blurb\">"
             "A blurb that reads like prose about another story entirely, with its own long sentence, number " +
             std::to_string(i) + ".</div></li>";
  std::string sections;
  for (int i = 0; i < 3; ++i)
    sections += "<div class=\"story-section\"><h2>Section heading " + std::to_string(i) + " of the story</h2>" +
                StoryParagraphs("Section " + std::to_string(i), 2) + "</div>";
  std::string html = "<html><body><article>" + sections + "</article><ul class=\"more\">" + cards + "</ul></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Section 0 paragraph 0"));
  CHECK(HasBlock(p, "Section 2 paragraph 1"));
  CHECK(HasBlock(p, "Section heading 1 of the story"));
  CHECK_FALSE(HasBlock(p, "A blurb that reads like prose"));
  CHECK_FALSE(HasBlock(p, "Other story headline"));
}

TEST_CASE("a story wrapped in a paywall container is kept", "[normalizers]") {
  std::string html = "<html><body><article>" + StoryParagraphs("Open", 2) + "<div class=\"paywall\">" +
                     StoryParagraphs("Locked", 4) + "</div></article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Open paragraph 0"));
  CHECK(HasBlock(p, "Locked paragraph 3"));
}

TEST_CASE("script and style contents never reach the text; JSON-LD is still read", "[normalizers]") {
  std::string html = "<html><head><style>p { color: red } </style><SCRIPT type=\"text/javascript\">var s = \"<p>not text</p>\"; if (a < b) {}</SCRIPT>"
                     "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2026-02-03\",\"author\":{\"name\":\"Ann Poe\"}}</script>"
                     "</head><body><!-- a comment with <script> in it --><article>" +
                     StoryParagraphs("Visible", 3) + "<script>document.write('<p>hidden words</p>')</script></article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(p.published == "2026-02-03");
  CHECK(p.author == "Ann Poe");
  CHECK(HasBlock(p, "Visible paragraph 0"));
  CHECK(HasBlock(p, "Visible paragraph 2"));
  for (const auto& b : p.blocks) {
    CHECK(b.text.find("not text") == std::string::npos);
    CHECK(b.text.find("hidden words") == std::string::npos);
    CHECK(b.text.find("color") == std::string::npos);
  }
}

TEST_CASE("pages the parser would handle in quadratic time are read as text", "[normalizers][reliability]") {
  std::string attrs = "<html><body><div";
  for (int i = 0; i < 100000; ++i) attrs += " a" + std::to_string(i) + "=x";
  attrs += ">Prices rose five percent in May, the ministry said.</div></body></html>";
  HtmlPage p = ExtractHtml(attrs, {});
  CHECK(p.degraded);
  std::string closes = "<html><body>" + std::string() ;
  for (int i = 0; i < 1900; ++i) closes += "<div>";
  closes += "<p>Prices rose five percent in May, the ministry said.</p>";
  for (int i = 0; i < 100000; ++i) closes += "</p>";
  HtmlPage q = ExtractHtml(closes, {});
  CHECK(q.degraded);
  HtmlPage ok = ExtractHtml("<html><body><div class=a id=b><p>Prices rose five percent in May.</p></div></body></html>", {});
  CHECK_FALSE(ok.degraded);
}
