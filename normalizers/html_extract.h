// HTML main-content extraction: parses a page with MyHTML (a conforming HTML5 parser; why not
// gumbo: docs/html.md) and keeps the article body, scored by text density, link density, tag
// and class hints.
//
//   normalizers::HtmlPage page = normalizers::ExtractHtml(html, {});
//   // page.title, page.author, page.published (meta tags, JSON-LD), page.blocks (paragraphs)
//
// Options (defaults):
//   min_block_chars        25    blocks shorter than this add nothing to a container's score
//   sibling_share          0.2   siblings of the best container scoring this share are kept too
//   max_link_density       0.5   blocks whose text is mostly link text are dropped
//   prose_share            0.8   climb from the best container until it holds this share of
//                                the page's prose (long, punctuated, link-poor blocks)
//   max_climb              12    ... at most this many levels
//   max_hidden_words       100   an element hidden by a utility class ("hide", "sr-only") or by
//                                aria-hidden="true" (also set behind an open dialog) is left
//                                out when it holds at most this many words; a longer one is text
//                                a script reveals ("read more"), and is read
//   max_summary_words      80    an element marked itemprop="description" of at most this many
//                                words is the standfirst, not the story; so is a standfirst's box
//                                ("dek", "summary", "excerpt", "lead") of at most this many words
//                                whose text is the page's meta description
//   max_depth              2000  a page nested deeper is read as text (tags -> line breaks);
//                                a DOM walk never recurses, whatever the depth
//   max_parse_work         5e7   pages whose parse would cost more than this are read as text:
//                                the parser's work grows with (open elements x tags), as with
//                                floods of unmatched closing tags, and with (attributes of one
//                                element)^2; both are estimated in one linear pre-scan
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "normalizers/block.h"

namespace copydesk::normalizers {

struct HtmlOptions {
  size_t min_block_chars = 25;
  double sibling_share = 0.2;
  double max_link_density = 0.5;
  size_t max_depth = 2000;
  double max_parse_work = 5e7;
  double prose_share = 0.8;
  int max_climb = 12;
  size_t max_summary_words = 80;
  size_t max_hidden_words = 100;
};

struct HtmlPage {
  std::string title;
  std::string author;
  std::string published;
  std::string site_name;
  std::string headline;     // the first <h1>, and the <title> element (a page may repeat either
  std::string title_tag;    // in its body; the normalizer drops the repeat)
  std::string description;  // meta description / og:description: the standfirst, when the body repeats it
  std::string url;
  std::vector<Block> blocks;  // main content, in document order
  bool had_body = false;
  bool degraded = false;         // nesting or parse cost beyond the limits: read as text, not as a DOM
  std::vector<Removal> removed;  // text blocks left out, with reason
};

// Returns `html` with the contents of <script> (except JSON-LD) and <style> elements cut out,
// comments copied unchanged: what ExtractHtml hands to the parser.
std::string DropRawText(std::string_view html);

// Returns the main content and metadata of `html` (UTF-8). Never fails: a page without a body
// or text gives no blocks.
HtmlPage ExtractHtml(std::string_view html, const HtmlOptions& options);

}  // namespace copydesk::normalizers
