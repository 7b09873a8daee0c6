#include "normalizers/normalize.h"

#include <algorithm>
#include <cstdint>

#include "corpus/ascii.h"
#include "corpus/date.h"
#include "corpus/parallel.h"
#include "normalizers/credit_line.h"
#include "normalizers/text_shape.h"

namespace copydesk::normalizers {

Result<std::unique_ptr<Normalizer>> Normalizer::Create(const NormalizeOptions& options) {
  auto u = UnicodeNormalizer::Create(options.unicode);
  if (!u.ok()) return u.status();
  UnicodeOptions page;
  page.nfkc = false;
  page.unify_punctuation = false;
  page.unify_spaces = false;
  page.keep_joiners = true;
  auto display = UnicodeNormalizer::Create(page);
  if (!display.ok()) return display.status();
  return std::unique_ptr<Normalizer>(new Normalizer(options, std::move(u).value(), std::move(display).value()));
}

std::vector<std::string_view> NormalizedArticle::FoldedParagraphs() const {
  std::vector<std::string_view> out;
  if (article.paragraphs.empty()) return out;
  std::string_view f(folded);
  size_t pos = 0;
  while (true) {
    size_t e = f.find("\n\n", pos);
    if (e == std::string_view::npos) {
      out.push_back(f.substr(pos));
      break;
    }
    out.push_back(f.substr(pos, e - pos));
    pos = e + 2;
  }
  return out;
}

void NormalizedArticle::MapNormalized(uint32_t n, uint32_t t) {
  auto& runs = normalized_to_text;
  if (!runs.empty() && t - runs.back().second == n - runs.back().first) return;
  runs.emplace_back(n, t);
}

uint32_t NormalizedArticle::TextOffset(uint32_t pos) const {
  if (normalized_to_text.empty()) return pos;
  auto it = std::upper_bound(normalized_to_text.begin(), normalized_to_text.end(),
                             std::pair<uint32_t, uint32_t>(pos, UINT32_MAX));
  if (it == normalized_to_text.begin()) return pos;
  --it;
  return std::min<uint32_t>(it->second + (pos - it->first), static_cast<uint32_t>(text.size()));
}

std::string SourceKey(const corpus::Article& a) {
  if (!a.source.empty()) return a.source;
  std::string_view u = a.url;
  size_t scheme = u.find("://");
  if (scheme == std::string_view::npos) return "";
  u.remove_prefix(scheme + 3);
  u = u.substr(0, u.find('/'));
  if (u.starts_with("www.")) u.remove_prefix(4);
  return std::string(u);
}

namespace {

// The text a user is shown of `b`: the page's own characters when they differ from the
// normalized form every step compares (Block::display), else the normalized text.
std::string Shown(Block&& b) { return b.display.empty() ? std::move(b.text) : std::move(b.display); }

// Returns the words of `s`, lower-cased (ASCII), joined by single spaces: punctuation and
// spacing aside, two spellings of one line compare equal.
std::string WordKey(std::string_view s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(static_cast<char>(std::tolower(c)));
    } else {
      space = true;
    }
  }
  return out;
}

// Returns true when block `key` is headline `h` (both WordKeys), or its start before a site name
// of at most five words ("Rain returns" and "Rain returns | The Daily Example").
bool IsHeadlineRepeat(std::string_view key, std::string_view h) {
  if (key.empty() || h.empty()) return false;
  if (key == h) return true;
  if (!h.starts_with(key) || h.size() == key.size() || h[key.size()] != ' ') return false;
  size_t words = 1;
  for (char c : key) words += c == ' ';
  size_t rest = 0;
  for (char c : h.substr(key.size())) rest += c == ' ';
  return words >= 4 && rest <= 5;
}

// Returns the bytes of `original` that the bytes of `normalized`, normalized bytes
// [at, at + normalized.size()), came from (`offsets`: the input byte of each normalized byte),
// ASCII spaces trimmed; "" when that is `normalized` itself (most paragraphs: no map is made).
// `*map` receives, for each normalized byte, its byte in the returned text.
std::string PageCharacters(const std::string& original, const std::vector<uint32_t>& offsets,
                           size_t at, std::string_view normalized, std::vector<uint32_t>* map) {
  map->clear();
  const size_t length = normalized.size();
  if (length == 0 || at + length > offsets.size()) return "";
  size_t begin = offsets[at];
  const size_t end = at + length < offsets.size() ? offsets[at + length] : original.size();
  if (begin >= end || end > original.size()) return "";
  std::string_view s = Trim(std::string_view(original).substr(begin, end - begin));
  if (s.empty() || s == normalized) return "";
  begin = static_cast<size_t>(s.data() - original.data());
  map->reserve(length);
  for (size_t k = 0; k < length; ++k) {
    const size_t o = offsets[at + k];
    map->push_back(static_cast<uint32_t>(o <= begin ? 0 : std::min(o - begin, s.size() - 1)));
  }
  return std::string(s);
}

// For a block the unwrapper joined from lines of `text` (the normalized input, `off` the input
// byte of each of its bytes): the input's characters of those lines joined as the block joins
// them (a space, or nothing: JoinsWithoutSpace) in `*joined`, and for each byte of the block its
// byte in `*joined`. The block is looked for from byte `from` on. Returns the end of the block in
// `text`, or npos when it is not lines of `text` joined.
size_t JoinedLines(std::string_view block, std::string_view text, size_t from, const std::string& raw,
                   const std::vector<uint32_t>& off, std::string* joined, std::vector<uint32_t>* map) {
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  // The block's first word, at most 24 bytes of it (on a character boundary): wrapped CJK lines
  // join with no space, and a whole block is no word to look for.
  size_t first_len = std::min(block.find(' '), block.size());
  if (first_len > 24) {
    first_len = 24;
    while (first_len > 0 && (static_cast<unsigned char>(block[first_len]) & 0xC0) == 0x80) --first_len;
  }
  const std::string_view first = block.substr(0, first_len);
  if (first.empty() || off.size() < text.size()) return std::string_view::npos;
  auto input_at = [&](size_t j) { return j < off.size() ? size_t{off[j]} : raw.size(); };
  for (int tries = 0; tries < 4; ++tries) {
    const size_t start = text.find(first, from);
    if (start == std::string_view::npos) return start;
    from = start + 1;
    joined->clear();
    map->clear();
    size_t i = 0, j = start, run = start;
    bool ok = true;
    auto close_run = [&] {
      const size_t b = input_at(run), e = input_at(j);
      if (b < e && e <= raw.size()) joined->append(raw, b, e - b);
    };
    while (i < block.size()) {
      if (j < text.size() && block[i] == text[j]) {
        // `joined` holds the runs before this one: this run's input follows.
        map->push_back(static_cast<uint32_t>(joined->size() + input_at(j) - input_at(run)));
        ++i;
        ++j;
        continue;
      }
      // A join: the lines' break and indents in `text`, a space or nothing (after "-") in the block.
      size_t k = j;
      bool line_break = false;
      while (k < text.size() && space(text[k])) line_break |= text[k++] == '\n';
      if (!line_break || (block[i] != ' ' && !JoinsWithoutSpace(block.substr(0, i), block.substr(i)))) {
        ok = false;
        break;
      }
      close_run();
      if (block[i] == ' ') {
        map->push_back(static_cast<uint32_t>(joined->size()));
        joined->push_back(' ');
        ++i;
      }
      j = run = k;
    }
    if (!ok) continue;
    close_run();
    return j;
  }
  return std::string_view::npos;
}

}  // namespace

void Normalizer::KeepPageCharacters(const std::string& original, const std::vector<uint32_t>& offsets, size_t at,
                                    Block* block) const {
  std::vector<uint32_t> map;
  std::string page = PageCharacters(original, offsets, at, block->text, &map);
  block->display.clear();
  block->display_runs.clear();
  if (page.empty()) return;  // most paragraphs of most scripts
  // Invisible characters and invalid UTF-8 out, space runs collapsed; `map` follows each
  // normalized byte to the first display byte at or after its input byte.
  std::vector<uint32_t> from;
  std::string shown = display_->Normalize(page, &from);
  if (shown.empty() || shown == block->text) return;
  // `map` rises with the text (the input's bytes in order), so each lower bound of `from` (sorted)
  // is found by walking on from the previous one: linear, not a binary search per byte. A byte
  // that goes back (reordered combining marks) searches again.
  size_t k = 0;
  uint32_t previous = 0;
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  for (size_t i = 0; i < map.size(); ++i) {
    const uint32_t m = map[i];
    if (m < previous) k = static_cast<size_t>(std::lower_bound(from.begin(), from.end(), m) - from.begin());
    while (k < from.size() && from[k] < m) ++k;
    previous = m;
    const auto d = static_cast<uint32_t>(std::min(k, shown.size() - 1));
    const auto t = static_cast<uint32_t>(i);
    if (runs.empty() || d - runs.back().second != t - runs.back().first) runs.emplace_back(t, d);
  }
  block->display = std::move(shown);
  block->display_runs = std::move(runs);
}

Draft Normalizer::Prepare(corpus::Article article) const {
  Draft d;
  if (article.format == corpus::Format::kHtml) {
    if (options_.keep_source_map) {
      // The page's text where it stands, markup blanked: the text is aligned against it, and
      // its offsets are the page's own (unicode_offsets stays empty).
      d.unicode_text = MaskMarkup(article.raw);
    }
    HtmlPage page = ExtractHtml(article.raw, options_.html);
    std::string().swap(article.raw);  // frees it (assigning an empty string keeps the buffer)
    // The headline and author as the page writes them (display_: invisible characters dropped,
    // spaces collapsed); comparisons normalize them again.
    if (article.title.empty()) article.title = display_->Normalize(page.title);
    if (article.byline.empty()) article.byline = display_->Normalize(page.author);
    if (article.published.empty()) article.published = page.published;
    if (article.url.empty()) article.url = page.url;
    if (article.source.empty()) article.source = page.site_name;
    if (page.degraded) d.removed.push_back({"", kPageReadAsText});
    for (const std::string* h : {&page.title, &page.headline, &page.title_tag})
      if (!h->empty()) d.headlines.push_back(unicode_->Normalize(*h));
    d.standfirst = unicode_->Normalize(page.description);
    const size_t page_removed_at = d.removed.size();
    for (auto& r : page.removed) d.removed.push_back({display_->Normalize(r.text), r.reason});
    // Blocks are unwrapped one by one: a page paragraph may still hold a dateline. Each keeps
    // the page's own characters beside its normalized form (Block::display): the text the user
    // reads is the page's, every comparison reads the normalized form.
    std::vector<std::string> originals;
    std::vector<std::vector<uint32_t>> offsets;
    for (auto& b : page.blocks) {
      std::vector<uint32_t> off;
      std::string t = unicode_->Normalize(b.text, &off);
      std::string_view trimmed = Trim(t);
      if (trimmed.empty()) continue;
      const size_t lead = static_cast<size_t>(trimmed.data() - t.data());
      d.blocks.push_back({std::string(trimmed), b.kind});
      offsets.emplace_back(off.begin() + static_cast<std::ptrdiff_t>(lead),
                           off.begin() + static_cast<std::ptrdiff_t>(lead + trimmed.size()));
      originals.push_back(std::move(b.text));
    }
    UnwrapOptions o = options_.unwrap;
    o.detect_wrapping = false;
    // Reuse the field extraction of the unwrapper on the page's paragraphs.
    std::string text;
    for (const auto& b : d.blocks) {
      text += b.text;
      text += "\n\n";
    }
    UnwrapResult u = Unwrap(text, o);
    // Keep the page's block kinds and characters where the unwrapper kept the block, or a part.
    for (size_t i = 0, j = 0; i < u.blocks.size(); ++i) {
      size_t k = j, at = std::string::npos;
      for (; k < d.blocks.size() && k < j + 8; ++k) {
        at = d.blocks[k].text.find(u.blocks[i].text);
        if (at != std::string::npos) break;
      }
      if (at == std::string::npos) continue;
      j = k;
      u.blocks[i].kind = d.blocks[k].kind;
      KeepPageCharacters(originals[k], offsets[k], at, &u.blocks[i]);
    }
    d.blocks = std::move(u.blocks);
    // The page's author set alone on a line near the top (AP's "JANIE HAR" above the dateline)
    // is the byline, as "By Janie Har" is.
    if (!page.author.empty()) {
      const std::string author = ascii::Lower(unicode_->Normalize(page.author));
      for (size_t i = 0; i < d.blocks.size() && i < 3; ++i) {
        std::string_view t = Trim(d.blocks[i].text);
        if (CountWords(t, 7) > 6 || ascii::Lower(t) != author) continue;
        d.removed.push_back({std::string(t), "byline"});
        d.blocks.erase(d.blocks.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
    if (article.byline.empty()) article.byline = u.byline;
    // A byline the page set in its own block with a byline, author or dateline class, cut from
    // the text as not content (html_extract's "byline-class"), is still the byline ("By Jane Doe,
    // Associated Press": the copy's credit), also over a name from the page's metadata that names
    // no agency. So is a dateline there ("<div class=dateline>MIAMI (AP)</div>"), read as the
    // unwrapper reads one that opens the first paragraph, taken only when it is the whole block.
    // The first byline block decides (a later one may be another story's that the checks
    // missed): taken when the article has no byline, or only a metadata name with no agency.
    bool byline_read = false;
    for (size_t i = 0; i < page.removed.size(); ++i) {
      const std::string_view why = page.removed[i].reason;
      std::string& reason = d.removed[page_removed_at + i].reason;
      if (why == "credit-class") {
        // A credit line in a box of its own after the story (pipeline/credit.cc reads it); not a
        // copyright notice, which a site's template may print under every story.
        const std::string t(Trim(display_->Normalize(page.removed[i].text)));
        const CreditMatch m = MatchCreditLine(t);
        const std::string lower = ascii::Lower(t.substr(0, 12));
        // (Nor a source's line: "Source: Reuters Connect partner content", a chart's "Source: AP".)
        const bool copyright = lower.starts_with("copyright") || lower.starts_with("(c)") || t.starts_with("\xC2\xA9") ||
                               lower.starts_with("source");
        reason = m.kind == CreditKind::kStory && m.agency != "unnamed" && !copyright ? "credit-line" : "non-content-class";
        continue;
      }
      if (why != "byline-class" && why != "byline-class-outside") continue;
      const std::string t(Trim(unicode_->Normalize(page.removed[i].text)));
      reason = why == "byline-class" ? "non-content-class" : "outside-main-content";
      if (!byline_read) {
        // (The story's first paragraphs after it say the language of a "Von", "Por" or "Par":
        // two of twelve words or more, past captions and kickers.)
        std::string probe = t + "\n\n";
        size_t n = 0;
        for (size_t k = 0; k < d.blocks.size() && k < 8 && n < 2; ++k) {
          if (CountWords(d.blocks[k].text, 12) < 12) continue;
          probe += d.blocks[k].text + "\n\n";
          ++n;
        }
        // (A brief of short paragraphs: its first ones.)
        for (size_t k = 0; n == 0 && k < d.blocks.size() && k < 3; ++k) probe += d.blocks[k].text + "\n\n";
        std::string byline = Unwrap(probe, o).byline;
        if (!byline.empty()) {
          byline_read = true;
          if (article.byline.empty() || (BylineAgency(article.byline).empty() && !BylineAgency(byline).empty())) {
            article.byline = std::move(byline);
            reason = "byline";
          }
          continue;
        }
      }
      if (!u.dateline.empty() || d.blocks.empty() || t.size() > 80) continue;
      // (Its dash may be left out: the block's end is the dateline's.)
      const bool dash = t.ends_with("-") || t.ends_with("\xE2\x80\x94") || t.ends_with("\xE2\x80\x93");
      UnwrapResult one = Unwrap(t + (dash ? " " : " - ") + d.blocks[0].text + "\n\n", o);
      if (one.dateline.empty() || one.credit.empty()) continue;
      for (const auto& r : one.removed) {
        if (r.reason != "dateline" || r.text.size() + 3 < t.size() || r.text.size() > t.size() + 3) continue;
        u.dateline = one.dateline;
        if (u.credit.empty()) u.credit = one.credit;
        reason = "dateline";
        break;
      }
    }
    article.dateline = u.dateline;
    article.credit = u.credit;
    for (auto& r : u.removed) d.removed.push_back(std::move(r));
  } else {
    // ASCII input reads the same in both forms: only non-ASCII input keeps its characters.
    const bool page_characters = options_.page_characters && !IsAsciiText(article.raw);
    std::vector<uint32_t> offsets;
    std::string text = unicode_->Normalize(
        article.raw, options_.keep_source_map ? &d.unicode_offsets : page_characters ? &offsets : nullptr);
    UnwrapResult u = Unwrap(text, options_.unwrap);
    if (page_characters) {
      // A paragraph the unwrapper kept as it stands in the normalized input, or joined from
      // its lines, has its input's characters; one it cut inside has only its normalized form.
      const std::vector<uint32_t>& off = options_.keep_source_map ? d.unicode_offsets : offsets;
      size_t from = 0;
      std::string joined;
      std::vector<uint32_t> joined_map;
      for (Block& b : u.blocks) {
        const size_t at = text.find(b.text, from);
        if (at != std::string::npos) {
          KeepPageCharacters(article.raw, off, at, &b);
          from = at + b.text.size();
          continue;
        }
        // A paragraph joined from wrapped lines: its lines' input characters, joined alike.
        const size_t end = JoinedLines(b.text, text, from, article.raw, off, &joined, &joined_map);
        if (end == std::string::npos) continue;
        KeepPageCharacters(joined, joined_map, 0, &b);
        from = end;
      }
    }
    if (options_.keep_source_map) {
      if (page_characters) {
        // The output holds the input's characters: it is aligned against the input itself.
        d.unicode_text = article.raw;
        d.unicode_offsets.clear();
      } else {
        d.unicode_text = text;
      }
    }
    std::string().swap(article.raw);  // not needed past this point: freed now (= "" keeps the buffer)
    d.blocks = std::move(u.blocks);
    d.was_wrapped = u.was_wrapped;
    if (article.byline.empty()) article.byline = u.byline;
    article.dateline = u.dateline;
    article.credit = u.credit;
    d.removed = std::move(u.removed);
    if (!article.title.empty()) article.title = display_->Normalize(article.title);
  }
  d.article = std::move(article);
  return d;
}

NormalizedArticle Normalizer::Finish(Draft d, const LineStats* stats, bool with_text) const {
  NormalizedArticle out;
  out.removed = std::move(d.removed);
  out.was_wrapped = d.was_wrapped;
  std::vector<Block> blocks = std::move(d.blocks);
  if (options_.remove_boilerplate) {
    std::vector<std::string> why =
        ClassifyBoilerplate(blocks, stats, SourceKey(d.article), options_.boilerplate);
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (why[i].empty()) {
        kept.push_back(std::move(blocks[i]));
        continue;
      }
      // An article that carries no date of its own (no field, no meta or JSON-LD date) is dated
      // by its first date line at the top of the story, before its third paragraph.
      if (d.article.published.empty() && kept.size() < 3 && why[i] == "date-line")
        if (auto date = corpus::FindDateIn(blocks[i].text)) d.article.published = std::string(*date);
      out.removed.push_back({Shown(std::move(blocks[i])), why[i]});
    }
    blocks.swap(kept);
  }
  // The page's own date (its field, meta or JSON-LD, or its date line above) wins; the crawl
  // date (WARC-Date) is the fallback.
  if (d.article.published.empty()) d.article.published = d.article.crawled;
  if (!blocks.empty() && !d.article.title.empty() &&
      blocks[0].text == (IsAsciiText(d.article.title) ? d.article.title : unicode_->Normalize(d.article.title))) {
    out.removed.push_back({Shown(std::move(blocks[0])), "title"});
    blocks.erase(blocks.begin());
  }
  // A page repeats its headline (og:title, h1 or <title>, which may add " | Site") and its
  // standfirst at the top of the body, before the story's first sentence. The description
  // often copies the lead paragraph: only a standfirst that reads as no sentence goes.
  if (!d.headlines.empty() || !d.standfirst.empty()) {
    // (A headline that opened with the dateline the unwrapper cut from its block, "<h1>LONDON
    // (Reuters) - Bank of England raises rates</h1>", is repeated by what is left of the block.)
    for (const auto& r : out.removed) {
      if (r.reason != "dateline") continue;
      const size_t n = d.headlines.size();
      for (size_t k = 0; k < n; ++k)
        if (d.headlines[k].size() > r.text.size() && d.headlines[k].starts_with(r.text))
          d.headlines.push_back(std::string(Trim(std::string_view(d.headlines[k]).substr(r.text.size()))));
      break;
    }
    std::vector<Block> kept;
    const std::string standfirst = WordKey(d.standfirst);
    bool story_began = false;
    for (size_t i = 0; i < blocks.size(); ++i) {
      bool headline = false, dek = false;
      if (!story_began) {
        const std::string key = WordKey(blocks[i].text);
        for (const auto& h : d.headlines) headline = headline || IsHeadlineRepeat(key, WordKey(h));
        dek = !standfirst.empty() && key == standfirst && !EndsSentence(blocks[i].text);
      }
      if (headline) {
        out.removed.push_back({Shown(std::move(blocks[i])), "title"});
      } else if (dek) {
        out.removed.push_back({Shown(std::move(blocks[i])), "standfirst"});
      } else {
        story_began = story_began || (CountCodePoints(blocks[i].text) >= 60 && EndsSentence(blocks[i].text));
        kept.push_back(std::move(blocks[i]));
      }
    }
    blocks.swap(kept);
  }
  if (options_.extract_title && d.article.title.empty() && blocks.size() >= 3 &&
      blocks[0].kind != BlockKind::kBullet && IsTitleShaped(blocks[0].text, 25) &&
      !IsAllCapsHeading(blocks[0].text) && MatchCreditLine(blocks[0].text).kind != CreditKind::kStory) {
    d.article.title = Shown(std::move(blocks[0]));
    out.removed.push_back({d.article.title, "title"});
    blocks.erase(blocks.begin());
  }
  std::vector<std::string> folded;
  folded.reserve(blocks.size());
  for (const auto& b : blocks) folded.push_back(unicode_->Fold(b.text));
  // A page's DOM repeats blocks on purpose (tables, meal plans, recipe steps); scrapers repeat
  // runs of paragraphs in flattened text. So only text input has its repeats collapsed.
  if (options_.collapse_repeats && d.article.format != corpus::Format::kHtml) {
    std::vector<bool> dup = FindRepeatedBlocks(folded, options_.repeats);
    std::vector<Block> kept;
    std::vector<std::string> kept_folded;
    kept.reserve(blocks.size());
    kept_folded.reserve(blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
      if (dup[i]) {
        out.removed.push_back({Shown(std::move(blocks[i])), "repeated"});
      } else {
        kept.push_back(std::move(blocks[i]));
        kept_folded.push_back(std::move(folded[i]));
      }
    }
    blocks.swap(kept);
    folded.swap(kept_folded);
  }
  out.article = std::move(d.article);
  std::string().swap(out.article.raw);  // the input is not needed past this point
  out.article.paragraphs.clear();
  size_t text_bytes = 0, folded_bytes = 0;
  bool page_characters = false;
  for (size_t i = 0; i < blocks.size(); ++i) {
    page_characters = page_characters || (with_text && !blocks[i].display.empty());
    text_bytes += std::max(blocks[i].text.size(), blocks[i].display.size()) + 2;
    folded_bytes += folded[i].size() + 2;
  }
  if (with_text) out.text.reserve(text_bytes);
  out.folded.reserve(folded_bytes);
  if (page_characters) {
    out.normalized.reserve(text_bytes);
  }
  out.kinds.reserve(blocks.size());
  out.article.paragraphs.reserve(blocks.size());
  auto map = [&](uint32_t n, uint32_t t) { out.MapNormalized(n, t); };
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i > 0) {
      if (with_text) out.text += "\n\n";
      out.folded += "\n\n";
      if (page_characters) {
        out.normalized += "\n\n";
        map(static_cast<uint32_t>(out.normalized.size() - 2), static_cast<uint32_t>(out.text.size() - 2));
      }
    }
    const auto base = static_cast<uint32_t>(out.text.size());
    if (page_characters) {
      const auto n0 = static_cast<uint32_t>(out.normalized.size());
      out.normalized += blocks[i].text;
      const Block& b = blocks[i];
      // A paragraph without display characters is one run; one with them, its own runs.
      if (b.display.empty()) {
        if (!b.text.empty()) map(n0, base);
      } else {
        for (const auto& [k, d] : b.display_runs) map(n0 + k, base + d);
      }
    }
    if (!blocks[i].display.empty()) blocks[i].text = std::move(blocks[i].display);
    if (with_text) out.text += blocks[i].text;
    out.folded += folded[i];
    out.kinds.push_back(blocks[i].kind);
    out.article.paragraphs.push_back(std::move(blocks[i].text));
  }
  if (with_text && !d.unicode_text.empty()) out.source_map = AlignToSource(out.text, d.unicode_text, d.unicode_offsets);
  return out;
}

std::vector<NormalizedArticle> Normalizer::NormalizeAll(std::vector<corpus::Article> articles,
                                                        size_t threads) const {
  LineStats stats;  // small: one entry per distinct short line per source
  return NormalizeBatch(std::move(articles), threads, &stats);
}

std::vector<Draft> Normalizer::PrepareBatch(std::vector<corpus::Article> articles, size_t threads,
                                           LineStats* stats) const {
  std::vector<Draft> drafts;
  PrepareBatch(&articles, threads, stats, &drafts);
  return drafts;
}

void Normalizer::PrepareBatch(std::vector<corpus::Article>* articles, size_t threads, LineStats* stats,
                              std::vector<Draft>* drafts) const {
  const size_t n = articles->size();
  drafts->clear();
  drafts->resize(n);
  // The site-line keys are made by the workers; only their counting runs in order.
  std::vector<std::string> sources(n);
  std::vector<std::vector<uint64_t>> keys(n);
  corpus::ParallelFor(n, threads,
                      [&](size_t i, size_t) {
                        corpus::Article& a = (*articles)[i];
                        corpus::SetCurrentRecord(a.id);
                        Draft& d = (*drafts)[i];
                        d = Prepare(std::move(a));
                        sources[i] = SourceKey(d.article);
                        keys[i] = LineStats::ArticleKeys(sources[i], d.blocks, options_.boilerplate);
                      });
  articles->clear();
  for (size_t i = 0; i < n; ++i) stats->AddKeys(sources[i], keys[i]);
}

std::vector<NormalizedArticle> Normalizer::NormalizeBatch(std::vector<corpus::Article> articles,
                                                          size_t threads, LineStats* stats) const {
  std::vector<Draft> drafts = PrepareBatch(std::move(articles), threads, stats);
  std::vector<NormalizedArticle> out(drafts.size());
  corpus::ParallelFor(drafts.size(), threads,
                      [&](size_t i, size_t) {
                        corpus::SetCurrentRecord(drafts[i].article.id);
                        out[i] = Finish(std::move(drafts[i]), stats);
                      });
  return out;
}

}  // namespace copydesk::normalizers
