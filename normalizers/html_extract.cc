#include "normalizers/html_extract.h"

#include <gumbo.h>
#include <re2/re2.h>
#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "corpus/ascii.h"
#include "normalizers/text_shape.h"

namespace copydesk::normalizers {

namespace {

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MATH: case GUMBO_TAG_HEAD: case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_OPTION: case GUMBO_TAG_INPUT:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_BR: case GUMBO_TAG_HR: case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

struct Hints {
  // Class and id tokens (split on space, "-" and "_"), not substrings: "football" is no footer.
  RE2 negative{
      R"((?i)(?:^|[\s_-])(?:comments?|footer|foot|sidebar|related|share|sharing|social|nav|navbar|navigation|menu|breadcrumbs?|promo|advert\w*|ads?|sponsor\w*|newsletter|subscribe|signup|popup|modal|cookies?|banner|masthead|widget|recirc\w*|trending|tags?|byline|bio|caption|credits?|disclaimer|hidden|skip|outbrain|taboola)(?:$|[\s_-]))"};
  // Regions that are never the story, whatever their text looks like.
  RE2 strong_negative{
      R"((?i)(?:^|[\s_-])(?:comments?|comment-list|footer|sidebar|related|recirc\w*|outbrain|taboola|newsletter|most-popular|trending)(?:$|[\s_-]))"};
  RE2 positive{R"((?i)(?:^|[\s_-])(?:article\w*|content|story\w*|body|post|entry|text|main|prose|paragraphs?)(?:$|[\s_-]))"};
};
const Hints& H() {
  static const Hints* h = new Hints();
  return *h;
}

// One text block in document order: the text directly under a block element.
struct TextBlock {
  std::string text;
  size_t link_chars = 0;
  const GumboNode* container = nullptr;  // the block element holding it
  bool heading = false;
  bool in_negative = false;
  bool in_strong_negative = false;
  const GumboNode* negative_at = nullptr;  // innermost non-content container above the block
  const GumboNode* strong_at = nullptr;    // innermost never-content container above it
  bool list_item = false;
};

bool IsStrongNegative(const GumboNode* n) {
  const GumboElement& e = n->v.element;
  std::string s;
  if (const char* c = Attr(e, "class")) s += c;
  s += ' ';
  if (const char* i = Attr(e, "id")) s += i;
  return RE2::PartialMatch(s, H().strong_negative);
}

int ClassWeight(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return 0;
  const GumboElement& e = n->v.element;
  std::string s;
  if (const char* c = Attr(e, "class")) s += c;
  s += ' ';
  if (const char* i = Attr(e, "id")) s += i;
  if (const char* r = Attr(e, "role")) { s += ' '; s += r; }
  if (s.size() <= 1) return 0;
  int w = 0;
  if (RE2::PartialMatch(s, H().negative)) w -= 25;
  if (RE2::PartialMatch(s, H().positive)) w += 25;
  return w;
}

void AppendSpaceCollapsed(std::string* out, const char* s) {
  for (const char* p = s; *p; ++p) {
    char c = *p;
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

std::string NodeTextOf(const GumboNode* n);

// Returns true when `card` leads with a headline link: a link of 3+ words that is the whole
// text of its block (story paragraphs carry links inside sentences, and the subheads of a
// story's sections are not links).
bool LeadsWithHeadline(const GumboNode* card) {
  std::vector<const GumboNode*> stack{card};
  size_t seen = 0;
  while (!stack.empty() && ++seen < 400) {
    const GumboNode* x = stack.back();
    stack.pop_back();
    if (x->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = x->v.element;
    if (e.tag == GUMBO_TAG_A) {
      std::string link = NodeTextOf(x);
      const GumboNode* block = x->parent;
      while (block != nullptr && block != card && block->type == GUMBO_NODE_ELEMENT &&
             !IsBlockTag(block->v.element.tag))
        block = block->parent;
      if (CountWords(link, 30) >= 3 && block != nullptr && NodeTextOf(block) == link) return true;
      continue;
    }
    for (size_t i = e.children.length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
  }
  return false;
}

// Finds teaser cards: 3+ sibling elements with the same tag and class (a list of other
// stories: headline link + blurb), most of which lead with a headline. Their blurbs read like
// prose, so only their structure gives them away.
void FindTeaserCards(const GumboNode* root, std::unordered_set<const GumboNode*>* cards) {
  std::vector<const GumboNode*> stack{root};
  std::unordered_map<std::string, std::vector<const GumboNode*>> groups;
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children
                                                            : n->v.element.children;
    groups.clear();
    for (size_t i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      stack.push_back(k);
      GumboTag t = k->v.element.tag;
      if (t != GUMBO_TAG_LI && t != GUMBO_TAG_DIV && t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_SECTION)
        continue;
      const char* cls = Attr(k->v.element, "class");
      if (cls == nullptr || *cls == '\0') continue;
      groups[std::to_string(t) + ' ' + cls].push_back(k);
    }
    for (const auto& [sig, members] : groups) {
      if (members.size() < 3) continue;
      size_t headed = 0;
      for (const GumboNode* m : members) headed += LeadsWithHeadline(m);
      if (headed * 3 >= members.size() * 2)
        for (const GumboNode* m : members) cards->insert(m);
    }
  }
}

struct Walker {
  const HtmlOptions& options;
  const std::unordered_set<const GumboNode*>& teasers;
  std::vector<TextBlock> blocks;
  std::unordered_map<const GumboNode*, const GumboNode*> parent_of;  // only block containers

  void Walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      size_t child;
      const GumboNode* container;
      bool negative;
      bool strong_negative;
      const GumboNode* negative_at;
      const GumboNode* strong_at;
      int link_depth;
      size_t depth;
    };
    std::vector<Frame> stack;
    TextBlock current;
    auto flush = [&]() {
      std::string_view t = Trim(current.text);
      if (!t.empty()) {
        current.text = std::string(t);
        blocks.push_back(std::move(current));
      }
      current = TextBlock();
    };
    stack.push_back({root, 0, root, false, false, nullptr, nullptr, 0, 0});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboNode* n = f.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
          n->type == GUMBO_NODE_CDATA) {
        if (current.text.empty()) {
          current.container = f.container;
          current.in_negative = f.negative;
          current.in_strong_negative = f.strong_negative;
          current.negative_at = f.negative_at;
          current.strong_at = f.strong_at;
        }
        size_t before = current.text.size();
        AppendSpaceCollapsed(&current.text, n->v.text.text);
        if (f.link_depth > 0) current.link_chars += current.text.size() - before;
        stack.pop_back();
        continue;
      }
      if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT &&
          n->type != GUMBO_NODE_TEMPLATE) {
        stack.pop_back();
        continue;
      }
      const GumboVector& kids = n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children
                                                              : n->v.element.children;
      if (f.child == 0 && n->type == GUMBO_NODE_ELEMENT) {
        GumboTag tag = n->v.element.tag;
        if (IsBlockTag(tag) && f.depth < options.max_depth) flush();
        if (tag == GUMBO_TAG_BR) {
          stack.pop_back();
          continue;
        }
      }
      if (f.child >= kids.length) {
        if (n->type == GUMBO_NODE_ELEMENT && IsBlockTag(n->v.element.tag) &&
            f.depth < options.max_depth) {
          if (!current.text.empty()) {
            current.heading = IsHeading(n->v.element.tag);
            current.list_item = n->v.element.tag == GUMBO_TAG_LI;
          }
          flush();
        }
        stack.pop_back();
        continue;
      }
      const GumboNode* child = static_cast<const GumboNode*>(kids.data[f.child++]);
      Frame next{child, 0, f.container, f.negative, f.strong_negative, f.negative_at, f.strong_at,
                 f.link_depth, f.depth + 1};
      if (child->type == GUMBO_NODE_ELEMENT) {
        GumboTag tag = child->v.element.tag;
        if (IsSkippedTag(tag)) continue;
        const char* hidden = Attr(child->v.element, "hidden");
        const char* aria = Attr(child->v.element, "aria-hidden");
        if (hidden != nullptr || (aria != nullptr && std::strcmp(aria, "true") == 0)) continue;
        if (tag == GUMBO_TAG_A) ++next.link_depth;
        if (IsBlockTag(tag) && next.depth < options.max_depth) {
          parent_of.emplace(child, f.container);
          next.container = child;
          if (teasers.count(child) > 0) {
            next.negative = next.strong_negative = true;
            next.negative_at = next.strong_at = child;
          } else if (ClassWeight(child) < 0) {
            next.negative = true;
            next.negative_at = child;
            if (IsStrongNegative(child)) {
              next.strong_negative = true;
              next.strong_at = child;
            }
          }
        }
      }
      stack.push_back(next);
    }
    flush();
  }
};

std::string NodeTextOf(const GumboNode* n) {
  std::string out;
  std::vector<const GumboNode*> stack{n};
  while (!stack.empty()) {
    const GumboNode* x = stack.back();
    stack.pop_back();
    if (x->type == GUMBO_NODE_TEXT) AppendSpaceCollapsed(&out, x->v.text.text);
    if (x->type != GUMBO_NODE_ELEMENT) continue;
    const GumboVector& k = x->v.element.children;
    for (size_t i = k.length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(k.data[i - 1]));
  }
  return std::string(Trim(out));
}

void ReadJsonLd(std::string_view json, HtmlPage* page) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(json.data(), json.size()).get(doc)) return;
  std::vector<simdjson::dom::element> todo{doc};
  while (!todo.empty()) {
    simdjson::dom::element e = todo.back();
    todo.pop_back();
    if (e.is_array()) {
      for (auto x : e.get_array()) todo.push_back(x);
      continue;
    }
    if (!e.is_object()) continue;
    simdjson::dom::object o = e.get_object();
    std::string_view s;
    if (page->published.empty() && !o["datePublished"].get_string().get(s)) page->published = s;
    if (page->title.empty() && !o["headline"].get_string().get(s)) page->title = s;
    simdjson::dom::element author;
    if (page->author.empty() && !o["author"].get(author)) {
      if (author.is_array() && author.get_array().size() > 0) author = author.get_array().at(0);
      if (!author.get_string().get(s)) page->author = s;
      else if (author.is_object() && !author["name"].get_string().get(s)) page->author = s;
    }
    simdjson::dom::element graph;
    if (!o["@graph"].get(graph)) todo.push_back(graph);
  }
}

void ReadMeta(const GumboNode* root, HtmlPage* page) {
  std::vector<const GumboNode*> stack{root};
  std::string title_tag, h1;
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = n->v.element;
    if (e.tag == GUMBO_TAG_META) {
      const char* key = Attr(e, "property");
      if (key == nullptr) key = Attr(e, "name");
      if (key == nullptr) key = Attr(e, "itemprop");
      const char* content = Attr(e, "content");
      if (key != nullptr && content != nullptr) {
        std::string k(key);
        for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((k == "og:title" || k == "twitter:title") && page->title.empty()) page->title = content;
        else if ((k == "author" || k == "article:author" || k == "byl" || k == "parsely-author") &&
                 page->author.empty())
          page->author = content;
        else if ((k == "article:published_time" || k == "datepublished" || k == "pubdate" ||
                  k == "date" || k == "parsely-pub-date" || k == "og:published_time") &&
                 page->published.empty())
          page->published = content;
        else if (k == "og:site_name" && page->site_name.empty()) page->site_name = content;
        else if (k == "og:url" && page->url.empty()) page->url = content;
      }
    } else if (e.tag == GUMBO_TAG_SCRIPT) {
      const char* type = Attr(e, "type");
      if (type != nullptr && std::strstr(type, "ld+json") != nullptr && e.children.length > 0) {
        const GumboNode* t = static_cast<const GumboNode*>(e.children.data[0]);
        if (t->type == GUMBO_NODE_TEXT) ReadJsonLd(t->v.text.text, page);
      }
      continue;
    } else if (e.tag == GUMBO_TAG_TITLE && title_tag.empty()) {
      title_tag = NodeTextOf(n);
    } else if (e.tag == GUMBO_TAG_H1 && h1.empty()) {
      h1 = NodeTextOf(n);
    } else if (e.tag == GUMBO_TAG_TIME && page->published.empty()) {
      if (const char* dt = Attr(e, "datetime")) page->published = dt;
    }
    if (e.tag == GUMBO_TAG_BODY) page->had_body = page->had_body || e.children.length > 0;
    for (size_t i = e.children.length; i > 0; --i)
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i - 1]));
  }
  if (page->title.empty()) page->title = !h1.empty() ? h1 : title_tag;
}

size_t Commas(std::string_view s) { return static_cast<size_t>(std::count(s.begin(), s.end(), ',')); }

struct PageShape {
  size_t max_depth = 0;   // upper estimate of the element nesting depth (unclosed <p>/<li> count)
  double parse_work = 0;  // estimate of the parser's work beyond linear (see max_parse_work)
};

// Measures `html` in one pass: nesting depth, tags, and attributes per element.
PageShape MeasurePage(std::string_view html) {
  static constexpr std::string_view kVoid[] = {"area", "base", "br", "col", "embed", "hr", "img",
                                               "input", "link", "meta", "param", "source", "track",
                                               "wbr", "!", "?"};
  int64_t depth = 0, max_depth = 0;
  double tags = 0, attribute_work = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    if (html[i + 1] == '/') {
      // An unmatched closing tag still makes the parser search its open elements.
      ++tags;
      if (depth > 0) --depth;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(html[i + 1]);
    if (!std::isalpha(c) && c != '!' && c != '?') continue;
    size_t e = html.find('>', i);
    if (e == std::string_view::npos) break;
    ++tags;
    // Attributes: each starts after a run of spaces; the parser compares each with the others.
    double attributes = 0;
    for (size_t k = i + 1; k + 1 < e; ++k)
      if (ascii::IsSpace(html[k]) && !ascii::IsSpace(html[k + 1])) ++attributes;
    attribute_work += attributes * attributes;
    bool self_closing = html[e - 1] == '/';
    bool is_void = false;
    for (auto v : kVoid) {
      if (html.substr(i + 1, v.size()) == v) is_void = true;
    }
    if (!self_closing && !is_void) max_depth = std::max(max_depth, ++depth);
    i = e;
  }
  PageShape shape;
  shape.max_depth = static_cast<size_t>(max_depth);
  shape.parse_work = tags * static_cast<double>(max_depth) + attribute_work;
  return shape;
}

// Pages nested deeper than any real article (gumbo is quadratic in depth) are read as text:
// tags become line breaks, script and style bodies are dropped.
HtmlPage ExtractAsText(std::string_view html) {
  HtmlPage page;
  std::string text;
  for (size_t i = 0; i < html.size();) {
    if (html[i] == '<') {
      size_t e = html.find('>', i);
      if (e == std::string_view::npos) break;
      std::string_view tag = html.substr(i + 1, std::min<size_t>(6, e - i - 1));
      std::string lower(tag);
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (lower.starts_with("script") || lower.starts_with("style")) {
        size_t close = html.find("</", e);
        e = close == std::string_view::npos ? html.size() - 1 : html.find('>', close);
        if (e == std::string_view::npos) break;
      }
      if (text.empty() || text.back() != '\n') text.push_back('\n');
      i = e + 1;
      continue;
    }
    text.push_back(html[i++]);
  }
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line = Trim(std::string_view(text).substr(pos, nl - pos));
    if (!line.empty()) page.blocks.push_back({std::string(line), BlockKind::kBody});
    pos = nl + 1;
  }
  page.had_body = !page.blocks.empty();
  page.degraded = true;
  return page;
}

}  // namespace

// Returns `html` with the contents of <script> (except JSON-LD) and <style> elements cut out.
// They are two thirds of a typical news page's bytes, and the parser would otherwise walk them
// character by character only for the walker to skip them. Comments are copied unchanged, so a
// "<script" inside one cuts nothing.
std::string DropRawText(std::string_view html) {
  auto lower_starts = [&](size_t at, std::string_view word) {
    if (at + word.size() > html.size()) return false;
    for (size_t k = 0; k < word.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(html[at + k])) != word[k]) return false;
    return true;
  };
  auto name_ends = [&](size_t at) {
    if (at >= html.size()) return true;
    char c = html[at];
    return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  };
  std::string out;
  out.reserve(html.size() / 2);
  size_t copied = 0, i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      size_t e = html.find("-->", i + 4);
      i = e == std::string_view::npos ? html.size() : e + 3;
      continue;
    }
    std::string_view name;
    if (lower_starts(i + 1, "script") && name_ends(i + 7)) name = "script";
    else if (lower_starts(i + 1, "style") && name_ends(i + 6)) name = "style";
    if (name.empty()) {
      ++i;
      continue;
    }
    // End of the start tag, skipping quoted attribute values.
    size_t j = i + 1 + name.size();
    char quote = 0;
    for (; j < html.size(); ++j) {
      char c = html[j];
      if (quote != 0) { if (c == quote) quote = 0; }
      else if (c == '"' || c == '\'') quote = c;
      else if (c == '>') break;
    }
    if (j >= html.size()) break;
    std::string_view tag = html.substr(i, j - i);
    bool keep = name == "script" && (tag.find("ld+json") != std::string_view::npos ||
                                     tag.find("LD+JSON") != std::string_view::npos);
    // The element ends at the first "</name" (the HTML tokenizer's rule for raw text).
    size_t end = j + 1;
    for (;;) {
      end = html.find("</", end);
      if (end == std::string_view::npos || (lower_starts(end + 2, name) && name_ends(end + 2 + name.size())))
        break;
      end += 2;
    }
    if (end == std::string_view::npos) break;  // unterminated: let the parser see it as is
    if (!keep) {
      out.append(html.substr(copied, j + 1 - copied));
      copied = end;
    }
    i = end + 2;
  }
  out.append(html.substr(copied));
  return out;
}

HtmlPage ExtractHtml(std::string_view html, const HtmlOptions& options) {
  const PageShape shape = MeasurePage(html);
  if (shape.max_depth > options.max_depth || shape.parse_work > options.max_parse_work)
    return ExtractAsText(html);
  HtmlPage page;
  GumboOptions gopts = kGumboDefaultOptions;
  gopts.max_errors = 0;  // recorded errors copy the open-element stack: quadratic memory
  const std::string lean = DropRawText(html);
  GumboOutput* out = gumbo_parse_with_options(&gopts, lean.data(), lean.size());
  if (out == nullptr) return page;
  ReadMeta(out->root, &page);
  std::unordered_set<const GumboNode*> teasers;
  FindTeaserCards(out->document, &teasers);
  Walker w{options, teasers, {}, {}};
  w.Walk(out->document);

  // Score containers as readability does: each paragraph-sized block feeds its container and,
  // at half weight, the container's parent.
  std::unordered_map<const GumboNode*, double> score;
  for (const auto& b : w.blocks) {
    size_t len = CountCodePoints(b.text);
    if (len < options.min_block_chars) continue;
    double density = len ? static_cast<double>(b.link_chars) / b.text.size() : 0;
    double s = (1.0 + Commas(b.text) + std::min<double>(len / 100.0, 3.0)) * (1.0 - density);
    const GumboNode* c = b.container;
    if (c == nullptr) continue;
    if (!score.count(c)) score[c] = ClassWeight(c);
    score[c] += s;
    auto p = w.parent_of.find(c);
    if (p != w.parent_of.end() && p->second != nullptr) {
      if (!score.count(p->second)) score[p->second] = ClassWeight(p->second);
      score[p->second] += s / 2;
      auto g = w.parent_of.find(p->second);
      if (g != w.parent_of.end() && g->second != nullptr) {
        if (!score.count(g->second)) score[g->second] = ClassWeight(g->second);
        score[g->second] += s / 3;
      }
    }
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  // The best container or a parent of one, in document order so that ties are deterministic.
  auto consider = [&](const GumboNode* c) {
    auto it = score.find(c);
    if (it != score.end() && it->second > best_score) {
      best_score = it->second;
      best = c;
    }
  };
  for (const auto& b : w.blocks) {
    consider(b.container);
    auto p = w.parent_of.find(b.container);
    if (p != w.parent_of.end()) consider(p->second);
  }
  // Keep the best container and those of its siblings that score well.
  auto inside = [&](const GumboNode* c, const GumboNode* root) {
    for (int hops = 0; c != nullptr && hops < 100000; ++hops) {
      if (c == root) return true;
      auto p = w.parent_of.find(c);
      if (p == w.parent_of.end()) return false;
      c = p->second;
    }
    return false;
  };
  // Articles split over sibling containers (page builders, "read more" breaks): climb from the
  // best container while it holds less than most of the page's prose.
  auto is_prose = [&](const TextBlock& b) {
    return CountCodePoints(b.text) >= 60 && EndsSentence(b.text) && b.link_chars * 10 < b.text.size() * 3;
  };
  size_t prose_total = 0;
  for (const auto& b : w.blocks) if (is_prose(b)) prose_total += b.text.size();
  for (int climb = 0; best != nullptr && climb < options.max_climb; ++climb) {
    size_t inside_prose = 0;
    for (const auto& b : w.blocks) if (is_prose(b) && inside(b.container, best)) inside_prose += b.text.size();
    if (inside_prose >= options.prose_share * prose_total) break;
    auto p = w.parent_of.find(best);
    if (p == w.parent_of.end() || p->second == nullptr || p->second->type != GUMBO_NODE_ELEMENT ||
        p->second->v.element.tag == GUMBO_TAG_BODY)
      break;
    best = p->second;
  }
  const GumboNode* best_parent = nullptr;
  if (best != nullptr) {
    auto p = w.parent_of.find(best);
    if (p != w.parent_of.end()) best_parent = p->second;
  }
  for (const auto& b : w.blocks) {
    bool keep = false;
    std::string reason = "outside-main-content";
    if (best != nullptr && inside(b.container, best)) {
      keep = true;
    } else if (best_parent != nullptr && inside(b.container, best_parent)) {
      // A sibling container: kept when it scores well or reads like prose.
      const GumboNode* c = b.container;
      while (c != nullptr) {
        auto p = w.parent_of.find(c);
        if (p == w.parent_of.end() || p->second == best_parent) break;
        c = p->second;
      }
      auto it = score.find(c);
      double s = it == score.end() ? 0 : it->second;
      keep = s >= options.sibling_share * best_score ||
             (CountCodePoints(b.text) >= 80 && EndsSentence(b.text) && b.link_chars == 0);
    }
    double density = b.text.empty() ? 0 : static_cast<double>(b.link_chars) / b.text.size();
    if (keep && density > options.max_link_density) {
      keep = false;
      reason = "link-dense";
    }
    // Class hints count only below the chosen container: a layout wrapper named
    // "has-sidebar" above the whole article says nothing about its paragraphs.
    // Siblings of the best container are judged by their own classes too.
    const GumboNode* root = best_parent != nullptr ? best_parent : best;
    auto below_best = [&](const GumboNode* n) {
      return n != nullptr && n != root && inside(n, root) && !inside(best, n);
    };
    bool strong = b.strong_at != nullptr && below_best(b.strong_at);
    bool weak = b.negative_at != nullptr && below_best(b.negative_at);
    if (keep && (strong || (weak && !(CountCodePoints(b.text) >= 80 && EndsSentence(b.text))))) {
      keep = false;
      reason = "non-content-class";
    }
    if (keep) {
      page.blocks.push_back({b.text, b.heading ? BlockKind::kHeading
                                               : (b.list_item ? BlockKind::kBullet : BlockKind::kBody)});
    } else if (page.removed.size() < 10000) {
      page.removed.push_back({b.text, reason});
    }
  }
  gumbo_destroy_output(&gopts, out);
  return page;
}

}  // namespace copydesk::normalizers
