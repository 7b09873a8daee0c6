#include <catch2/catch.hpp>

#include "normalizers/normalize.h"

using namespace copydesk::normalizers;

namespace {
NormalizedArticle NormalizePage(const std::string& html) {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "p";
  a.format = copydesk::corpus::Format::kHtml;
  a.raw = html;
  return norm->Finish(norm->Prepare(a), nullptr);
}
// Normalizes `raw` as a text article, with the default options.
NormalizedArticle NormalizeText(const std::string& raw) {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "t";
  a.raw = raw;
  auto docs = norm->NormalizeAll({a}, 1);
  REQUIRE(docs.size() == 1);
  return std::move(docs[0]);
}
const std::string kStory =
    "<p>The harbour authority expects cargo volumes to keep rising through the winter, officials said.</p>"
    "<p>Its board approved a new quay for container ships, with work to start in the spring.</p>";
}  // namespace

TEST_CASE("a page's headline and standfirst repeated in its body are cut once", "[normalizers]") {
  NormalizedArticle d = NormalizePage(
      "<html><head><meta property=\"og:title\" content=\"Harbour cargo hits a record | Example Times\">"
      "<meta name=\"description\" content=\"Volumes rose for a third month in a row\"></head><body><article>"
      "<h1>Harbour cargo hits a record</h1><p class=\"dek\">Volumes rose for a third month in a row</p>" + kStory +
      "<h2>Harbour cargo hits a record</h2><p>The quay is to open in two years, the board said.</p>"
      "</article></body></html>");
  REQUIRE(d.article.paragraphs.size() == 4);
  CHECK(d.article.paragraphs[0].rfind("The harbour authority", 0) == 0);
  CHECK(d.article.paragraphs[2] == "Harbour cargo hits a record");  // after the story began: kept
}

TEST_CASE("a headline that opens with a dateline is no body paragraph once the dateline is cut", "[normalizers]") {
  for (const char* place : {"LONDON", "London"}) {
    NormalizedArticle d = NormalizePage(std::string("<html><body><article><h1>") + place +
                                        " (Reuters) - Harbour cargo hits a record</h1>" + kStory +
                                        "</article></body></html>");
    CHECK(d.article.dateline == place);
    CHECK(d.article.credit == "Reuters");
    REQUIRE(d.article.paragraphs.size() == 2);
    CHECK(d.article.paragraphs[0].rfind("The harbour authority", 0) == 0);
  }
}

TEST_CASE("a description that copies the lead paragraph keeps the lead", "[normalizers]") {
  NormalizedArticle d = NormalizePage(
      "<html><head><meta name=\"description\" content=\"The harbour authority expects cargo volumes to keep "
      "rising through the winter, officials said.\"></head><body><article>" + kStory + "</article></body></html>");
  REQUIRE(d.article.paragraphs.size() == 2);
}

TEST_CASE("a page's text keeps its own characters; the comparison form folds them", "[normalizers]") {
  NormalizedArticle d = NormalizePage(
      "<html><body><article><p>Mix \xC2\xBD cup of flour, \xE2\x80\x9Cslowly\xE2\x80\x9D \xE2\x80\x94 then rest it for "
      "ten minutes, the chef said.</p><p>\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x80Tokyo \xE3\x81\xA7 iPhone \xE3\x82\x92"
      "\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82 \xEF\xBB\xBB \xEF\xBC\xA1\xEF\xBC\xA2 and more text "
      "to make a paragraph.</p></article></body></html>");
  REQUIRE(d.article.paragraphs.size() == 2);
  CHECK(d.article.paragraphs[0] ==
        "Mix \xC2\xBD cup of flour, \xE2\x80\x9Cslowly\xE2\x80\x9D \xE2\x80\x94 then rest it for ten minutes, the chef said.");
  // The ideographic space, the Arabic presentation form and the fullwidth letters stay as written.
  CHECK(d.article.paragraphs[1].find("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x80Tokyo") == 0);
  CHECK(d.article.paragraphs[1].find("\xEF\xBB\xBB \xEF\xBC\xA1\xEF\xBC\xA2") != std::string::npos);
  CHECK(d.text.find("\xC2\xBD cup") != std::string::npos);
  // Comparisons read the folded form: NFKC, unified punctuation, lower case.
  CHECK(d.folded.find("mix 1/2 cup of flour, \"slowly\" - then") == 0);
  CHECK(d.folded.find("\xE6\x9D\xB1\xE4\xBA\xAC Tokyo") == std::string::npos);
  CHECK(d.folded.find("\xD9\x84\xD8\xA7 ab and") != std::string::npos);  // lam-alef, "ab"
}

TEST_CASE("a text article's paragraphs keep its own characters; invisible ones go", "[normalizers]") {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "t";
  // Curly quotes, an em dash, a vulgar fraction, an Arabic presentation form, fullwidth
  // letters, an ideographic space; a soft hyphen and a zero-width space to drop; a run of
  // spaces to collapse; invalid UTF-8 to replace.
  a.raw = "\xE2\x80\x9CWe will\xE2\x80\x9D \xE2\x80\x94 said the eco\xC2\xADnomist, adding \xC2\xBD cup   more\xE2\x80\x8B.\n\n"
          "\xEF\xBB\xBB \xEF\xBC\xA1\xEF\xBC\xA2\xE3\x80\x80Tokyo and the port opened on Monday \xFF here.\n\n"
          "A plain third paragraph of the story, in ASCII only.";
  auto docs = norm->NormalizeAll({a}, 1);
  REQUIRE(docs.size() == 1);
  const auto& p = docs[0].article.paragraphs;
  REQUIRE(p.size() == 3);
  CHECK(p[0] == "\xE2\x80\x9CWe will\xE2\x80\x9D \xE2\x80\x94 said the economist, adding \xC2\xBD cup more.");
  CHECK(p[1] == "\xEF\xBB\xBB \xEF\xBC\xA1\xEF\xBC\xA2\xE3\x80\x80Tokyo and the port opened on Monday \xEF\xBF\xBD here.");
  CHECK(p[2] == "A plain third paragraph of the story, in ASCII only.");
  // The comparison form is the normalized one, folded.
  CHECK(docs[0].folded.rfind("\"we will\" - said the economist, adding 1/2 cup more.", 0) == 0);
  CHECK(docs[0].folded.find("ab tokyo") != std::string::npos);
  // Claims read the normalized form.
  CHECK(docs[0].normalized.rfind("\"We will\" - said", 0) == 0);
  // Switched off, the text is the normalized form.
  NormalizeOptions o;
  o.page_characters = false;
  auto plain = Normalizer::Create(o).value()->NormalizeAll({a}, 1);
  CHECK(plain[0].text.rfind("\"We will\" - said the economist", 0) == 0);
  CHECK(plain[0].folded == docs[0].folded);
}

TEST_CASE("the text keeps the zero-width joiners that spell words and join emoji; the comparison form drops them", "[normalizers]") {
  // Persian "mi-khahad" with its non-joiner, a family emoji joined by ZWJ.
  const std::string persian = "\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE\xD9\x88\xD8\xA7\xD9\x87\xD8\xAF";
  const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7";
  auto d = NormalizeText("The minister said Iran " + persian + " more talks, and the " + family + " emoji spread, officials said.");
  CHECK(d.text.find(persian) != std::string::npos);
  CHECK(d.text.find(family) != std::string::npos);
  CHECK(d.folded.find("\xE2\x80\x8C") == std::string::npos);
  CHECK(d.folded.find("\xE2\x80\x8D") == std::string::npos);
}

TEST_CASE("wrapped Chinese lines, joined with no space, keep their own characters", "[normalizers]") {
  std::string a, b, c;
  for (int i = 0; i < 6; ++i) a += "\u6570\u636E\u663E\u793A";              // 数据显示
  for (int i = 0; i < 5; ++i) b += "\u4ECA\u5E74\u51FA\u53E3";              // 今年出口
  for (int i = 0; i < 12; ++i) c += "\u6E2F\u53E3";                           // 港口
  auto d = NormalizeText(c + "\u3002\n" + a + "\uFF0C" + "\n" + b + "\u589E\u957F2.1%\u3002\n" + c + "\u3002\n");
  REQUIRE(d.article.paragraphs.size() == 3);
  CHECK(d.article.paragraphs[1] == a + "\uFF0C" + b + "\u589E\u957F2.1%\u3002");  // the full-width comma kept
}

TEST_CASE("a hard-wrapped text paragraph, joined, keeps its input's characters", "[normalizers]") {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "w";
  std::string raw;
  for (int i = 0; i < 12; ++i)
    raw += "The \xE2\x80\x9Cport\xE2\x80\x9D authority said line " + std::to_string(i) + " of the wrapped\n";
  raw += "\n";
  for (int i = 0; i < 12; ++i) raw += "Second paragraph, wrapped as well, with line " + std::to_string(i) + " here\n";
  a.raw = raw;
  auto docs = norm->NormalizeAll({a}, 1);
  REQUIRE(docs.size() == 1);
  REQUIRE_FALSE(docs[0].article.paragraphs.empty());
  const auto& d = docs[0];
  CHECK(d.text.find("The \xE2\x80\x9Cport\xE2\x80\x9D authority said line 0 of the wrapped The") != std::string::npos);
  CHECK(d.normalized.find("The \"port\" authority said line 0 of the wrapped The") != std::string::npos);
  CHECK(d.folded.find("the \"port\" authority said line 0 of the wrapped the") != std::string::npos);
  // Every normalized byte maps into the text, onto the same character where they agree.
  const size_t at = d.normalized.find("authority said line 3");
  REQUIRE(at != std::string::npos);
  CHECK(d.text.compare(d.TextOffset(static_cast<uint32_t>(at)), 21, "authority said line 3") == 0);

  // Indented lines, a hyphen at the wrap point, a dash: joined as the normalized form joins them.
  copydesk::corpus::Article b;
  b.id = "h";
  b.raw = "The Russia-\n  China trade \xE2\x80\x9C" "fell\xE2\x80\x9D by a fifth this\n  year, officials said on\n"
          "  Friday in Moscow \xE2\x80\x93 after talks that ran\n  late into the night, they said.\n";
  auto h = norm->NormalizeAll({b}, 1);
  REQUIRE(h.size() == 1);
  CHECK(h[0].text == "The Russia-China trade \xE2\x80\x9C" "fell\xE2\x80\x9D by a fifth this year, officials said on "
                     "Friday in Moscow \xE2\x80\x93 after talks that ran late into the night, they said.");
}

TEST_CASE("a Chinese text article keeps its lead paragraph (it is no title)", "[normalizers]") {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "zh";
  a.raw = "港口货运量周一创下纪录。官员表示出口增长了百分之十二。\n\n"
          "港务局说新码头将在明年开放。工人们对加班表示担忧。\n\n"
          "市议会周二批准了扩建计划。反对者说费用太高。";
  auto docs = norm->NormalizeAll({a}, 1);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.rfind("港口货运量周一创下纪录。", 0) == 0);
  CHECK(docs[0].article.title.empty());
}

TEST_CASE("Finish without the text gives the same paragraphs and comparison form", "[normalizers]") {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "t";
  a.format = copydesk::corpus::Format::kText;
  a.raw = "Harbour cargo hits a record\n\nThe harbour authority expects cargo volumes to keep rising, officials "
          "said.\n\nIts board approved a new quay for container ships \xE2\x80\x94 work starts in spring.\n";
  a.title = "Harbour cargo hits a record";
  NormalizedArticle full = norm->Finish(norm->Prepare(a), nullptr);
  NormalizedArticle lean = norm->Finish(norm->Prepare(a), nullptr, /*with_text=*/false);
  REQUIRE_FALSE(full.text.empty());
  CHECK(lean.text.empty());
  CHECK(lean.normalized.empty());
  CHECK(lean.article.paragraphs == full.article.paragraphs);
  CHECK(lean.folded == full.folded);
  CHECK(lean.kinds == full.kinds);
  CHECK(lean.removed.size() == full.removed.size());
}

TEST_CASE("the page's author alone on a line above the story is the byline", "[normalizers]") {
  NormalizedArticle d = NormalizePage(
      "<html><head><meta name=\"author\" content=\"Ann Poe\"></head><body><article><p>ANN POE</p>" + kStory +
      "<p>Ann Poe</p></article></body></html>");
  REQUIRE(d.article.paragraphs.size() == 3);
  CHECK(d.article.paragraphs[0].rfind("The harbour authority", 0) == 0);
  CHECK(d.article.paragraphs[2] == "Ann Poe");  // only near the top
  CHECK(d.article.byline == "Ann Poe");
}

TEST_CASE("a byline or a dateline in its own block with such a class is cut from the text and kept as the field", "[normalizers]") {
  NormalizedArticle d = NormalizePage("<html><body><article><div class=\"byline\">By Jane Doe, Associated Press</div>" +
                                      kStory + "</article></body></html>");
  REQUIRE_FALSE(d.article.paragraphs.empty());
  CHECK(d.article.paragraphs[0].rfind("The harbour authority", 0) == 0);
  CHECK(d.article.byline == "Jane Doe, Associated Press");
  // A dateline in its own block: the story's dateline and its agency the credit.
  d = NormalizePage("<html><body><article><div class=\"dateline\">MIAMI (AP)</div>" + kStory + "</article></body></html>");
  CHECK(d.article.dateline == "MIAMI");
  CHECK(d.article.credit == "AP");
  CHECK(d.article.paragraphs[0].rfind("The harbour authority", 0) == 0);
  // WordPress's byline inside "entry-meta" in the story's header, beside its body.
  d = NormalizePage("<html><body><article><header><h1>Harbour plan</h1><div class=\"entry-meta\"><div class=\"byline\">"
                    "By Noah Browning | Reuters</div></div></header><div class=\"entry-content\">" + kStory +
                    "</div></article></body></html>");
  CHECK(d.article.byline == "Noah Browning | Reuters");
  // Not a photo's credit, another story's card or dateline, an author's box after the story.
  d = NormalizePage("<html><body><article><div class=\"image-credit\">By Gerald Herbert, Associated Press</div>"
                    "<div class=\"related\"><div class=\"byline\">By Reuters</div><div class=\"dateline\">LONDON (Reuters)</div></div>" +
                    kStory + "<div class=\"author byline\">By Elena Ruiz, Agence France-Presse</div></article></body></html>");
  CHECK(d.article.byline.empty());
  CHECK(d.article.dateline.empty());
  CHECK(d.article.credit.empty());
  // Nor a ticker's or a breaking bar's dateline in the story's header, nor a byline in a sibling
  // <article>.
  d = NormalizePage("<html><body><main><div class=\"ticker\"><div class=\"dateline\">KYIV (Reuters) -</div>"
                    "<a href=\"/k\">Drone attack hits power plant</a></div><article><header><h1>Harbour plan</h1>"
                    "<div class=\"breaking\"><div class=\"dateline\">KYIV (Reuters)</div></div></header>" +
                    kStory + "</article></main></body></html>");
  CHECK(d.article.dateline.empty());
  CHECK(d.article.credit.empty());
  d = NormalizePage("<html><body><main><article><h2>Brief</h2><div class=\"byline\">By Tom Balmforth, Reuters</div></article>"
                    "<article><h1>Harbour plan</h1>" + kStory + "</article></main></body></html>");
  CHECK(d.article.byline.empty());
  // A block of that class that is no byline gives none.
  d = NormalizePage("<html><body><article><div class=\"author-bio\">Jane Doe covers ports and shipping for the paper.</div>" +
                    kStory + "</article></body></html>");
  CHECK(d.article.byline.empty());
}

TEST_CASE("a page with no date of its own is dated by its date line at the top; a meta date wins", "[normalizers]") {
  const std::string line = "<p>Hamburg, Ver\xC3\xB6" "ffentlicht am 19.03.2019 um 11:45 Uhr</p>";
  NormalizedArticle d = NormalizePage("<html><body><article>" + line + kStory + "</article></body></html>");
  CHECK(d.article.published == "19.03.2019 um 11:45");
  d = NormalizePage("<html><head><meta property=\"article:published_time\" content=\"2019-03-20T08:00:00Z\"></head><body><article>" +
                    line + kStory + "</article></body></html>");
  CHECK(d.article.published == "2019-03-20T08:00:00Z");
  // A date line below the story's third paragraph dates something else (an event, an update).
  d = NormalizePage("<html><body><article>" + kStory +
                    "<p>The port's new cranes arrive in the autumn, the board said in a statement on Monday.</p>" + line +
                    "</article></body></html>");
  CHECK(d.article.published.empty());
}

TEST_CASE("a crawled page's own date line wins over its crawl date, which dates a page without one", "[normalizers]") {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "w";
  a.format = copydesk::corpus::Format::kHtml;
  a.crawled = "2024-05-01T10:00:00Z";  // a WARC record's date
  a.raw = "<html><body><article><p>Hamburg, Ver\xC3\xB6" "ffentlicht am 19.03.2019 um 11:45 Uhr</p>" + kStory +
          "</article></body></html>";
  CHECK(norm->Finish(norm->Prepare(a), nullptr).article.published == "19.03.2019 um 11:45");
  a.raw = "<html><body><article>" + kStory + "</article></body></html>";
  CHECK(norm->Finish(norm->Prepare(a), nullptr).article.published == "2024-05-01T10:00:00Z");
}

TEST_CASE("a cut block is listed with the page's own characters", "[normalizers]") {
  const NormalizedArticle d = NormalizeText(
      "The harbour authority expects cargo volumes to keep rising through the winter, officials said.\n\n"
      "ALSO SEE:\xC2\xA0Port\xE2\x80\x99s \xE2\x80\x98New Quay\xE2\x80\x99 Opens \xE2\x80\x94 Harbour Daily\n\n"
      "Its board approved a new quay for container ships, with work to start in the spring.");
  REQUIRE(d.removed.size() == 1);
  CHECK(d.removed[0].reason == "link-list");
  CHECK(d.removed[0].text ==
        "ALSO SEE:\xC2\xA0Port\xE2\x80\x99s \xE2\x80\x98New Quay\xE2\x80\x99 Opens \xE2\x80\x94 Harbour Daily");
}

TEST_CASE("a title read from a text article's first line keeps its own characters", "[normalizers]") {
  const NormalizedArticle d = NormalizeText(
      "Port\xE2\x80\x99s \xE2\x80\x9CNew Quay\xE2\x80\x9D Opens in Bergen\n\n"
      "The harbour authority expects cargo volumes to keep rising through the winter, officials said.\n\n"
      "Its board approved a new quay for container ships, with work to start in the spring.\n\n"
      "The quay will take ships of up to 300 metres from next year, the board said.");
  CHECK(d.article.title == "Port\xE2\x80\x99s \xE2\x80\x9CNew Quay\xE2\x80\x9D Opens in Bergen");
  REQUIRE(!d.removed.empty());
  CHECK(d.removed.back().reason == "title");
  CHECK(d.removed.back().text == d.article.title);
}

TEST_CASE("a page's headline and author keep the page's characters; the headline in the body is still cut", "[normalizers]") {
  NormalizedArticle d = NormalizePage(
      "<html><head><meta property=\"og:title\" content=\"Harbour\xE2\x80\x99s cargo hits a \xE2\x80\x98record\xE2\x80\x99\">"
      "<meta name=\"author\" content=\"Ann\xC2\xA0Poe\"></head><body><article>"
      "<h1>Harbour\xE2\x80\x99s cargo hits a \xE2\x80\x98record\xE2\x80\x99</h1>" + kStory + "</article></body></html>");
  CHECK(d.article.title == "Harbour\xE2\x80\x99s cargo hits a \xE2\x80\x98record\xE2\x80\x99");
  CHECK(d.article.byline == "Ann\xC2\xA0Poe");
  REQUIRE(d.article.paragraphs.size() == 2);
  CHECK(d.article.paragraphs[0].rfind("The harbour authority", 0) == 0);
}
