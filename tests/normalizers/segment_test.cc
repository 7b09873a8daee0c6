#include <catch2/catch.hpp>

#include "normalizers/segment.h"

using namespace copydesk::normalizers;

TEST_CASE("sentences do not break after abbreviations", "[normalizers]") {
  Segmenter s;
  std::vector<Span> out;
  std::string t = "Mr. Li met U.S. officials on Jan. 5. He left at No. 2 Street. Prices fell.";
  s.Sentences(t, &out);
  REQUIRE(out.size() == 3);
  CHECK(t.substr(out[0].begin, out[0].end - out[0].begin) == "Mr. Li met U.S. officials on Jan. 5.");
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
