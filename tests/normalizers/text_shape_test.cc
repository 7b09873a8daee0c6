#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

#include "normalizers/text_shape.h"

using namespace copydesk::normalizers;

namespace {
// The definition CountWords implements many bytes at a time.
size_t SlowCountWords(const std::string& s, size_t limit) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ' || c == '\n' || c == '\t';
    if (!sp && !in && ++n > limit) return n;
    in = !sp;
  }
  return n;
}
}  // namespace

TEST_CASE("CountWords counts space-separated words at any length and alignment", "[normalizers]") {
  CHECK(CountWords("") == 0);
  CHECK(CountWords("   \n\t ") == 0);
  CHECK(CountWords("one") == 1);
  CHECK(CountWords(" two  words\n") == 2);
  CHECK(CountWords("caf\xC3\xA9 \xE4\xB8\xAD\xE6\x96\x87") == 2);
  const char alphabet[] = {'a', 'b', ' ', '\n', '\t', '\xC3', '\xA9', '.'};
  unsigned x = 12345;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    x = x * 1103515245u + 12345u;
    size_t len = (x >> 8) % 300;  // across the 64-byte blocks of the vector path
    for (size_t i = 0; i < len; ++i) {
      x = x * 1103515245u + 12345u;
      s.push_back(alphabet[(x >> 16) % 8]);
    }
    size_t limit = round % 3 == 0 ? SIZE_MAX - 1 : (x >> 4) % 40;
    INFO("text: [" << s << "] limit " << limit);
    REQUIRE(CountWords(s, limit) == SlowCountWords(s, limit));
    const size_t off = round % 9;  // a view that starts at any byte
    if (off <= s.size()) REQUIRE(CountWords(std::string_view(s).substr(off), limit) == SlowCountWords(s.substr(off), limit));
  }
}

TEST_CASE("web addresses run to the next space", "[normalizers]") {
  std::vector<std::pair<size_t, size_t>> urls;
  const std::string_view s = "See https://x.org/a?id=3 and www.y.com/b.\nor http://z.net";
  FindWebAddresses(s, &urls);
  REQUIRE(urls.size() == 3);
  std::vector<std::string_view> found;
  for (const auto& [b, e] : urls) found.push_back(s.substr(b, e - b));
  std::sort(found.begin(), found.end());
  CHECK(found[0] == "http://z.net");
  CHECK(found[1] == "https://x.org/a?id=3");
  CHECK(found[2] == "www.y.com/b.");
  urls.clear();
  FindWebAddresses("a ratio of 3:1 and xhttp:/ nothing", &urls);
  CHECK(urls.empty());
}

TEST_CASE("a paragraph ending in another script's full stop is not title-shaped", "[normalizers]") {
  CHECK(IsTitleShaped("Harbour cargo hits a record", 25));
  CHECK_FALSE(IsTitleShaped("Harbour cargo hit a record on Monday.", 25));
  CHECK_FALSE(IsTitleShaped("The minister said: \"We will not back down.\"", 25));
  CHECK_FALSE(IsTitleShaped("Exports rose again (see chart.)", 25));
  CHECK(IsTitleShaped("Minister vows \"no retreat\"", 25));
  // Chinese and Japanese have no spaces: a whole paragraph is one "word"; its full stop tells.
  CHECK(IsTitleShaped("港口货运量创纪录", 25));
  CHECK_FALSE(IsTitleShaped("港口货运量周一创下纪录。官员表示出口增长了百分之十二。", 25));
  CHECK_FALSE(IsTitleShaped("港湾の貨物量が月曜日に過去最高を記録した。", 25));
  CHECK_FALSE(IsTitleShaped("बंदरगाह पर माल ढुलाई ने सोमवार को रिकॉर्ड बनाया।", 25));
  CHECK_FALSE(IsTitleShaped("بندرگاہ پر سامان کی ترسیل نے پیر کو ریکارڈ بنایا۔", 25));
  CHECK_FALSE(IsTitleShaped("هل سجل الميناء رقما قياسيا؟", 25));
  // Thai has no sentence punctuation: a paragraph is told from a title by its length.
  CHECK(IsTitleShaped("ท่าเรือทำสถิติใหม่", 25));
  CHECK_FALSE(IsTitleShaped("การท่าเรือกล่าวเมื่อวันจันทร์ว่าปริมาณสินค้าเพิ่มขึ้นร้อยละสิบสอง "
                            "เจ้าหน้าที่ในกรุงเทพยินดีกับแผนการขยายท่าเรือหลังการประชุมเมื่อคืนวันพุธ", 25));
}

TEST_CASE("IsAsciiText is: no byte from 0x80", "[normalizers][property]") {
  std::mt19937 rng(3);
  for (int round = 0; round < 5000; ++round) {
    std::string s(rng() % 200, 'a');
    for (char& c : s) c = static_cast<char>(rng() % 128);
    if (round % 2 == 1 && !s.empty()) s[rng() % s.size()] = static_cast<char>(0x80 + rng() % 128);
    const bool plain = std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    REQUIRE(IsAsciiText(s) == plain);
  }
  CHECK(IsAsciiText(""));
  CHECK_FALSE(IsAsciiText("caf\xC3\xA9"));
  CHECK_FALSE(IsAsciiText(std::string(100, 'x') + "\x80"));
}

TEST_CASE("HasByteIn finds a byte in a range at any length and position", "[normalizers]") {
  for (size_t n = 0; n <= 40; ++n) {
    std::string s(n, 'a');
    CHECK_FALSE(HasByteIn(s, 0xCE, 0xD3));
    for (size_t at = 0; at < n; ++at) {
      for (unsigned c : {0xCDu, 0xCEu, 0xD0u, 0xD3u, 0xD4u, 0x00u, 0xFFu}) {
        std::string t = s;
        t[at] = static_cast<char>(c);
        INFO(n << " " << at << " " << c);
        CHECK(HasByteIn(t, 0xCE, 0xD3) == (c >= 0xCE && c <= 0xD3));
      }
    }
  }
  CHECK(HasByteIn("\x01", 0x00, 0x01));
  CHECK_FALSE(HasByteIn("\x02", 0x00, 0x01));
}
