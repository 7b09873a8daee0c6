// Normalizer: the fixed sequence of normalizers that turns a read Article into clean text.
//
//   auto norm = normalizers::Normalizer::Create({}).value();
//   std::vector<normalizers::NormalizedArticle> out = norm->NormalizeAll(std::move(articles), 0);
//   // out[i].text: paragraphs joined by blank lines; out[i].removed: every cut, with a reason
//
// Order (each step has its own Options inside NormalizeOptions):
//   1. html       main content, title, author, date from a page (HTML input only)
//   2. unicode    NFKC, quotes/dashes/spaces unified, invisibles removed
//   3. unwrap     hard-wrapped lines joined; byline, dateline, credit moved into fields
//   4. boilerplate navigation, link lists, bios, prompts, paywall, captions, site lines
//   5. title      a leading headline line becomes the title (plain text without a title)
//   6. repeats    paragraphs a scraper repeated are kept once (text input; a page's DOM is
//                 taken as written)
//   7. fold       a case-folded comparison form beside the display text
// Every step reads the normalized form. The output text keeps the input's own characters (no
// NFKC, quotes and dashes as written; invisible characters dropped, space runs collapsed,
// invalid UTF-8 replaced): a page's always, a text or JSONL article's where a paragraph stands
// unchanged in the input (a hard-wrapped paragraph, joined, is its normalized form). The
// normalized form then stays in `normalized`.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "corpus/article.h"
#include "corpus/status.h"
#include "normalizers/block.h"
#include "normalizers/boilerplate.h"
#include "normalizers/html_extract.h"
#include "normalizers/repeats.h"
#include "normalizers/source_map.h"
#include "normalizers/unicode.h"
#include "normalizers/unwrap.h"

namespace copydesk::normalizers {

struct NormalizeOptions {
  UnicodeOptions unicode;
  HtmlOptions html;
  UnwrapOptions unwrap;
  BoilerplateOptions boilerplate;
  RepeatOptions repeats;
  bool remove_boilerplate = true;
  bool collapse_repeats = true;
  bool extract_title = true;
  // Keep NormalizedArticle::source_map (costs a copy of the input while normalizing).
  bool keep_source_map = false;
  // Output text in a text or JSONL article's own characters (above). Off, its text is the
  // normalized form: dedup without reports reads only the folded form and saves the work.
  bool page_characters = true;
};

// The removal reason recorded when a page was read as text instead of parsed (HtmlOptions
// max_depth, max_parse_work); runs report it as a warning naming the article.
inline constexpr char kPageReadAsText[] =
    "html-read-as-text: nesting or parse cost beyond the limits, page read as text";

// The warning runs give for an article whose text came out empty (a page without an article
// body, a script-only page, a text that was only a byline or credits): kept, alone in its cluster.
inline constexpr char kNoTextWarning[] =
    "no text after extraction (a page without an article body, or only a byline or credits): kept, alone in its cluster";

struct NormalizedArticle {
  corpus::Article article;        // metadata; paragraphs and byline/dateline/credit filled
  std::vector<BlockKind> kinds;   // one per paragraph
  std::string text;               // paragraphs joined by "\n\n"
  std::string folded;             // case-folded comparison form, paragraphs joined by "\n\n"
  // When `text` keeps a page's own characters (no NFKC, quotes and dashes as written): the
  // normalized paragraphs that the steps read, which claims read too, and for each of its bytes
  // the byte of `text` it comes from. Both empty when `text` is the normalized form itself.
  std::string normalized;
  // Where the bytes of `normalized` are in `text`, as runs: from run {n, t} on, byte n + k of
  // `normalized` is byte t + k of `text` (one run per change of shift: a few per paragraph).
  std::vector<std::pair<uint32_t, uint32_t>> normalized_to_text;
  // Adds "normalized byte n is text byte t" to normalized_to_text, as a new run only when the
  // shift changes (the Normalizer's and the archive's DecodeDoc's one way of building the map).
  void MapNormalized(uint32_t n, uint32_t t);
  // Returns the text that comparisons and claims read: `normalized`, else `text`.
  const std::string& ComparableText() const { return normalized.empty() ? text : normalized; }
  // Returns the byte of `text` that byte `pos` of ComparableText() comes from.
  uint32_t TextOffset(uint32_t pos) const;

  // Returns the folded form of each paragraph, as views into `folded`.
  std::vector<std::string_view> FoldedParagraphs() const;
  std::vector<Removal> removed;   // every cut, in order, with its reason
  bool was_wrapped = false;
  // With NormalizeOptions::keep_source_map: where the bytes of `text` came from in the input (its
  // UTF-8 text as read: the file, the page, or the JSONL record's text field). For a page the
  // text is aligned against the page with its markup blanked: words whose bytes the page spells
  // otherwise (entities) or keeps in JSON-LD stay unmapped.
  std::vector<SourceRun> source_map;
};

// The state of one article between the per-article steps and the corpus-wide ones.
struct Draft {
  corpus::Article article;
  std::vector<Block> blocks;
  std::vector<Removal> removed;
  bool was_wrapped = false;
  std::string unicode_text;               // with keep_source_map: the Unicode step's output
  std::vector<uint32_t> unicode_offsets;  // and the input byte of each of its bytes (empty: itself)
  std::vector<std::string> headlines;     // a page's headline forms (og:title, h1, <title>)
  std::string standfirst;                 // a page's description
};

class Normalizer {
 public:
  // Returns a normalizer, or an error when ICU data is missing.
  static Result<std::unique_ptr<Normalizer>> Create(const NormalizeOptions& options);

  // Runs steps 1-3 on one article. Thread-safe.
  Draft Prepare(corpus::Article article) const;
  // Runs steps 4-7; `stats` (may be null) holds line counts over the whole corpus. Without
  // `with_text` (what dedup's pass 1 needs when no report is wanted) the assembled forms are
  // left empty: text, normalized, normalized_to_text and source_map; everything else (the
  // paragraphs, folded, kinds, removed, the article's fields) is what it is with them.
  NormalizedArticle Finish(Draft draft, const LineStats* stats, bool with_text = true) const;
  // Normalizes every article on `threads` workers (0 = all cores); output order = input order.
  std::vector<NormalizedArticle> NormalizeAll(std::vector<corpus::Article> articles,
                                              size_t threads) const;
  // Normalizes one batch of a corpus read batch by batch: `stats` gathers the site lines of
  // every batch so far, and this batch is judged on them (itself included).
  std::vector<NormalizedArticle> NormalizeBatch(std::vector<corpus::Article> articles,
                                                size_t threads, LineStats* stats) const;
  // The first half of NormalizeBatch: steps 1-3 of every article, and `stats` updated with the
  // batch. Finish(std::move(drafts[i]), stats) then gives what NormalizeBatch gives, one article
  // at a time (pipeline/sketch.h sketches each as soon as it is finished).
  std::vector<Draft> PrepareBatch(std::vector<corpus::Article> articles, size_t threads,
                                  LineStats* stats) const;
  // The same into `*drafts` (replaced), each article taken out of `*articles`, which is left
  // empty: both keep their capacity, so a reader that fills the one batch after batch and a
  // caller that reuses the other allocate neither again.
  void PrepareBatch(std::vector<corpus::Article>* articles, size_t threads, LineStats* stats,
                    std::vector<Draft>* drafts) const;
  // Returns the Unicode step, shared with other stages that need the same forms.
  const UnicodeNormalizer& unicode() const { return *unicode_; }

 private:
  Normalizer(const NormalizeOptions& o, std::unique_ptr<UnicodeNormalizer> u,
             std::unique_ptr<UnicodeNormalizer> display)
      : options_(o), unicode_(std::move(u)), display_(std::move(display)) {}
  // Sets block.display to the input's characters behind block.text (normalized bytes
  // [at, at + size) of an input with `offsets`), cleaned by display_; none when they read the same.
  void KeepPageCharacters(const std::string& original, const std::vector<uint32_t>& offsets, size_t at,
                          Block* block) const;
  NormalizeOptions options_;
  std::unique_ptr<UnicodeNormalizer> unicode_;
  std::unique_ptr<UnicodeNormalizer> display_;  // no NFKC, no unified punctuation
};

// Returns the source key used for site-line statistics: the source field, else the URL host.
std::string SourceKey(const corpus::Article& a);

}  // namespace copydesk::normalizers
