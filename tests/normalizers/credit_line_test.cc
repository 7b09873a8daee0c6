#include <catch2/catch.hpp>

#include "normalizers/boilerplate.h"
#include "normalizers/credit_line.h"
#include "normalizers/normalize.h"

using namespace copydesk::normalizers;

namespace {
std::string CreditOf(std::string_view line, CreditKind want = CreditKind::kStory) {
  CreditMatch m = MatchCreditLine(line);
  return m.kind == want ? m.agency : "<" + std::to_string(static_cast<int>(m.kind)) + ">";
}
}  // namespace

TEST_CASE("every agency and every alias of the data file is matched", "[normalizers][credit]") {
  REQUIRE(Agencies().size() >= 18);
  for (const char* must : {"AP", "Reuters", "AFP", "dpa", "EFE", "ANSA", "PA", "PTI", "ANI", "IANS", "Xinhua",
                           "TASS", "Interfax", "Kyodo", "Yonhap", "Bloomberg", "Bernama", "Anadolu"}) {
    bool found = false;
    for (const Agency& a : Agencies()) found = found || a.name == must;
    INFO(must);
    CHECK(found);
  }
  for (const Agency& a : Agencies()) {
    for (const std::string& alias : a.aliases) {
      INFO(a.name << " / " << alias);
      CHECK(WireAgencyIn(alias) == a.name);
      CHECK(CreditOf("(" + alias + ")") == a.name);
      CHECK(CreditOf("Source: " + alias) == a.name);
      CHECK(CreditOf("(With inputs from " + alias + ")") == a.name);
      CHECK(CreditOf("\xE2\x80\x94 " + alias) == a.name);
    }
  }
}

TEST_CASE("credit lines in the forms outlets use", "[normalizers][credit]") {
  // A source line names the wire in German, Spanish, Portuguese and Dutch too.
  CHECK(CreditOf("Quelle: dpa") == "dpa");
  CHECK(CreditOf("(Quelle: AFP)") == "AFP");
  CHECK(CreditOf("Fuente: EFE") == "EFE");
  CHECK(CreditOf("Fonte: ANSA") == "ANSA");
  // A wire's short sign at a story's end: the copyright sign, or slashes.
  CHECK(CreditOf("(\xC2\xA9NTB)") == "NTB");
  CHECK(CreditOf("\xC2\xA9 TT") == "TT");
  CHECK(CreditOf("/ritzau/") == "Ritzau");
  CHECK(CreditOf("\xC2\xA9 2024") == "<0>");
  CHECK(CreditOf("/news/") == "<0>");
  CHECK(CreditOf("Bron: Reuters") == "Reuters");
  CHECK(CreditOf("Quelle: Landesregierung") == "<0>");  // no agency: a source, no credit
  CHECK(CreditOf("Source: Reuters, Bloomberg") == "Reuters");
  // A sentence after the source is the story's: the paragraph is no credit line.
  CHECK(CreditOf("(Quelle: dpa) Die Inflation lag im M\xC3\xA4rz bei 7,3 Prozent.") == "<0>");
  CHECK(CreditOf("Fuente: EFE, que cita a fuentes del ministerio, el acuerdo se firmar\xC3\xA1 el lunes.") == "<0>");
  CHECK(CreditOf("(With inputs from Reuters)") == "Reuters");
  CHECK(CreditOf("With inputs from agencies and PTI") == "PTI");
  CHECK(CreditOf("\xE2\x80\x94 Reuters") == "Reuters");  // em dash
  CHECK(CreditOf("- AFP") == "AFP");
  CHECK(CreditOf("Copyright Thomson Reuters") == "Reuters");
  CHECK(CreditOf("Copyright 2025 The Associated Press. All rights reserved.") == "AP");
  CHECK(CreditOf("\xC2\xA9 2025 Reuters") == "Reuters");
  CHECK(CreditOf("(c) Reuters") == "Reuters");
  CHECK(CreditOf("Source: AFP") == "AFP");
  CHECK(CreditOf("Reuters with additional editing by Jim Pollard") == "Reuters");
  CHECK(CreditOf("\xE2\x80\xA2 Reuters with additional editing by Jim Pollard") == "Reuters");  // bullet
  CHECK(CreditOf("The Associated Press contributed to this report.") == "AP");
  CHECK(CreditOf("Reporting by Jane Roe; Editing by Ann Poe") == "unnamed");
  CHECK(CreditOf("(Reporting by Jane Roe in Oslo; Editing by Ann Poe)") == "unnamed");
  CHECK(CreditOf("Reporting by Jane Roe and Li Wei in Oslo; additional reporting by Reuters staff; editing by Ann Poe") == "Reuters");
  CHECK(CreditOf("Compiled by Reuters staff") == "Reuters");
  CHECK(CreditOf("AP staff writer") == "AP");
  CHECK(CreditOf("Reuters correspondents") == "Reuters");
  CHECK(CreditOf("Reuters staff contributed to this report.") == "Reuters");
  CHECK(CreditOf("AFP correspondents in Beijing") == "AFP");
  CHECK(CreditOf("(Reporting by Dan Roe in Jerusalem and Nidal al-Hamid in Gaza; Editing by Ann Lee)") == "unnamed");
  CHECK(CreditOf("(Reporting by Jane Roe aboard Air Force One; Editing by Ann Lee)") == "unnamed");
  CHECK(CreditOf("(Reporting by Toby Roe and Eva van den Berg; editing by Ann Lee; fact-checking by Bo Li)") == "unnamed");
  // Other scripts.
  CHECK(CreditOf("(\xD0\xA0\xD0\xB5\xD0\xB9\xD1\x82\xD0\xB5\xD1\x80)") == "Reuters");    // (Рейтер)
  CHECK(CreditOf("\xD8\xB1\xD9\x88\xD9\x8A\xD8\xAA\xD8\xB1\xD8\xB2") == "Reuters");          // رويترز
  CHECK(WireAgencyIn("\xE8\xB7\xAF\xE9\x80\x8F\xE7\xA4\xBE\xE5\x8C\x97\xE4\xBA\xAC") == "Reuters");  // 路透社北京
  CHECK(WireAgencyIn("\xE6\x96\xB0\xE5\x8D\x8E\xE7\xA4\xBE\xE7\x94\xB5") == "Xinhua");  // 新华社电
  CHECK(CreditOf("\xE7\xBE\x8E\xE8\x81\x94\xE7\xA4\xBE") == "AP");  // 美联社
  CHECK(CreditOf("\xE6\xB3\x95\xE6\x96\xB0\xE7\xA4\xBE") == "AFP");  // 法新社
}

TEST_CASE("a photo credit is not a story credit", "[normalizers][credit]") {
  CHECK(CreditOf("AP Photo/Jane Roe", CreditKind::kPhoto) == "AP");
  CHECK(CreditOf("Photo: Reuters", CreditKind::kPhoto) == "Reuters");
  CHECK(CreditOf("REUTERS/Maxim Shemetov", CreditKind::kPhoto) == "Reuters");
  CHECK(CreditOf("Workers at the port. AFP via Getty Images", CreditKind::kPhoto) == "AFP");
  CHECK(MatchCreditLine("AP Photo/Jane Roe").kind == CreditKind::kPhoto);
  // A copyright sign before "agency / photographer" credits the picture.
  CHECK(CreditOf("\xC2\xA9 AFP / POOL", CreditKind::kPhoto) == "AFP");
  CHECK(CreditOf("\xC2\xA9 Reuters 2019 / Jane Roe", CreditKind::kPhoto) == "Reuters");
  CHECK(CreditOf("\xC2\xA9 dpa | Jane Roe", CreditKind::kPhoto) == "dpa");
  // ... but the rights after the bar are the story's.
  CHECK(CreditOf("\xC2\xA9 2024 The Associated Press | All rights reserved.") == "AP");
  CHECK(CreditOf("\xC2\xA9 2019 Reuters", CreditKind::kStory) == "Reuters");
  CHECK(CreditOf("Copyright Thomson Reuters 2019. All rights reserved.", CreditKind::kStory) == "Reuters");
}

TEST_CASE("mentions of an agency are not credits", "[normalizers][credit]") {
  for (const char* s : {"Officials told Reuters the talks had stalled.",
                        "According to Reuters, exports fell.",
                        "Copyright 2025 The Telegraph. All rights reserved.",
                        "Source: company filings",
                        "Exports of cars rose 12% in the first half of the year, customs data showed on Tuesday.",
                        "The AP style guide changed.",
                        // Sentences that open as a credit line would.
                        "Reuters reported last month that the bank was weighing a larger increase.",
                        "AP staff were among the journalists barred from the hall.",
                        "AFP correspondents in the capital saw long queues outside banks.",
                        "Research by the central bank found that 40% of loans were at risk.",
                        "Research by Harvard economists found that prices rose.",
                        "Writing by hand, the clerk filled in 300 forms.",
                        "Compiled by the statistics office, the figures show a rise."}) {
    INFO(s);
    CHECK(MatchCreditLine(s).kind == CreditKind::kNone);
  }
}

TEST_CASE("a credit inside a paragraph is found with its offsets", "[normalizers][credit]") {
  std::string p = "BEIJING (Xinhua) -- Trade rose 5% in July, officials said.";
  CreditMatch m = FindInlineCredit(p);
  REQUIRE(m.kind == CreditKind::kStory);
  CHECK(m.agency == "Xinhua");
  CHECK(p.substr(m.begin, m.end - m.begin) == "(Xinhua) -");
  p = "Trade rose 5% in July, officials said. (With inputs from IANS)";
  m = FindInlineCredit(p);
  REQUIRE(m.kind == CreditKind::kStory);
  CHECK(m.agency == "IANS");
  CHECK(p.substr(m.begin, m.end - m.begin) == "(With inputs from IANS)");
  CHECK(FindInlineCredit("Trade rose, sources told Reuters.").kind == CreditKind::kNone);
  p = "Trade rose 5% in July, officials said. - AFP";
  m = FindInlineCredit(p);
  REQUIRE(m.kind == CreditKind::kStory);
  CHECK(p.substr(m.begin, m.end - m.begin) == "- AFP");
  // A page's paragraphs keep the page's own dashes.
  p = "Trade rose 5% in July, officials said. \u2014 AFP";
  m = FindInlineCredit(p);
  REQUIRE(m.kind == CreditKind::kStory);
  CHECK(m.agency == "AFP");
  CHECK(p.substr(m.begin, m.end - m.begin) == "\u2014 AFP");
  CHECK(FindInlineCredit("Trade rose 5% in July, officials said. \u2013 Reuters").agency == "Reuters");
  CHECK(FindInlineCredit("Talks on the Russia-AFP deal").kind == CreditKind::kNone);
}

TEST_CASE("boilerplate removal never removes a credit line", "[normalizers][credit]") {
  std::vector<Block> b = {
      {"Salmon exports rose 12% in the first quarter, the council said on Tuesday."},
      {"Copyright Thomson Reuters"},
      {"You may also like"},
      {"Cod Quotas Cut Again"},
      {"Why Prices Keep Rising"},
      {"\xE2\x80\x94 Reuters"},
      {"Copyright 2025 Fish Daily"},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0].empty());
  CHECK(why[1].empty());  // not navigation
  CHECK(why[2] == "link-list");
  CHECK(why[3] == "link-list");
  CHECK(why[4] == "link-list");
  CHECK(why[5].empty());  // survives the list's removal
  CHECK(why[6] == "navigation");
}

TEST_CASE("a normalized article keeps its credit lines in the text", "[normalizers][credit]") {
  auto norm = Normalizer::Create({}).value();
  copydesk::corpus::Article a;
  a.id = "x";
  a.raw =
      "Salmon exports rose 12% in the first quarter, the seafood council said on Tuesday.\n\n"
      "Volumes fell 3% because of disease at several farms along the coast, the council said.\n\n"
      "You may also like\n\nCod Quotas Cut Again\n\nWhy Prices Keep Rising\n\n"
      "(With inputs from Reuters)\n\n"
      "Reporting by Jane Roe; Editing by Ann Poe\n\n"
      "Reporting by Jane Roe; Editing by Ann Poe\n\n"
      "Copyright Thomson Reuters\n";
  auto d = norm->Finish(norm->Prepare(a), nullptr);
  CHECK(d.text.find("(With inputs from Reuters)") != std::string::npos);
  CHECK(d.text.find("Reporting by Jane Roe; Editing by Ann Poe") != std::string::npos);  // once: a repeat
  CHECK(d.text.find("Copyright Thomson Reuters") != std::string::npos);
  CHECK(d.text.find("Cod Quotas") == std::string::npos);
  CHECK(d.article.credit.find("With inputs from Reuters") != std::string::npos);
}

TEST_CASE("the byte prefilter never hides a credit", "[normalizers][credit]") {
  // Every alias, inside and around text, passes the prefilter.
  for (const Agency& a : Agencies())
    for (const std::string& alias : a.aliases) {
      CHECK(MayBeCreditLine(alias));
      CHECK(MayBeCreditLine("Text before, then (" + alias + ") -"));
      CHECK(NamesAnyAgency("(" + alias + ")") == !WireAgencyIn("(" + alias + ")").empty());
    }
  // Staff lines in any case.
  CHECK(MayBeCreditLine("Reporting by Jane Roe; Editing by Jim Poe"));
  CHECK(MayBeCreditLine("WRITING BY JANE ROE"));
  CHECK(MayBeCreditLine("(compiled bY the desk)"));
  // Lines with neither an alias nor " by" cannot be credits, and are turned away.
  for (const char* plain : {"", "y", " by", "The harbour was quiet on Monday.", "nothing here at all"}) {
    INFO(plain);
    CHECK(MatchCreditLine(plain).kind == CreditKind::kNone);
    CHECK(FindInlineCredit(plain).kind == CreditKind::kNone);
    CHECK(FindPhotoCredit(plain).kind == CreditKind::kNone);
  }
  CHECK_FALSE(MayBeCreditLine("The harbour was quiet on Monday."));
  CHECK_FALSE(MayBeCreditLine("nothing here at all"));
  // Whatever the patterns find, the prefilter lets through.
  for (const char* line : {"(With inputs from PTI)", "— Reuters", "Copyright Thomson Reuters", "Source: AFP",
                           "AP Photo/Jane Roe", "REUTERS/Maxim Shemetov", "Photo by Jane Roe/AFP",
                           "Reuters contributed to this report", "BEIJING (Xinhua) - Trade rose.",
                           "the ministry said. - AFP", "Reporting by Jane Roe", "路透社北京8月28日电"}) {
    INFO(line);
    const bool found = MatchCreditLine(line).kind != CreditKind::kNone ||
                       FindInlineCredit(line).kind != CreditKind::kNone ||
                       FindPhotoCredit(line).kind != CreditKind::kNone || !WireAgencyIn(line).empty();
    CHECK(found);
    CHECK(MayBeCreditLine(line));
  }
}

TEST_CASE("the credit prefilter tests byte pairs: aliases at either end, 'by' only after a space", "[credit]") {
  CHECK(MayBeCreditLine("dpa"));                        // the whole text
  CHECK(MayBeCreditLine("the wire said, citing dpa"));  // at the end
  CHECK(MayBeCreditLine("AFP said"));                   // at the start
  CHECK(MayBeCreditLine("Story by the desk"));
  CHECK_FALSE(MayBeCreditLine("by the desk"));          // no space before "by"
  CHECK_FALSE(MayBeCreditLine("nearby, the d"));        // "by" inside a word; 'd' last, no alias
  CHECK_FALSE(MayBeCreditLine("d"));
  CHECK_FALSE(MayBeCreditLine("A"));
}

TEST_CASE("the credit prefilter says exactly whether an alias or ' by' occurs, in texts of any length", "[credit]") {
  // Its definition, one alias at a time; the prefilter scans 16 bytes at a time where it can.
  auto reference = [](const std::string& t) {
    for (const Agency& a : Agencies())
      for (const std::string& alias : a.aliases)
        if (t.find(alias) != std::string::npos) return true;
    for (size_t i = 1; i + 1 < t.size(); ++i)
      if (t[i - 1] == ' ' && (t[i] | 0x20) == 'b' && (t[i + 1] | 0x20) == 'y') return true;
    return false;
  };
  std::vector<std::string> words = {"the", "harbour", "was", "quiet", "on", "Monday.", "By", "by", "nearby",
                                    "d", "dp", "A", "P", "AF", "Reu", "ters", "\xC3\xA9t\xC3\xA9", "中文", "(", ")",
                                    "-", "\n", "Xin", "hua", "TASS", "Ky", "odo"};
  for (const Agency& a : Agencies())
    for (const std::string& alias : a.aliases) words.push_back(alias);
  unsigned x = 2026;
  size_t positives = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string t;
    x = x * 1103515245u + 12345u;
    const size_t count = (x >> 8) % 40;
    for (size_t k = 0; k < count; ++k) {
      x = x * 1103515245u + 12345u;
      // Mostly plain words, an alias or a fragment of one now and then.
      const size_t pick = (x >> 16) % 100 < 90 ? (x >> 4) % 10 : (x >> 4) % words.size();
      if (!t.empty() && ((x >> 24) & 3) != 0) t += ' ';
      t += words[pick];
    }
    INFO("text: [" << t << "]");
    const bool expected = reference(t);
    positives += expected;
    REQUIRE(MayBeCreditLine(t) == expected);
  }
  CHECK(positives > 100);
  CHECK(positives < 3900);
}

TEST_CASE("a source line naming the agency's poll, data or partner is no credit of the story", "[normalizers][credit]") {
  CHECK(MatchCreditLine("Source: Reuters/Ipsos poll").kind == CreditKind::kNone);
  CHECK(MatchCreditLine("Source: Reuters calculations").kind == CreditKind::kNone);
  CHECK(MatchCreditLine("Source: Reuters Eikon data").kind == CreditKind::kNone);
  CHECK(MatchCreditLine("Source: Reuters").kind == CreditKind::kStory);
  CHECK(MatchCreditLine("Source: AFP/dpa").kind == CreditKind::kStory);
  CHECK(MatchCreditLine("(Source: Reuters)").kind == CreditKind::kStory);
  CHECK(MatchCreditLine("Fuente: EFE").agency == "EFE");
}

TEST_CASE("a source line's partner agency, note or analyst keeps the credit", "[normalizers][credit]") {
  CHECK(MatchCreditLine("Source: Reuters/Associated Press").agency == "Reuters");
  CHECK(MatchCreditLine("Quelle: dpa/tmn").agency == "dpa");
  CHECK(MatchCreditLine("Source: AP - updated 3 June").agency == "AP");
  CHECK(MatchCreditLine("Source: AP/NORC poll").kind == CreditKind::kNone);
  CHECK(MatchCreditLine("Source: Reuters graphic").kind == CreditKind::kNone);
}

TEST_CASE("short names that are as often a party's or a ministry's are no agency", "[normalizers][credit]") {
  CHECK(MatchCreditLine("Source: MTI").kind == CreditKind::kNone);
  CHECK(MatchCreditLine("Source: PAP").kind == CreditKind::kNone);
  CHECK(MatchCreditLine("Source: Australian Associated Press").agency == "AAP");
  CHECK(MatchCreditLine("Source: Europa Press").agency == "Europa Press");
}
