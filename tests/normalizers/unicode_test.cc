#include <catch2/catch.hpp>

#include "normalizers/unicode.h"

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
