#include "normalizers/html_extract.h"

#include <myhtml/api.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "corpus/ascii.h"
#include "normalizers/text_shape.h"
#include "normalizers/unicode.h"

namespace copydesk::normalizers {

namespace {

using Node = myhtml_tree_node_t;
using Tag = myhtml_tag_id_t;

// MyHTML's accessors take non-const nodes; the walk never changes the tree.
Node* M(const Node* n) { return const_cast<Node*>(n); }
Tag TagOf(const Node* n) { return myhtml_node_tag_id(M(n)); }
bool IsText(const Node* n) { return TagOf(n) == MyHTML_TAG__TEXT; }
// Elements: every node but text, comments, the doctype and the document itself.
bool IsElement(const Node* n) {
  Tag t = TagOf(n);
  return t != MyHTML_TAG__TEXT && t != MyHTML_TAG__COMMENT && t != MyHTML_TAG__DOCTYPE &&
         t != MyHTML_TAG__UNDEF;
}
const Node* FirstChild(const Node* n) { return myhtml_node_child(M(n)); }
const Node* LastChild(const Node* n) { return myhtml_node_last_child(M(n)); }
const Node* Next(const Node* n) { return myhtml_node_next(M(n)); }
const Node* Prev(const Node* n) { return myhtml_node_prev(M(n)); }
const Node* Parent(const Node* n) { return myhtml_node_parent(M(n)); }
std::string_view TextOf(const Node* n) {
  size_t len = 0;
  const char* t = myhtml_node_text(M(n), &len);
  return t == nullptr ? std::string_view() : std::string_view(t, len);
}
// Returns the value of attribute `name` (lower case), or nullopt-like empty view with `*found`.
bool AttrValue(const Node* n, std::string_view name, std::string_view* value) {
  myhtml_tree_attr_t* a = myhtml_attribute_by_key(M(n), name.data(), name.size());
  if (a == nullptr) return false;
  size_t len = 0;
  const char* v = myhtml_attribute_value(a, &len);
  *value = v == nullptr ? std::string_view() : std::string_view(v, len);
  return true;
}
std::string_view Attr(const Node* n, std::string_view name) {
  std::string_view v;
  return AttrValue(n, name, &v) ? v : std::string_view();
}

// The attributes the walk reads, found in one pass over an element's attribute list (each
// lookup by name is a pass of its own).
struct Attrs {
  std::string_view cls, id, role, style, itemprop, aria_hidden;
  bool hidden = false;  // the `hidden` attribute
};
Attrs ReadAttrs(const Node* n) {
  Attrs a;
  for (myhtml_tree_attr_t* at = myhtml_node_attribute_first(M(n)); at != nullptr; at = myhtml_attribute_next(at)) {
    size_t klen = 0, vlen = 0;
    const char* k = myhtml_attribute_key(at, &klen);
    if (k == nullptr) continue;
    const std::string_view key(k, klen);
    const char* v = myhtml_attribute_value(at, &vlen);
    const std::string_view value = v == nullptr ? std::string_view() : std::string_view(v, vlen);
    // The first of a repeated attribute wins, as a lookup by name would find it.
    if (key == "class") { if (a.cls.empty()) a.cls = value; }
    else if (key == "id") { if (a.id.empty()) a.id = value; }
    else if (key == "role") { if (a.role.empty()) a.role = value; }
    else if (key == "style") { if (a.style.empty()) a.style = value; }
    else if (key == "itemprop") { if (a.itemprop.empty()) a.itemprop = value; }
    else if (key == "aria-hidden") { if (a.aria_hidden.empty()) a.aria_hidden = value; }
    else if (key == "hidden") a.hidden = true;
  }
  return a;
}

bool IsSkippedTag(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_SCRIPT: case MyHTML_TAG_STYLE: case MyHTML_TAG_NOSCRIPT: case MyHTML_TAG_NAV:
    case MyHTML_TAG_FOOTER: case MyHTML_TAG_ASIDE: case MyHTML_TAG_IFRAME:
    case MyHTML_TAG_SVG: case MyHTML_TAG_BUTTON: case MyHTML_TAG_SELECT: case MyHTML_TAG_TEXTAREA:
    case MyHTML_TAG_OBJECT: case MyHTML_TAG_EMBED: case MyHTML_TAG_CANVAS: case MyHTML_TAG_TEMPLATE:
    case MyHTML_TAG_FIGCAPTION: case MyHTML_TAG_MATH: case MyHTML_TAG_HEAD: case MyHTML_TAG_MENU:
    case MyHTML_TAG_LABEL: case MyHTML_TAG_OPTION: case MyHTML_TAG_INPUT:
    // Ruby annotations (furigana over kanji, pinyin over hanzi) read the base text again: the
    // base text is the story's.
    case MyHTML_TAG_RT: case MyHTML_TAG_RP: case MyHTML_TAG_RTC:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_P: case MyHTML_TAG_DIV: case MyHTML_TAG_SECTION: case MyHTML_TAG_ARTICLE:
    case MyHTML_TAG_MAIN: case MyHTML_TAG_H1: case MyHTML_TAG_H2: case MyHTML_TAG_H3:
    case MyHTML_TAG_H4: case MyHTML_TAG_H5: case MyHTML_TAG_H6: case MyHTML_TAG_LI:
    case MyHTML_TAG_UL: case MyHTML_TAG_OL: case MyHTML_TAG_BLOCKQUOTE: case MyHTML_TAG_PRE:
    case MyHTML_TAG_TABLE: case MyHTML_TAG_TR: case MyHTML_TAG_TD: case MyHTML_TAG_TH:
    case MyHTML_TAG_BR: case MyHTML_TAG_HR: case MyHTML_TAG_HEADER: case MyHTML_TAG_FIGURE:
    case MyHTML_TAG_DL: case MyHTML_TAG_DT: case MyHTML_TAG_DD: case MyHTML_TAG_CENTER:
    case MyHTML_TAG_ADDRESS: case MyHTML_TAG_BODY: case MyHTML_TAG_TBODY: case MyHTML_TAG_THEAD:
    case MyHTML_TAG_FORM: case MyHTML_TAG_DETAILS: case MyHTML_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

// Elements that hold running text: a <time> inside one is part of a sentence ("on <time>Monday</time>").
bool HoldsRunningText(myhtml_tag_id_t t) {
  switch (t) {
    case MyHTML_TAG_P: case MyHTML_TAG_LI: case MyHTML_TAG_TD: case MyHTML_TAG_TH: case MyHTML_TAG_DD:
    case MyHTML_TAG_DT: case MyHTML_TAG_BLOCKQUOTE: case MyHTML_TAG_PRE: case MyHTML_TAG_H1:
    case MyHTML_TAG_H2: case MyHTML_TAG_H3: case MyHTML_TAG_H4: case MyHTML_TAG_H5: case MyHTML_TAG_H6:
    case MyHTML_TAG_SUMMARY: case MyHTML_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

bool IsHeading(myhtml_tag_id_t t) {
  return t == MyHTML_TAG_H1 || t == MyHTML_TAG_H2 || t == MyHTML_TAG_H3 || t == MyHTML_TAG_H4 ||
         t == MyHTML_TAG_H5 || t == MyHTML_TAG_H6;
}

// Class and id tokens (split on space, "-" and "_"), not substrings: "football" is no footer.
constexpr char kNegativeRe[] =
    R"((?i)(?:^|[\s_-])(?:comments?|footer|foot|sidebar|related|share|sharing|social|nav|navbar|navigation|menu|breadcrumbs?|promo|advert\w*|ads?|sponsor\w*|newsletter|subscribe|signup|popup|modal|cookies?|banner|masthead|recirc\w*|trending|tags?|byline|bio|caption|credits?|disclaimer|skip|outbrain|taboola|meta|vcard|author|dateline|timestamp|date|published|donate|donation)(?:$|[\s_-]))";
// "widget" names a sidebar box only as a class of its own ("widget", "widget_text"): page
// builders call every block of the story "<builder>-widget-container".
constexpr char kWidgetRe[] = R"((?i)(?:^|\s)widgets?(?:$|[\s_-]))";
constexpr char kPositiveRe[] =
    R"((?i)(?:^|[\s_-])(?:article\w*|content|story\w*|body|post|entry|text|main|prose|paragraphs?)(?:$|[\s_-]))";
// A standfirst's box: "dek", "standfirst", "article-summary", "post__title__excerpt", "lead-text".
constexpr char kDekRe[] =
    R"((?i)(?:^|[\s_-])(?:dek|deck|standfirst|strapline|subtitle|subheadline|subhead|sub[_-](?:head|headline|title)|summary|excerpt|lead|lede|intro|description|abstract)(?:$|[\s_-]))";
// The class weight's patterns, tested together (one scan of the class and id per element).
enum Weight { kNegative = 0, kWidget, kPositive, kDek };

struct Hints {
  // Regions that are never the story, whatever their text looks like: comments, footers, other
  // stories (related, latest, next: the infinite scroll's next article), captions, author
  // boxes, sign-up and cookie prompts.
  RE2 strong_negative{
      R"((?i)(?:^|[\s_-])(?:comments?|footer|sidebar|related|recirc\w*|outbrain|taboola|newsletter|most-popular|trending|caption|captions|figcaption|wp-caption-text|cookies?|consent|gdpr|subscribe|subscription-prompt|donate|donation|bio|biography|modal|popup|dialog|alertdialog|lightbox)(?:$|[\s_-])|(?:^|[\s_-])(?:latest|more|other|next|recent|popular|recommended|read)[_-]?(?:news|stories|story|articles?|posts?|reads|up)(?:$|[\s_-])|(?:^|[\s_-])(?:author|about)[_-]?(?:bio|box|info|card|profile|details|author|company|us)(?:$|[\s_-])|(?:^|[\s_-])up[_-]?next(?:$|[\s_-])|(?:^|[\s_-])infinite(?:$|[\s_-]))"};
  RE2::Set weight = [] {
    RE2::Set set(RE2::DefaultOptions, RE2::UNANCHORED);
    for (const char* p : {kNegativeRe, kWidgetRe, kPositiveRe, kDekRe}) set.Add(p, nullptr);
    set.Compile();
    return set;
  }();
};
const Hints& H() {
  static const Hints* h = new Hints();
  return *h;
}

// One text block in document order: the text directly under a block element.
struct TextBlock {
  std::string text;
  size_t link_chars = 0;
  const Node* container = nullptr;  // the block element holding it
  bool heading = false;
  bool in_negative = false;
  bool in_strong_negative = false;
  const Node* negative_at = nullptr;  // innermost non-content container above the block
  const Node* strong_at = nullptr;    // innermost never-content container above it
  bool list_item = false;
  bool embed = false;  // inside an embedded post (a tweet, an Instagram post): quoted, kept
  bool table_row = false;  // a data table's row, its cells parted by " | " (IsDataTable)
  const Node* summary_at = nullptr;  // inside an element marked itemprop="description"
  const Node* dek_at = nullptr;      // inside a standfirst's box (kDekRe)
};

// Returns true when the itemprop attribute of `n` names the page's description (schema.org
// "description": the standfirst a page marks up for machines and shows above the story).
bool IsDescription(std::string_view v) {
  if (v.size() < 11) return false;
  size_t i = v.find("description");
  return i != std::string_view::npos && (i == 0 || ascii::IsSpace(v[i - 1])) &&
         (i + 11 == v.size() || ascii::IsSpace(v[i + 11]));
}

// Returns true when the inline style hides the element (display: none, visibility: hidden):
// schema.org microdata and templates that the page keeps for machines, not readers.
bool HiddenByStyle(std::string_view style) {
  if (style.empty()) return false;
  std::string compact;
  for (char c : style)
    if (!ascii::IsSpace(c)) compact.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Returns true when the class list hides the element from readers: utility classes that CSS
// frameworks and sites define as display:none ("hide", "hidden", "d-none") or as screen-reader
// text ("sr-only", "visually-hidden", "screen-reader-text"): dialogs waiting to be opened,
// error and thank-you messages, labels for screen readers. Whole class tokens only ("hidden-xs"
// hides at one width only), and not when another class shows the element at some width
// ("hidden md:block", "d-none d-lg-block", "hide visible-md"): then readers see it there.
bool HiddenByClass(std::string_view cls) {
  if (cls.size() < 4) return false;
  bool hidden = false;
  size_t i = 0;
  while (i < cls.size()) {
    while (i < cls.size() && ascii::IsSpace(cls[i])) ++i;
    size_t j = i;
    while (j < cls.size() && !ascii::IsSpace(cls[j])) ++j;
    const std::string_view t = cls.substr(i, j - i);
    i = j;
    if (t.empty()) continue;
    if (t.find(':') != std::string_view::npos || (t.starts_with("d-") && t != "d-none") ||
        t.starts_with("visible-"))
      return false;
    // Most tokens open with none of the listed names' letters or are longer: not compared.
    if (hidden || t.size() < 4 || t.size() > 18 || std::string_view("hiudsve").find(t[0]) == std::string_view::npos)
      continue;
    for (std::string_view k : {"hide", "hidden", "is-hidden", "u-hidden", "d-none", "invisible", "sr-only",
                               "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
                               "element-invisible"})
      hidden = hidden || t == k;
  }
  return hidden;
}

// Returns true when the text under `n` has more than `limit` words, looking at no more than
// 4,000 nodes (a larger subtree counts as more).
// Returns true when nothing but blank text follows `n` on its line: its parent's end, a block
// or a <br> ("<a class=bio-link>Jane Smith</a>, the city's finance chief, said" runs on).
bool EndsLine(const Node* n) {
  for (const Node* k = Next(n); k != nullptr; k = Next(k)) {
    if (IsText(k)) {
      if (!Trim(TextOf(k)).empty()) return false;
      continue;
    }
    if (!IsElement(k)) continue;
    return IsBlockTag(TagOf(k));
  }
  return true;
}

// Returns the first element below `n`, in document order, that has one of `tags` (within its
// first 40,000 nodes), or null.
const Node* FindTag(const Node* n, std::initializer_list<myhtml_tag_id_t> tags) {
  std::vector<const Node*> stack;
  for (const Node* k = LastChild(n); k != nullptr; k = Prev(k)) stack.push_back(k);
  for (size_t seen = 0; !stack.empty() && seen < 40000; ++seen) {
    const Node* x = stack.back();
    stack.pop_back();
    if (!IsElement(x)) continue;
    if (std::find(tags.begin(), tags.end(), TagOf(x)) != tags.end()) return x;
    for (const Node* k = LastChild(x); k != nullptr; k = Prev(k)) stack.push_back(k);
  }
  return nullptr;
}

// Returns true when an element below `n` has one of `tags`.
bool HoldsTag(const Node* n, std::initializer_list<myhtml_tag_id_t> tags) { return FindTag(n, tags) != nullptr; }

std::string NodeTextOf(const Node* n);
std::string WordKeyOf(std::string_view s);

// An endless page's story: when `inner` is in an <article> with an <h1> that has a sibling
// <article> with an <h1> (the next story, loaded on scroll), the sibling whose <h1> is the page's
// title (`title_keys`: WordKeyOf of its og:title or <title>); null when the page is no such page
// or no <h1> is its title (sections of one story, each headed, stay one story).
const Node* TitledStory(const Node* inner, const std::vector<std::string>& title_keys) {
  const Node* own = inner;
  for (int hops = 0; own != nullptr && hops < 200; ++hops, own = Parent(own)) {
    if (!IsElement(own) || TagOf(own) != MyHTML_TAG_ARTICLE) continue;
    const Node* parent = Parent(own);
    if (parent == nullptr) return nullptr;
    const Node* titled = nullptr;
    size_t stories = 0;
    for (const Node* k = FirstChild(parent); k != nullptr && stories < 100000; k = Next(k)) {
      if (!IsElement(k) || TagOf(k) != MyHTML_TAG_ARTICLE) continue;
      const Node* h1 = FindTag(k, {MyHTML_TAG_H1});
      if (h1 == nullptr) continue;
      ++stories;
      const std::string key = WordKeyOf(NodeTextOf(h1));
      for (const std::string& t : title_keys)
        if (titled == nullptr && !key.empty() && (t == key || (t.starts_with(key) && t[key.size()] == ' '))) titled = k;
    }
    return stories >= 2 ? titled : nullptr;
  }
  return nullptr;
}

// Returns true when `n` holds a page's body: a <main>, an <article> or an <h1> (the page behind
// an open dialog, which scripts mark aria-hidden).
bool HoldsPageBody(const Node* n) { return HoldsTag(n, {MyHTML_TAG_MAIN, MyHTML_TAG_ARTICLE, MyHTML_TAG_H1}); }

bool HoldsMoreWords(const Node* n, size_t limit) {
  std::vector<const Node*> stack{n};
  size_t words = 0;
  for (size_t seen = 0; !stack.empty(); ++seen) {
    if (seen >= 4000) return true;
    const Node* x = stack.back();
    stack.pop_back();
    if (IsText(x)) {
      std::string_view t = TextOf(x);
      bool in_word = false;
      for (char c : t) {
        const bool space = ascii::IsSpace(c);
        if (!space && !in_word) ++words;
        in_word = !space;
      }
      if (words > limit) return true;
      continue;
    }
    if (!IsElement(x)) continue;
    for (const Node* k = FirstChild(x); k != nullptr; k = Next(k)) stack.push_back(k);
  }
  return false;
}

// Returns true when `n` is an embedded social post as its publisher's snippet writes it
// (<blockquote class="twitter-tweet">, "instagram-media", "tiktok-embed", ...).
bool IsEmbeddedPost(const Node* n) {
  if (TagOf(n) != MyHTML_TAG_BLOCKQUOTE) return false;
  std::string_view c = Attr(n, "class");
  for (std::string_view k : {"twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed",
                             "reddit-card", "fb-xfbml-parse-ignore", "bluesky-embed", "mastodon-embed"})
    if (c.find(k) != std::string_view::npos) return true;
  return false;
}

// Returns true when the subtree of `n` holds a <blockquote> (a quote or an embedded post set in
// a <figure>), looking at no more than `limit` nodes.
bool HoldsBlockquote(const Node* n, size_t limit = 2000) {
  std::vector<const Node*> stack{n};
  for (size_t seen = 0; !stack.empty() && seen < limit; ++seen) {
    const Node* x = stack.back();
    stack.pop_back();
    if (x != n && TagOf(x) == MyHTML_TAG_BLOCKQUOTE) return true;
    for (const Node* k = FirstChild(x); k != nullptr; k = Next(k))
      if (IsElement(k)) stack.push_back(k);
  }
  return false;
}

// Appends `v`, parting camel-case words: CSS-module class names ("InlineImage-imageEmbedCaption",
// "RelatedContent-container") name their parts so, and the hints are read word by word.
void AppendCamelParted(std::string* s, std::string_view v) {
  size_t from = 0;
  for (size_t i = 1; i < v.size(); ++i) {
    if (static_cast<unsigned char>(v[i] - 'A') < 26 && static_cast<unsigned char>(v[i - 1] - 'a') < 26) {
      s->append(v.substr(from, i - from));
      s->push_back('-');
      from = i;
    }
  }
  s->append(v.substr(from));
}

// Returns the class, id and role attributes, space separated, camel-case words parted.
std::string ClassAndId(const Attrs& a) {
  std::string s;
  s.reserve(a.cls.size() + a.id.size() + a.role.size() + 8);
  AppendCamelParted(&s, a.cls);
  s += ' ';
  AppendCamelParted(&s, a.id);
  if (!a.role.empty()) { s += ' '; s += a.role; }
  // A live ticker's entries ("live-match-comment", "liveticker-comment") tell the story as it
  // happens: they are no readers' comments.
  static const RE2 live(R"((?i)(?:^|[\s_-])(?:live|liveblog|liveticker|ticker)(?:$|[\s_-]))");
  auto names_comment = [&] {
    for (size_t i = 0; i + 7 <= s.size(); ++i)
      if (ascii::EqualsLower(std::string_view(s).substr(i, 7), "comment")) return true;
    return false;
  };
  if (s.size() > 8 && names_comment() && RE2::PartialMatch(s, live)) RE2::GlobalReplace(&s, R"((?i)comment)", "item");
  return s;
}

// With the role: a role="dialog" is a window over the page (share, e-mail, account boxes).
bool IsStrongNegative(const std::string& s) {
  // No class and no id (most elements): the pattern needs a word, so no match to look for.
  return s.size() > 1 && RE2::PartialMatch(s, H().strong_negative);
}

// Returns true when `s` (class and id) names a comment or a thread of them.
bool NamesComments(const std::string& s) {
  static const RE2 comments(R"((?i)(?:^|[\s_-])(?:comments?|commentlist|comment-list)(?:$|[\s_-]))");
  return s.size() > 1 && RE2::PartialMatch(s, comments);
}

// Returns true when `s` (class and id) is strong-negative only for a sidebar named as a layout:
// "sidebar" with a modifier ("sidebar-right", "c-fixed-sidebar-layout", "has-sidebar"). A bare
// "sidebar" is the sidebar itself.
bool NamesOnlySidebar(const std::string& s) {
  static const RE2 sidebar(R"((?i)(?:^|[\s_-])(?:sidebar[_-]+[a-z0-9]|(?:has|with|no)[_-]sidebar(?:$|[\s_-])))");
  if (!IsStrongNegative(s) || !RE2::PartialMatch(s, sidebar)) return false;
  std::string rest = s;
  RE2::GlobalReplace(&rest, R"((?i)sidebar)", "");
  return !IsStrongNegative(rest);
}

// Returns a bit per Weight pattern that `s` (ClassAndId) matches.
unsigned ClassBits(const std::string& s) {
  if (s.size() <= 1) return 0;
  std::vector<int> hits;
  if (!H().weight.Match(s, &hits)) return 0;
  unsigned bits = 0;
  for (int i : hits) bits |= 1u << i;
  return bits;
}

int WeightOf(unsigned bits) {
  int w = 0;
  if (bits & (1u << kNegative | 1u << kWidget)) w -= 25;
  if (bits & (1u << kPositive)) w += 25;
  return w;
}

int ClassWeight(const Node* n) {
  if (n == nullptr || !IsElement(n)) return 0;
  return WeightOf(ClassBits(ClassAndId(ReadAttrs(n))));
}

void AppendSpaceCollapsed(std::string* out, std::string_view s) {
  for (char c : s) {
    if (c == '\n' || c == '\t' || c == '\r' || c == ' ' || c == '\f') {
      if (!out->empty() && out->back() != ' ') out->push_back(' ');
    } else if (c != '\0') {
      out->push_back(c);
    }
  }
}

std::string NodeTextOf(const Node* n);

// Whether `table` holds data, not a page's layout: two rows or more (nested tables aside),
// most with one number of cells (two or more), every cell short (80 bytes) and text only (no
// paragraphs, lists, breaks or tables in it).
bool IsDataTable(const Node* table) {
  std::vector<const Node*> stack;
  for (const Node* k = FirstChild(table); k != nullptr; k = Next(k)) stack.push_back(k);
  std::unordered_map<size_t, size_t> rows_by_cells;
  size_t rows = 0;
  for (size_t seen = 0; !stack.empty() && seen < 20000 && rows < 500; ++seen) {
    const Node* x = stack.back();
    stack.pop_back();
    if (!IsElement(x)) continue;
    const auto tag = TagOf(x);
    if (tag == MyHTML_TAG_TABLE) continue;  // a nested table is its own
    if (tag != MyHTML_TAG_TR) {
      for (const Node* k = FirstChild(x); k != nullptr; k = Next(k)) stack.push_back(k);
      continue;
    }
    size_t cells = 0;
    for (const Node* c = FirstChild(x); c != nullptr; c = Next(c)) {
      if (!IsElement(c) || (TagOf(c) != MyHTML_TAG_TD && TagOf(c) != MyHTML_TAG_TH)) continue;
      ++cells;
      if (HoldsTag(c, {MyHTML_TAG_P, MyHTML_TAG_DIV, MyHTML_TAG_TABLE, MyHTML_TAG_UL, MyHTML_TAG_OL, MyHTML_TAG_BR,
                       MyHTML_TAG_BLOCKQUOTE, MyHTML_TAG_PRE, MyHTML_TAG_H1, MyHTML_TAG_H2, MyHTML_TAG_H3,
                       MyHTML_TAG_H4, MyHTML_TAG_SECTION, MyHTML_TAG_ARTICLE}) ||
          NodeTextOf(c).size() > 80)
        return false;
    }
    ++rows;
    ++rows_by_cells[cells];
  }
  size_t most = 0, cells_of_most = 0;
  for (const auto& [cells, n] : rows_by_cells)
    if (n > most) {
      most = n;
      cells_of_most = cells;
    }
  return rows >= 2 && cells_of_most >= 2 && most * 5 >= rows * 3;
}

// Whether preformatted text is set in columns: two lines or more, and most of its lines with a
// run of two spaces or a tab between two words.
bool HasColumns(std::string_view text) {
  size_t lines = 0, columned = 0;
  for (size_t from = 0; from <= text.size();) {
    size_t nl = text.find('\n', from);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = Trim(text.substr(from, nl - from));
    if (!line.empty()) {
      ++lines;
      columned += line.find("  ") != std::string_view::npos || line.find('\t') != std::string_view::npos;
    }
    from = nl + 1;
  }
  return lines >= 2 && columned * 2 > lines;
}

// Whether an element's edge between `before` and `after` parts two words: a word of five letters
// or more ending in a small letter, then a capitalized word of three or more ("Exclusive" |
// "Mayor"); not a name set in two styles ("i" | "Phone", "Pay" | "Pal", "Open" | "AI").
bool PartsWordsAtEdge(std::string_view before, std::string_view after) {
  if (before.empty() || after.size() < 3 || !(before.back() >= 'a' && before.back() <= 'z')) return false;
  if (!(after[0] >= 'A' && after[0] <= 'Z') || !(after[1] >= 'a' && after[1] <= 'z') || !(after[2] >= 'a' && after[2] <= 'z'))
    return false;
  size_t letters = 0;
  for (size_t k = before.size(); k > 0 && ascii::IsAlpha(before[k - 1]); --k) ++letters;
  return letters >= 5;
}

// Whether the last line of `text` (from `line_from`) runs on past a <br> into `next`: it ends on
// a dateline's dash; or it is a headline's line or as long as hard-wrapped copy's (40 bytes), does
// not end a sentence, and the next line opens in lower case, or this one ends on a comma or a
// word that cannot end a phrase ("and", "of").
bool RunsOnAcrossBreak(std::string_view text, size_t line_from, std::string_view next, bool heading) {
  const std::string_view p = Trim(text);
  next = Trim(next);
  if (p.empty() || next.empty()) return false;
  // A dateline's dash runs on into its story ("WASHINGTON (AP) —<br>The Federal Reserve").
  if (p.ends_with("\xE2\x80\x94") || p.ends_with("\xE2\x80\x93") || p.ends_with(" -") || p.ends_with("--")) return true;
  // Otherwise only a line as long as hard-wrapped copy's, or a headline's: short lines are a
  // list's items, a fact box's, a recipe's ("oil down 1.2%<br>gold up 0.3%").
  if (!heading && (line_from > text.size() || text.size() - line_from < 40)) return false;
  const char last = p.back();
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';') return false;
  // An ideographic full stop, exclamation or question mark ends a sentence too.
  if (p.ends_with("\xE3\x80\x82") || p.ends_with("\xEF\xBC\x81") || p.ends_with("\xEF\xBC\x9F")) return false;
  if (p.size() >= 2 && (last == '"' || last == ')') && (p[p.size() - 2] == '.' || p[p.size() - 2] == '!' || p[p.size() - 2] == '?'))
    return false;
  if (next.front() >= 'a' && next.front() <= 'z' && !next.starts_with("www.") && !next.starts_with("http")) return true;
  if (last == ',' || last == '(') return true;
  const size_t sp = p.find_last_of(' ');
  const std::string_view word = sp == std::string_view::npos ? p : p.substr(sp + 1);
  static constexpr std::string_view kRunOn[] = {"and", "or", "but", "the", "a", "an", "of", "to", "in",
                                                "for", "with", "by", "at", "on", "from", "as", "that"};
  for (std::string_view w : kRunOn)
    if (ascii::EqualsLower(word, w)) return true;
  return false;
}

// Appends a superscript's text `sup` to `out` as superscript characters when it is a number
// ("8", "-3", "20"), and drops a footnote's mark ("[3]", "*", "†"); returns false for any other
// text, which is read as it stands ("1<sup>st</sup>").
bool AppendSuperscript(std::string* out, std::string_view sup) {
  sup = Trim(sup);
  if (sup.empty() || sup.size() > 8) return false;
  const bool mark = (sup.front() == '[' && sup.back() == ']' && sup.size() <= 5 &&
                     std::all_of(sup.begin() + 1, sup.end() - 1, [](char c) { return c >= '0' && c <= '9'; })) ||
                    sup == "*" || sup == "**" || sup == "\xE2\x80\xA0" || sup == "\xE2\x80\xA1";
  if (mark) return true;
  static constexpr const char* kDigits[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3", "\xE2\x81\xB4",
                                            "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8", "\xE2\x81\xB9"};
  size_t i = sup.front() == '-' || sup.front() == '+' ? 1 : 0;
  if (i == sup.size() || sup.size() - i > 4) return false;
  for (size_t k = i; k < sup.size(); ++k)
    if (sup[k] < '0' || sup[k] > '9') return false;
  if (i == 1) out->append(sup.front() == '-' ? "\xE2\x81\xBB" : "\xE2\x81\xBA");
  for (size_t k = i; k < sup.size(); ++k) out->append(kDigits[sup[k] - '0']);
  return true;
}

// Returns true when `card` leads with a headline link: a link of 3+ words that is the whole
// text of its block (story paragraphs carry links inside sentences, and the subheads of a
// story's sections are not links).
bool LeadsWithHeadline(const Node* card) {
  std::vector<const Node*> stack{card};
  size_t seen = 0;
  while (!stack.empty() && ++seen < 400) {
    const Node* x = stack.back();
    stack.pop_back();
    if (!IsElement(x)) continue;
    if (TagOf(x) == MyHTML_TAG_A) {
      std::string link = NodeTextOf(x);
      const Node* block = Parent(x);
      while (block != nullptr && block != card && IsElement(block) && !IsBlockTag(TagOf(block)))
        block = Parent(block);
      if (CountWords(link, 30) >= 3 && block != nullptr && NodeTextOf(block) == link) return true;
      continue;
    }
    for (const Node* k = LastChild(x); k != nullptr; k = Prev(k)) stack.push_back(k);
  }
  return false;
}

// A teaser card is a headline, a blurb and perhaps a kicker, date or byline: at most this many
// words. A story cut into sections of one class (with a "Read: ..." link line in each) is none.
constexpr size_t kTeaserCardWords = 120;

// Finds teaser cards: 3+ sibling elements with the same tag and class (a list of other
// stories: headline link + blurb), most of which are short and lead with a headline. Their
// blurbs read like prose, so only their structure gives them away.
void FindTeaserCards(const Node* root, std::unordered_set<const Node*>* cards) {
  std::vector<const Node*> stack{root};
  std::unordered_map<std::string, std::vector<const Node*>> groups;
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    if (n != root && !IsElement(n)) continue;
    groups.clear();
    for (const Node* k = FirstChild(n); k != nullptr; k = Next(k)) {
      if (!IsElement(k)) continue;
      stack.push_back(k);
      Tag t = TagOf(k);
      if (t != MyHTML_TAG_LI && t != MyHTML_TAG_DIV && t != MyHTML_TAG_ARTICLE && t != MyHTML_TAG_SECTION)
        continue;
      std::string_view cls = Attr(k, "class");
      if (cls.empty()) continue;
      std::string sig = std::to_string(t);
      sig += ' ';
      sig += cls;
      groups[sig].push_back(k);
    }
    for (const auto& [sig, members] : groups) {
      if (members.size() < 3) continue;
      size_t headed = 0;
      for (const Node* m : members)
        headed += CountWords(NodeTextOf(m), kTeaserCardWords) <= kTeaserCardWords && LeadsWithHeadline(m);
      if (headed * 3 >= members.size() * 2)
        for (const Node* m : members) cards->insert(m);
    }
  }
}

struct Walker {
  const HtmlOptions& options;
  const std::unordered_set<const Node*>& teasers;
  std::vector<TextBlock> blocks;
  std::unordered_map<const Node*, const Node*> parent_of;  // only block containers
  std::unordered_map<const Node*, bool> data_tables;       // IsDataTable, per <table>
  bool walk_asides = false;  // read <aside> and <noscript> too (a page whose story is in one)

  void Walk(const Node* root) {
    struct Frame {
      const Node* node;
      const Node* next_child;  // the child to visit next
      bool started;
      const Node* container;
      bool negative;
      bool strong_negative;
      const Node* negative_at;
      const Node* strong_at;
      int link_depth;
      size_t depth;
      bool embed;
      bool block;  // a block element (or a <time> standing outside running text): a line of its own
      const Node* summary_at;
      const Node* dek_at;
    };
    std::vector<Frame> stack;
    TextBlock current;
    int pending_breaks = 0;  // <br>s since the block's last text
    size_t line_from = 0;    // where the block's current line starts in its text
    bool element_edge = false;  // an element opened or closed since the last text
    auto flush = [&]() {
      pending_breaks = 0;
      line_from = 0;
      std::string_view t = Trim(current.text);
      if (!t.empty()) {
        current.text = std::string(t);
        blocks.push_back(std::move(current));
      }
      current = TextBlock();
    };
    stack.push_back({root, FirstChild(root), false, root, false, false, nullptr, nullptr, 0, 0, false, false, nullptr, nullptr});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const Node* n = f.node;
      if (IsText(n)) {
        if (pending_breaks > 0) {
          // After a <br>: a line of hard-wrapped copy runs on ("raised $42.5<br>million",
          // "WASHINGTON (AP) —<br>The Federal Reserve"); a line that ends, or two <br>s, part
          // paragraphs as before.
          const std::string_view t = TextOf(n);
          if (Trim(t).empty()) {
            stack.pop_back();
            continue;
          }
          if (pending_breaks == 1 && RunsOnAcrossBreak(current.text, line_from, t,
                                                       f.container != nullptr && IsElement(f.container) &&
                                                           IsHeading(TagOf(f.container)))) {
            if (!current.text.empty() && current.text.back() != ' ') current.text.push_back(' ');
            line_from = current.text.size();
            pending_breaks = 0;
          } else {
            flush();
          }
        }
        auto open_block = [&] {
          if (!current.text.empty()) return;
          current.container = f.container;
          current.in_negative = f.negative;
          current.in_strong_negative = f.strong_negative;
          current.negative_at = f.negative_at;
          current.strong_at = f.strong_at;
          current.embed = f.embed;
          current.summary_at = f.summary_at;
          current.dek_at = f.dek_at;
        };
        // Preformatted text: a table set in it (most lines have columns, runs of spaces between
        // words) keeps a line per row, its columns parted by " | "; other text (hard-wrapped
        // copy) is a paragraph per run of lines, as a plain text file is.
        if (const std::string_view whole = TextOf(n);
            f.container != nullptr && IsElement(f.container) && TagOf(f.container) == MyHTML_TAG_PRE &&
            whole.find('\n') != std::string_view::npos) {
          const bool table = HasColumns(whole);
          for (size_t from = 0;;) {
            const size_t nl = whole.find('\n', from);
            const std::string_view line = whole.substr(from, nl == std::string_view::npos ? std::string_view::npos : nl - from);
            if (!table) {
              // A blank line ends the paragraph; a wrapped line runs on.
              if (Trim(line).empty()) {
                flush();
              } else {
                open_block();
                const size_t at = current.text.size();
                if (!current.text.empty() && current.text.back() != ' ') current.text.push_back(' ');
                AppendSpaceCollapsed(&current.text, line);
                if (f.link_depth > 0) current.link_chars += current.text.size() - at;
              }
              if (nl == std::string_view::npos) break;
              from = nl + 1;
              continue;
            }
            open_block();
            const size_t at = current.text.size();
            std::string columns;
            for (size_t k = 0; k < line.size();) {
              const bool gap = line[k] == '\t' || (line[k] == ' ' && k + 1 < line.size() && line[k + 1] == ' ');
              if (!gap) {
                columns.push_back(line[k++]);
                continue;
              }
              while (k < line.size() && (line[k] == ' ' || line[k] == '\t')) ++k;
              if (!Trim(columns).empty() && k < line.size()) columns.append(" | ");
            }
            AppendSpaceCollapsed(&current.text, columns);
            if (f.link_depth > 0) current.link_chars += current.text.size() - at;
            if (nl == std::string_view::npos) break;
            flush();
            from = nl + 1;
          }
          element_edge = false;
          stack.pop_back();
          continue;
        }
        open_block();
        size_t before = current.text.size();
        // An element's edge between two words parts them ("<span>Exclusive</span><span>Mayor");
        // "<b>Re</b>uters", "i<b>Phone</b>", "Pay<span>Pal</span>" stay one (PartsWordsAtEdge).
        if (element_edge && PartsWordsAtEdge(current.text, TextOf(n))) current.text.push_back(' ');
        element_edge = false;
        AppendSpaceCollapsed(&current.text, TextOf(n));
        if (f.link_depth > 0) current.link_chars += current.text.size() - before;
        stack.pop_back();
        continue;
      }
      const bool element = IsElement(n);
      if (!element && n != root) {
        stack.pop_back();
        continue;
      }
      if (!f.started) {
        f.started = true;
        element_edge = element_edge || element;
        if (element) {
          Tag tag = TagOf(n);
          if (tag == MyHTML_TAG_BR) {
            if (!Trim(current.text).empty()) ++pending_breaks;
            stack.pop_back();
            continue;
          }
          if (f.block) flush();
        }
      }
      if (f.next_child == nullptr) {
        element_edge = element_edge || element;
        if (element && f.block) {
          if (!current.text.empty()) {
            current.heading = IsHeading(TagOf(n));
            current.list_item = TagOf(n) == MyHTML_TAG_LI;
          }
          flush();
        }
        stack.pop_back();
        continue;
      }
      const Node* child = f.next_child;
      f.next_child = Next(child);
      Frame next{child, FirstChild(child), false, f.container, f.negative, f.strong_negative,
                 f.negative_at, f.strong_at, f.link_depth, f.depth + 1, f.embed, false, f.summary_at, f.dek_at};
      if (IsElement(child)) {
        Tag tag = TagOf(child);
        if (IsSkippedTag(tag) && !(walk_asides && (tag == MyHTML_TAG_ASIDE || tag == MyHTML_TAG_NOSCRIPT))) continue;
        const Attrs attrs = ReadAttrs(child);
        // (aria-hidden="true" is set on the page behind an open dialog too, "<div id=__next
        // aria-hidden=true>": a long story under it is read.)
        if (attrs.hidden || HiddenByStyle(attrs.style) ||
            (HiddenByClass(attrs.cls) && !HoldsMoreWords(child, options.max_hidden_words)) ||
            (attrs.aria_hidden == "true" && !HoldsPageBody(child) && !HoldsMoreWords(child, options.max_hidden_words)))
          continue;
        // A figure is a picture and its caption, unless it sets a quote, an embedded post or a
        // table (WordPress's "wp-block-table").
        if (tag == MyHTML_TAG_FIGURE && !HoldsBlockquote(child) && !HoldsTag(child, {MyHTML_TAG_TABLE})) continue;
        if (IsEmbeddedPost(child)) next.embed = true;
        if (tag == MyHTML_TAG_A) ++next.link_depth;
        // An empty inline element between two words is a divider ("Nov 20 2019<span
        // class=divider></span>4:29 AM", "<i class=icon></i>"): it parts them.
        if ((tag == MyHTML_TAG_SPAN || tag == MyHTML_TAG_I) && FirstChild(child) == nullptr) {
          if (!current.text.empty() && current.text.back() != ' ') current.text.push_back(' ');
          continue;
        }
        // A superscript after the text: digits are set as superscript characters, which read
        // as a power or a footnote's mark ("10<sup>8</sup>" is 10⁸, "m<sup>2</sup>" m²,
        // "42<sup>1</sup>" 42¹, not 108, m2 or 421); a bracketed or starred mark is dropped.
        if (tag == MyHTML_TAG_SUP && !Trim(current.text).empty() && AppendSuperscript(&current.text, NodeTextOf(child)))
          continue;
        if (IsDescription(attrs.itemprop)) next.summary_at = child;
        // A <time> that opens a line outside running text is a line of its own: a page's date
        // line, not glued to the share links or counters after it ("18.11.2019Get short URL").
        // One inside a line ("Posted on <time>May 2</time> by Ann") stays in it.
        next.block = next.depth < options.max_depth &&
                     (IsBlockTag(tag) || (tag == MyHTML_TAG_TIME && Trim(current.text).empty() &&
                                          !HoldsRunningText(TagOf(f.container))));
        // A data table's cell is part of its row's line, parted from the cell before by " | ":
        // "North | 48.2% | 61.7%" (IsDataTable; a table that lays out a page keeps its cells'
        // blocks).
        if (next.block && (tag == MyHTML_TAG_TD || tag == MyHTML_TAG_TH) && TagOf(n) == MyHTML_TAG_TR) {
          const Node* table = Parent(n);
          while (table != nullptr && IsElement(table) && TagOf(table) != MyHTML_TAG_TABLE) table = Parent(table);
          auto known = data_tables.find(table);
          if (known == data_tables.end()) known = data_tables.emplace(table, table != nullptr && IsDataTable(table)).first;
          if (known->second) {
            next.block = false;
            const std::string_view line = Trim(current.text);
            if (!line.empty() && !line.ends_with("|")) current.text.append(" | ");
            current.table_row = true;
          }
        }
        if (!next.block) {
          // An inline element that is a line of its own and whose class says it is never the story (a
          // picture's "gallery-caption" span under the image, outside a <figure>) is a line of
          // its own, judged as a block with that class is. Its text's container stays its
          // parent's (the story's container is chosen as before), and inside a never-content
          // region already (but the page's <body>, whose class may name a sidebar layout) the
          // region's judgement stands (a comment thread's blocks do not vote).
          const bool in_region = f.strong_at != nullptr && TagOf(f.strong_at) != MyHTML_TAG_BODY &&
                                 TagOf(f.strong_at) != MyHTML_TAG_HTML;
          if (next.depth < options.max_depth && !in_region && Trim(current.text).empty() && EndsLine(child) &&
              IsStrongNegative(ClassAndId(attrs))) {
            parent_of.emplace(child, f.container);  // where it is, for the judgement
            next.block = true;
            next.negative = next.strong_negative = true;
            next.negative_at = next.strong_at = child;
          }
        } else {
          parent_of.emplace(child, f.container);
          next.container = child;
          const std::string hints = ClassAndId(attrs);
          if (teasers.count(child) > 0) {
            next.negative = next.strong_negative = true;
            next.negative_at = next.strong_at = child;
          } else if (IsStrongNegative(hints)) {
            // Whatever else its class says ("next-story" is no story of this page).
            next.negative = next.strong_negative = true;
            next.negative_at = next.strong_at = child;
          } else {
            const unsigned bits = ClassBits(hints);
            if (WeightOf(bits) < 0) {
              next.negative = true;
              next.negative_at = child;
            }
            if (bits & (1u << kDek)) next.dek_at = child;
          }
        }
      } else if (!IsText(child)) {
        continue;  // comments, doctype
      }
      stack.push_back(next);
    }
    flush();
  }
};

std::string NodeTextOf(const Node* n) {
  std::string out;
  std::vector<const Node*> stack{n};
  bool element_edge = false;  // an element opened since the last text
  while (!stack.empty()) {
    const Node* x = stack.back();
    stack.pop_back();
    if (IsText(x)) {
      // Lines and blocks part words ("Mayor quits<br>after audit"), and so does an element
      // that opens a capitalized word right after a small letter ("<span>Exclusive</span><span>Mayor").
      const std::string_view t = TextOf(x);
      if (element_edge && PartsWordsAtEdge(out, t)) out.push_back(' ');
      element_edge = false;
      AppendSpaceCollapsed(&out, t);
    }
    if (!IsElement(x)) continue;
    element_edge = x != n;
    if (x != n && IsBlockTag(TagOf(x)) && !out.empty() && out.back() != ' ') out.push_back(' ');
    for (const Node* k = LastChild(x); k != nullptr; k = Prev(k)) stack.push_back(k);
  }
  return std::string(Trim(out));
}

// Returns `s` with its character references decoded: numeric ones ("&#039;", "&#x27;") and the
// common named ones (markup's own, the no-break space, Latin-1 letters: "&oacute;"). JSON-LD is
// script text, which the parser leaves as written, and CMSs escape names in it as HTML; a
// reference not listed stays as written. A text without "&" is copied as it is.
std::string DecodeCharacterReferences(std::string_view s) {
  static const std::unordered_map<std::string, uint32_t> kNamed = [] {
    std::unordered_map<std::string, uint32_t> m = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
        {"szlig", 0xDF}, {"yuml", 0xFF}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018},
        {"rsquo", 0x2019}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}};
    // Latin-1's accented capitals; each small letter is 0x20 above its capital ("eacute" 0xE9).
    static constexpr std::pair<const char*, uint32_t> kCapitals[] = {
        {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Aring", 0xC5},
        {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Igrave", 0xCC},
        {"Iacute", 0xCD}, {"Icirc", 0xCE}, {"Iuml", 0xCF}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
        {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Oslash", 0xD8}, {"Ugrave", 0xD9}, {"Uacute", 0xDA},
        {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD}};
    for (const auto& [name, c] : kCapitals) {
      std::string small(name);
      small[0] = static_cast<char>(small[0] | 0x20);
      m.emplace(name, c);
      m.emplace(std::move(small), c + 0x20);
    }
    return m;
  }();
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(s.substr(i, amp - i));
    // A reference is at most 10 bytes from "&" to ";": looked for there only (a text of many
    // "&" and no ";" is read once, not once per "&").
    const size_t near = s.substr(amp, 11).find(';');
    const size_t semi = near == std::string_view::npos ? near : amp + near;
    uint32_t c = 0;
    if (semi != std::string_view::npos) {
      const std::string_view ref = s.substr(amp + 1, semi - amp - 1);
      if (ref.size() >= 2 && ref[0] == '#') {
        const bool hex = ref[1] == 'x' || ref[1] == 'X';
        uint32_t v = 0;
        bool ok = ref.size() > (hex ? 2u : 1u);
        for (size_t k = hex ? 2 : 1; ok && k < ref.size(); ++k) {
          const char d = ref[k];
          const int digit = d >= '0' && d <= '9' ? d - '0'
                            : hex && (d | 0x20) >= 'a' && (d | 0x20) <= 'f' ? (d | 0x20) - 'a' + 10
                                                                             : -1;
          ok = digit >= 0 && v < 0x110000;
          v = v * (hex ? 16 : 10) + static_cast<uint32_t>(std::max(digit, 0));
        }
        if (ok && v > 0 && v < 0x110000 && (v < 0xD800 || v > 0xDFFF)) c = v;
      } else if (auto it = kNamed.find(std::string(ref)); it != kNamed.end()) {
        c = it->second;
      }
    }
    if (c == 0) {
      out.push_back('&');
      i = amp + 1;
      continue;
    }
    AppendUtf8(&out, c);
    i = semi + 1;
  }
  out.append(s.substr(i));
  return out;
}

// Returns an author field as a byline: character references decoded, web and e-mail addresses
// and handles left out ("https://www.facebook.com/NAME" is no name; "NAME info@example.de" is
// NAME). Empty when nothing is left, so that the page's next author field is read.
std::string AuthorName(std::string_view raw) {
  const std::string decoded = DecodeCharacterReferences(raw);
  auto address = [](std::string_view w) {
    while (!w.empty() && (w.front() == '(' || w.front() == '[' || w.front() == '<')) w.remove_prefix(1);
    auto starts = [&](std::string_view p) { return ascii::EqualsLower(w.substr(0, p.size()), p); };
    return starts("http://") || starts("https://") || starts("www.") || w.find('@') != std::string_view::npos ||
           w.find("[at]") != std::string_view::npos || w.find(".com/") != std::string_view::npos;
  };
  std::string out;
  std::string_view rest = decoded;
  while (!rest.empty()) {
    const size_t start = rest.find_first_not_of(" \t\n\r");
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    const size_t end = std::min(rest.find_first_of(" \t\n\r"), rest.size());
    const std::string_view w = rest.substr(0, end);
    rest.remove_prefix(end);
    if (address(w)) continue;
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  // A separator the address stood behind ("NAME - http://...") goes with it.
  while (!out.empty() && (out.back() == ' ' || out.back() == '-' || out.back() == '|' || out.back() == ',' || out.back() == ':'))
    out.pop_back();
  if (CountLetters(out, 1) == 0) out.clear();
  return out;
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
    if (page->title.empty() && !o["headline"].get_string().get(s))
      page->title = DecodeCharacterReferences(s);
    simdjson::dom::element author;
    if (page->author.empty() && !o["author"].get(author)) {
      if (author.is_array() && author.get_array().size() > 0) author = author.get_array().at(0);
      if (!author.get_string().get(s)) page->author = AuthorName(s);
      else if (author.is_object() && !author["name"].get_string().get(s)) page->author = AuthorName(s);
    }
    simdjson::dom::element graph;
    if (!o["@graph"].get(graph)) todo.push_back(graph);
  }
}

void ReadMeta(const Node* root, HtmlPage* page) {
  std::vector<const Node*> stack{root};
  std::string title_tag, h1;
  while (!stack.empty()) {
    const Node* n = stack.back();
    stack.pop_back();
    if (n != root && !IsElement(n)) continue;
    const Tag tag = TagOf(n);
    if (tag == MyHTML_TAG_META) {
      std::string_view key, content;
      bool has_key = AttrValue(n, "property", &key) || AttrValue(n, "name", &key) ||
                     AttrValue(n, "itemprop", &key);
      if (has_key && AttrValue(n, "content", &content)) {
        std::string k(key);
        for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((k == "og:title" || k == "twitter:title") && page->title.empty()) page->title = content;
        else if ((k == "author" || k == "article:author" || k == "byl" || k == "parsely-author") &&
                 page->author.empty())
          page->author = AuthorName(content);
        else if ((k == "article:published_time" || k == "datepublished" || k == "pubdate" ||
                  k == "date" || k == "parsely-pub-date" || k == "og:published_time") &&
                 page->published.empty())
          page->published = content;
        else if (k == "og:site_name" && page->site_name.empty()) page->site_name = content;
        else if ((k == "description" || k == "og:description" || k == "twitter:description") &&
                 page->description.empty())
          page->description = content;
        else if (k == "og:url" && page->url.empty()) page->url = content;
      }
    } else if (tag == MyHTML_TAG_SCRIPT) {
      std::string_view type = Attr(n, "type");
      const Node* t = FirstChild(n);
      if (type.find("ld+json") != std::string_view::npos && t != nullptr && IsText(t))
        ReadJsonLd(TextOf(t), page);
      continue;
    } else if (tag == MyHTML_TAG_TITLE && title_tag.empty()) {
      title_tag = NodeTextOf(n);
    } else if (tag == MyHTML_TAG_H1 && h1.empty()) {
      h1 = NodeTextOf(n);
    } else if (tag == MyHTML_TAG_TIME && page->published.empty()) {
      std::string_view dt;
      if (AttrValue(n, "datetime", &dt)) page->published = dt;
    }
    if (tag == MyHTML_TAG_BODY) page->had_body = page->had_body || FirstChild(n) != nullptr;
    for (const Node* k = LastChild(n); k != nullptr; k = Prev(k)) stack.push_back(k);
  }
  page->headline = h1;
  page->title_tag = title_tag;
  if (page->title.empty()) page->title = !h1.empty() ? h1 : title_tag;
}

// Returns the words of `s`, lower-cased (ASCII) and single-spaced: letters, digits and every
// non-ASCII byte are word bytes, anything else parts words.
std::string WordKeyOf(std::string_view s) {
  std::string key;
  for (char ch : s) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 0x80 || std::isalnum(c)) {
      key.push_back(static_cast<char>(std::tolower(c)));
    } else if (!key.empty() && key.back() != ' ') {
      key.push_back(' ');
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// Returns true when block text `key` (WordKeyOf) is the page's description `desc`, or starts with
// it when the description was cut short ("...", "…").
bool IsDescriptionText(const std::string& key, const std::string& desc, bool desc_cut) {
  if (desc.empty() || key.empty()) return false;
  if (key == desc) return true;
  return desc_cut && CountWords(desc, 10) >= 10 && key.size() > desc.size() && key.starts_with(desc);
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
  // The names of the open elements whose end tag HTML lets a page leave out (td, th, tr, li, p,
  // option, dt, dd), else "": "<tr><td>a<td>b" is two cells side by side, not nested.
  std::vector<std::string_view> open;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    i = html.find('<', i);  // memchr: most bytes are text
    if (i == std::string_view::npos || i + 1 >= html.size()) break;
    if (html[i + 1] == '/') {
      // An unmatched closing tag still makes the parser search its open elements.
      ++tags;
      if (depth > 0) --depth;
      if (!open.empty()) open.pop_back();
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
    if (c == '!' || c == '?') {
      is_void = true;
    } else {
      // Void elements: compare the tag name, lower-cased, with the list.
      size_t n = i + 1;
      while (n < e && std::isalnum(static_cast<unsigned char>(html[n]))) ++n;
      const size_t len = n - i - 1;
      if (len <= 6) {
        char name[7] = {};
        for (size_t k = 0; k < len; ++k) name[k] = static_cast<char>(std::tolower(static_cast<unsigned char>(html[i + 1 + k])));
        for (auto v : kVoid) is_void = is_void || std::string_view(name, len) == v;
      }
    }
    if (!self_closing && !is_void) {
      size_t n = i + 1;
      while (n < e && std::isalnum(static_cast<unsigned char>(html[n]))) ++n;
      std::string_view name = html.substr(i + 1, n - i - 1);
      static constexpr std::string_view kOptionalEnd[] = {"td", "th", "tr", "li", "p", "option", "dt", "dd"};
      std::string_view kept;
      for (std::string_view t : kOptionalEnd)
        if (ascii::EqualsLower(name, t)) kept = t;
      auto top_is = [&](std::initializer_list<std::string_view> names) {
        return !open.empty() && std::find(names.begin(), names.end(), open.back()) != names.end();
      };
      // An implied end: a row closes its open cell, and a cell, item, paragraph or option the
      // open one of its kind.
      if (kept == "tr" && top_is({"td", "th"})) {
        open.pop_back();
        --depth;
      }
      const bool sibling = (kept == "td" || kept == "th") ? top_is({"td", "th"})
                           : (kept == "dt" || kept == "dd") ? top_is({"dt", "dd"})
                           : !kept.empty() && top_is({kept});
      if (!sibling) {
        open.push_back(kept);
        max_depth = std::max(max_depth, ++depth);
      }
    }
    i = e;
  }
  PageShape shape;
  shape.max_depth = static_cast<size_t>(max_depth);
  shape.parse_work = tags * static_cast<double>(max_depth) + attribute_work;
  return shape;
}

// Pages nested deeper than any real article (the parser is quadratic in depth) are read as text:
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

// One MyHTML parser and tree per thread, reused page after page (myhtml_parse cleans the tree
// first; its memory pools are kept, so a worker allocates only for its largest page).
struct ParserContext {
  myhtml_t* myhtml = nullptr;
  myhtml_tree_t* tree = nullptr;
  ParserContext() {
    myhtml = myhtml_create();
    if (myhtml == nullptr) return;
    if (myhtml_init(myhtml, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyCORE_STATUS_OK) return;
    myhtml_tree_t* t = myhtml_tree_create();
    if (t != nullptr && myhtml_tree_init(t, myhtml) == MyCORE_STATUS_OK) tree = t;
    else if (t != nullptr) myhtml_tree_destroy(t);
  }
  ~ParserContext() {
    if (tree != nullptr) myhtml_tree_destroy(tree);
    if (myhtml != nullptr) myhtml_destroy(myhtml);
  }
  ParserContext(const ParserContext&) = delete;
  ParserContext& operator=(const ParserContext&) = delete;
};

ParserContext& Parser() {
  thread_local ParserContext context;
  return context;
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
      if ((static_cast<unsigned char>(html[at + k]) | 0x20) != static_cast<unsigned char>(word[k])) return false;
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

// Chooses the story's blocks in a parsed page (`walk_asides`: read <aside> and <noscript> too).
static HtmlPage ExtractFromDocument(const Node* document, const HtmlOptions& options, bool walk_asides);

HtmlPage ExtractHtml(std::string_view html, const HtmlOptions& options) {
  // The parser sees the page without its script and style bodies, so that is what is measured.
  const std::string lean = DropRawText(html);
  const PageShape shape = MeasurePage(lean);
  if (shape.max_depth > options.max_depth || shape.parse_work > options.max_parse_work)
    return ExtractAsText(html);
  HtmlPage page;
  ParserContext& parser = Parser();
  if (parser.tree == nullptr ||
      myhtml_parse(parser.tree, MyENCODING_UTF_8, lean.data(), lean.size()) != MyCORE_STATUS_OK)
    return page;
  const Node* document = myhtml_tree_get_document(parser.tree);
  if (document == nullptr) return page;
  page = ExtractFromDocument(document, options, false);
  // Nothing kept: a page may set its whole story in an <aside> (a CMS's "direct content" box),
  // which is otherwise skipped as a sidebar, or in <noscript> (a blog that renders its posts by
  // script; a stray unclosed element in a <noscript> that holds the rest of the page). Read
  // again with both.
  if (page.blocks.empty() &&
      (lean.find("<aside") != std::string::npos || lean.find("<noscript") != std::string::npos)) {
    HtmlPage with_asides = ExtractFromDocument(document, options, true);
    if (!with_asides.blocks.empty()) page = std::move(with_asides);
  }
  return page;
}

static HtmlPage ExtractFromDocument(const Node* document, const HtmlOptions& options, bool walk_asides) {
  HtmlPage page;
  ReadMeta(document, &page);
  std::unordered_set<const Node*> teasers;
  FindTeaserCards(document, &teasers);
  Walker w{options, teasers, {}, {}, {}, walk_asides};
  w.Walk(document);

  // Blocks in a comment thread do not vote: a long thread would otherwise outscore a short story
  // and take its place (and then be dropped as comments, leaving nothing). A thread is comments
  // side by side: an element named as a comment with two more beside it. One wrapper so named
  // (an opinion section's "tone-comment" around the whole story, <body class="...
  // comment-styles-disabled">) is none.
  std::unordered_map<const Node*, bool> comment_at;
  auto never_story = [&](const TextBlock& b) {
    if (b.strong_at == nullptr || TagOf(b.strong_at) == MyHTML_TAG_BODY || TagOf(b.strong_at) == MyHTML_TAG_HTML)
      return false;
    auto [it, fresh] = comment_at.try_emplace(b.strong_at, false);
    if (fresh && NamesComments(ClassAndId(ReadAttrs(b.strong_at)))) {
      const Node* parent = Parent(b.strong_at);
      size_t comments = 0, seen = 0;
      for (const Node* k = parent != nullptr ? FirstChild(parent) : nullptr; k != nullptr && comments < 3 && ++seen < 2000;
           k = Next(k))
        if (IsElement(k) && NamesComments(ClassAndId(ReadAttrs(k)))) ++comments;
      it->second = comments >= 3;
    }
    return it->second;
  };
  // Score containers as readability does: each paragraph-sized block feeds its container and,
  // at half weight, the container's parent.
  std::unordered_map<const Node*, double> score;
  for (const auto& b : w.blocks) {
    size_t len = CountCodePoints(b.text);
    if (len < options.min_block_chars || never_story(b)) continue;
    double density = len ? static_cast<double>(b.link_chars) / b.text.size() : 0;
    double s = (1.0 + Commas(b.text) + std::min<double>(len / 100.0, 3.0)) * (1.0 - density);
    const Node* c = b.container;
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
  const Node* best = nullptr;
  double best_score = 0;
  // The best container or a parent of one, in document order so that ties are deterministic.
  auto consider = [&](const Node* c) {
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
  auto inside = [&](const Node* c, const Node* root) {
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
  // An endless page (sibling <article>s, each with its own <h1>): the story is the one headed by
  // the page's title, whichever holds the most text; the others are not this page's.
  const Node* story = nullptr;
  if (best != nullptr) {
    std::vector<std::string> title_keys;
    for (const std::string* t : {&page.title, &page.title_tag})
      if (!t->empty()) title_keys.push_back(WordKeyOf(*t));
    story = TitledStory(best, title_keys);
    if (story != nullptr && !inside(best, story) && w.parent_of.count(story)) best = story;
    if (story != nullptr && !w.parent_of.count(story)) story = nullptr;
  }
  for (int climb = 0; best != nullptr && climb < options.max_climb; ++climb) {
    size_t inside_prose = 0;
    for (const auto& b : w.blocks) if (is_prose(b) && inside(b.container, best)) inside_prose += b.text.size();
    if (inside_prose >= options.prose_share * prose_total) break;
    auto p = w.parent_of.find(best);
    if (p == w.parent_of.end() || p->second == nullptr || !IsElement(p->second) ||
        TagOf(p->second) == MyHTML_TAG_BODY)
      break;
    // Not out of an endless page's story (TitledStory).
    if (best == story) break;
    best = p->second;
  }
  // The page's description marked up in its body (itemprop="description") is the standfirst: cut
  // when it is summary-sized (a page that marks its whole story so keeps it).
  std::unordered_map<const Node*, size_t> summary_words;
  for (const auto& b : w.blocks) {
    if (b.summary_at != nullptr) summary_words[b.summary_at] += CountWords(b.text, 200);
    if (b.dek_at != nullptr) summary_words[b.dek_at] += CountWords(b.text, 200);
  }
  // A block in a standfirst's box (kDekRe, summary-sized: Drupal's "text-with-summary" holds the
  // whole story) that repeats the page's description is the standfirst.
  const std::string description = WordKeyOf(page.description);
  const std::string_view desc_end = Trim(page.description);
  const bool description_cut = desc_end.ends_with("...") || desc_end.ends_with("\xE2\x80\xA6");
  const Node* best_parent = nullptr;
  if (best != nullptr) {
    auto p = w.parent_of.find(best);
    if (p != w.parent_of.end()) best_parent = p->second;
  }
  // Class hints count only below the chosen container: a layout wrapper named
  // "has-sidebar" above the whole article says nothing about its paragraphs.
  // Siblings of the best container are judged by their own classes too.
  const Node* root = best_parent != nullptr ? best_parent : best;
  auto below_best = [&](const Node* n) {
    return n != nullptr && n != root && inside(n, root) && !inside(best, n);
  };
  // Nor does one below it: a wrapper that names only a sidebar ("sidebar-right",
  // "c-fixed-sidebar-layout") and holds most of the prose is the column layout around the story
  // (a sidebar beside a story never holds most of it).
  // The same holds for a weak hint ("widget", "meta", "share"): a region so named that holds most
  // of the prose is the story's own box (a blog platform's "widget Blog" around every post).
  std::unordered_set<const Node*> layout_wrappers, weak_story_boxes;
  {
    std::unordered_map<const Node*, size_t> prose_at, weak_prose_at;
    size_t root_prose = 0;
    for (const auto& b : w.blocks) {
      if (!is_prose(b) || root == nullptr || !inside(b.container, root)) continue;
      root_prose += b.text.size();
      if (b.strong_at != nullptr && below_best(b.strong_at)) prose_at[b.strong_at] += b.text.size();
      if (b.negative_at != nullptr && b.negative_at != b.strong_at && below_best(b.negative_at))
        weak_prose_at[b.negative_at] += b.text.size();
    }
    for (const auto& [n, chars] : prose_at)
      if (chars * 2 > root_prose && NamesOnlySidebar(ClassAndId(ReadAttrs(n)))) layout_wrappers.insert(n);
    for (const auto& [n, chars] : weak_prose_at)
      if (chars * 2 > root_prose) weak_story_boxes.insert(n);
  }
  std::vector<char> kept(w.blocks.size(), 0);
  std::vector<const char*> reasons(w.blocks.size(), "");
  std::unordered_map<const Node*, bool> next_stories;  // sibling containers that are another story
  for (size_t bi = 0; bi < w.blocks.size(); ++bi) {
    const TextBlock& b = w.blocks[bi];
    bool keep = false;
    const char* reason = "outside-main-content";
    if (best != nullptr && inside(b.container, best)) {
      keep = true;
    } else if (best_parent != nullptr && inside(b.container, best_parent)) {
      // A sibling container: kept when it scores well or reads like prose.
      const Node* c = b.container;
      while (c != nullptr) {
        auto p = w.parent_of.find(c);
        if (p == w.parent_of.end() || p->second == best_parent) break;
        c = p->second;
      }
      auto it = score.find(c);
      double s = it == score.end() ? 0 : it->second;
      // (A sibling <article> with its own <h1> is an endless page's next story, not more of this one.)
      auto next_story = next_stories.find(c);
      if (next_story == next_stories.end())
        next_story = next_stories.emplace(c, story != nullptr && c != story && c != nullptr && IsElement(c) &&
                                                 TagOf(c) == MyHTML_TAG_ARTICLE && HoldsTag(c, {MyHTML_TAG_H1})).first;
      keep = !next_story->second && (s >= options.sibling_share * best_score ||
                                     (CountCodePoints(b.text) >= 80 && EndsSentence(b.text) && b.link_chars == 0));
    }
    double density = b.text.empty() ? 0 : static_cast<double>(b.link_chars) / b.text.size();
    // A lead paragraph may link most of its words (names, places, earlier stories); it still
    // reads as a sentence, which a list of links does not.
    const bool sentence = CountWords(b.text, 12) >= 12 && EndsSentence(b.text);
    // (A data table's row whose names are links keeps its figures: "Ward A | Ann Lee | 412".)
    const bool figures_row = b.table_row && std::any_of(b.text.begin(), b.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    if (keep && density > options.max_link_density && !(sentence && density <= 0.9) && !b.embed && !figures_row) {
      keep = false;
      reason = "link-dense";
    }
    bool strong = b.strong_at != nullptr && below_best(b.strong_at) && layout_wrappers.count(b.strong_at) == 0;
    bool weak = b.negative_at != nullptr && below_best(b.negative_at) && weak_story_boxes.count(b.negative_at) == 0;
    if (keep && !b.embed && (strong || (weak && !(CountCodePoints(b.text) >= 80 && EndsSentence(b.text))))) {
      keep = false;
      reason = "non-content-class";
    }
    kept[bi] = keep;
    reasons[bi] = reason;
  }
  // A standfirst is a small part of the story: a story that marks most of its text as
  // itemprop="description" elements (each paragraph, or each slide of a slideshow, a
  // "description" of the page) has none. Measured on the blocks kept so far (the main container
  // and the siblings kept with it).
  bool descriptions_are_paragraphs = false;
  {
    std::unordered_set<const Node*> marked;
    size_t marked_chars = 0, story_chars = 0;
    for (size_t bi = 0; bi < w.blocks.size(); ++bi) {
      if (!kept[bi]) continue;
      const TextBlock& b = w.blocks[bi];
      story_chars += b.text.size();
      if (b.summary_at != nullptr) {
        marked.insert(b.summary_at);
        marked_chars += b.text.size();
      }
    }
    descriptions_are_paragraphs = marked.size() >= 2 && marked_chars * 2 > story_chars;
  }
  for (size_t bi = 0; bi < w.blocks.size(); ++bi) {
    const TextBlock& b = w.blocks[bi];
    if (kept[bi] && ((b.summary_at != nullptr && !descriptions_are_paragraphs &&
                      summary_words[b.summary_at] <= options.max_summary_words) ||
                     (b.dek_at != nullptr && summary_words[b.dek_at] <= options.max_summary_words &&
                      IsDescriptionText(WordKeyOf(b.text), description, description_cut)))) {
      kept[bi] = 0;
      reasons[bi] = "standfirst";
    }
  }
  // A heading over a list of links (two or more blocks dropped as link-dense right after it)
  // is the list's heading ("Now available", "From the forums"), not a section of the story.
  for (size_t bi = 0; bi < w.blocks.size(); ++bi) {
    if (!kept[bi] || !w.blocks[bi].heading) continue;
    size_t links = 0;
    for (size_t k = bi + 1; k < w.blocks.size() && std::string_view(reasons[k]) == "link-dense"; ++k) ++links;
    if (links >= 2) {
      kept[bi] = 0;
      reasons[bi] = "link-list";
    }
  }
  // A byline or dateline the page sets in a block of its own (<div class="byline">, "dateline",
  // "article-author"), cut as not the story's text, before the story's first kept block: named
  // "byline-class" ("byline-class-outside" when it was cut as outside the story's container, in
  // the story's header) for the normalizer, which reads it as the field. A credit line in a box
  // of its own after the story's last kept block ("<p class=credit>The Associated Press
  // contributed to this report.</p>"): "credit-class". Only when the box is the story's own:
  // every class and id from the block up to the story's container (or that container's parent)
  // names a byline, author, dateline or credit, a box that holds one with a date ("entry-meta"),
  // a header, or the story itself ("entry-header", "article-body"); no element between is an
  // <article>, <aside>, <nav>, <footer> or <figure>, or holds a picture, a video or a frame (a
  // related card's "By Reuters", a ticker's "KYIV (Reuters)", a photo's "By Marco Bello/Reuters",
  // an author box, a most-read list are other stories' or other things').
  {
    size_t first_kept = 0;  // the story's first kept block that is no heading (the headline)
    while (first_kept < w.blocks.size() && (!kept[first_kept] || w.blocks[first_kept].heading)) ++first_kept;
    size_t last_kept = w.blocks.size();  // the story's last kept block
    for (size_t bi = w.blocks.size(); bi-- > 0;)
      if (kept[bi] && !w.blocks[bi].heading) {
        last_kept = bi;
        break;
      }
    static const RE2 byline_class(R"((?i)(?:^|[\s_-])(?:byline|bylines|author|authors|dateline|by)(?:$|[\s_-]))");
    static const RE2 credit_class(R"((?i)(?:^|[\s_-])(?:credits?|contributors?)(?:$|[\s_-]))");
    // Each class and id token (split on spaces, '_' and '-') of the story's own boxes.
    static const RE2 allowed_token(
        R"((?i)byline|bylines|author|authors|dateline|by|credits?|contributors?|attribution|source|meta|date|timestamp|published|vcard|header|article\w*|content|story\w*|body|post|entry|text|main|prose|info|details|wrapper|inner|container|field|fields|item|items|name|type|string|value|node|view|mode|full|clearfix|formatted|wrap|js|[a-z]|[a-z]?[0-9]+)");
    auto allowed = [](std::string_view hints) {
      size_t i = 0;
      while (i < hints.size()) {
        while (i < hints.size() && (ascii::IsSpace(hints[i]) || hints[i] == '_' || hints[i] == '-')) ++i;
        size_t e = i;
        while (e < hints.size() && !ascii::IsSpace(hints[e]) && hints[e] != '_' && hints[e] != '-') ++e;
        if (e > i && !RE2::FullMatch(hints.substr(i, e - i), allowed_token)) return false;
        i = e;
      }
      return true;
    };
    auto own_box = [&](size_t bi, const RE2& names) {
      const TextBlock& b = w.blocks[bi];
      const std::string_view why = reasons[bi];
      if ((why != "non-content-class" && why != "outside-main-content") || b.text.size() > 200) return false;
      // Inside the story's container, or its parent's (a header beside the story's body).
      const Node* root = inside(b.container, best) ? best
                         : best_parent != nullptr && inside(b.container, best_parent) ? best_parent
                                                                                        : nullptr;
      if (root == nullptr) return false;
      // Every element from the block up to the root in the page's tree (parent_of skips the
      // elements that hold no text block of their own: a ticker's box around its dateline).
      std::vector<const Node*> chain;
      if (b.negative_at != nullptr && b.negative_at != b.container) chain.push_back(b.negative_at);
      for (const Node* c = b.container; c != nullptr && c != root && chain.size() < 64; c = Parent(c)) chain.push_back(c);
      if (chain.empty() || chain.size() >= 64) return false;
      bool named = false;
      for (const Node* c : chain) {
        if (!IsElement(c)) continue;
        const myhtml_tag_id_t tag = TagOf(c);
        if (tag == MyHTML_TAG_ARTICLE || tag == MyHTML_TAG_ASIDE || tag == MyHTML_TAG_NAV || tag == MyHTML_TAG_FOOTER ||
            tag == MyHTML_TAG_FIGURE ||
            HoldsTag(c, {MyHTML_TAG_IMG, MyHTML_TAG_VIDEO, MyHTML_TAG_IFRAME, MyHTML_TAG_SVG,
                         MyHTML_TAG_CANVAS, MyHTML_TAG_FIGURE}))
          return false;
        const std::string hints = ClassAndId(ReadAttrs(c));
        if (hints.size() <= 1) continue;
        if (IsStrongNegative(hints) || !allowed(hints)) return false;
        named = named || RE2::PartialMatch(hints, names);
      }
      return named;
    };
    for (size_t bi = 0; bi < first_kept && best != nullptr; ++bi)
      if (own_box(bi, byline_class))
        reasons[bi] = std::string_view(reasons[bi]) == "non-content-class" ? "byline-class" : "byline-class-outside";
    for (size_t bi = last_kept + 1; bi < w.blocks.size() && last_kept < w.blocks.size() && best != nullptr; ++bi)
      if (std::string_view(reasons[bi]) == "non-content-class" && own_box(bi, credit_class)) reasons[bi] = "credit-class";
  }
  for (size_t bi = 0; bi < w.blocks.size(); ++bi) {
    const TextBlock& b = w.blocks[bi];
    if (kept[bi]) {
      page.blocks.push_back({b.text, b.heading ? BlockKind::kHeading
                                               : (b.list_item ? BlockKind::kBullet : BlockKind::kBody)});
    } else if (page.removed.size() < 10000) {
      page.removed.push_back({b.text, reasons[bi]});
    }
  }
  return page;
}

}  // namespace copydesk::normalizers
