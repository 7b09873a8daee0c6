#include <catch2/catch.hpp>

#include "normalizers/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <random>
#include <string>
#include <vector>

using namespace copydesk::normalizers;

TEST_CASE("quotes, dashes, spaces and invisibles are unified", "[normalizers]") {
  auto n = UnicodeNormalizer::Create({}).value();
  std::vector<uint32_t> map;
  std::string in = "\xE2\x80\x9C" "Friends" "\xE2\x80\x9D" " \xE2\x80\x94 of\xC2\xA0steel\xE2\x80\x8B" "\xE2\x80\xA6";
  std::string out = n->Normalize(in, &map);
  CHECK(out == "\"Friends\" - of steel...");
  REQUIRE(map.size() == out.size());
  CHECK(map[0] == 0);              // the opening quote maps to byte 0 of the input
  CHECK(map[1] == 3);              // 'F' follows the 3-byte curly quote
}

TEST_CASE("NFKC folds compatibility forms and Fold lower-cases any script", "[normalizers]") {
  auto n = UnicodeNormalizer::Create({}).value();
  CHECK(n->Normalize("\xEF\xBC\x91\xEF\xBC\x92%") == "12%");  // fullwidth digits
  CHECK(n->Fold("Stra\xC3\x9F" "e \xD0\x9C\xD0\x9E\xD0\xA1\xD0\x9A\xD0\x92\xD0\x90") ==
        "strasse \xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
  CHECK(n->Normalize("a\r\nb\rc") == "a\nb\nc");
}

TEST_CASE("vulgar fractions become digit fractions; a mixed number keeps its space", "[normalizers]") {
  auto n = UnicodeNormalizer::Create({}).value();
  CHECK(n->Normalize("2\xC2\xBD cups and \xC2\xBE of them") == "2 1/2 cups and 3/4 of them");
}

namespace {

// Random text from ASCII (every class: visible, space, tab, controls, '`', DEL) and multi-byte
// pieces: é, ſ, the Kelvin sign, Turkish İ and dotless ı, full-width A, NBSP, zero-width space,
// a combining acute, CJK, Hebrew, Arabic, ß, final sigma, and invalid bytes.
std::string RandomText(std::mt19937& rng, size_t parts) {
  static const std::vector<std::string> pieces = {
      "a", "Q", "z", "M", "0", "9", " ", "  ", "\t", "\n", "\r\n", "`", "\x7F", "\x01", "~", "!", "'", ".", "the ",
      "Word ", "ABC", "\xC3\xA9", "\xC3\x89", "\xC5\xBF", "\xE2\x84\xAA", "\xC4\xB0", "\xC4\xB1", "\xEF\xBC\xA1",
      "\xC2\xA0", "\xE2\x80\x8B", "\xCC\x81", "\xE4\xB8\xAD", "\xD7\xA9", "\xD9\x85", "\xC3\x9F", "\xCF\x82",
      "\xCE\xA3", "\xFF", "\xC3"};
  std::string t;
  for (size_t k = 0; k < parts; ++k) t += pieces[rng() % pieces.size()];
  return t;
}

}  // namespace

TEST_CASE("VisibleAsciiRunEnd is its plain definition", "[normalizers][property]") {
  auto plain = [](std::string_view s, size_t i) {
    auto visible = [](unsigned char c) { return c > 0x20 && c < 0x7F && c != '`'; };
    size_t j = i + 1;
    while (j < s.size()) {
      const auto c = static_cast<unsigned char>(s[j]);
      if (visible(c)) ++j;
      else if (c == ' ' && j + 1 < s.size() && visible(static_cast<unsigned char>(s[j + 1]))) j += 2;
      else break;
    }
    return j;
  };
  std::mt19937 rng(42);
  for (int round = 0; round < 5000; ++round) {
    // Mostly prose-like: long visible runs with single spaces, then any byte.
    std::string t;
    const size_t parts = rng() % 80;
    for (size_t k = 0; k < parts; ++k) t += rng() % 4 == 0 ? RandomText(rng, 1) : std::string("word ");
    t += std::string(rng() % 40, 'x');
    for (size_t i = 0; i < t.size(); ++i) {
      const auto c = static_cast<unsigned char>(t[i]);
      if (c <= 0x20 || c >= 0x7F || c == '`') continue;
      INFO(t << " at " << i);
      REQUIRE(VisibleAsciiRunEnd(t, i) == plain(t, i));
    }
  }
  for (const std::string& t : {std::string("a"), std::string("ab "), std::string(40, 'a') + " ", std::string(16, 'a') + " b",
                               std::string(17, 'a') + "  b", std::string(15, 'a') + "`", std::string(33, '~') + "\x7F"}) {
    CHECK(VisibleAsciiRunEnd(t, 0) == plain(t, 0));
  }
}

TEST_CASE("Fold is ICU's full case folding, ASCII or not", "[normalizers][property]") {
  auto n = UnicodeNormalizer::Create({}).value();
  auto plain = [](const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
    u.foldCase();
    std::string out;
    u.toUTF8String(out);
    return out;
  };
  std::mt19937 rng(7);
  for (int round = 0; round < 5000; ++round) {
    std::string t = RandomText(rng, rng() % 100);
    if (round % 2 == 0) {  // ASCII only
      std::string a;
      for (char c : t)
        if (static_cast<unsigned char>(c) < 0x80) a += c;
      t = a;
    }
    INFO(t);
    REQUIRE(n->Fold(t) == plain(t));
  }
  CHECK(n->Fold("") == "");
  CHECK(n->Fold("@[`{AZaz") == "@[`{azaz");
  CHECK(n->Fold("\xE2\x84\xAA") == "k");           // Kelvin sign
  CHECK(n->Fold("\xC5\xBF") == "s");               // long s
  CHECK(n->Fold("\xC3\x9F") == "ss");              // sharp s, full folding
}

TEST_CASE("decomposed and composed text normalize alike", "[normalizers][property]") {
  auto n = UnicodeNormalizer::Create({}).value();
  // "président" with e + U+0301, after a run of ASCII and at a word's start; Vietnamese with
  // stacked marks; the acute accent U+00B4 typed as an apostrophe.
  CHECK(n->Normalize("Le pre\xCC\x81sident") == "Le pr\xC3\xA9sident");
  CHECK(n->Normalize("e\xCC\x81te\xCC\x81") == "\xC3\xA9t\xC3\xA9");
  CHECK(n->Normalize("Tie\xCC\x82\xCC\x81ng") == n->Normalize("Ti\xE1\xBA\xBFng"));
  CHECK(n->Normalize("didn\xC2\xB4t") == "didn't");
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  REQUIRE(U_SUCCESS(err));
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    std::string t;
    for (char c : RandomText(rng, rng() % 60))  // valid UTF-8 only: NFD of it is defined
      t += c;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(t.data(), static_cast<int32_t>(t.size())));
    if (u.indexOf(static_cast<char16_t>(0xFFFD)) >= 0) continue;
    std::string decomposed;
    nfd->normalize(u, err).toUTF8String(decomposed);
    INFO(t);
    REQUIRE(n->Normalize(decomposed) == n->Normalize(t));
  }
}

TEST_CASE("a long run of combining marks is normalized in pieces and keeps every mark", "[normalizers]") {
  auto n = UnicodeNormalizer::Create({}).value();
  std::string t = "e";
  for (int i = 0; i < 20000; ++i) t += "\xCC\x81\xCC\x96";  // two classes of marks, alternating
  const std::string out = n->Normalize(t);
  CHECK(out.rfind("\xC3\xA9", 0) == 0);  // the first mark composes with its letter
  CHECK(out.size() == t.size() - 1);
}

TEST_CASE("a superscript after a digit is set off by a caret; after a letter it is a digit", "[normalizers]") {
  auto n = UnicodeNormalizer::Create({}).value();
  CHECK(n->Normalize("3 \xC3\x97 10\xE2\x81\xB8 m") == "3 \xC3\x97 10^8 m");        // 10⁸
  CHECK(n->Normalize("10\xE2\x81\xBB\xC2\xB3 g") == "10^-3 g");                     // 10⁻³
  CHECK(n->Normalize("2\xC2\xB2\xE2\x81\xB0 cells, 42\xC2\xB9%") == "2^20 cells, 42^1%");
  CHECK(n->Normalize("120 m\xC2\xB2") == "120 m2");
  std::vector<uint32_t> map;
  const std::string s = n->Normalize("x 10\xE2\x81\xB8", &map);
  REQUIRE(map.size() == s.size());
  CHECK(map[s.find('^')] == 4);  // the caret comes from the superscript
}

TEST_CASE("a superscript after a decimal is a mark, dropped", "[normalizers]") {
  auto n = UnicodeNormalizer::Create({}).value();
  CHECK(n->Normalize("2.5\xC2\xB2 percent") == "2.5 percent");
  CHECK(n->Normalize("\xC2\xA3" "9\xE2\x81\xB9\xE2\x81\xB9 and m\xC2\xB2") == "\xC2\xA3" "9^99 and m2");
}
