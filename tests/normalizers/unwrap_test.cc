#include <catch2/catch.hpp>

#include "normalizers/unwrap.h"
#include "normalizers/credit_line.h"

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

TEST_CASE("wrapped lines join: a dash at a line end keeps its space, Mr. at a line end goes on, CJK lines need none", "[normalizers]") {
  std::string wire =
      "The Senate on Tuesday approved a spending bill --\n"
      "the third this year -- after a late-night session, and the\n"
      "House will vote on Friday -\n"
      "or at the latest next week - aides said in a short note. Mr.\n"
      "Powell told reporters the committee would remain patient.\n"
      "Exports to Russia-\n"
      "China routes rose by a tenth on the year, the office said.\n";
  UnwrapResult r = Unwrap(wire, {});
  REQUIRE(r.blocks.size() == 2);  // a sentence that ends a line ends a paragraph of wrapped text
  CHECK(r.blocks[0].text.find("bill -- the third") != std::string::npos);
  CHECK(r.blocks[0].text.find("Friday - or at") != std::string::npos);
  CHECK(r.blocks[0].text.find("note. Mr. Powell told") != std::string::npos);
  CHECK(r.blocks[1].text.find("Russia-China") != std::string::npos);
  // An initialism at a line end before a sentence's capital ends the paragraph as before.
  UnwrapResult us = Unwrap("Exports to Asia slowed sharply this year because of weaker demand from the U.S.\n"
                           "Beijing has sought to diversify its markets in response, officials said.\n", {});
  CHECK(us.blocks.size() == 2);
  // Chinese lines, each a sentence: a paragraph each; a line cut inside a sentence joins with
  // no space.
  std::string cut, rest, port;
  for (int i = 0; i < 6; ++i) cut += "\u51FA\u53E3\u4E0B\u964D";  // 出口下降
  for (int i = 0; i < 5; ++i) rest += "\u4E86\u4E09\u6210";      // 了三成
  for (int i = 0; i < 12; ++i) port += "\u6E2F\u53E3";            // 港口
  UnwrapResult zh = Unwrap(port + "\u3002\n" + cut + "\n" + rest + "\u3002\n" + port + "\u3002\n", {});
  REQUIRE(zh.blocks.size() == 3);
  CHECK(zh.blocks[1].text == cut + rest + "\u3002");
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

TEST_CASE("a dateline opens the story's first paragraph; a label in capitals before a headline or a question is none", "[normalizers]") {
  auto dateline = [](const std::string& text) { return Unwrap(text, {}).dateline; };
  // Datelines: before a sentence, before a first paragraph cut short, with an agency.
  CHECK(dateline("OSLO - Salmon exports rose 12% in the first quarter, the council said.\n\n"
                 "Volumes fell 3%, it said.\n") == "OSLO");
  CHECK(dateline("BERGEN: The port will raise its fees by 4% from March. The rise follows two years of "
                 "flat charges, and shipping lines have protested to the council that\n") == "BERGEN");
  CHECK(dateline("OSLO (Reuters) - Salmon up\n") == "OSLO");
  // Labels: a kicker before a headline, a book's metadata, an interviewer's question, dialogue.
  CHECK(dateline("TV-TIPP - Eine Hommage an den Hafen\n\nDer Film zeigt den Hafen im Winter.\n").empty());
  CHECK(dateline("ISBN: 9783453580565 Seiten: 448 Verlag: Hafen\n").empty());
  CHECK(dateline("HARBOUR WEEKLY: What is your short answer to people who ask what your work is about?\n").empty());
  CHECK(dateline("ANRUF: Es geht erst ab sechs Uhr los...\n").empty());
  const UnwrapResult kicker = Unwrap("DIY: A small book of colours\n\nThe port's children made it.\n", {});
  REQUIRE(!kicker.blocks.empty());
  CHECK(kicker.blocks[0].text == "DIY: A small book of colours");  // the label stays in the text
}

TEST_CASE("datelines with a state or country, a date either way round, a double hyphen or capitals beyond ASCII", "[normalizers]") {
  const std::string lede = " Harbour fees will rise by 4% from March, the port authority said on Tuesday.\n\nVolumes fell.\n";
  auto fields = [&](const std::string& head) {
    UnwrapResult r = Unwrap(head + lede, {});
    return r.dateline + " | " + r.credit + " | " + (r.blocks.empty() ? "" : r.blocks[0].text.substr(0, 12));
  };
  CHECK(fields("HALIFAX, Nova Scotia (AP) -") == "HALIFAX, Nova Scotia | AP | Harbour fees");
  CHECK(fields("BANGOR, Maine (AP) -") == "BANGOR, Maine | AP | Harbour fees");
  CHECK(fields("PORTLAND, Ore. (AP) -") == "PORTLAND, Ore. | AP | Harbour fees");
  CHECK(fields("OSLO, 3 March (Reuters) -") == "OSLO, 3 March | Reuters | Harbour fees");
  CHECK(fields("OSLO, March 3, 2026 (Reuters) -") == "OSLO, March 3, 2026 | Reuters | Harbour fees");
  CHECK(fields("OSLO (AP) --") == "OSLO | AP | Harbour fees");
  CHECK(fields("T\u00D8NSBERG (Reuters) -") == "T\u00D8NSBERG | Reuters | Harbour fees");
  CHECK(fields("\u041C\u0423\u0420\u041C\u0410\u041D\u0421\u041A (Reuters) -") ==
        "\u041C\u0423\u0420\u041C\u0410\u041D\u0421\u041A | Reuters | Harbour fees");
  // Labels in capitals, and a lede in lower case after a name in capitals, are no datelines.
  CHECK(Unwrap("UPDATE:" + lede, {}).dateline.empty());
  CHECK(Unwrap("EDITOR'S NOTE -" + lede, {}).dateline.empty());
  for (const char* head : {"U.S., China Agree -", "FED HOLDS, Markets Rally -", "CEO, Jane Roe:", "RATES, 25 bps:",
                           "GDP, 3 percent:"}) {
    INFO(head);
    CHECK(Unwrap(head + lede, {}).dateline.empty());
  }
  CHECK(fields("DUBAI, United Arab Emirates -") == "DUBAI, United Arab Emirates |  | Harbour fees");
  UnwrapResult nato = Unwrap("NATO - the alliance of the north - said on Friday it would send more ships to the port.\n\nMore.\n", {});
  CHECK(nato.dateline.empty());
  REQUIRE(!nato.blocks.empty());
  CHECK(nato.blocks[0].text.rfind("NATO - the alliance", 0) == 0);
  // A lede that opens with a name in camel case follows a dateline as any other does.
  UnwrapResult camel = Unwrap("BEIJING - iPhone sales in China fell by a quarter in the first six weeks of the year.\n\nMore.\n", {});
  CHECK(camel.dateline == "BEIJING");
  REQUIRE(!camel.blocks.empty());
  CHECK(camel.blocks[0].text.rfind("iPhone sales", 0) == 0);
}

TEST_CASE("a name in capitals and a colon before speech in the first person is a speaker, not a dateline", "[normalizers]") {
  UnwrapResult r = Unwrap("TRUMP: We will win this fight, the president told supporters at a rally on Saturday.\n\n"
                          "He spoke for an hour.\n",
                          UnwrapOptions{});
  CHECK(r.dateline.empty());
  REQUIRE_FALSE(r.blocks.empty());
  CHECK(r.blocks[0].text.rfind("TRUMP: We will win", 0) == 0);
  // A known place before first-person speech is a dateline all the same.
  UnwrapResult place = Unwrap("LONDON: Our economy grew by 2% last year, the minister said in a speech on Monday.\n", {});
  CHECK(place.dateline == "LONDON");
  CHECK(Unwrap("NEW YORK: We will not back down, the mayor told reporters at city hall on Monday.\n", {}).dateline ==
        "NEW YORK");
  r = Unwrap("NEW DELHI: The government said on Monday that exports rose in the year to March.\n", UnwrapOptions{});
  CHECK(r.dateline == "NEW DELHI");
  // A quote after the colon is a lede as wire copy writes it.
  r = Unwrap("NEW DELHI: \"We will respond,\" the minister said on Monday after the talks in the capital.\n",
             UnwrapOptions{});
  CHECK(r.dateline == "NEW DELHI");
}

TEST_CASE("a byline in the language of the story, an agency in small letters, a dateline's \").-\"", "[normalizers]") {
  UnwrapResult r = Unwrap(
      "Von Anna Schmidt, dpa\n\nBERLIN (dpa) - Die Regierung hat am Montag neue Zahlen vorgelegt, die höher sind als "
      "erwartet.\n\nDie Zahl stieg um 5 Prozent.\n",
      {});
  CHECK(r.byline == "Anna Schmidt, dpa");
  CHECK(r.dateline == "BERLIN");
  r = Unwrap(
      "Por María López\n\nMADRID, 3 jun (EFE).- El Gobierno presentó el lunes nuevas cifras, más altas de lo previsto "
      "por los analistas.\n",
      {});
  CHECK(r.byline == "María López");
  CHECK(r.dateline == "MADRID, 3 jun");
  CHECK(r.credit == "EFE");
  r = Unwrap("By Jane Doe, dpa\n\nThe government presented new figures on Monday, higher than expected.\n", {});
  CHECK(r.byline == "Jane Doe, dpa");
  // The same words over a story in English are a headline's: no byline, nothing cut.
  r = Unwrap(
      "Von Miller Signs With Bills\n\nThe linebacker agreed to a six-year deal on Monday, the team said in a "
      "statement.\n\nHe had played for Denver.\n",
      {});
  CHECK(r.byline.empty());
  CHECK(r.blocks.size() == 3);
  r = Unwrap("Di Maria Scores Twice\n\nThe winger scored in each half as his side won 2-0 on Sunday night.\n", {});
  CHECK(r.byline.empty());
}

TEST_CASE("a dateline set as a paragraph of its own is read with the lede after it", "[normalizers]") {
  UnwrapResult r = Unwrap(
      "LONDON (Reuters) -\n\nBritain's economy grew faster than expected in the third quarter, data showed on "
      "Tuesday.\n\nMore text follows.\n",
      {});
  CHECK(r.dateline == "LONDON");
  CHECK(r.credit == "Reuters");
  REQUIRE(r.blocks.size() == 2);
  CHECK(r.blocks[0].text.rfind("Britain's economy", 0) == 0);
  // No agency: a heading in capitals, kept.
  r = Unwrap("MARKETS -\n\nStocks rose on Tuesday as investors cheered the data from the statistics office.\n", {});
  CHECK(r.dateline.empty());
  CHECK(r.blocks.size() == 2);
}

TEST_CASE("a foreign byline is no headline, subhead or speaker: the review's cases", "[normalizers]") {
  // English words that look like another language's ("Por Favor" over a story with "Las Vegas").
  UnwrapResult r = Unwrap(
      "Por Favor Taqueria\n\nThe taqueria in Las Vegas serves al pastor and the best tacos do sell out by noon, "
      "the owner said.\n\nIt opened in 2019.\n",
      {});
  CHECK(r.byline.empty());
  CHECK(r.blocks.size() == 3);
  // An English byline after a headline that looks like one wins.
  r = Unwrap("Door County Sheriff Seeks Van Driver\n\nBy Jane Doe\n\nThe sheriff met with reporters on Monday "
             "and said the van was seen in the area.\n",
             {});
  CHECK(r.byline == "Jane Doe");
  // A subhead in the story's language after the lede; a headline in title case; one word.
  r = Unwrap(
      "MADRID, 3 jun (EFE).- El paro bajó en mayo en todas las regiones, según los datos del ministerio.\n\n"
      "Por Comunidades\n\nEl paro bajó más en Andalucía y en las comunidades del sur, que fue donde más creció.\n",
      {});
  CHECK(r.byline.empty());
  r = Unwrap("Por Fin Llega La Lluvia\n\nEl agua volvió a los embalses y también está en los ríos, pero fue "
             "poca.\n",
             {});
  CHECK(r.byline.empty());
  // Spanish words are no Italian evidence ("Di María" over a Spanish story).
  r = Unwrap("Di María Renueva Con Benfica\n\nEl extremo firmó una extensión del contrato y fue presentado por "
             "el club, que también anunció más fichajes.\n",
             {});
  CHECK(r.byline.empty());
  // Two authors in the story's language.
  r = Unwrap("Por María López y Juan Pérez\n\nMADRID, 3 jun (EFE).- El Gobierno presentó el lunes las cifras, "
             "que fueron más altas de lo previsto por los analistas.\n",
             {});
  CHECK(r.byline == "María López y Juan Pérez");
  // ".-" after a speaker or a label is no dateline; after a date it is.
  r = Unwrap("PEDRO SÁNCHEZ (PSOE).- Nosotros vamos a gobernar para todos los españoles durante los próximos "
             "cuatro años.\n",
             {});
  CHECK(r.dateline.empty());
  r = Unwrap("MADRID, 3 jun.- El Gobierno presentó el lunes nuevas cifras, mucho más altas de lo previsto por los "
             "analistas.\n",
             {});
  CHECK(r.dateline == "MADRID, 3 jun.");
}

TEST_CASE("foreign bylines, second review: surnames that are words, particles in capitals, teasers; speakers' labels", "[normalizers]") {
  // A surname that is a common word ("lang") is still a name beside a given name.
  UnwrapResult r = Unwrap("Von Stefan Lang\n\nDie Verhandlungen dauerten zwei Jahre lang und wurden am Montag mit einer "
                          "Einigung abgeschlossen, die auch die Opposition begrüßt.\n",
                          {});
  CHECK(r.byline == "Stefan Lang");
  r = Unwrap("Por Luis Del Castillo\n\nEl Gobierno presentó el lunes las cifras, que fueron más altas de lo previsto "
             "por los analistas y también por el mercado.\n",
             {});
  CHECK(r.byline == "Luis Del Castillo");
  // A teaser before the byline.
  r = Unwrap("Die Regierung legt neue Zahlen vor, die höher sind als erwartet und die Opposition auf den Plan "
             "rufen.\n\nVon Anna Schmidt\n\nBERLIN - Die Zahl stieg nach Angaben des Ministeriums um fünf Prozent, "
             "wie aus dem Bericht hervorgeht, der am Montag vorgelegt wurde und auch die Länder betrifft.\n",
             {});
  CHECK(r.byline == "Anna Schmidt");
  // Danish writes "for" and "have": no English evidence.
  r = Unwrap("Af Lars Nielsen\n\nRegeringen vil have flere penge til forsvaret, og det er ikke for sent, siger "
             "ministeren, som har fremlagt planen for Folketinget.\n",
             {});
  CHECK(r.byline == "Lars Nielsen");
  // A place alone before ".-" is a dateline; a speaker's label alone on its line is none.
  r = Unwrap("MADRID.- El Gobierno presentó el lunes nuevas cifras, mucho más altas de lo previsto por los "
             "analistas.\n",
             {});
  CHECK(r.dateline == "MADRID.");
  r = Unwrap("INTERVIEWER (Reuters):\n\nHow do you see the economy developing over the next year, minister?\n", {});
  CHECK(r.dateline.empty());
  CHECK(r.blocks.size() == 2);
}

TEST_CASE("words in quotation marks are the speaker's language, not the story's", "[normalizers]") {
  UnwrapResult r = Unwrap(
      "Von Der Leyen Urges Calm\n\n\"Wir werden das nicht akzeptieren, und die Kommission ist auf dem Weg,\" she "
      "said on Monday in Brussels, where the leaders met to discuss the plan.\n\nThe talks will go on, officials "
      "said.\n",
      {});
  CHECK(r.byline.empty());
}

TEST_CASE("a short agency name is a credit only as a dateline's agency over a story in its language", "[normalizers]") {
  const std::string norsk =
      " Regjeringen vil øke skattene for de rikeste, og det er ikke klart om Stortinget sier ja til forslaget.\n\n"
      "Finansministeren sier til NTB at forslaget har bred støtte, men opposisjonen vil stemme mot det.\n";
  UnwrapResult r = Unwrap("OSLO (NTB) -" + norsk, {});
  CHECK(r.dateline == "OSLO");
  CHECK(r.credit == "NTB");
  // Set as a paragraph of its own.
  r = Unwrap("OSLO (NTB) -\n\n" + norsk.substr(1), {});
  CHECK(r.dateline == "OSLO");
  CHECK(r.credit == "NTB");
  r = Unwrap("WARSZAWA (PAP) - Rząd przyjął projekt ustawy, który według ministra finansów nie zmieni podatków, "
             "ale jest także zapowiedzią reformy, która już została przygotowana.\n",
             {});
  CHECK(r.credit == "PAP");
  // A date in the agency's language; a short lede whose function words open its sentences.
  r = Unwrap("WARSZAWA, 5 marca (PAP) - Rząd przyjął w czwartek projekt ustawy o budowie dróg w Polsce.\n", {});
  CHECK(r.dateline == "WARSZAWA, 5 marca");
  CHECK(r.credit == "PAP");
  r = Unwrap("DEN HAAG (ANP) - Het kabinet wil volgend jaar meer geld uitgeven aan defensie. Dat heeft de premier gezegd.\n", {});
  CHECK(r.credit == "ANP");
  // A reporter's outlet in a Spanish transcript is no dateline: ".-" after a short name needs a date.
  r = Unwrap("PERIODISTA (ANDINA).- Buenos días, ministro. ¿Cuándo se va a aprobar el plan para las regiones del sur?\n", {});
  CHECK(r.credit.empty());
  CHECK(r.dateline.empty());
  r = Unwrap("LIMA, 3 jun (ANDINA).- El Gobierno anunció este lunes un nuevo plan de inversión en carreteras para el sur.\n", {});
  CHECK(r.credit == "Andina");
  std::string lang;
  CHECK(DatelineAgency("(ANDINA)", &lang) == "Andina");
  CHECK(lang == "es");
  // Over a story in another language the bracket is a province's, a party's, a ministry's.
  const std::string english =
      " The ruling party said on Monday that it would field new candidates in the coming general election.\n\n"
      "The second paragraph goes on with more detail about the decision and what it means.\n";
  CHECK(Unwrap("SINGAPORE (PAP) -" + english, {}).credit.empty());
  CHECK(Unwrap("SINGAPORE (MTI) -" + english, {}).credit.empty());
  CHECK(Unwrap("MATARAM (NTB) - Pemerintah Provinsi Nusa Tenggara Barat menyatakan bahwa jalan baru akan dibuka "
               "bulan depan untuk warga.\n",
               {})
            .credit.empty());
  // A speaker's label: a colon, or a party in another language's transcript, keeps its text.
  CHECK(Unwrap("LEE HSIEN LOONG (PAP): We will continue to keep our reserves safe for future generations.\n", {}).credit.empty());
  r = Unwrap("JORGE DEL CASTILLO (PAP).- Señor presidente, la bancada votará en contra de esta moción porque no respeta "
             "la Constitución.\n",
             {});
  CHECK(r.credit.empty());
  CHECK(r.dateline.empty());
  // Anywhere else the short name is nobody's credit.
  CHECK(MatchCreditLine("(PAP)").kind == CreditKind::kNone);
  CHECK(WireAgencyIn("Anna Svensson/TT").empty());
}

TEST_CASE("a dateline in title case is read when it names a wire agency", "[normalizers]") {
  const std::string lede = " The central bank held its main rate on Thursday, as most economists had expected.\n";
  UnwrapResult r = Unwrap("London (Reuters) -" + lede, {});
  CHECK(r.dateline == "London");
  CHECK(r.credit == "Reuters");
  REQUIRE(r.blocks.size() == 1);
  CHECK(r.blocks[0].text.starts_with("The central bank"));
  r = Unwrap("Washington, Aug 28 (Reuters) --" + lede, {});
  CHECK(r.dateline == "Washington, Aug 28");
  r = Unwrap("Springfield, Ill. (AP) -" + lede, {});
  CHECK(r.dateline == "Springfield, Ill.");
  CHECK(r.credit == "AP");
  r = Unwrap("Grand Rapids, Mich. (AP) -" + lede, {});
  CHECK(r.dateline == "Grand Rapids, Mich.");
  // Two or three words that name a place by their form, before a state or country in full.
  r = Unwrap("Cedar Rapids, Iowa (AP) -" + lede, {});
  CHECK(r.dateline == "Cedar Rapids, Iowa");
  CHECK(r.credit == "AP");
  r = Unwrap("Fort Worth, Texas (AP) -" + lede, {});
  CHECK(r.dateline == "Fort Worth, Texas");
  r = Unwrap("Salt Lake City, Utah (AP) -" + lede, {});
  CHECK(r.dateline == "Salt Lake City, Utah");
  r = Unwrap("São Paulo (Reuters) -" + lede, {});
  CHECK(r.dateline == "São Paulo");
  // A story from two cities: places joined by a slash, each a known one in title case, before an
  // agency's bracket in capitals.
  r = Unwrap("Berlin/Moskau (dpa) - Die Regierung hat am Dienstag neue Sanktionen gegen mehrere Firmen beschlossen.\n", {});
  CHECK(r.dateline == "Berlin/Moskau");
  CHECK(r.credit == "dpa");
  r = Unwrap("NEW YORK/LONDON (Reuters) -" + lede, {});
  CHECK(r.dateline == "NEW YORK/LONDON");
  CHECK(r.credit == "Reuters");
  r = Unwrap("BRUSSELS/LONDON, Aug 28 (Reuters) -" + lede, {});
  CHECK(r.dateline == "BRUSSELS/LONDON, Aug 28");
  r = Unwrap("SAN FRANCISCO/NEW YORK/LONDON (Reuters) -" + lede, {});
  CHECK(r.dateline == "SAN FRANCISCO/NEW YORK/LONDON");
  // Each part a known place, one a city at least, before a wire's bracket: no label, topic or
  // pair of countries.
  for (const char* head : {"Berlin/Pankow (dpa) -", "REFILE/UPDATE (Reuters) -", "HIV/AIDS (Reuters) -",
                           "EUR/USD (Reuters) -", "COVID/FLU (CDC) -", "India/Pakistan (Reuters) -",
                           "GEORGIA/FLORIDA (AP) -"})
    CHECK(Unwrap(head + lede, {}).dateline.empty());
  CHECK(Unwrap("TV/RADIO: Tonight the best shows include a drama about a family in crisis and a quiz.\n", {})
            .dateline.empty());  // (no agency: a label)
  // Two wires that shared the story, each whole; the first is the credit.
  r = Unwrap("Kiew/Moskau (dpa/AFP) - Die Gespräche über eine Waffenruhe sollen in der kommenden Woche weitergehen.\n", {});
  CHECK(r.dateline == "Kiew/Moskau");
  CHECK(r.credit == "dpa");
  r = Unwrap("PARIS (AFP/Reuters) -" + lede, {});
  CHECK(r.dateline == "PARIS");
  CHECK(r.credit == "AFP");
  // A photo's credit is no wire's: the paragraph stays whole.
  r = Unwrap("PARIS (AP Photo/Jane Doe) -" + lede, {});
  CHECK(r.dateline.empty());
  CHECK(r.credit.empty());
  // A wire's short name in small letters, in a dateline's bracket.
  r = Unwrap("WASHINGTON (ap) -" + lede, {});
  CHECK(r.dateline == "WASHINGTON");
  CHECK(r.credit == "AP");
  r = Unwrap("Berlin (afp) - Die Regierung hat am Dienstag neue Sanktionen gegen mehrere Firmen beschlossen.\n", {});
  CHECK(r.dateline == "Berlin");
  CHECK(r.credit == "AFP");
  r = Unwrap("Paris (afp/dpa) - Le gouvernement a annoncé mardi de nouvelles mesures pour les agriculteurs.\n", {});
  CHECK(r.credit == "AFP");  // (the first wire, in small letters too)
  // Not a word or initials in small letters ("uni", "pa").
  CHECK(Unwrap("Hamburg (uni) - The minister said the new rules would take effect next year.\n", {}).credit.empty());
  r = Unwrap("Москва (ТАСС) - Правительство России во вторник заявило о новых мерах поддержки.\n", {});
  CHECK(r.dateline == "Москва");
  CHECK(r.credit == "TASS");
  r = Unwrap("Rio de Janeiro, 3 jun (EFE).- El Gobierno anunció este lunes un nuevo plan de inversión para el estado.\n", {});
  CHECK(r.dateline == "Rio de Janeiro, 3 jun");
  CHECK(r.credit == "EFE");
  // Set as a paragraph of its own.
  r = Unwrap("New York (AP) -\n\n" + lede.substr(1), {});
  CHECK(r.dateline == "New York");
  CHECK(r.credit == "AP");
  // Not after the story's lede (two long paragraphs): a roundup's later item.
  r = Unwrap("Markets in Asia and Europe moved in opposite directions on Tuesday, traders and analysts said.\n\n"
             "The moves came as investors weighed the outlook for interest rates in the United States.\n\n"
             "Tokyo (Reuters) - Japanese stocks fell for a third day as exporters slid on the stronger yen.\n",
             {});
  CHECK(r.dateline.empty());
  // A short name over a story in its language, as in capitals.
  r = Unwrap("Oslo (NTB) - Regjeringen vil øke skattene for de rikeste, og det er ikke klart om Stortinget sier ja.\n", {});
  CHECK(r.credit == "NTB");
  CHECK(Unwrap("Mataram (NTB) - Pemerintah Provinsi Nusa Tenggara Barat menyatakan bahwa jalan baru akan dibuka.\n", {})
            .dateline.empty());
  // A bracket that names no wire, a label, a colon, a short rest: the text stays as it is.
  for (const char* text : {"Apple (AAPL) - The company said sales rose in the quarter to a record high.\n",
                           "Update (Reuters) - The central bank held its main rate on Thursday, the bank said.\n",
                           "London (Reuters): The central bank held its main rate on Thursday, the bank said.\n",
                           "Photo (AP) - Crowds gather.\n", "Elon Musk (Reuters) - The company said sales rose in the quarter to a record high.\n",
                           "Novak Djokovic, Serbia (AP) - The world No. 1 won his 24th major title on Sunday.\n",
                           "Caitlin Clark, Iowa (AP) - The guard scored 30 points on Sunday as the Hawkeyes won.\n",
                           "Business, Oct 5 (Reuters) - Stocks rose on Friday as investors cheered the jobs report.\n",
                           "Thu, Oct 5 (Reuters) - Oil prices rose on Thursday as supplies tightened again.\n",
                           "San Antonio Spurs, Texas (AP) - Victor Wembanyama scored 30 points on Sunday night.\n",
                           "Grand Jury, Texas (AP) - A grand jury declined to indict the officer on Monday.\n",
                           "Medical Center, Texas (AP) - Doctors said on Monday the patient was in stable condition.\n",
                           "Manchester City, England (AP) - The champions won again on Saturday at home.\n",
                           "Tom Ridge, Pennsylvania (AP) - The former governor said on Monday he would endorse her.\n",
                           "By Jane Doe, Washington (Reuters) - The Senate voted on Tuesday to approve the bill.\n",
                           "Monday, March 3 (AP) - The Senate voted to confirm the nominee on Monday.\n",
                           "Heavy Rain (AFP via Getty Images) - Streets were flooded across the city on Monday.\n",
                           "Sen. John Fetterman (D-PA) - voted against the bill on Tuesday, calling it a giveaway.\n", "London - The central bank held its main rate on Thursday.\n"}) {
    r = Unwrap(text, {});
    CHECK(r.dateline.empty());
    CHECK(r.credit.empty());
  }
}

TEST_CASE("a list's lines keep their own paragraphs in wrapped copy, as does the line after a header", "[normalizers]") {
  std::string wire =
      "Japan's exports fell 2.7% in October from a year earlier as shipments\n"
      "of cars to the United States slowed, the finance ministry said on\n"
      "Wednesday, a third straight monthly fall.\n"
      "Key figures:\n"
      "- Exports: 9.03 trillion yen, down 2.7%\n"
      "- Imports: 9.5 trillion yen, up 1.1%\n"
      "* Balance: deficit of 470 billion yen\n";
  UnwrapResult r = Unwrap(wire, {});
  REQUIRE(r.blocks.size() == 5);
  CHECK(r.blocks[1].text == "Key figures:");
  CHECK(r.blocks[2].text == "- Exports: 9.03 trillion yen, down 2.7%");
  CHECK(r.blocks[3].text == "- Imports: 9.5 trillion yen, up 1.1%");
  CHECK(r.blocks[0].text.find("shipments of cars") != std::string::npos);  // (wrapped prose still joins)
}

TEST_CASE("review 59b: a dash that goes on with a wrapped sentence, and a quote after a colon, are no list", "[normalizers]") {
  std::string wire =
      "British retail sales rose 5% in January from a year earlier\n"
      "- the strongest start to a year since 2021 - the British Retail\n"
      "Consortium said on Tuesday, as shoppers returned after a weak\n"
      "December. Chief executive Helen Dickinson said:\n"
      "\"We expect sales to grow by around 2% this year, and we will keep\n"
      "watching costs closely.\"\n";
  UnwrapResult r = Unwrap(wire, {});
  REQUIRE(r.was_wrapped);
  CHECK(r.blocks[0].text.find("a year earlier - the strongest start") != std::string::npos);
  bool quote_joined = false;
  for (const auto& b : r.blocks) quote_joined = quote_joined || b.text.find("said: \"We expect") != std::string::npos;
  CHECK(quote_joined);
}
