#include <catch2/catch.hpp>

#include "normalizers/unwrap.h"

using namespace copydesk::normalizers;

TEST_CASE("hard-wrapped wire copy is unwrapped and its fields lifted", "[normalizers]") {
  std::string wire =
      "By Jane Roe and\n"
      "John Doe\n"
      "OSLO, May 2 (Reuters) - Salmon exports rose 12% in the first\n"
      "quarter, the seafood council said on Tuesday, as prices in the\n"
      "U.S.\n"
      "market climbed.\n"
      "Volumes fell 3% because of disease at several farms along\n"
      "the coast, the council said.\n"
      "PRICES UP\n"
      "Prices are expected to stay high through the summer months, it\n"
      "added.\n"
      "Reporting by Jane Roe; Editing by Ann Poe\n";
  UnwrapResult r = Unwrap(wire, {});
  CHECK(r.was_wrapped);
  CHECK(r.byline == "Jane Roe and John Doe");
  CHECK(r.dateline == "OSLO, May 2");
  CHECK(r.credit.find("Reuters") == 0);
  CHECK(r.credit.find("Reporting by Jane Roe; Editing by Ann Poe") != std::string::npos);
  REQUIRE(r.blocks.size() == 5);
  CHECK(r.blocks[4].text == "Reporting by Jane Roe; Editing by Ann Poe");  // the credit stays
  CHECK(r.blocks[0].text ==
        "Salmon exports rose 12% in the first quarter, the seafood council said on Tuesday, as "
        "prices in the U.S. market climbed.");
  CHECK(r.blocks[2].text == "PRICES UP");
}

TEST_CASE("one paragraph per line stays as it is", "[normalizers]") {
  std::string web =
      "Salmon exports rose 12% in the first quarter, the seafood council said on Tuesday, as prices climbed sharply in every market.\n"
      "\n"
      "Volumes fell 3% because of disease at several farms along the coast, the council said in its report.\n";
  UnwrapResult r = Unwrap(web, {});
  CHECK_FALSE(r.was_wrapped);
  CHECK(r.blocks.size() == 2);
}
