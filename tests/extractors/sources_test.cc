// The source rules on their own (extractors/sources.h): a sentence's attribution, which of its
// figures it covers, an estimator after a figure, and the speakers a pronoun names.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extractors/quantity.h"
#include "extractors/sources.h"

using namespace copydesk::extractors;

namespace {
std::vector<Quantity> Figures(std::string_view s) {
  static auto ex = QuantityExtractor::Create().value();
  std::vector<Quantity> out;
  ex->Extract(s, &out);
  return out;
}
}  // namespace

TEST_CASE("sources: a sentence's attribution in its several shapes", "[extractors][sources]") {
  CHECK(sources::FindSource("Sales rose 4% in May, the statistics office said on Tuesday.") == "the statistics office");
  CHECK(sources::FindSource("Sales rose 4% in May, said Marta Vidal, an economist at Corvo Bank.") == "Marta Vidal");
  CHECK(sources::FindSource("According to the Federal Statistical Office, exports fell 2%.") ==
        "the Federal Statistical Office");
  CHECK(sources::FindSource("Exports fell 2%, according to estimates by the research firm Talvik Partners.") ==
        "the research firm Talvik Partners");
  CHECK(sources::FindSource("The harvest was estimated at 3.8 million tonnes by the farm ministry.") ==
        "the farm ministry");
  CHECK(sources::FindSource("Port data showed volumes up 6% in March.") == "Port data");
  CHECK(sources::FindSource("Shipments fell 3% in the quarter.").empty());
  CHECK(sources::FindSource("MADRID (Reuters) - Shipments fell 3% in the quarter.") == "Reuters");
  // (A subordinate clause's saying, outranked by the whole sentence's attribution.)
  CHECK(sources::FindSource("Oil fell 3% after Saudi Arabia said it would raise output, traders said.") == "traders");
}

TEST_CASE("sources: which figures a source covers; an estimator after a figure", "[extractors][sources]") {
  {
    const std::string s = "Revenue was $2.1 billion, above the $1.9 billion analysts had expected.";
    const std::vector<Quantity> qs = Figures(s);
    REQUIRE(qs.size() == 2);
    CHECK(sources::EstimatorAfter(s, qs[1].end) == "analysts");
    CHECK(sources::EstimatorAfter(s, qs[0].end).empty());
  }
  {
    const std::string s = "Prices rose 5% in May; officials say demand is strong.";
    const std::vector<Quantity> qs = Figures(s);
    REQUIRE(qs.size() == 1);
    CHECK_FALSE(sources::SourceCovers(s, qs, 0, sources::FindSource(s)));
  }
  {
    const std::string s = "Prices rose 5% in May, officials said.";
    const std::vector<Quantity> qs = Figures(s);
    REQUIRE(qs.size() == 1);
    CHECK(sources::SourceCovers(s, qs, 0, sources::FindSource(s)));
  }
}

TEST_CASE("sources: 'she said' and 'It said' name the speaker the story quoted", "[extractors][sources]") {
  const std::string text =
      "Rents rose 3%, said Jenna Whitlock, chief economist at Palisade Bank.\n\nShe said they would rise 2% next "
      "year.\n\nThe central bank held its rate at 4%.\n\nIt said inflation would ease.\n\nAngela Ruiz disagreed. He "
      "said the rise was 4%.";
  sources::Speakers speakers(text);
  auto attribute = [&](std::string_view sentence, std::string_view before) {
    const size_t at = text.find(sentence);
    REQUIRE(at != std::string::npos);
    const std::string_view in_text = std::string_view(text).substr(at, sentence.size());
    const size_t bt = before.empty() ? 0 : text.find(before);
    const std::string_view before_in = before.empty() ? std::string_view() : std::string_view(text).substr(bt, before.size());
    std::string source = sources::FindSource(in_text);
    speakers.Attribute(in_text, before_in, &source);
    return source;
  };
  CHECK(attribute("Rents rose 3%, said Jenna Whitlock, chief economist at Palisade Bank.", {}) == "Jenna Whitlock");
  CHECK(attribute("She said they would rise 2% next year.", {}) == "Jenna Whitlock");
  CHECK(attribute("It said inflation would ease.", "The central bank held its rate at 4%.") == "The central bank");
  // (No one else named since, but the given name tells a woman: "He" is not Jenna Whitlock.)
  CHECK(attribute("He said the rise was 4%.", {}) == "He");
}

TEST_CASE("sources: a later clause's own source (', while X said', '; X put it at')", "[extractors][sources]") {
  const std::string a = "Universities UK said its members had cut about 10,000 jobs, while the University and College "
                        "Union put the figure at 12,700.";
  CHECK(sources::LaterClauseSource(a, a.find("10,000")).empty());
  CHECK(sources::LaterClauseSource(a, a.find("12,700")) == "the University and College Union");
  const std::string b = "Acme said on Monday it would cut 500 jobs; Bolt said it would hire 300.";
  CHECK(sources::LaterClauseSource(b, b.find("500")).empty());
  CHECK(sources::LaterClauseSource(b, b.find("300")) == "Bolt");
  const std::string c = "In 2024 it made $2.87 billion, and the company now expects $4.15 billion this year.";
  CHECK(sources::LaterClauseSource(c, c.find("$4.15")) == "the company");
  // (No pronoun nor a figure's own noun: "and it said", "and sales rose".)
  const std::string d = "Sales rose 4%, and it said profit rose 9%.";
  CHECK(sources::LaterClauseSource(d, d.find("9%")).empty());
}
