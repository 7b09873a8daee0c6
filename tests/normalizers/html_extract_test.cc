#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "corpus/charset.h"
#include "normalizers/html_extract.h"
#include "normalizers/normalize.h"

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

TEST_CASE("a story in same-class sections with a headline-like link line in each is no list of teasers", "[normalizers]") {
  // A magazine layout: the story cut into <div class="part"> blocks, each with a "Read: ..." line
  // that links another story. The sections are long; teaser cards are short.
  std::string parts;
  for (int i = 0; i < 3; ++i)
    parts += "<div class=\"part\">" + StoryParagraphs("Part " + std::to_string(i), 7) +
             "<p><a href=\"/other" + std::to_string(i) + "\">Read: another story about harbours number " +
             std::to_string(i) + "</a></p></div>";
  std::string html = "<html><body><main><article class=\"piece\">" + parts + "</article></main></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Part 0 paragraph 0"));
  CHECK(HasBlock(p, "Part 1 paragraph 6"));
  CHECK(HasBlock(p, "Part 2 paragraph 1"));
}

TEST_CASE("a column layout named after its sidebar inside the story container keeps the story", "[normalizers]") {
  // The row that sets the story beside a sidebar ("c-fixed-sidebar-layout--left") sits inside the
  // article element, which is the chosen container (its first paragraph is outside the row); a
  // bare "sidebar" box beside the story is still dropped.
  std::string html = "<html><body><div class=\"page\"><article class=\"c-article\"><div class=\"c-article__top\">" +
                     StoryParagraphs("Top", 1) + "</div><div class=\"row c-fixed-sidebar-layout--left\">"
                     "<div class=\"col\"><div class=\"c-article__share\"><a href=\"/s\">Share</a></div></div>"
                     "<div class=\"col\"><div class=\"c-article__body\">" + StoryParagraphs("Column", 3) +
                     "</div></div></div></article><div class=\"sidebar\"><p>A sidebar box with a long sentence of "
                     "its own that reads like prose but is not the story at all.</p></div></div></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Top paragraph 0"));
  CHECK(HasBlock(p, "Column paragraph 0"));
  CHECK(HasBlock(p, "Column paragraph 2"));
  CHECK_FALSE(HasBlock(p, "A sidebar box"));
}

TEST_CASE("a short story above a long comment thread is the story, not the thread", "[normalizers]") {
  std::string thread;
  for (int i = 0; i < 40; ++i)
    thread += "<li class=\"comment\">Comment " + std::to_string(i) +
              " says I disagree with the harbour plan, because the traffic on our street is bad enough, and "
              "nobody asked us, the residents, what we think of it.</li>";
  std::string html = "<html><body class=\"single comment-styles-on\"><div id=\"content\"><div class=\"post\">"
                     "<div class=\"entry\">" + StoryParagraphs("Harbour", 2) + "</div></div>"
                     "<div id=\"comments\"><ol class=\"commentlist\">" + thread + "</ol></div></div></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Harbour paragraph 0"));
  CHECK(HasBlock(p, "Harbour paragraph 1"));
  CHECK_FALSE(HasBlock(p, "Comment 3 says"));
  // One wrapper named like a comment (an opinion section's "tone-comment") is no thread.
  std::string opinion = "<html><body><div class=\"content tone-comment\"><article>" + StoryParagraphs("Opinion", 4) +
                        "</article></div><div class=\"site-info\"><p>The Harbour Daily is published by the "
                        "Harbour Media Group, which also runs the radio station and the weekly paper.</p></div></body></html>";
  HtmlPage q = ExtractHtml(opinion, {});
  CHECK(HasBlock(q, "Opinion paragraph 0"));
  CHECK(HasBlock(q, "Opinion paragraph 3"));
}

TEST_CASE("a live ticker's entries named as comments are the story; readers' comments are not", "[normalizers]") {
  std::string entries, readers;
  for (int i = 0; i < 6; ++i) {
    entries += "<div class=\"live-match-comment\"><div class=\"live-match-comment-body\"><p>Minute " +
               std::to_string(10 * i) + ": the home side presses, a corner is cleared, and the visitors break "
               "away down the left wing before the keeper gathers.</p></div></div>";
    readers += "<li class=\"comment\">Reader " + std::to_string(i) +
               " writes that the referee missed a clear foul in the first half and the crowd let him know it.</li>";
  }
  std::string html = "<html><body><main><div class=\"live-match\">" + entries +
                     "</div><ol class=\"comment-list\">" + readers + "</ol></main></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Minute 0: the home side"));
  CHECK(HasBlock(p, "Minute 50: the home side"));
  CHECK_FALSE(HasBlock(p, "Reader 2 writes"));
}

TEST_CASE("ruby annotations are not read into the text", "[normalizers]") {
  // Furigana over kanji: the reading in <rt> (and the fallback brackets in <rp>) is not the story.
  const std::string ko = "\xE5\xAD\x90";                                   // 子
  const std::string reading = "\xE3\x81\x93";                              // こ
  const std::string rest = "\xE3\x81\xA9\xE3\x82\x82\xE3\x81\xAE\xE6\x95\x99\xE8\x82\xB2\xE3\x81\xAE"
                           "\xE6\xB3\x95\xE5\xBE\x8B\xE3\x81\x8C\xE3\x81\xA7\xE3\x81\x8D\xE3\x81\xBE"
                           "\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82";  // どもの教育の法律ができました。
  std::string sentence = "<ruby>" + ko + "<rp>(</rp><rt>" + reading + "</rt><rp>)</rp></ruby>" + rest;
  std::string html = "<html><body><article><p>";
  for (int i = 0; i < 6; ++i) html += sentence;
  html += "</p></article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  REQUIRE(p.blocks.size() == 1);
  std::string want;
  for (int i = 0; i < 6; ++i) want += ko + rest;
  CHECK(p.blocks[0].text == want);
}

TEST_CASE("a page whose whole story sits in an aside or a noscript gives its story; a sidebar aside beside a story is dropped", "[normalizers]") {
  std::string inside = "<html><body><nav><a href=\"/\">Home</a></nav><main><aside class=\"direct-content\"><section>" +
                       StoryParagraphs("Aside", 3) + "</section></aside></main></body></html>";
  HtmlPage p = ExtractHtml(inside, {});
  CHECK(HasBlock(p, "Aside paragraph 0"));
  CHECK(HasBlock(p, "Aside paragraph 2"));
  std::string beside = "<html><body><article>" + StoryParagraphs("Main", 3) + "</article><aside>" +
                       StoryParagraphs("Beside", 1) + "</aside></body></html>";
  HtmlPage q = ExtractHtml(beside, {});
  CHECK(HasBlock(q, "Main paragraph 2"));
  CHECK_FALSE(HasBlock(q, "Beside paragraph 0"));
  // A blog that renders its post by script keeps the text in <noscript>; a page whose <noscript>
  // opens an element it never closes: both are read again with <noscript>.
  std::string blog = "<html><body><div class=\"post-body\"><script>render()</script><noscript>" +
                     StoryParagraphs("Blog", 3) + "</noscript></div></body></html>";
  CHECK(HasBlock(ExtractHtml(blog, {}), "Blog paragraph 1"));
  std::string stray = "<html><body><noscript><div id=\"nojs\"></noscript><div id=\"page\"><div id=\"text\">" +
                      StoryParagraphs("Stray", 3) + "</div></div></body></html>";
  CHECK(HasBlock(ExtractHtml(stray, {}), "Stray paragraph 2"));
}

TEST_CASE("a story that marks each paragraph itemprop=description keeps its paragraphs", "[normalizers]") {
  // Some CMSs mark every paragraph as a "description": the standfirst is one element, so none
  // of these is it. One marked element before the story is still the standfirst.
  std::string paragraphs;
  for (int i = 0; i < 4; ++i)
    paragraphs += "<p itemprop=\"description\" class=\"story-paragraph\">Court paragraph " + std::to_string(i) +
                  " says the hearing on the port contract resumes next month, the judges said on Monday.</p>";
  HtmlPage p = ExtractHtml("<html><body><article>" + paragraphs + "</article></body></html>", {});
  CHECK(HasBlock(p, "Court paragraph 0"));
  CHECK(HasBlock(p, "Court paragraph 3"));
  std::string one = "<html><body><article><p itemprop=\"description\">The port contract goes back to court</p>" +
                    StoryParagraphs("Story", 3) + "</article></body></html>";
  HtmlPage q = ExtractHtml(one, {});
  CHECK(HasBlock(q, "Story paragraph 0"));
  CHECK_FALSE(HasBlock(q, "The port contract goes back to court"));
}

TEST_CASE("a box with a weak non-content name that holds most of the prose is the story's", "[normalizers]") {
  // A blog platform wraps every post in <div class="widget Blog">; the post's short lines (a
  // hard-wrapped export, a list of steps) are the story. A "share" box of short lines is not.
  std::string html = "<html><body><article><div class=\"intro\">" + StoryParagraphs("Intro", 1) +
                     "</div><div class=\"widget Blog\"><div class=\"post-body\">" + StoryParagraphs("Post", 3) +
                     "<p>Step one of the recipe for the harbour model</p><p>Step two glues the quay walls</p></div></div>"
                     "<div class=\"share\"><p>Share this on the harbour forum</p></div></article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Intro paragraph 0"));
  CHECK(HasBlock(p, "Post paragraph 2"));
  CHECK(HasBlock(p, "Step one of the recipe"));
  CHECK(HasBlock(p, "Step two glues the quay walls"));
  CHECK_FALSE(HasBlock(p, "Share this on the harbour forum"));
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

// Issue 13: the losses on pages kept aside, each as a general rule.

TEST_CASE("a body wrapped whole in a form is read; the form's controls are not", "[normalizers]") {
  std::string html = "<html><body><form id=\"pageForm\" action=\"/post\"><input type=\"hidden\" value=\"x\">"
                     "<div class=\"story\">" + StoryParagraphs("Form page", 3) +
                     "</div><button>Send</button><select><option>One option</option></select></form></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  REQUIRE(p.blocks.size() == 3);
  CHECK(HasBlock(p, "Form page paragraph 0"));
  for (const auto& b : p.blocks) CHECK(b.text.find("One option") == std::string::npos);
}

TEST_CASE("page-builder widgets keep headings, list items and short lines; a sidebar widget goes", "[normalizers]") {
  std::string html = R"(<html><body><div class="builder-section"><div class="builder-widget-container">
<h2>Why the harbour grew</h2>
<p>Short line.</p>
<ul><li>Cargo rose every month</li><li>Two new cranes arrived</li></ul>
<p>The harbour authority expects cargo volumes to keep rising through the winter, officials said on Monday.</p>
<p>Its board approved a new quay for container ships, with work to start in the spring, they said.</p>
</div></div>
<div class="widget widget_recent_entries"><p>Recent entries: a long line of other things to read on this site.</p></div>
</body></html>)";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Why the harbour grew"));
  CHECK(HasBlock(p, "Short line."));
  CHECK(HasBlock(p, "Two new cranes arrived"));
  CHECK_FALSE(HasBlock(p, "Recent entries"));
}

TEST_CASE("an embedded post and a lead sentence full of links are kept", "[normalizers]") {
  std::string html = "<html><body><article>"
      "<p><a href=\"/p/ann\">Ann Poe</a>, the <a href=\"/t/harbour\">harbour master</a>, said on "
      "<a href=\"/t/tuesday\">Tuesday</a> that the <a href=\"/t/quay\">new container quay</a> would open "
      "<a href=\"/t/spring\">in the spring</a>.</p>" + StoryParagraphs("Embed page", 3) +
      "<figure><blockquote class=\"twitter-tweet\"><p lang=\"en\">The first ship is in! <a href=\"/t\">#harbour</a> "
      "<a href=\"/pic\">pic.example/abc</a></p>&mdash; Port News (@portnews) <a href=\"/s/1\">May 2, 2026</a>"
      "</blockquote><figcaption>A caption under the post</figcaption></figure></article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Ann Poe, the harbour master, said"));
  CHECK(HasBlock(p, "The first ship is in!"));
  CHECK_FALSE(HasBlock(p, "A caption under the post"));
}

TEST_CASE("other stories, hidden microdata, captions and author boxes are not the story", "[normalizers]") {
  std::string html = "<html><body><article class=\"story\">" + StoryParagraphs("Main", 4) +
      "<figure><img src=\"a.jpg\"><p>A crane lifts the first container onto the new quay, in a long caption sentence.</p></figure>"
      "<div class=\"wp-caption\"><p class=\"wp-caption-text\">Another long caption under a photograph of the harbour at dusk.</p></div>"
      "<span style=\"display: none\" itemprop=\"image\">http://example.com/a.jpg 540 960 admin</span>"
      "<div class=\"author-box\"><p>Jane Roe has written about ports and shipping for the paper for ten years, from Rotterdam.</p></div>"
      "</article><div class=\"next-story\"><h2>A different story begins here now</h2>" + StoryParagraphs("Next", 3) +
      "</div><div class=\"latest-news\"><p>A latest-news item written as a long sentence about something else, here.</p></div>"
      "</body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Main paragraph 3"));
  CHECK_FALSE(HasBlock(p, "Next paragraph"));
  CHECK_FALSE(HasBlock(p, "A latest-news item"));
  CHECK_FALSE(HasBlock(p, "A crane lifts"));
  CHECK_FALSE(HasBlock(p, "Another long caption"));
  CHECK_FALSE(HasBlock(p, "http://example.com"));
  CHECK_FALSE(HasBlock(p, "Jane Roe"));
}

// Session 10: what the pages of issue 13 still lost.

TEST_CASE("elements hidden by a utility class are not read; responsive ones are", "[normalizers]") {
  std::string html = "<html><body><article class=\"story\">" + StoryParagraphs("Main", 3) +
      "<p class=\"hide\">An error has occurred in the e-mail form, please try again in a while.</p>"
      "<div class=\"share-box hidden\"><p>This article has been sent to your friend, who will read it soon.</p></div>"
      "<p>The quay opened<span class=\"sr-only\"> (opens in a new window)</span> in May, the authority said on Monday.</p>"
      "<p class=\"hidden md:block\">Wide screens show this paragraph about the quay and its new cranes, too.</p>"
      "<p class=\"d-none d-lg-block\">Large screens show this paragraph about the harbour master as well.</p>"
      "<p class=\"hidden-xs\">Only the smallest screens hide this paragraph about the quay's opening day.</p>"
      "<p class=\"hideous-title\">A class that merely starts with the word hide keeps its paragraph here.</p>"
      "</article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Main paragraph 2"));
  CHECK_FALSE(HasBlock(p, "An error has occurred"));
  CHECK_FALSE(HasBlock(p, "This article has been sent"));
  CHECK(HasBlock(p, "The quay opened in May, the authority said on Monday."));
  CHECK(HasBlock(p, "Wide screens show"));
  CHECK(HasBlock(p, "Large screens show"));
  CHECK(HasBlock(p, "Only the smallest screens"));
  CHECK(HasBlock(p, "A class that merely starts"));
  // A long hidden part is the rest of the story behind a "read more" button: read.
  std::string more = "<html><body><article class=\"story\">" + StoryParagraphs("Shown", 2) +
      "<div class=\"rest hidden\">" + StoryParagraphs("Revealed", 6) + "</div></article></body></html>";
  CHECK(HasBlock(ExtractHtml(more, {}), "Revealed paragraph 5"));
}

TEST_CASE("dialogs and pop-ups over the page are not the story", "[normalizers]") {
  std::string html = "<html><body><div class=\"page\"><article class=\"story\">" + StoryParagraphs("Main", 4) +
      "</article>"
      "<div class=\"modal-window delete-account-window\"><p>The account was removed; it can be restored within thirty days from the link we sent.</p></div>"
      "<div role=\"dialog\"><p>Write to a friend about this story and we will send them the link with your note.</p></div>"
      "<div class=\"newsletter-popup\"><p>Every morning the best of our reporting, in a long sentence for readers.</p></div>"
      "</div></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Main paragraph 3"));
  CHECK_FALSE(HasBlock(p, "The account was removed"));
  CHECK_FALSE(HasBlock(p, "Write to a friend"));
  CHECK_FALSE(HasBlock(p, "Every morning"));
}

TEST_CASE("a time that opens a line is a line of its own; one inside a sentence is not", "[normalizers]") {
  std::string html = "<html><body><article class=\"story\">"
      "<div class=\"refs\"><time datetime=\"2026-05-02\">21:17 02.05.2026</time><span>Get short URL</span></div>"
      "<div class=\"head\"><time>Published Sat, May 2 2026<span class=\"divider\"></span>4:29 AM EST</time>"
      "<span class=\"divider\"></span><time>Updated an hour ago</time></div>" + StoryParagraphs("Main", 3) +
      "<div>The board met on <time>Monday</time> and approved the new quay, the authority said.</div>"
      "</article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "21:17 02.05.2026"));
  CHECK_FALSE(HasBlock(p, "21:17 02.05.2026Get"));
  CHECK(HasBlock(p, "Get short URL"));
  CHECK(HasBlock(p, "Published Sat, May 2 2026 4:29 AM EST"));
  CHECK(HasBlock(p, "Updated an hour ago"));
  CHECK(HasBlock(p, "The board met on Monday and approved the new quay, the authority said."));
}

TEST_CASE("the description a page marks up in its body is the standfirst, not the story", "[normalizers]") {
  std::string html = "<html><body><article class=\"story\"><h2 class=\"sub-head\" itemprop=\"description\">"
      "Cargo rose for a third month. Here is what the new quay means for the town.</h2>"
      "<p itemprop=\"description alternativeHeadline\">A lead set apart as the summary of the story, one sentence.</p>" +
      StoryParagraphs("Main", 3) + "</article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Main paragraph 0"));
  CHECK_FALSE(HasBlock(p, "Cargo rose for a third month"));
  CHECK_FALSE(HasBlock(p, "A lead set apart"));
  // A page that marks its whole story as the description keeps it.
  std::string whole = "<html><body><div itemprop=\"description\">" + StoryParagraphs("Whole", 6) + "</div></body></html>";
  HtmlPage q = ExtractHtml(whole, {});
  CHECK(HasBlock(q, "Whole paragraph 5"));
}

TEST_CASE("a standfirst box repeating the page's description is cut; a story box holding it is kept", "[normalizers]") {
  const std::string dek = "The port unveiled a plan to double its cargo by 2030. It also aims to cut its power use by half.";
  std::string html = "<html><head><meta name=\"description\" content=\"" + dek + "\"></head><body><article class=\"story\">"
      "<h1>Port plan</h1><div class=\"entry-byline\"><div class=\"article-lead-text\"><p>" + dek + "</p></div>"
      "<span>Ann Poe</span></div>" + StoryParagraphs("Main", 3) + "</article></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Main paragraph 0"));
  CHECK_FALSE(HasBlock(p, "The port unveiled"));
  // The same text as the first paragraph of a body field named "text-with-summary" is the story.
  std::string body = "<html><head><meta name=\"description\" content=\"" + dek + "\"></head><body><article>"
      "<div class=\"field-type-text-with-summary\"><p>" + dek + "</p>" + StoryParagraphs("Body", 4) +
      "</div></article></body></html>";
  HtmlPage q = ExtractHtml(body, {});
  CHECK(HasBlock(q, "The port unveiled"));
  // A lead paragraph that differs from the description stays, whatever its class.
  std::string lead = "<html><head><meta name=\"description\" content=\"" + dek + "\"></head><body><article>"
      "<p class=\"lead\">The port said on Monday that its cargo rose for a third month in a row.</p>" +
      StoryParagraphs("Lead", 3) + "</article></body></html>";
  CHECK(HasBlock(ExtractHtml(lead, {}), "The port said on Monday"));
}

TEST_CASE("camel-case class names are read word by word", "[normalizers]") {
  std::string html = "<html><body><div class=\"ArticleBody-articleBody\">" + StoryParagraphs("Main", 3) +
      "<div class=\"InlineImage-imageEmbedCaption\">A man walks past the first container ship at the new quay on Monday, in a long caption.</div>"
      "<div class=\"RelatedContent-container\"><p>Another story about the quay written as a long sentence, here.</p></div>"
      "</div></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Main paragraph 2"));
  CHECK_FALSE(HasBlock(p, "A man walks past"));
  CHECK_FALSE(HasBlock(p, "Another story about the quay"));
}

TEST_CASE("a page's Arabic presentation forms and Japanese spacing reach the text as written", "[normalizers]") {
  std::ifstream in(std::string(COPYDESK_SOURCE_DIR) + "/tests/fixtures/html/page_characters.html");
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string page = ss.str();
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "page_characters";
  a.format = copydesk::corpus::Format::kHtml;
  a.raw = page;
  NormalizedArticle d = norm->Finish(norm->Prepare(a), nullptr);
  REQUIRE(d.article.paragraphs.size() == 3);
  // Every paragraph is a run of the page itself: no NFKC, spaces beside Latin words kept.
  for (const auto& p : d.article.paragraphs) CHECK(page.find(p) != std::string::npos);
  CHECK(d.article.paragraphs[0].find("\xE3\x81\xA7 Apple \xE3\x81\xAE iPhone ") != std::string::npos);  // で Apple の iPhone
  CHECK(d.article.paragraphs[0].find("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3") != std::string::npos);   // ＡＢＣ
  CHECK(d.article.paragraphs[2].find("\xEF\xBA\x8D\xEF\xBB\x9F") != std::string::npos);  // presentation forms
  CHECK(d.article.paragraphs[2].find("\xEF\xBB\xBB") != std::string::npos);                  // ﻻ
  CHECK(d.text.find("\xEF\xBB\xBB as well") != std::string::npos);
  // The comparison form folds them (NFKC): fullwidth letters to ASCII, presentation forms to letters.
  CHECK(d.folded.find("\xEF\xBC\xA1") == std::string::npos);
  CHECK(d.folded.find("abc") != std::string::npos);
  CHECK(d.folded.find("\xEF\xBB\xBB") == std::string::npos);
  CHECK(d.folded.find("\xD9\x84\xD8\xA7 as well") != std::string::npos);  // lam, alef
}

TEST_CASE("a heading over a list of links is the list's, not the story's", "[normalizers]") {
  std::string html = "<html><body><div id=\"content\"><div id=\"feature\"><h2>New Quay Now Open</h2>"
      "<div><a href=\"/1\">The first container ship docks at the new quay in the harbour</a></div>"
      "<div><a href=\"/2\">Cranes praised by the crews who unloaded the first ships</a></div></div>"
      "<div class=\"article\">" + StoryParagraphs("Main", 3) + "<h2>What comes next</h2>" + StoryParagraphs("After", 2) +
      "</div></div></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  CHECK(HasBlock(p, "Main paragraph 0"));
  CHECK(HasBlock(p, "What comes next"));
  CHECK_FALSE(HasBlock(p, "New Quay Now Open"));
}

TEST_CASE("an author field that is a web address is no byline: the next one is read; references and addresses in a name are cleaned", "[normalizers]") {
  const std::string body = "<body><article><p>The harbour will raise its fees by 4% from March, the authority said on Monday.</p></article></body></html>";
  auto author = [&](const std::string& head) { return ExtractHtml("<html><head>" + head + "</head>" + body, {}).author; };
  CHECK(author(R"x(<meta property="article:author" content="https://www.facebook.com/harbourdaily"><meta name="author" content="Ann Poe">)x") == "Ann Poe");
  CHECK(author(R"x(<meta property="article:author" content="https://example.com/author/ann-poe/"><script type="application/ld+json">{"author":{"@type":"Person","name":"Ann O&#039;Poe"}}</script>)x") == "Ann O'Poe");
  CHECK(author(R"x(<script type="application/ld+json">{"author":"Redacci&oacute;n Hafen &amp; Kai"}</script>)x") == "Redacci\xC3\xB3n Hafen & Kai");
  CHECK(author(R"x(<meta name="author" content="Ann Poe info@example.de">)x") == "Ann Poe");
  CHECK(author(R"x(<meta name="author" content="Harbour Daily (www.example.com)">)x") == "Harbour Daily");
  CHECK(author(R"x(<meta name="author" content="Ann Poe - https://example.com">)x") == "Ann Poe");
  CHECK(author(R"x(<meta name="author" content="@harbourdaily">)x").empty());
  const HtmlPage headline = ExtractHtml(
      R"x(<html><head><script type="application/ld+json">{"headline":"Olive &#038; Herb Bread"}</script></head>)x" + body, {});
  CHECK(headline.title == "Olive & Herb Bread");
  // (JSON-LD is script text: its references are ours to decode; one out of range or unknown stays.)
  CHECK(author(R"x(<script type="application/ld+json">{"author":"Ann &#x26; Bo &#99999999; &bogus; &#xD800; Poe"}</script>)x") ==
        "Ann & Bo &#99999999; &bogus; &#xD800; Poe");
  // A reference ends within 10 bytes of its "&": one farther is none, and a field of a million
  // "&" with no ";" (a hostile page) is read in one pass.
  CHECK(author(R"x(<script type="application/ld+json">{"author":"Ann &amp Bo &abcdefghij; Poe &amp;"}</script>)x") ==
        "Ann &amp Bo &abcdefghij; Poe &");
  const std::string ampersands(1000000, '&');
  const HtmlPage hostile = ExtractHtml(
      "<html><head><script type=\"application/ld+json\">{\"headline\":\"Fish &amp; Chips " + ampersands +
          "\"}</script></head>" + body, {});
  CHECK(hostile.title.size() == 13 + ampersands.size());
  CHECK(hostile.title.starts_with("Fish & Chips &&&"));
}

TEST_CASE("a slideshow whose slides each mark their text as a description keeps the slides", "[normalizers]") {
  // Each slide marks its text itemprop="caption description"; the slides are most of what is
  // kept, though not of the container, which also holds a box of other stories that is cut: no
  // slide is a standfirst.
  const char* texts[] = {
      "The new quay is not what the harbour expected - it is longer than the old one and can take two ships at once, the board said.",
      "First off, its depth is a surprise - fourteen metres at low tide - which puts it among the deepest berths on the coast, officials said.",
      "But the quay fits much more onto a small site, with cranes on rails and a rail link straight to the container yard behind it.",
      "In a departure from older berths, the quay has shore power, so ships can switch off their engines while they load and unload.",
      "All of this comes in at 40 million crowns, less than half what the port paid for its last quay in the north harbour, they said."};
  std::string slides, related;
  for (int i = 0; i < 12; ++i)
    related += "<p>Fund " + std::to_string(i) + " returned 17.5 per cent over five years, the best of its class in the index.</p>";
  for (const char* t : texts)
    slides += "<section class=\"slide\"><p itemprop=\"caption description\" class=\"s_des\">" + std::string(t) + "</p></section>";
  const std::string html =
      "<html><head><meta name=\"description\" content=\"" + std::string(texts[0]) + "\"></head><body><main>"
      "<p>Five things to know about the new quay.</p>" + slides + "<div class=\"related-stories\">" + related +
      "</div></main></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  std::string all;
  for (const auto& b : p.blocks) all += b.text + "\n";
  for (const char* t : texts) CHECK(all.find(t) != std::string::npos);
}

TEST_CASE("a caption set in a span under a picture is cut; a span inside a line is not", "[normalizers]") {
  // The caption is an inline element with a caption class, opening a line of its own after the
  // picture (no <figure> around them), on a page whose <body> class names a sidebar layout.
  const std::string story =
      "<p>Ministers met on Tuesday to discuss the harbour plan, which would widen the old quay and add two berths "
      "for container ships by the end of next year, officials said.</p>"
      "<p>The plan has been debated for a decade. Opponents say the dredging would harm the bay's fisheries, "
      "while supporters say the port needs the space to <span class=\"caption-like\">compete</span> with its "
      "neighbours.</p>"
      "<p>A final decision is expected in the spring, after a public consultation that opens next month.</p>";
  const std::string html =
      "<html><body class=\"page one-sidebar\"><main><div class=\"story\"><h1>Ministers meet over the harbour plan</h1>"
      "<div class=\"gallery-teaser\"><div class=\"columns\"><div class=\"text-center\"><a href=\"/g\">"
      "<img src=\"x.jpg\" alt=\"\"></a><br></div><span class=\"story-gallery-teaser-caption\">HARBOUR BOARD, "
      "WIRE PHOTO</span></div></div>" + story + "</div></main></body></html>";
  HtmlPage p = ExtractHtml(html, {});
  std::string all;
  for (const auto& b : p.blocks) all += b.text + "\n";
  CHECK(all.find("HARBOUR BOARD") == std::string::npos);
  CHECK(all.find("the space to compete with its neighbours.") != std::string::npos);
  CHECK(all.find("Ministers met on Tuesday") != std::string::npos);
  bool cut = false;
  for (const auto& r : p.removed) cut = cut || r.text.find("HARBOUR BOARD") != std::string::npos;
  CHECK(cut);
}

namespace {
std::string AllText(const HtmlPage& p) {
  std::string all;
  for (const auto& b : p.blocks) all += b.text + "\n";
  return all;
}
const std::string kPara =
    "<p>The port authority said on Monday that traffic through the harbour had risen for a third year, "
    "with more ships calling from Asia than ever before.</p>";
}  // namespace

TEST_CASE("superscripts read as powers or marks; a <br> inside a sentence runs the line on", "[normalizers]") {
  HtmlPage p = ExtractHtml("<html><body><article>" + kPara +
                               "<p>Light covers 3 &times; 10<sup>8</sup> metres a second; the flat has 120 "
                               "m<sup>2</sup> and turnout was 42<sup>1</sup> percent, or 1,250<sup>[3]</sup> votes.</p>"
                               "<p>The firm said on Tuesday that it had raised $42.5<br>million from investors led by a venture fund and<br>"
                               "Northwind Capital.</p><p>Markets:<br>oil down 1.2% at $78<br>gold up 0.3%</p><p>Opening hours:<br>Monday to Friday<br><br>Closed on Sundays.</p>"
                               "</article></body></html>",
                           {});
  const std::string all = AllText(p);
  CHECK(all.find("3 \xC3\x97 10\xE2\x81\xB8 metres") != std::string::npos);  // 10⁸
  CHECK(all.find("120 m\xC2\xB2") != std::string::npos);                   // m²
  CHECK(all.find("42\xC2\xB9 percent") != std::string::npos);              // 42¹
  CHECK(all.find("1,250 votes") != std::string::npos);                     // the mark dropped
  CHECK(all.find("raised $42.5 million from investors led by a venture fund and Northwind Capital.") != std::string::npos);
  CHECK(all.find("oil down 1.2% at $78\ngold up 0.3%") != std::string::npos);  // short lines: a list's
  // A line that ends, or two <br>s, part lines as before.
  CHECK(all.find("Opening hours:\n") != std::string::npos);
  CHECK(all.find("Monday to Friday\n") != std::string::npos);
}

TEST_CASE("a headline broken by <br> or set in two spans keeps its words apart", "[normalizers]") {
  HtmlPage p = ExtractHtml("<html><body><article><h1><span>Exclusive</span><span>Harbour traffic<br>rises again</span></h1>" +
                               kPara + "</article></body></html>",
                           {});
  CHECK(p.headline == "Exclusive Harbour traffic rises again");
}

TEST_CASE("the page behind an open dialog is read; a link opening a sentence keeps its words", "[normalizers]") {
  HtmlPage p = ExtractHtml("<html><body><div id=\"root\" aria-hidden=\"true\"><main><h1>Harbour</h1>" + kPara +
                               "<p><a class=\"author-bio-link\" href=\"/a\">Jane Smith</a>, the harbour master, said "
                               "the new berths would open next spring.</p></main></div>"
                               "<div role=\"dialog\"><p>We use cookies.</p></div></body></html>",
                           {});
  const std::string all = AllText(p);
  CHECK(all.find("traffic through the harbour") != std::string::npos);
  CHECK(all.find("Jane Smith, the harbour master, said") != std::string::npos);
  CHECK(all.find("cookies") == std::string::npos);
}

TEST_CASE("an endless page's next story is not this one's; a table's rows are lines; cells left open are no depth", "[normalizers]") {
  HtmlPage p = ExtractHtml("<html><body><main><article><h1>Harbour traffic rises</h1>" + kPara + kPara +
                               "</article><article><h1>Teachers vote to strike</h1><p>Teachers in the region voted "
                               "on Tuesday to strike for two days next month after talks over pay broke down.</p>"
                               "</article></main></body></html>",
                           {});
  CHECK(AllText(p).find("Teachers") == std::string::npos);
  std::string rows;
  for (int i = 0; i < 600; ++i) rows += "<tr><td>Precinct " + std::to_string(i) + "<td>" + std::to_string(i * 7) + "<td>51%";
  p = ExtractHtml("<html><body><article><h1>Results</h1>" + kPara +
                      "<figure class=\"wp-block-table\"><table><tr><th>District</th><th>Turnout</th></tr>"
                      "<tr><td>North</td><td>48.2%</td></tr></table></figure><table>" + rows + "</table></article></body></html>",
                  {});
  CHECK_FALSE(p.degraded);
  const std::string all = AllText(p);
  CHECK(all.find("North | 48.2%\n") != std::string::npos);
  CHECK(all.find("Precinct 599 | 4193 | 51%") != std::string::npos);
  p = ExtractHtml("<html><body><article>" + kPara + "<pre>Candidate    Votes\nA. Smith     12,408\n</pre>" + kPara +
                      "</article></body></html>",
                  {});
  CHECK(AllText(p).find("A. Smith | 12,408\n") != std::string::npos);
}

TEST_CASE("the endless page's story is the one its title heads; names set in two styles stay one word; prose in <pre> stays prose", "[normalizers]") {
  const std::string ferry =
      "<p>Ferry fares will rise by a tenth from May, the operator said, blaming fuel costs and a new levy on "
      "ships that call at the port more than twice a day.</p>";
  HtmlPage p = ExtractHtml("<html><head><title>Harbour traffic rises | Gazette</title></head><body><main>"
                           "<article><h1>Harbour traffic rises</h1>" + kPara +
                               "</article><article><h1>Ferry fares to rise</h1>" + ferry + ferry + ferry +
                               "</article></main></body></html>",
                           {});
  std::string all = AllText(p);
  CHECK(all.find("traffic through the harbour") != std::string::npos);
  CHECK(all.find("Ferry fares") == std::string::npos);
  p = ExtractHtml("<html><body><article>" + kPara + "<p>Sales of the i<b>Phone</b> rose while Pay<span>Pal</span> "
                  "and Open<em>AI</em> held talks with the port.</p></article></body></html>", {});
  CHECK(AllText(p).find("iPhone rose while PayPal and OpenAI held") != std::string::npos);
  p = ExtractHtml("<html><body><article>" + kPara + "<pre>The council approved the plan at a cost of 45 million\n"
                  "pounds, up from 30 million pounds in 2022.\n\nWork begins in May.</pre>" + kPara +
                  "</article></body></html>", {});
  all = AllText(p);
  CHECK(all.find("45 million pounds, up from 30 million pounds in 2022.\nWork begins in May.\n") != std::string::npos);
  // A table that lays out a page keeps its cells' blocks; a data table's link-named rows keep their figures.
  p = ExtractHtml("<html><body><article>" + kPara + "<table><tr><td><a href=/w>North Harbour</a></td><td><a href=/c>Ann Lee</a></td>"
                  "<td>412</td></tr><tr><td><a href=/w2>South Quay</a></td><td><a href=/c2>Tom Hart</a></td><td>1,205</td></tr>"
                  "</table>" + kPara + "</article></body></html>", {});
  CHECK(AllText(p).find("South Quay | Tom Hart | 1,205\n") != std::string::npos);
}
