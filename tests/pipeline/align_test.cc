#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "pipeline/align.h"

using namespace copydesk;
using pipeline::AlignParagraphs;
using pipeline::ParagraphReport;

namespace {

// An article as the normalizer leaves it: paragraphs, text joined by blank lines, folded text.
normalizers::NormalizedArticle Art(const std::vector<std::string>& paragraphs) {
  normalizers::NormalizedArticle a;
  a.article.paragraphs = paragraphs;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i > 0) a.text += "\n\n";
    a.text += paragraphs[i];
  }
  a.folded = a.text;
  for (char& c : a.folded) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return a;
}

// A made-up sentence of `n` words, different for each seed.
std::string Sentence(unsigned seed, int n = 14) {
  static const char* w[] = {"harbour", "grain", "ministry", "copper", "tariff", "quarter",
                            "rates", "lenders", "freight", "farmers", "pipeline", "budget",
                            "council", "drought", "turbine", "exports", "shipyard", "ledger",
                            "orchard", "festival", "railway", "glacier", "vintage", "canal"};
  std::mt19937 rng(seed * 7919 + 17);
  std::string s = "The";
  for (int i = 1; i < n; ++i) {
    s += ' ';
    s += w[rng() % 24];
  }
  return s + ".";
}

std::string Join(std::initializer_list<std::string> sentences) {
  std::string s;
  for (const auto& x : sentences) s += (s.empty() ? "" : " ") + x;
  return s;
}

using Pair = std::pair<size_t, size_t>;

std::set<Pair> Pairs(const ParagraphReport& r) {
  std::set<Pair> out(r.kept.begin(), r.kept.end());
  for (const auto& e : r.edited) out.insert({e.canonical, e.copy});
  return out;
}

// Checks the one-to-one rules and returns the pairs.
std::set<Pair> CheckInvariants(const normalizers::NormalizedArticle& c,
                               const normalizers::NormalizedArticle& y, const ParagraphReport& r) {
  const size_t n = c.article.paragraphs.size(), m = y.article.paragraphs.size();
  std::set<Pair> pairs = Pairs(r);
  REQUIRE(pairs.size() == r.kept.size() + r.edited.size());  // no pair both kept and edited
  std::map<size_t, std::vector<size_t>> of_c, of_y;
  for (auto [i, j] : pairs) {
    REQUIRE(i < n);
    REQUIRE(j < m);
    of_c[i].push_back(j);
    of_y[j].push_back(i);
  }
  std::set<size_t> cut(r.cut.begin(), r.cut.end()), added(r.added.begin(), r.added.end());
  REQUIRE(cut.size() == r.cut.size());
  REQUIRE(added.size() == r.added.size());
  for (size_t i = 0; i < n; ++i) REQUIRE((cut.count(i) == 1) != (of_c.count(i) == 1));
  for (size_t j = 0; j < m; ++j) REQUIRE((added.count(j) == 1) != (of_y.count(j) == 1));
  // Several partners: adjacent, and each of them has this paragraph as its only partner.
  for (const auto& [i, js] : of_c) {
    if (js.size() < 2) continue;
    for (size_t k = 1; k < js.size(); ++k) REQUIRE(js[k] == js[k - 1] + 1);
    for (size_t j : js) REQUIRE(of_y[j].size() == 1);
  }
  for (const auto& [j, is] : of_y) {
    if (is.size() < 2) continue;
    for (size_t k = 1; k < is.size(); ++k) REQUIRE(is[k] == is[k - 1] + 1);
    for (size_t i : is) REQUIRE(of_c[i].size() == 1);
  }
  for (const auto& mv : r.moved) REQUIRE(pairs.count(mv) == 1);
  // Passages: inside their paragraphs, starting and ending on the same word.
  auto paragraph_span = [](const normalizers::NormalizedArticle& a, size_t p) {
    size_t b = 0;
    for (size_t k = 0; k < p; ++k) b += a.article.paragraphs[k].size() + 2;
    return std::make_pair(b, b + a.article.paragraphs[p].size());
  };
  for (const auto& q : r.passages) {
    REQUIRE(pairs.count({q.canonical, q.copy}) == 1);
    auto [cb, ce] = paragraph_span(c, q.canonical);
    auto [yb, ye] = paragraph_span(y, q.copy);
    REQUIRE(cb <= q.canonical_begin);
    REQUIRE(q.canonical_begin < q.canonical_end);
    REQUIRE(q.canonical_end <= ce);
    REQUIRE(yb <= q.copy_begin);
    REQUIRE(q.copy_begin < q.copy_end);
    REQUIRE(q.copy_end <= ye);
  }
  REQUIRE(r.kept_share() >= 0);
  REQUIRE(r.kept_share() <= 1);
  return pairs;
}

std::string Diffed(const std::vector<pipeline::DiffOp>& d) {
  std::string s;
  for (const auto& op : d) s += std::string(1, op.op) + "[" + op.text + "]";
  return s;
}

}  // namespace

TEST_CASE("An unchanged copy keeps every paragraph, word for word", "[align]") {
  auto c = Art({Sentence(1), Join({Sentence(2), Sentence(3)}), Sentence(4)});
  auto r = AlignParagraphs(c, c);
  CheckInvariants(c, c, r);
  CHECK(r.kept == std::vector<Pair>{{0, 0}, {1, 1}, {2, 2}});
  CHECK(r.edited.empty());
  CHECK(r.cut.empty());
  CHECK(r.added.empty());
  CHECK(r.kept_share() == 1);
  CHECK(r.added_words == 0);
  REQUIRE(r.passages.size() == 3);
  for (const auto& q : r.passages) {
    CHECK(c.text.substr(q.canonical_begin, q.canonical_end - q.canonical_begin) ==
          c.article.paragraphs[q.canonical]);
    CHECK(q.copy_begin == q.canonical_begin);
  }
}

TEST_CASE("An edited paragraph shows its word diff; case and punctuation alone keep it", "[align]") {
  const std::string s = "The central bank raised its key rate by a quarter point on Tuesday, citing stubborn inflation.";
  auto c = Art({s, Sentence(5)});
  auto y = Art({"The central bank lifted its key rate by a quarter point on Tuesday, citing stubborn inflation.",
                "the " + Sentence(5).substr(4)});
  auto r = AlignParagraphs(c, y);
  CheckInvariants(c, y, r);
  CHECK(r.kept == std::vector<Pair>{{1, 1}});
  REQUIRE(r.edited.size() == 1);
  CHECK(r.edited[0].canonical == 0);
  CHECK(r.edited[0].copy == 0);
  CHECK(r.edited[0].similarity >= 0.8);
  CHECK(Diffed(r.edited[0].diff) ==
        "=[The central bank]-[raised]+[lifted]=[its key rate by a quarter point on Tuesday, citing stubborn inflation.]");
  CHECK(r.added_words == 1);  // "lifted"
  CHECK(r.kept_share() > 0.95);
}

TEST_CASE("A figure whose sign, currency or percent changed is edited", "[align]") {
  const std::string growth = "The economy grew by 0.8% in the third quarter from the second, the statistics office said.";
  const std::string fees = "Port fees rose 6.2% this year, the harbour board said on Monday in its annual report.";
  const std::string gift = "The council gave the club a grant of $53 for new nets, the minutes of the meeting show.";
  auto c = Art({growth, fees, gift});
  auto y = Art({"The economy grew by -0.8% in the third quarter from the second, the statistics office said.",
                "Port fees rose $6.2 this year, the harbour board said on Monday in its annual report.",
                gift});
  auto r = AlignParagraphs(c, y);
  CheckInvariants(c, y, r);
  REQUIRE(r.edited.size() == 2);
  CHECK(Diffed(r.edited[0].diff).find("-[0.8%]+[-0.8%]") != std::string::npos);
  CHECK(Diffed(r.edited[1].diff).find("-[6.2%]+[$6.2]") != std::string::npos);
  CHECK(r.kept == std::vector<Pair>{{2, 2}});
  // The sign inside brackets, and an en dash before a digit, are signs too.
  auto c2 = Art({"Output changed by (0.8%) in the third quarter from the second, the statistics office said.",
                 "Prices moved 0.4% in the month to March, the statistics office said on Friday."});
  auto y2 = Art({"Output changed by (-0.8%) in the third quarter from the second, the statistics office said.",
                 "Prices moved \xE2\x80\x93" "0.4% in the month to March, the statistics office said on Friday."});
  auto r2 = AlignParagraphs(c2, y2);
  CHECK(r2.kept.empty());
  CHECK(r2.edited.size() == 2);
}

TEST_CASE("A subhead is not kept because its words occur in a longer paragraph", "[align]") {
  const std::string p0 = "Officials said the economic outlook for exporters had darkened since the spring, as orders from abroad fell.";
  auto c = Art({p0, Sentence(6), Sentence(7)});
  auto y = Art({p0, "Economic outlook", Sentence(6), Sentence(7)});
  auto r = AlignParagraphs(c, y);
  CheckInvariants(c, y, r);
  CHECK(r.added == std::vector<size_t>{1});
  CHECK(r.kept == std::vector<Pair>{{0, 0}, {1, 2}, {2, 3}});
  CHECK(r.edited.empty());
  CHECK(r.added_words == 2);
}

TEST_CASE("A paragraph the copy split is matched to both halves", "[align]") {
  auto c = Art({Sentence(10), Join({Sentence(11), Sentence(12), Sentence(13, 6)}), Sentence(14)});
  auto y = Art({Sentence(10), Join({Sentence(11), Sentence(12)}), Sentence(13, 6), Sentence(14)});
  auto r = AlignParagraphs(c, y);
  CheckInvariants(c, y, r);
  CHECK(r.kept == std::vector<Pair>{{0, 0}, {1, 1}, {1, 2}, {2, 3}});
  CHECK(r.cut.empty());
  CHECK(r.added.empty());
  CHECK(r.moved.empty());
  CHECK(r.kept_share() == 1);
  // Each half's passage covers its own part of the canonical paragraph.
  REQUIRE(r.passages.size() == 4);
  const auto& a = r.passages[1];
  const auto& b = r.passages[2];
  CHECK(c.text.substr(a.canonical_begin, a.canonical_end - a.canonical_begin) ==
        Join({Sentence(11), Sentence(12)}));
  CHECK(c.text.substr(b.canonical_begin, b.canonical_end - b.canonical_begin) == Sentence(13, 6));
}

TEST_CASE("Paragraphs the copy merged are matched to the one paragraph", "[align]") {
  auto c = Art({Sentence(20), Sentence(21), Sentence(22), Sentence(23)});
  std::string merged = Sentence(21) + " " + Sentence(22);
  merged.replace(merged.find("The"), 3, "A");  // and edited a little
  auto y = Art({Sentence(20), merged, Sentence(23)});
  auto r = AlignParagraphs(c, y);
  auto pairs = CheckInvariants(c, y, r);
  CHECK(pairs == std::set<Pair>{{0, 0}, {1, 1}, {2, 1}, {3, 2}});
  REQUIRE(r.edited.size() == 1);
  CHECK(r.edited[0].canonical == 1);
  CHECK(Diffed(r.edited[0].diff).substr(0, 9) == "-[The]+[A");
  CHECK(std::find(r.kept.begin(), r.kept.end(), Pair{2, 1}) != r.kept.end());
}

TEST_CASE("A copy that merged a thousand paragraphs into one is matched to each of them", "[align]") {
  std::vector<std::string> paras;
  std::string all;
  for (int i = 0; i < 1000; ++i) {
    const std::string n = std::to_string(i);
    paras.push_back("Berth" + n + " cranes" + n + " moved" + n + " cargo" + n + " past" + n + " quay" + n + ".");
    all += (i ? " " : "") + paras.back();
  }
  auto c = Art(paras);
  auto y = Art({all});
  auto r = AlignParagraphs(c, y);
  auto pairs = CheckInvariants(c, y, r);
  CHECK(pairs.size() == 1000);
  CHECK(r.cut.empty());
  CHECK(r.kept_share() == 1);
}

TEST_CASE("A moved paragraph is matched and marked moved", "[align]") {
  std::vector<std::string> p;
  for (unsigned k = 0; k < 6; ++k) p.push_back(Join({Sentence(30 + k), Sentence(40 + k)}));
  auto c = Art(p);
  auto y = Art({p[0], p[1], p[4], p[2], p[3], p[5]});
  auto r = AlignParagraphs(c, y);
  CheckInvariants(c, y, r);
  CHECK(r.kept.size() == 6);
  CHECK(r.moved == std::vector<Pair>{{4, 2}});
}

TEST_CASE("Wire summary bullets are not edits of the lead", "[align]") {
  const std::string lead =
      "The central bank held its key interest rate at 4.5% on Tuesday and said inflation would ease "
      "next year as energy prices fall, disappointing investors who had hoped for a cut.";
  auto wire = Art({"* Central bank holds key rate at 4.5%", "* Inflation seen easing next year",
                   lead, Sentence(50), Sentence(51)});
  auto copy = Art({lead, Sentence(50), Sentence(51)});
  auto r = AlignParagraphs(wire, copy);
  CheckInvariants(wire, copy, r);
  CHECK(r.cut == std::vector<size_t>{0, 1});
  CHECK(r.kept == std::vector<Pair>{{2, 0}, {3, 1}, {4, 2}});
  CHECK(r.edited.empty());
  // And the other way round: bullets the copy wrote are added, not edits of the lead.
  auto r2 = AlignParagraphs(copy, wire);
  CheckInvariants(copy, wire, r2);
  CHECK(r2.added == std::vector<size_t>{0, 1});
  CHECK(r2.edited.empty());
}

TEST_CASE("A copy is aligned one to one whatever the edits (property)", "[align]") {
  std::mt19937 rng(12345);
  size_t splits_or_merges = 0, moved = 0, edited = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> canon;
    const int n = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) {
      std::string p;
      const int sentences = 1 + static_cast<int>(rng() % 3);
      for (int s = 0; s < sentences; ++s)
        p += (p.empty() ? "" : " ") + Sentence(round * 100 + k * 5 + s, 4 + static_cast<int>(rng() % 16));
      canon.push_back(p);
    }
    std::vector<std::string> copy;
    for (size_t k = 0; k < canon.size(); ++k) {
      const unsigned what = rng() % 10;
      std::string p = canon[k];
      if (what == 0) continue;  // cut
      if (what == 1) copy.push_back(Sentence(round * 100 + 90 + k));  // added before
      if (what == 2) {  // split after the first sentence
        const size_t dot = p.find(". ");
        if (dot != std::string::npos) {
          copy.push_back(p.substr(0, dot + 1));
          copy.push_back(p.substr(dot + 2));
          continue;
        }
      }
      if (what == 3 && !copy.empty()) {  // merged into the previous
        copy.back() += " " + p;
        continue;
      }
      if (what == 4) p.replace(p.find(' '), 1, " new words here ");  // edited
      if (what == 5) p = p.substr(0, p.size() / 2);                   // shortened
      if (what == 6) p = "Subhead " + std::to_string(k);                  // a subhead instead
      copy.push_back(p);
    }
    if (copy.size() > 2 && rng() % 3 == 0) std::swap(copy[0], copy[copy.size() - 1]);  // moved
    if (copy.empty()) copy.push_back("Nothing else.");
    auto c = Art(canon);
    auto y = Art(copy);
    INFO("round " << round);
    const auto r = AlignParagraphs(c, y);
    const auto pairs = CheckInvariants(c, y, r);
    CheckInvariants(y, c, AlignParagraphs(y, c));
    std::set<size_t> cs, ys;
    for (auto [i, j] : pairs) { cs.insert(i); ys.insert(j); }
    splits_or_merges += cs.size() < pairs.size() || ys.size() < pairs.size();
    moved += !r.moved.empty();
    edited += !r.edited.empty();
  }
  // The generated edits do exercise every kind of pair.
  CHECK(splits_or_merges > 20);
  CHECK(moved > 10);
  CHECK(edited > 20);
}

TEST_CASE("ASCII text aligns the same with or without its folded form", "[align]") {
  auto c = Art({Sentence(60), Join({Sentence(61), Sentence(62)}), "Rates ROSE in May."});
  auto y = Art({Join({Sentence(60), Sentence(61)}), Sentence(62), "Rates rose in may", "Added here."});
  const auto a = pipeline::AlignTexts({c.text, c.folded}, {y.text, y.folded});
  const auto b = pipeline::AlignTexts({c.text, ""}, {y.text, ""});
  CHECK(a.kept == b.kept);
  CHECK(a.added == b.added);
  CHECK(a.kept_words == b.kept_words);
  CHECK(std::find(a.kept.begin(), a.kept.end(), Pair{2, 2}) != a.kept.end());
}

TEST_CASE("WordDiff gives the words kept, deleted and inserted", "[align]") {
  CHECK(Diffed(pipeline::WordDiff("a b c", "a c d")) == "=[a]-[b]=[c]+[d]");
  CHECK(Diffed(pipeline::WordDiff("", "x y")) == "+[x y]");
  CHECK(Diffed(pipeline::WordDiff("x y", "")) == "-[x y]");
  CHECK(Diffed(pipeline::WordDiff("one two", "one two")) == "=[one two]");
  CHECK(Diffed(pipeline::WordDiff("a b c d", "a x y d")) == "=[a]-[b c]+[x y]=[d]");
}

namespace {

// Words split as the aligner's definition reads, a byte at a time: runs of bytes between ASCII
// spaces (space, tab, newline, return) and the non-ASCII spaces the normalizer turns into one.
std::string ReferenceTokens(std::string_view s) {
  auto space_at = [&](size_t i) -> size_t {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    if (c == 0xC2) return i + 1 < s.size() && at(i + 1) == 0xA0 ? 2 : 0;
    if ((c != 0xE2 && c != 0xE3) || i + 2 >= s.size()) return 0;
    if (c == 0xE3) return at(i + 1) == 0x80 && at(i + 2) == 0x80 ? 3 : 0;
    if (at(i + 1) == 0x80 && (at(i + 2) <= 0x8A || at(i + 2) == 0xAF)) return 3;
    return at(i + 1) == 0x81 && at(i + 2) == 0x9F ? 3 : 0;
  };
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    for (size_t k; i < s.size() && (k = space_at(i)) > 0;) i += k;
    const size_t b = i;
    while (i < s.size() && space_at(i) == 0) ++i;
    if (i > b) {
      if (!out.empty()) out += ' ';
      out.append(s.substr(b, i - b));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("Words split at every kind of space, wherever it falls in the text", "[align]") {
  // Spaces and their lookalikes (a copyright sign, a zero-width space, an ideographic comma, a
  // curly apostrophe, a sequence cut short at the end) in random texts of up to 300 bytes, so
  // that spaces straddle the tokenizer's 16-byte steps and 64-byte words.
  const std::vector<std::string> pieces = {
      "ab", "Xyz", "7", ",", ".", " ", "  ", "\t", "\n", "\r", "\xC2\xA0", "\xC2\xA9",
      "\xE2\x80\x80", "\xE2\x80\x8A", "\xE2\x80\x8B", "\xE2\x80\xAF", "\xE2\x81\x9F",
      "\xE2\x81\x9E", "\xE3\x80\x80", "\xE3\x80\x81", "\xE2\x80\x99", "\xC3\xA9", "\xD8\xB9"};
  std::mt19937 rng(20261201);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t target = rng() % 300;
    while (text.size() < target) text += pieces[rng() % pieces.size()];
    if (round % 7 == 0) text += (round % 2 == 0) ? "\xE2\x80" : "\xC2";  // cut short
    const std::string want = ReferenceTokens(text);
    const auto diff = pipeline::WordDiff(text, text);
    const std::string got = diff.empty() ? "" : diff.front().text;
    INFO("round " << round);
    REQUIRE(diff.size() <= 1);
    REQUIRE(got == want);
  }
}

namespace {

size_t BruteLcs(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
  return t[0][0];
}

// Rebuilds both sides from the runs, and counts the items kept.
size_t Replay(const std::vector<pipeline::DiffRun>& runs, const std::vector<uint64_t>& a,
              const std::vector<uint64_t>& b) {
  std::vector<uint64_t> ra, rb;
  size_t equal = 0;
  for (const auto& r : runs) {
    for (uint32_t k = 0; k < r.length; ++k) {
      if (r.op != '+') {
        REQUIRE(r.a_pos + k == ra.size());
        ra.push_back(a[r.a_pos + k]);
      }
      if (r.op != '-') {
        REQUIRE(r.b_pos + k == rb.size());
        rb.push_back(b[r.b_pos + k]);
      }
      if (r.op == '=') {
        REQUIRE(a[r.a_pos + k] == b[r.b_pos + k]);
        ++equal;
      }
    }
  }
  REQUIRE(ra == a);
  REQUIRE(rb == b);
  return equal;
}

}  // namespace

TEST_CASE("DiffSequences is a shortest edit script (against a brute-force LCS)", "[align]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::vector<uint64_t> a(rng() % 9), b(rng() % 9);
    const unsigned alphabet = 1 + rng() % 4;
    for (auto& x : a) x = rng() % alphabet;
    for (auto& x : b) x = rng() % alphabet;
    INFO("round " << round);
    CHECK(Replay(pipeline::DiffSequences(a, b, 1000), a, b) == BruteLcs(a, b));
  }
}

TEST_CASE("DiffSequences handles long inputs, and falls back coarsely past its bound", "[align]") {
  std::mt19937 rng(11);
  std::vector<uint64_t> a(60000);
  for (auto& x : a) x = rng() % 5000;
  std::vector<uint64_t> b = a;
  for (int k = 0; k < 300; ++k) {
    const size_t at = rng() % b.size();
    if (k % 3 == 0) b.erase(b.begin() + at);
    else if (k % 3 == 1) b.insert(b.begin() + at, 9000 + k);
    else b[at] = 20000 + k;
  }
  const size_t equal = Replay(pipeline::DiffSequences(a, b, 2000), a, b);
  CHECK(equal >= a.size() - 300);
  // With a bound of 10 edits the middle is one deletion and one insertion, still exact.
  const auto coarse = pipeline::DiffSequences(a, b, 10);
  Replay(coarse, a, b);
  CHECK(coarse.size() <= 4);
  // A 30,000-word text against itself with one word changed.
  std::string t1, t2;
  for (size_t k = 0; k < 30000; ++k) {
    t1 += "w" + std::to_string(a[k]) + " ";
    t2 += (k == 15000 ? std::string("changed") : "w" + std::to_string(a[k])) + " ";
  }
  const auto d = pipeline::WordDiff(t1, t2);
  REQUIRE(d.size() == 4);
  CHECK(d[1].op == '-');
  CHECK(d[2].text == "changed");
}

TEST_CASE("A text in its input's characters (no-break spaces, curly quotes) aligns by its folded form",
          "[align]") {
  // The canonical keeps its input's characters; its folded form is that of its normalized
  // form, where the no-break spaces are spaces and the quotes are straight.
  const std::string page = "The port\xE2\x80\x99s new terminal handled 12\xC2\xA0" "000 boxes on Monday, \xE2\x80\x9C"
                           "a record\xE2\x80\x9D, officials said.";
  const std::string page_folded = "the port's new terminal handled 12 000 boxes on monday, \"a record\", officials said.";
  const std::string plain = "The port's new terminal handled 12 000 boxes on Monday, \"a record\", officials said.";
  const std::string second = Sentence(70);
  std::string second_folded = second;
  for (char& c : second_folded) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  const auto r = pipeline::AlignTexts({page + "\n\n" + second, page_folded + "\n\n" + second_folded},
                                      {plain + "\n\n" + second, ""});
  CHECK(r.kept == std::vector<Pair>{{0, 0}, {1, 1}});
  CHECK(r.added_words == 0);
  CHECK(r.kept_share() == 1);
}

TEST_CASE("A word that differs only in typography is kept in the diff, as the canonical writes it",
          "[align]") {
  const std::string c = "Moscow said the port\xE2\x80\x99s exports fell \xE2\x80\x94 again \xE2\x80\x94 by a quarter, to record lows.";
  const std::string y = "Moscow said the port's exports fell - again - by a third, to record lows.";
  auto fold = [](std::string s) {
    for (char& ch : s) ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch + 32) : ch;
    return s;
  };
  const std::string cf = fold("Moscow said the port's exports fell - again - by a quarter, to record lows.");
  const auto r = pipeline::AlignTexts({c, cf}, {y, ""});
  REQUIRE(r.edited.size() == 1);
  CHECK(Diffed(r.edited[0].diff) ==
        "=[Moscow said the port\xE2\x80\x99s exports fell \xE2\x80\x94 again \xE2\x80\x94 by a]-[quarter,]+[third,]=[to record lows.]");
}

TEST_CASE("A paragraph whose folded form splits otherwise (7\u00BD: 7 1/2) still unifies its quotes", "[align]") {
  // The text as the pages write it, and the folded forms normalization makes of it.
  const std::string c = "Rates rose 7\xC2\xBD points, a \xE2\x80\x9Csignificant\xE2\x80\x9D move, the bank said.";
  const std::string y = "Rates rose 7\xC2\xBD points, a \"significant\" move, the bank said.";
  const std::string f = "rates rose 7 1/2 points, a \"significant\" move, the bank said.";
  const auto r = pipeline::AlignTexts({c, f}, {y, f});
  CHECK(r.edited.empty());
  CHECK(r.kept == std::vector<Pair>{{0, 0}});
}

TEST_CASE("A paragraph reworded in place is edited; two paragraphs of common words are not", "[align]") {
  // A third of the words replaced in place: under half the bigrams shared, two thirds of the words.
  const std::string source =
      "Port authorities in the northern city said on Monday that grain shipments through the harbour "
      "fell sharply last month as farmers held back their crops, waiting for better prices abroad.";
  const std::string reworded =
      "Port officials in the northern town said on Monday that wheat shipments via the harbour "
      "dropped sharply last month as growers held back their harvest, waiting for higher prices abroad.";
  auto c = Art({source, Sentence(3)});
  auto y = Art({reworded, Sentence(3)});
  auto r = AlignParagraphs(c, y);
  CheckInvariants(c, y, r);
  REQUIRE(r.edited.size() == 1);
  CHECK(r.edited[0].canonical == 0);
  CHECK(r.edited[0].copy == 0);
  CHECK(r.edited[0].similarity < 0.5);  // below edit_similarity: the words made it an edit
  CHECK(r.cut.empty());
  // Without the words' test it is a cut paragraph and an added one.
  pipeline::AlignOptions strict;
  strict.reworded_similarity = 2;
  auto r2 = AlignParagraphs(c, y, strict);
  CHECK(r2.edited.empty());
  CHECK(r2.cut == std::vector<size_t>{0});
  // Another story's paragraph in the same words of every day shares its function words only.
  auto other = Art({"Officials in the capital said on Friday that the new bridge over the river would open "
                    "next spring, ahead of the city elections, as the council had promised voters.",
                    Sentence(3)});
  auto r3 = AlignParagraphs(c, other);
  CHECK(r3.edited.empty());
}
