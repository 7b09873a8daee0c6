#include <catch2/catch.hpp>

#include "normalizers/segment.h"

#include <cctype>
#include <random>
#include <string>

using namespace copydesk::normalizers;

TEST_CASE("sentences do not break after abbreviations", "[normalizers]") {
  Segmenter s;
  std::vector<Span> out;
  std::string t = "Mr. Li met U.S. officials on Jan. 5. He left at No. 2 Street. Prices fell.";
  s.Sentences(t, &out);
  REQUIRE(out.size() == 3);
  CHECK(t.substr(out[0].begin, out[0].end - out[0].begin) == "Mr. Li met U.S. officials on Jan. 5.");
}

TEST_CASE("an initialism, a time or Jr. goes on into a name or a day; before any other capital it ends", "[normalizers]") {
  Segmenter s;
  std::vector<Span> out;
  auto sentences = [&](const std::string& t) {
    s.Sentences(t, &out);
    std::vector<std::string> v;
    for (const auto& x : out) v.push_back(t.substr(x.begin, x.end - x.begin));
    return v;
  };
  CHECK(sentences("Demand for U.S. Treasury bonds rose 5%. Yields fell.").size() == 2);
  CHECK(sentences("The U.N. Security Council met on Friday.").size() == 1);
  CHECK(sentences("The session opens at 9 a.m. Monday with 300 delegates.").size() == 1);
  CHECK(sentences("Martin Luther King Jr. Boulevard was closed for 3 hours.").size() == 1);
  CHECK(sentences("Prices rose in the U.S. The ministry said so.").size() == 2);
  CHECK(sentences("The vote ends at 5 p.m. It will be close.").size() == 2);
  CHECK(sentences("Shares fell in the U.S. Investors sold $4 billion of stock.").size() == 2);
  CHECK(sentences("He met Martin Luther King Jr. Police arrested 12 people later.").size() == 2);
  // An initialism opening a sentence is its first word; more names of places and offices go on.
  CHECK(sentences("Prices fell. U.S. Harbour Steel agreed to a deal worth $5 billion.").size() == 2);
  CHECK(sentences("U.K. Ferry Lines said 300 jobs would go.").size() == 1);
  CHECK(sentences("Exports to the U.S. Gulf Coast rose 5%.").size() == 1);
  CHECK(sentences("He studied in the U.S. Health care costs there rose 7%.").size() == 2);
  CHECK(sentences("Hiring slowed in the U.S. District officials said so.").size() == 2);
  CHECK(sentences("The case went to a U.S. District Judge on Friday.").size() == 1);
  CHECK(sentences("Brent rose 2%, while U.S. West Texas crude fell 1%.").size() == 1);
  CHECK(sentences("Brent fell 2%, and U.S. West Texas crude fell 1%.").size() == 1);
  CHECK(sentences("The company has plants in Canada, Mexico and U.S. Its shares rose 3%.").size() == 2);
  // "Rs." before its figure, a scale's abbreviation before a currency.
  CHECK(sentences("The deal is worth Rs. 500 crore. It closed.").size() == 2);
  CHECK(sentences("Der Schaden betr\xC3\xA4" "gt 2,5 Mrd. Euro und w\xC3\xA4" "chst. Er sank.").size() == 2);
  CHECK(sentences("Der Schaden betr\xC3\xA4" "gt 2,5 Mrd. Die Firma zahlt.").size() == 2);
}

TEST_CASE("words are found in any script", "[normalizers]") {
  Segmenter s;
  std::vector<Span> out;
  s.Words("don't say 245,000 or 8.1", &out);
  CHECK(out.size() == 5);
  std::string zh = "\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x92\x8C\xE4\xBF\x84\xE7\xBD\x97\xE6\x96\xAF\xE7\x9A\x84\xE8\xB4\xB8\xE6\x98\x93";  // 中国和俄罗斯的贸易
  s.Words(zh, &out);
  CHECK(out.size() >= 4);
  CHECK(out.size() < 10);  // segmented into words, not characters
}

TEST_CASE("a web address is never split into sentences", "[normalizers]") {
  Segmenter seg;
  std::vector<Span> s;
  std::string text = "See http://example.com/search?q=1&r=2. Then prices rose.";
  seg.Sentences(text, &s);
  REQUIRE(s.size() == 2);
  CHECK(text.substr(s[0].begin, s[0].end - s[0].begin) == "See http://example.com/search?q=1&r=2.");
}

namespace {

// The plain definition of WordsByBytes: one byte at a time.
std::vector<Span> PlainWordsByBytes(std::string_view text) {
  auto word = [](unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; };
  auto ascii_word = [](unsigned char c) { return c < 0x80 && std::isalnum(c) != 0; };
  auto digit = [](unsigned char c) { return c >= '0' && c <= '9'; };
  std::vector<Span> out;
  const auto* t = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    if (!word(t[i])) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < n) {
      const unsigned char c = t[i];
      if (word(c)) {
        ++i;
      } else if ((c == '\'' || c == '.' || c == ',') && i + 1 < n && ascii_word(t[i + 1]) && i > b) {
        if (c == ',' && !(digit(t[i - 1]) && digit(t[i + 1]))) break;
        ++i;
      } else {
        break;
      }
    }
    out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(i)});
  }
  return out;
}

bool SameSpans(const std::vector<Span>& a, const std::vector<Span>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
  return true;
}

}  // namespace

TEST_CASE("WordsByBytes finds the words its plain definition finds", "[normalizers][property]") {
  // Pieces: ASCII letters, digits, the joiners and other punctuation, spaces and line breaks,
  // and multi-byte characters (é, ſ, the Kelvin sign, Turkish İ, full-width A, NBSP, zero-width
  // space, a combining acute, CJK, Hebrew) and stray high bytes.
  const std::vector<std::string> pieces = {
      "a", "Z", "q", "0", "7", "'", ".", ",", " ", "  ", "\n", "-", "!", "\"", "`", "\t", "@",
      "\xC3\xA9", "\xC5\xBF", "\xE2\x84\xAA", "\xC4\xB0", "\xEF\xBC\xA1", "\xC2\xA0", "\xE2\x80\x8B",
      "\xCC\x81", "\xE4\xB8\xAD", "\xD7\xA9", "\xFF", "\x80", "word", "245,000", "8.1", "U.S.", "don't"};
  std::mt19937 rng(16);
  std::vector<Span> got;
  std::vector<uint64_t> scratch;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t parts = rng() % (round % 10 == 0 ? 400 : 60);
    for (size_t k = 0; k < parts; ++k) text += pieces[rng() % pieces.size()];
    WordsByBytes(text, &got, &scratch);
    INFO(text);
    REQUIRE(SameSpans(got, PlainWordsByBytes(text)));
  }
  // Edges: empty, all word bytes across the 64-byte steps, joiners at the ends and at the steps.
  for (const std::string& text :
       {std::string(), std::string(200, 'x'), std::string(64, 'a') + "'" + std::string(64, 'b'), std::string(63, '1') + ",2",
        std::string(63, 'a') + ",2", std::string("'a."), std::string(".a'"), std::string("1,"), std::string(",1"),
        std::string(127, ' ') + "a", std::string(64, '.') + std::string(64, ',')}) {
    WordsByBytes(text, &got, &scratch);
    INFO(text);
    CHECK(SameSpans(got, PlainWordsByBytes(text)));
  }
}

TEST_CASE("WordsByBytes on an empty text with fresh scratch", "[normalizers]") {
  std::vector<Span> out;
  std::vector<uint64_t> scratch;  // no storage yet
  WordsByBytes("", &out, &scratch);
  CHECK(out.empty());
  WordsByBytes("a", &out, &scratch);
  REQUIRE(out.size() == 1);
  CHECK(out[0].end == 1);
}

TEST_CASE("Segmenter::Words on ASCII text is WordsByBytes", "[normalizers]") {
  Segmenter s;
  std::vector<Span> a, b;
  std::vector<uint64_t> scratch;
  const std::string t = "The U.S. said 245,000 people don't agree, 8.1% (up 0.2) - a,b 1,a x'.";
  s.Words(t, &a);
  WordsByBytes(t, &b, &scratch);
  CHECK(SameSpans(a, b));
  CHECK(a.size() == 15);
}
