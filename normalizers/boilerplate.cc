#include "normalizers/boilerplate.h"

#include <re2/re2.h>
#include <re2/set.h>
#include <xxhash.h>

#include <set>

#include "normalizers/credit_line.h"
#include "normalizers/text_shape.h"

namespace copydesk::normalizers {

namespace {

// The patterns, kept as text so that each can be both an RE2 and a member of an RE2::Set.
constexpr char kNavigationRe[] =
    R"((?i)^(?:fbpx|type to search|search|search for:?|menu|main menu|home|skip to (?:main )?content|exit mobile version|toggle navigation|close|back to top|share(?: this| on)?(?: article| story| post| facebook| twitter| x)?\.?|share via:?|leave a (?:comment|reply)|\d* ?comments?|print|email|tweet|whatsapp|advertisement|advert|sponsored(?: content)?|scroll to continue|continue reading|read the full (?:article|story)(?: here)?\.?|read more\.?|click here.{0,60}|follow us.{0,60}|(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,40}newsletters?.{0,40}|you may also like:?|also see:?|also read:?|read also:?|see also:?|related(?: articles| stories| posts| news| coverage)?:?|more from .{1,40}|recommended(?: for you| stories)?:?|trending(?: now)?:?|most (?:read|popular|viewed):?|top stories:?|latest(?: news| stories)?:?|(?:previous|next) (?:article|post|story):?|tags?:.{0,80}|topics?:.{0,80}|filed under:?.{0,80}|copyright .{0,80}|© .{0,80}|all rights reserved\.?)$)";
constexpr char kListHeadingRe[] =
    R"((?i)^(?:also see|also read|read also|see also|you may also like|related(?: articles| stories| posts| news| coverage)?|more from .{1,40}|recommended(?: for you| stories)?|trending(?: now)?|most (?:read|popular|viewed)|top stories|latest(?: news| stories)?|read more|more stories|more on this(?: story| topic)?)\s*:?$)";
constexpr char kInlineLinkRe[] =
    R"((?i)^(?:also see|also read|read also|see also|read more|related|more)\s*:\s*\S.{0,200}$)";
constexpr char kPaywallRe[] =
    R"((?i)\b(?:try (?:full|unlimited|digital) access|unlock (?:their|our|full|unlimited|this)|subscribe (?:now|today|to continue|to read)|already (?:a subscriber|have an account)|sign in to (?:read|continue)|register (?:now )?(?:for free )?to (?:read|continue)|for free today|start (?:your|a) free trial|is (?:for|available to|reserved for) subscribers|subscription required|support (?:our|independent) journalism|become a (?:member|subscriber))\b)";
constexpr char kBioRe[] =
    R"(^(?:\p{Lu}[\p{L}'.-]+ ){1,3}(?:is|was|has been|covers|writes)\b.{0,160}\b(?:journalist|reporter|editor|correspondent|writer|columnist|contributor|author|producer|covers|based in)\b)";
constexpr char kCaptionCreditRe[] =
    R"((?i)(?:\b(?:photo|photograph|image|picture|file photo|credit|photo credit)s?\s*:\s*\S.{0,80}$|\bgetty images\b|\bvia getty\b|\bshutterstock\b|\bap photo\b|\breuters/[A-Z]|\bafp via\b|\b(?:photo|image) by\b))";

// Whole-block patterns, tested together (one anchored DFA run per block).
enum Whole { kNavigation = 0, kListHeading, kInlineLink };
// Patterns found anywhere in a block, tested together (one scan per block).
enum Anywhere { kPaywall = 0, kBio, kCaptionCredit };

RE2::Set MakeSet(RE2::Anchor anchor, std::initializer_list<const char*> patterns) {
  RE2::Set set(RE2::DefaultOptions, anchor);
  for (const char* p : patterns) set.Add(p, nullptr);
  set.Compile();
  return set;
}

struct Patterns {
  RE2 bio{kBioRe};
  RE2::Set whole = MakeSet(RE2::ANCHOR_BOTH, {kNavigationRe, kListHeadingRe, kInlineLinkRe});
  RE2::Set anywhere = MakeSet(RE2::UNANCHORED, {kPaywallRe, kBioRe, kCaptionCreditRe});
};

// Returns a bit per matching pattern of `set` (bit i: pattern i).
unsigned Matches(const RE2::Set& set, std::string_view s) {
  std::vector<int> v;
  if (!set.Match(re2::StringPiece(s.data(), s.size()), &v)) return 0;
  unsigned bits = 0;
  for (int i : v) bits |= 1u << i;
  return bits;
}

const Patterns& P() {
  static const Patterns* p = new Patterns();
  return *p;
}

bool Partial(std::string_view s, const RE2& re) {
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), re);
}

[[maybe_unused]] std::string_view FirstWords(std::string_view s, size_t n) {
  size_t pos = 0;
  for (size_t k = 0; k < n; ++k) {
    size_t sp = s.find(' ', pos);
    if (sp == std::string_view::npos) return s;
    pos = sp + 1;
  }
  return s.substr(0, pos);
}

}  // namespace

bool LineStats::Countable(std::string_view text, const BoilerplateOptions& options) {
  size_t w = CountWords(text, 40);
  return w > 0 && (w <= options.repeat_max_words || (w <= 40 && !EndsSentence(text)));
}

uint64_t LineStats::Key(std::string_view source, std::string_view text) {
  uint64_t h = XXH3_64bits_withSeed(source.data(), source.size(), 0x5eed);
  return XXH3_64bits_withSeed(text.data(), text.size(), h);
}

void LineStats::AddArticle(std::string_view source, const std::vector<Block>& blocks,
                           const BoilerplateOptions& options) {
  if (source.empty()) return;
  ++source_articles_[std::string(source)];
  std::set<uint64_t> seen;
  for (const auto& b : blocks) {
    if (Countable(b.text, options)) seen.insert(Key(source, b.text));
  }
  for (uint64_t k : seen) ++line_articles_[k];
}

bool LineStats::IsSiteLine(std::string_view source, std::string_view text,
                           const BoilerplateOptions& options) const {
  if (source.empty() || !Countable(text, options)) return false;
  auto s = source_articles_.find(std::string(source));
  if (s == source_articles_.end() || s->second < options.repeat_min_articles) return false;
  auto it = line_articles_.find(Key(source, text));
  if (it == line_articles_.end()) return false;
  return it->second >= options.repeat_min_articles &&
         it->second >= options.repeat_min_share * s->second;
}

std::vector<std::string> ClassifyBoilerplate(const std::vector<Block>& blocks,
                                             const LineStats* stats, std::string_view source,
                                             const BoilerplateOptions& options) {
  const Patterns& pat = P();
  const size_t n = blocks.size();
  std::vector<std::string> why(n);
  std::vector<char> credit(n, 0);  // story credit lines: kept, and never taken along as a neighbour
  bool in_link_list = false;
  for (size_t i = 0; i < n; ++i) {
    std::string_view t = blocks[i].text;
    size_t words = CountWords(t, 80);
    // A story credit line is never boilerplate, wherever it stands ("Copyright Thomson Reuters"
    // reads like a site's copyright line; "— Reuters" after a "You may also like" list reads
    // like one of its items). It also ends a link list.
    if (words <= 40 && MatchCreditLine(t).kind == CreditKind::kStory) {
      credit[i] = 1;
      in_link_list = false;
      continue;
    }
    if (in_link_list) {
      // A link list runs on while its items look like headlines, not sentences.
      bool bio_heading = i + 1 < n && blocks[i + 1].text.starts_with(t) && Partial(blocks[i + 1].text, pat.bio);
      if (IsTitleShaped(t, options.link_list_max_words) && !Partial(t, pat.bio) && !bio_heading) {
        why[i] = "link-list";
        continue;
      }
      in_link_list = false;
    }
    // Every pattern is tested in at most two passes over the block; the anywhere-patterns
    // only matter for blocks of up to 80 words.
    const unsigned whole = Matches(pat.whole, t);
    const unsigned anywhere = words <= 80 ? Matches(pat.anywhere, t) : 0;
    auto is = [](unsigned bits, int which) { return (bits >> which) & 1u; };
    if (CountLetters(t, 2) < 2 && t.find_first_of("0123456789") == std::string_view::npos) {
      why[i] = "junk";
    } else if (is(whole, kListHeading)) {
      why[i] = "link-list";
      in_link_list = true;
    } else if (is(whole, kNavigation)) {
      why[i] = "navigation";
    } else if (words <= 40 && is(whole, kInlineLink)) {
      why[i] = "link-list";
    } else if (is(anywhere, kPaywall)) {
      why[i] = "paywall";
    } else if (is(anywhere, kBio) && i * 2 >= n) {
      why[i] = "author-bio";
      // The bio's heading is the author's name alone on the line before.
      if (i > 0 && why[i - 1].empty() && !credit[i - 1] && CountWords(blocks[i - 1].text, 4) <= 4 &&
          t.starts_with(blocks[i - 1].text))
        why[i - 1] = "author-bio";
    } else if (words <= 60 && is(anywhere, kCaptionCredit)) {
      why[i] = "caption";
      // Image alt text: the unpunctuated line before, opening with the caption's words.
      if (i > 0 && why[i - 1].empty() && !credit[i - 1] && !EndsSentence(blocks[i - 1].text) &&
          CountWords(blocks[i - 1].text, 30) >= 4 && CountWords(blocks[i - 1].text, 30) <= 30)
        why[i - 1] = "caption";
    } else if (stats != nullptr && stats->IsSiteLine(source, t, options)) {
      why[i] = "site-boilerplate";
    }
  }
  return why;
}

}  // namespace copydesk::normalizers
