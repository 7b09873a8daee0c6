#include <catch2/catch.hpp>

#include "corpus/ascii.h"

using namespace copydesk::ascii;

TEST_CASE("packed words lower-case like byte by byte", "[extractors]") {
  // Every byte value, in every position of a 16-byte word: SWAR lowering equals LowerByte.
  for (int b = 1; b < 256; ++b) {
    for (size_t pos = 0; pos < 16; ++pos) {
      std::string w(16, 'Q');
      w[pos] = static_cast<char>(b);
      PackedWord raw, expected;
      REQUIRE(Pack(w, false, &raw));
      REQUIRE(Pack(w, true, &expected));
      CHECK(Lowered(raw) == expected);
    }
  }
}

TEST_CASE("word maps find whole words, case-folded or as written", "[extractors]") {
  WordMap<int> folded({{"rose", 1}, {"fell", 2}, {"seventeen", 3}}, /*lower=*/true);
  WordMap<int> exact({{"is", 1}, {"stood", 2}}, /*lower=*/false);
  REQUIRE(folded.Find("ROSE") != nullptr);
  CHECK(*folded.Find("Fell") == 2);
  CHECK(*folded.Find("sevENteen") == 3);
  CHECK(folded.Find("ros") == nullptr);
  CHECK(folded.Find("roses") == nullptr);
  CHECK(folded.Find("") == nullptr);
  CHECK(folded.Find("a-word-longer-than-sixteen") == nullptr);
  CHECK(exact.Find("is") != nullptr);
  CHECK(exact.Find("Is") == nullptr);
  PackedWord p;
  REQUIRE(Pack("STOOD", false, &p));
  CHECK(exact.Find(p) == nullptr);
  CHECK(folded.Find(PackedWord{}) == nullptr);
}

TEST_CASE("words are RE2's \\w runs, walked in order until told to stop", "[extractors]") {
  std::vector<std::string_view> words;
  const std::string_view s = " Rose 5.2%, to $1_000 -- caf\xC3\xA9 ";
  CHECK(ForEachWord(s, [&](size_t b, size_t e) { words.push_back(s.substr(b, e - b)); return true; }));
  CHECK(words == std::vector<std::string_view>{"Rose", "5", "2", "to", "1_000", "caf"});
  size_t seen = 0;
  CHECK_FALSE(ForEachWord(s, [&](size_t, size_t) { return ++seen < 2; }));
  CHECK(seen == 2);
}
