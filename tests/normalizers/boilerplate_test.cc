#include <catch2/catch.hpp>

#include "normalizers/boilerplate.h"
#include "normalizers/normalize.h"
#include "normalizers/repeats.h"

using namespace copydesk::normalizers;

TEST_CASE("page furniture is removed with a reason, short real paragraphs stay", "[normalizers]") {
  std::vector<Block> b = {
      {"Skip to content"},
      {"Salmon exports rose 12% in the first quarter, the council said."},
      {"ALSO SEE: Fish Farms Face New Tax"},
      {"\"We are worried,\" she said."},
      {"Sign in to read the rest. Start your free trial today."},
      {"Related stories"},
      {"Cod Quotas Cut Again"},
      {"Why Prices Keep Rising"},
      {"Ann Poe"},
      {"Ann Poe is a Norwegian journalist based in Bergen since 2010."},
      {"Leave a Comment"},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0] == "navigation");
  CHECK(why[1].empty());
  CHECK(why[2] == "link-list");
  CHECK(why[3].empty());  // a one-sentence quote is the story
  CHECK(why[4] == "paywall");
  CHECK(why[5] == "link-list");
  CHECK(why[6] == "link-list");
  CHECK(why[7] == "link-list");
  CHECK(why[8] == "author-bio");
  CHECK(why[9] == "author-bio");
  CHECK(why[10] == "navigation");
}

TEST_CASE("bounded page-furniture patterns hold their bounds on long lines", "[normalizers]") {
  // The sets are compiled with their bounded runs unbounded; a block longer than a bound is
  // checked against the pattern's own alternative (normalizers/boilerplate.cc, LooseSet).
  const std::string sixty(60, 'x'), sixty_one(61, 'x');
  std::vector<Block> b = {
      {"Click here " + sixty.substr(0, 50)},                       // .{0,60}: within
      {"Click here" + sixty_one + " and more words follow here."},  // past 60: no navigation
      {"Copyright 2019 The Example Post Company. All rights reserved worldwide."},
      {"Copyright " + std::string(81, 'y')},                      // past .{0,80}
      {"Tags: fish, farms, salmon, quotas, Norway, exports, prices, the council, policy"},
      {"Photo: Ann Poe for The Example Post, taken on the quay in Bergen on Monday morning"},
      {"Photo: " + std::string(82, 'z')},                          // past \S.{0,80}
      {"A long paragraph of the story goes on here about salmon exports and the quotas set by the "
       "council, which said prices would rise again next year as they did in this one."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0] == "navigation");
  CHECK(why[1].empty());
  CHECK(why[2] == "navigation");
  CHECK(why[3].empty());
  CHECK(why[4] == "navigation");
  CHECK(why[5] == "caption");
  CHECK(why[6].empty());
  CHECK(why[7].empty());
}

TEST_CASE("a repeated block of paragraphs is kept once", "[normalizers]") {
  std::vector<std::string> keys = {
      "trade fell eight percent this year say officials", "a subhead",
      "exports rose in march to a record high level", "trade fell eight percent this year say officials",
      "a subhead", "exports rose in march to a record high level", "no."};
  auto dup = FindRepeatedBlocks(keys, {});
  CHECK(dup == std::vector<bool>{false, false, false, true, true, true, false});
}

TEST_CASE("a long run of short repeats before a long repeat is dropped whole, in one pass", "[normalizers]") {
  std::vector<std::string> keys;
  const size_t lines = 20000;
  for (size_t i = 0; i < lines; ++i) keys.push_back("line " + std::to_string(i));
  keys.push_back("the long paragraph that the scraper repeated at the end");
  keys.push_back("a lone short line");
  for (size_t i = 0; i < lines; ++i) keys.push_back("line " + std::to_string(i));
  keys.push_back("the long paragraph that the scraper repeated at the end");
  keys.push_back("a new line");
  keys.push_back("a lone short line");  // a short repeat away from any long one stays
  auto dup = FindRepeatedBlocks(keys, {});
  size_t dropped = 0;
  for (bool d : dup) dropped += d;
  CHECK(dropped == lines + 1);
  CHECK(dup[2 * lines + 2]);
  CHECK_FALSE(dup[2 * lines + 3]);
  CHECK_FALSE(dup[2 * lines + 4]);
}

TEST_CASE("a page keeps the blocks its DOM repeats; scraped text loses its repeated run", "[normalizers]") {
  auto norm = Normalizer::Create({}).value();
  std::string row = "Portion: one cup of rice, two eggs and a spoon of oil for the pan";
  copydesk::corpus::Article page;
  page.id = "page";
  page.format = copydesk::corpus::Format::kHtml;
  page.raw = "<html><body><article><h2>Monday meals plan</h2><p>" + row + "</p><h2>Tuesday meals plan</h2><p>" + row +
             "</p><p>Each day ends with a walk of thirty minutes, the dietitian said in her weekly notes.</p></article></body></html>";
  copydesk::corpus::Article text;
  text.id = "text";
  text.raw = row + ".\n\nTuesday meals plan.\n\n" + row + ".\n\nThe end of the story comes here, the reporter wrote.";
  auto docs = norm->NormalizeAll({page, text}, 1);
  size_t in_page = 0, in_text = 0;
  for (const auto& p : docs[0].article.paragraphs) in_page += p.rfind("Portion:", 0) == 0;
  for (const auto& p : docs[1].article.paragraphs) in_text += p.rfind("Portion:", 0) == 0;
  CHECK(in_page == 2);
  CHECK(in_text == 1);
}

TEST_CASE("prompts, date and byline lines, other-story headings, bios and credits go; story lines stay", "[normalizers]") {
  std::vector<Block> b = {
      {"Nov 18, 2026 at 9:24 pm ET \xE2\x80\xA2 2 min read"},
      {"By Ann Lee on Monday, November 16th, 2026 at 11:04 a.m."},
      {"| November 18, 2026 12:01 PM"},
      {"On March 3, 2026 the council voted to close the old library for good."},
      {"The harbour took 15 ships on 12/03 and 22 on 13/03, the log shows."},
      {"15"},
      {"Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings."},
      {"We use cookies to improve your experience. By browsing this website, you agree to our use of cookies."},
      {"If you enjoyed this article, we have a proposition for you: join our members."},
      {"The charity asked readers to sign up for a free first-aid class, and 300 did."},
      {"A crane lifts the first container onto the quay. (Example Agency/Photo Desk)"},
      {"More Great Example Stories"},
      {"Don't miss"},
      {"Harbour dues rose again this year, the port said on Friday in a statement."},
      {"Jane Roe joined the Example Gazette in 2019 and covers ports and shipping."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0] == "date-line");
  CHECK(why[1] == "date-line");
  CHECK(why[2] == "date-line");
  CHECK(why[3].empty());
  CHECK(why[4].empty());
  CHECK(why[5].empty());  // a table cell's number is no date
  CHECK(why[6] == "prompt");
  CHECK(why[7] == "prompt");
  CHECK(why[8] == "prompt");
  CHECK(why[9].empty());
  CHECK(why[10] == "caption");
  CHECK(why[11] == "link-list");
  CHECK(why[12] == "link-list");
  CHECK(why[14] == "author-bio");
}

TEST_CASE("a prompt's verbs inside a story sentence are the story", "[normalizers]") {
  std::vector<Block> b = {
      {"Millions subscribe to the service every month, the company said."},
      {"Farmers share this view, the minister said at the fair."},
      {"Register of deeds data show 40 sales in May."},
      {"Readers who join us at the fair get a map, the organisers said."},
      {"SUBSCRIBE"},
      {"Join us for the debate tonight"},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0].empty());
  CHECK(why[1].empty());
  CHECK(why[2].empty());
  CHECK(why[3].empty());
  CHECK(why[4] == "prompt");
  CHECK(why[5] == "prompt");
}

TEST_CASE("share-widget and reprint labels are navigation", "[normalizers]") {
  std::vector<Block> b = {{"Like this:"}, {"Like Loading..."}, {"Sharing is caring!"}, {"Order Reprints"},
                          {"Print Article"}, {"written by Ann Poe"}, {"By"},
                          {"Written by hand, the letters reached the port in May."}};
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i + 1 < b.size(); ++i) CHECK(why[i] == "navigation");
  CHECK(why.back().empty());
}

TEST_CASE("newsletter, app, follow, letters, paywall and disclosure prompts go; story lines with their words stay", "[normalizers]") {
  std::vector<Block> b = {{"Stay up-to-date on our work."},
                          {"Receive our monthly newsletter"},
                          {"Never miss the latest news by signing up to our newsletter."},
                          {"For the latest stories and breaking news updates download the Harbour Daily apps for iOS."},
                          {"Follow The Harbour Daily on Twitter and Instagram @harbourdaily"},
                          {"To view the full story, please subscribe to The Harbour Daily."},
                          {"We want to hear what you think about this article. Submit a letter to the editor."},
                          {"If you enjoyed reading this post, share it with a friend."},
                          {"This post contains references to products from our partners."},
                          {"Advertising disclosure: we may receive compensation from the companies we review."},
                          // The story's own lines with the same words.
                          {"Residents were told to download the port authority's app to follow the works."},
                          {"Dockers said they would stay informed about the plan through their union."},
                          {"The council will follow the board's advice on the quay, the mayor said."}};
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i < 10; ++i) CHECK(why[i] == "prompt");
  for (size_t i = 10; i < b.size(); ++i) CHECK(why[i].empty());
}

TEST_CASE("page furniture in German, French, Spanish, Italian, Portuguese, Dutch and Polish goes too", "[normalizers]") {
  // Each language's "share", "read more", "advertisement", "all rights reserved", tag lines and
  // other-story headings (a list of headlines follows them); story lines with the same words stay.
  std::vector<Block> nav = {{"Teilen"}, {"Gef\xC3\xA4llt mir"}, {"- Anzeige -"}, {"Zum Newsletter anmelden"},
                            {"Themen: Wirtschaft, Hafen"}, {"Lire la suite"}, {"Tous droits r\xC3\xA9serv\xC3\xA9s."},
                            {"Compartir"}, {"Publicidad"}, {"Leggi tutto"}, {"Leia mais"}, {"Lees meer"},
                            {"Wszelkie prawa zastrze\xC5\xBC" "one"}, {"Kommentare schreiben"}, {"Keine Kommentare"},
                            {"Jetzt teilen!"}, {"Aucun commentaire"}};
  auto why = ClassifyBoilerplate(nav, nullptr, "", {});
  for (size_t i = 0; i < nav.size(); ++i) CHECK(why[i] == "navigation");
  std::vector<Block> list = {{"\xC3\x84hnliche Beitr\xC3\xA4ge"}, {"Hafen meldet Rekord beim Umschlag"},
                             {"Neue Kr\xC3\xA4ne f\xC3\xBCr das Terminal"}};
  auto why_list = ClassifyBoilerplate(list, nullptr, "", {});
  CHECK(why_list[0] == "link-list");
  for (const char* heading : {"Articles similaires", "Noticias relacionadas", "Articoli correlati", "Leia tamb\xC3\xA9m",
                              "Meest gelezen", "Podobne artyku\xC5\x82y", "Das k\xC3\xB6nnte Sie auch interessieren:"}) {
    std::vector<Block> h = {{heading}, {"Hafen meldet Rekord beim Umschlag"}, {"Neue Kr\xC3\xA4ne f\xC3\xBCr das Terminal"}};
    CHECK(ClassifyBoilerplate(h, nullptr, "", {})[0] == "link-list");
  }
  std::vector<Block> prompts = {{"Kostenlos registrieren und weiterlesen"},
                                {"*Werbung. Dieser Beitrag enth\xC3\xA4lt Werbung f\xC3\xBCr eine Reederei."},
                                {"Hazte miembro y disfruta de beneficios exclusivos"},
                                {"Abonnez-vous \xC3\xA0 notre newsletter pour suivre le port."}};
  for (const auto& w : ClassifyBoilerplate(prompts, nullptr, "", {})) CHECK(w == "prompt");
  std::vector<Block> story = {{"Die Reederei will die Anzeige gegen den Hafen teilen, sagte ein Sprecher am Dienstag."},
                              {"Le port a publi\xC3\xA9 ses chiffres, tous droits r\xC3\xA9serv\xC3\xA9s selon la loi, mardi."}};
  for (const auto& w : ClassifyBoilerplate(story, nullptr, "", {})) CHECK(w.empty());
}

TEST_CASE("a short line in most articles of a source is site boilerplate, counted once an article", "[normalizers]") {
  BoilerplateOptions o;
  auto article = [](int k) {
    std::vector<Block> b = {{"The Daily Example | News for the valley"},
                            {"Story number " + std::to_string(k) + " tells how the council voted on Monday."},
                            {"The Daily Example | News for the valley"}};  // twice in one article: counted once
    if (k % 2 == 0) b.push_back({"Weather desk"});
    return b;
  };
  // By whole articles, and in two halves (keys made apart, then counted in order): the same counts.
  LineStats whole, halves;
  for (int k = 0; k < 5; ++k) {
    whole.AddArticle("example.org", article(k), o);
    halves.AddKeys("example.org", LineStats::ArticleKeys("example.org", article(k), o));
  }
  CHECK(LineStats::ArticleKeys("example.org", article(0), o).size() == 3);  // every short line, once
  CHECK(LineStats::ArticleKeys("", article(0), o).empty());
  for (const LineStats* s : {&whole, &halves}) {
    CHECK(s->IsSiteLine("example.org", "The Daily Example | News for the valley", o));
    CHECK(s->IsSiteLine("example.org", "Weather desk", o));  // 3 of 5 articles: at least 3 and 30%
    CHECK_FALSE(s->IsSiteLine("example.org", "Story number 1 tells how the council voted on Monday.", o));
    CHECK_FALSE(s->IsSiteLine("other.org", "Weather desk", o));
    // With the word count known: the same answers.
    CHECK(s->IsSiteLine("example.org", "Weather desk", 2, o));
    CHECK_FALSE(s->IsSiteLine("example.org", "Weather desk", 41, o));
  }
  auto why = ClassifyBoilerplate(article(2), &halves, "example.org", o);
  CHECK(why[0] == "site-boilerplate");
  CHECK(why[1].empty());
  CHECK(why[3] == "site-boilerplate");
}

TEST_CASE("account and form messages, relative times and photo copyrights go; story lines stay", "[normalizers]") {
  std::vector<Block> b = {
      {"Your account has been deleted! You can restore it within 30 days from the link we sent you."},
      {"An error has occurred, please try again later."},
      {"Thank you for subscribing to our morning briefing."},
      {"This article has been sent to"},
      {"Updated an hour ago"},
      {"Published 5 mins ago"},
      {"To Read the Full Story"},
      {"\xC2\xA9 AFP / POOL"},
      {"Subscribe to the Gazette and stay smart with more of our writers."},
      {"Let our news meet your inbox. The news and stories that matter, delivered weekday mornings."},
      {"Ann Poe's book about harbours is out now. Follow her on Twitter @annpoe. Follow us on Facebook."},
      {"Your account holders will see the new fees in May, the bank said."},
      {"An error occurred in the ship's steering, the inquiry found on Tuesday."},
      {"Thank you for the flowers, she told the crew as she left the quay."},
      {"Five hours ago the first ship docked at the new quay, the port said."},
      {"\xC2\xA9 2026 Reuters"},
      {"Readers who subscribe to the paper get the map, and the news is delivered daily by boat, it said."},
      {"She asked fans to follow her to the harbour on Monday."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0] == "prompt");
  CHECK(why[1] == "prompt");
  CHECK(why[2] == "prompt");
  CHECK(why[3] == "prompt");
  CHECK(why[4] == "date-line");
  CHECK(why[5] == "date-line");
  CHECK(why[6] == "navigation");
  CHECK_FALSE(why[7].empty());  // a picture's credit, not the story's
  CHECK(why[8] == "prompt");
  CHECK(why[9] == "prompt");
  CHECK(why[10] == "prompt");
  for (size_t i = 11; i < b.size(); ++i) {
    INFO(b[i].text);
    CHECK(why[i].empty());
  }
}

TEST_CASE("after a list heading, bullets and question headlines are the list's items", "[normalizers]") {
  std::vector<Block> b = {
      {"Harbour dues rose again this year, the port said on Friday in a statement to its members."},
      {"More Great Example Stories"},
      {"Could a ship sail the harbour without a pilot?", BlockKind::kBullet},
      {"\xF0\x9F\x93\xB1 Torn between two ferries? Check out our guide to the harbour's boats", BlockKind::kBullet},
      {"The harbour authority said on Friday that dues would rise again next year, by 3%, to pay for dredging."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0].empty());
  CHECK(why[1] == "link-list");
  CHECK(why[2] == "link-list");
  CHECK(why[3] == "link-list");
  CHECK(why[4].empty());
}

TEST_CASE("the anywhere-patterns' prefilter finds what the patterns alone find", "[normalizers]") {
  // Every entry of the set has a string of 5 bytes its matches hold: the prefilter is on.
  CHECK(AnywherePrefiltered());
  // Blocks of every kind: story sentences, and each pattern's phrases in other cases, at the
  // start, inside and at the end of sentences, cut short, and with the Kelvin sign and long s
  // (which case-insensitive patterns read as k and s).
  const std::vector<std::string> phrases = {
      "Subscribe now", "please donate today", "Sign up for free", "REGISTER and get", "Join us", "join",
      "Subscribe to our newsletter", "sign up for our daily briefing", "We use cookies", "cookie policy",
      "By continuing to use this site", "privacy policy has been updated", "delivered to your inbox",
      "Breaking news alerts", "Become a member", "Make a donation today", "Support independent journalism",
      "turn off your adblocker", "Share this", "Follow us on", "follow her on Instagram",
      "Your account has been", "An error occurred.", "Something went wrong", "Thank you for subscribing",
      "This article was shared", "You have successfully subscribed", "Try full access", "unlock unlimited",
      "Already a subscriber?", "sign in to continue", "Start your free trial", "is for subscribers",
      "Subscription required", "Photo: Jane Doe", "photos: AP", "Getty Images", "via Getty",
      "Shutterstock", "AP Photo/John Doe", "Reuters/Staff", "AFP via Getty", "Image by Ann Lee",
      "(Photo copyright BBC)", "photos © Ann", "\xC2\xA9 2024 Ann Lee", "(Jane Doe/Reuters)",
      "(Jane Doe / AFP).", "News, delivered daily", "headlines - delivered every morning",
      "for personal, non-commercial use", "update your browser to a modern browser",
      "\xC5\xBFubscribe now", "Plea\xC5\xBF" "e donate", "\xC5\xBFign up for our newsletter",
      "Shutter\xC5\xBFtoc\xE2\x84\xAA", "Subscribe", "Donate!", "subscriber", "subscribed to it"};
  const std::vector<std::string> frames = {"%", "% and more.", "The council said on Monday: %",
                                           "Prices rose 3% as % went on", "%)", "(%"};
  std::vector<std::string> blocks = {"", "The port reopened on Monday after a week of strikes.",
                                     "Salmon exports rose 12% in the first quarter, the council said.",
                                     "\"We are worried,\" she said.", "(Reuters)", ")", "Please."};
  for (const std::string& p : phrases) {
    for (const std::string& f : frames) {
      std::string b = f;
      b.replace(b.find('%'), 1, p);
      blocks.push_back(b);
      std::string upper = b, lower = b;
      for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      blocks.push_back(upper);
      blocks.push_back(lower);
      blocks.push_back(b.substr(0, b.size() / 2));
    }
  }
  size_t found = 0;
  for (const std::string& b : blocks) {
    INFO(b);
    const unsigned bits = AnywherePatternBits(b);
    CHECK(bits == AnywherePatternBits(b, /*reference=*/true));
    found += bits != 0;
  }
  CHECK(found > blocks.size() / 3);  // the phrases do match: the comparison tests something
}

TEST_CASE("a heading or a colon line left last introduces what was cut and goes with it", "[normalizers]") {
  using K = BlockKind;
  std::vector<Block> b = {
      {"Harbour fees: what changes", K::kHeading},
      {"The port will raise its fees by 4% from March, the authority said on Monday."},
      {"The rise follows two years of flat charges.", K::kBody},
      {"The harbour map to keep:", K::kBody},
      {"Sign in to read the rest. Start your free trial today."},
      {"Our picks today", K::kHeading},
      {"(Reporting by Ann Poe; Editing by Tom Lee)"},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0].empty());  // the first block kept stays, heading or not
  CHECK(why[1].empty());
  CHECK(why[2].empty());
  CHECK(why[3] == "lead-in");
  CHECK(why[5] == "lead-in");
  CHECK(why[6].empty());  // a credit line is kept, and passed over

  std::vector<Block> quote = {
      {"The port will raise its fees by 4% from March, the authority said on Monday."},
      {"Nobody asked us. We will pay anyway.", K::kHeading},  // a pull quote ends a sentence
  };
  CHECK(ClassifyBoilerplate(quote, nullptr, "", {})[1].empty());
  std::vector<Block> list = {
      {"The port will raise its fees by 4% from March, the authority said on Monday."},
      {"The new charges are:"},
      {"cargo ships: 4% more", K::kBullet},  // a list kept after its lead-in: both stay
  };
  CHECK(ClassifyBoilerplate(list, nullptr, "", {})[1].empty());
  std::vector<Block> alone = {{"Results:", K::kHeading}};
  CHECK(ClassifyBoilerplate(alone, nullptr, "", {})[0].empty());
}

TEST_CASE("date lines in other languages go; sentences with dates in them stay", "[normalizers]") {
  std::vector<Block> b = {
      {"Veröffentlicht am 2. Februar 2022 um 10:15 Uhr"},
      {"Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02"},
      {"Publié le 3 mars 2021 à 14h30"},
      {"opublikowano: 2021-04-29 17:13"},
      {"Actualizado el 5 de mayo de 2023"},
      {"Am 2. Februar 2022 hat der Stadtrat die neuen Gebühren beschlossen."},
      {"Le 3 mars 2021, le port a rouvert ses quais aux navires de croisière."},
      {"Il 19 febbraio 2020 il consiglio ha approvato il bilancio del porto."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i < 5; ++i) CHECK(why[i] == "date-line");
  for (size_t i = 5; i < b.size(); ++i) CHECK(why[i].empty());
}

TEST_CASE("reading-time lines go; a sentence about minutes stays", "[normalizers]") {
  std::vector<Block> b = {
      {"4 Min Read"},
      {"Lesezeit: ca. 3 Minuten"},
      {"Tempo di lettura:  3 minuti"},
      {"8 minutos de lectura"},
      {"Estimated reading time: 6 minutes"},
      {"von Ann Poe Lesezeit: 4 Min."},
      {"The ferry crossing takes 40 minutes, and a read of the timetable shows why."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i + 1 < b.size(); ++i) CHECK(why[i] == "navigation");
  CHECK(why.back().empty());
}

TEST_CASE("photo credit lines in other languages go; a sentence ending in one stays", "[normalizers]") {
  std::vector<Block> b = {
      {"Foto: Ann Poe"},
      {"Beitragsbild: Der Hafen am Morgen, Ann Poe"},
      {"Bildquelle: Hafenamt"},
      {"Cr\xC3\xA9" "dit photo : Ann Poe"},
      {"Der Stadtrat reagierte mit Entsetzen und fordert eine schnelle Aufkl\xC3\xA4rung. (Symbolbild: Ann Poe)"},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i + 1 < b.size(); ++i) CHECK(why[i] == "caption");
  CHECK(why.back().empty());
  CHECK(AnywherePrefiltered());
}

TEST_CASE("affiliate and advertising disclosures go up to 80 words; a story's compensation stays", "[normalizers]") {
  std::string pad;
  for (int i = 0; i < 12; ++i) pad += " terms apply";  // 48 words in all
  std::vector<Block> b = {
      {"This post contains references to products from one or more of our advertisers. We may receive "
       "compensation when you click on links to those products." + pad},
      {"This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases."},
      {"The insurer said families may receive compensation of up to 5,000 euros each, and the port said "
       "it would pay the rest of the repairs by March, with the city and the region sharing what is left "
       "of the cost between them, the mayor told the council on Monday evening."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0] == "prompt");
  CHECK(why[1] == "prompt");
  CHECK(why[2].empty());
  CHECK(AnywherePrefiltered());
}

TEST_CASE("a bio names its role in capitals too", "[normalizers]") {
  std::vector<Block> b = {
      {"The port will raise its fees by 4% from March, the authority said on Monday."},
      {"The rise follows two years of flat charges, and shipping lines have protested."},
      {"Ann Poe is the Founder & Principal Consultant at Harbour Media, a public relations firm."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {})[2] == "author-bio");
}

TEST_CASE("more newsletter and app prompts, in English, German and Spanish", "[normalizers]") {
  std::vector<Block> b = {
      {"Get the latest news straight to your phone with the Harbour Daily app."},
      {"Do you want to hear about our campaigns? Sign up here"},
      {"Lust auf mehr? Melde dich hier f\xC3\xBCr unseren Newsletter an."},
      {"Lass dir die besten Geschichten jede Woche in deinen Posteingang liefern."},
      {"Puede seguirnos en Facebook o suscribirse aqu\xC3\xAD a nuestra newsletter."},
      {"The council will get the latest figures from the port in March, the mayor said."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i + 1 < b.size(); ++i) CHECK(why[i] == "prompt");
  CHECK(why.back().empty());
  CHECK(AnywherePrefiltered());
}

TEST_CASE("a line of barred items with page furniture among them is navigation", "[normalizers]") {
  std::vector<Block> b = {
      {"The port will raise its fees by 4% from March, the authority said on Monday."},
      {"Comment feed | Leave a comment | Trackback URL"},
      {"Impressum | Datenschutz | Copyright Ann Poe"},
      {"Fees | 2025 | 2026"},  // no furniture among the items
      {"The fee rises to 12 euros | the authority said | and the shipping lines said they would pay it "
       "under protest, as they have done every year since the port first raised them."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[1] == "navigation");
  CHECK(why[2] == "navigation");
  CHECK(why[3].empty());
  CHECK(why[4].empty());
}

TEST_CASE("page furniture in Indonesian, Turkish and Russian goes too", "[normalizers]") {
  std::vector<Block> b = {
      {"Iklan"},
      {"Bagikan ini:"},
      {"Reklam"},
      {"Baca juga"},
      {"Harga Minyak Naik Lagi"},
      {"\xC4\xB0lgili Haberler"},  // İlgili Haberler
      {"\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5"},  // Читайте также
      {"Pelabuhan menaikkan tarif sebesar 4% mulai Maret, kata otoritas pada hari Senin."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0] == "navigation");
  CHECK(why[1] == "navigation");
  CHECK(why[2] == "navigation");
  CHECK(why[3] == "link-list");
  CHECK(why[4] == "link-list");  // a headline under "Baca juga"
  CHECK(why[5] == "link-list");
  CHECK(why[6] == "link-list");
  CHECK(why[7].empty());
}

TEST_CASE("rating, login and permalink lines and author-box headings go", "[normalizers]") {
  std::vector<Block> b = {
      {"Was this article helpful?"},
      {"War der Artikel n\xC3\xBCtzlich?"},
      {"(Noch keine Bewertungen)"},
      {"Advertisement:"},
      {"You must be logged in to post a comment."},
      {"Sie m\xC3\xBCssen sich einloggen, um sich an einer Diskussion beteiligen zu k\xC3\xB6nnen."},
      {"This entry was posted in News. Bookmark the permalink."},
      {"Permalink https://example.com/p/123"},
      {"About the author"},
      {"Was this plan helpful to the port? The council will decide in March, the mayor said."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i + 1 < b.size(); ++i) CHECK_FALSE(why[i].empty());
  CHECK(why[4] == "prompt");
  CHECK(why.back().empty());
  CHECK(AnywherePrefiltered());
}

TEST_CASE("cookie notices, follow widgets, copyright and opinion disclaimers in other languages go", "[normalizers]") {
  std::vector<Block> b = {
      {"Um unsere Webseite optimal zu gestalten, verwenden wir Cookies. Durch die weitere Nutzung stimmen Sie zu."},
      {"Enter your email address to follow this blog and receive notifications of new posts by email."},
      {"Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen."},
      {"Les opinions exprim\xC3\xA9" "es dans les blogs n'engagent que leurs auteurs."},
      {"The views expressed in this column are those of the author."},
      {"Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials."},
      {"The bakery said it would use cookies from a new supplier, and prices would not change, the owner said."},
  };
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  for (size_t i = 0; i + 1 < b.size(); ++i) CHECK_FALSE(why[i].empty());
  CHECK(why.back().empty());
  CHECK(AnywherePrefiltered());
}

TEST_CASE("a telephone number is no numeric date", "[normalizers]") {
  std::vector<Block> b = {{"Tel. +81 158-23-2012"}, {"Stand: 03.11.2019"}, {"2019-11-03 10:15"}};
  auto why = ClassifyBoilerplate(b, nullptr, "", {});
  CHECK(why[0].empty());
  CHECK(why[1] == "date-line");
  CHECK(why[2] == "date-line");
}

TEST_CASE("a server's error message, a licence line and a suggested citation are notices; a story about them stays", "[normalizers]") {
  std::vector<Block> b = {
      {"Warning: Cannot modify header information in /var/www/site/wp-includes/pluggable.php on line 1210"},
      {"Strict Standards: Non-static method Gallery::render() should not be called statically in "
       "/www/htdocs/site/wp-content/plugins/gallery/core.php on line 52"},
      {"Ann Poe, CC-BY-SA 4.0"},
      {"Unless otherwise noted, this work is licensed under a Creative Commons Attribution 4.0 licence."},
      {"Suggested citation: Poe, Ann: The harbour in winter, Harbour Blog, 2020/4/09."},
      {"Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette."},
      {"The port's website showed a warning on Monday: its booking system was down until noon, the authority said."},
      {"Deprecated machines in the port's old crane hall will be sold, the authority said."},
      {"Photo: Jane Roe, cc by 2.0"},
      {"The ban covers motorbikes above 125 cc by 2030."},  // "cc by" alone is no licence
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) ==
        std::vector<std::string>{"notice", "notice", "notice", "notice", "notice", "prompt", "", "", "notice", ""});
  CHECK(AnywherePrefiltered());
}

TEST_CASE("a page's own headings (contents, contact, more information, sources) are navigation; the lines under them stay", "[normalizers]") {
  std::vector<Block> b = {
      {"Inhaltsverzeichnis", BlockKind::kHeading},
      {"Der Hafen erh\xC3\xB6ht seine Geb\xC3\xBChren im M\xC3\xA4rz um vier Prozent, sagte die Beh\xC3\xB6rde am Montag."},
      {"Weitere Informationen:"},
      {"Die Reedereien haben gegen die Erh\xC3\xB6hung protestiert und wollen vor Gericht ziehen."},
      {"Kontakt", BlockKind::kHeading},
      {"Table of Contents"},
      {"Quellenangaben:"},
      {"Contents of the port's warehouses were checked on Monday, the authority said."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) ==
        std::vector<std::string>{"navigation", "", "navigation", "", "navigation", "navigation", "navigation", ""});
}

TEST_CASE("a caption ending in a credit after a copyright sign, an enlarge button's caption and image toggles go; a story sentence with the sign stays", "[normalizers]") {
  std::vector<Block> b = {
      {"Ann Poe will in Peking ihren Titel verteidigen. \xC2\xA9 AFP / JOHN ROE"},
      {"Blick auf den Hafen am Morgen \xC2\xA9 Hafen GmbH / Ann Poe"},
      {"Vergr\xC3\xB6\xC3\x9F" "ern Die neue Kaimauer im Licht des Abends."},
      {"Bild anzeigen Bild schlie\xC3\x9F" "en"},
      {"The band's name, written \xC2\xA9 Harbour on its first record, was sold to a label in 1999. It kept the rights to the songs."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) == std::vector<std::string>{"caption", "caption", "caption", "navigation", ""});
  for (const auto& block : b) CHECK(AnywherePatternBits(block.text) == AnywherePatternBits(block.text, /*reference=*/true));
}

TEST_CASE("a figure's caption goes and the figure above it stays; next-article links and disclaimers go", "[normalizers]") {
  std::vector<Block> b = {
      {"plot(harbour_fees, type = \"l\", main = \"Fees by month\")"},
      {"Figure 2: Harbour fees by month since 2019."},
      {"Abbildung 4: Die Kaimauer nach dem Sturm"},
      {"Der Hafen erh\xC3\xB6ht seine Geb\xC3\xBChren im M\xC3\xA4rz um vier Prozent, sagte die Beh\xC3\xB6rde."},
      {"Vorheriger Beitrag"},
      {"Externer Inhalt"},
      {"(Alle Angaben ohne Gew\xC3\xA4hr)"},
      {"ERSCHIENEN IN"},
      {"Figures released on Monday show the port's traffic rose by 4%: the best March since 2019."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) ==
        std::vector<std::string>{"", "caption", "caption", "", "navigation", "navigation", "navigation", "navigation", ""});
}

TEST_CASE("\"Verfasst von\" with a date is a date line", "[normalizers]") {
  std::vector<Block> b = {
      {"Der Hafen erh\xC3\xB6ht seine Geb\xC3\xBChren im M\xC3\xA4rz um vier Prozent, sagte die Beh\xC3\xB6rde."},
      {"Verfasst von: Ann Poe | 31. Dezember 2008"},
      {"Verfasst von: hafenblog | 31. Dezember 2008"},  // a user name alone, in lower case
      {"Posted on May 2, 2019 by admin"},
      {"Posted on June 5, 2019 by ted"},  // (the name is also inside "Posted": the word counts)
      {"Am 31. Dezember 2008 stieg der Preis"},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) ==
        std::vector<std::string>{"", "date-line", "date-line", "date-line", "date-line", ""});
}

TEST_CASE("readers asked for support in German and Polish are prompts; a story's call for support stays", "[normalizers]") {
  std::vector<Block> b = {
      {"Sie lesen gern Harbour Daily?"},
      {"Gef\xC3\xA4llt dir unser Hafenmagazin? Wir haben uns gegen eine Bezahlschranke entschieden."},
      {"Unterst\xC3\xBCtze Harbour Daily bereits mit 2,50!"},
      {"Wesprzyj nas darowizn\xC4\x85."},
      {"Harbour Daily jetzt auch digital! Einfach hier klicken und registrieren!"},
      {"Daher fordern die Reeder, dass der Hafen die Arbeit der Lotsen unterst\xC3\xBCtzt und ihnen mit einer Spende hilft."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) == std::vector<std::string>{"prompt", "prompt", "prompt", "prompt", "prompt", ""});
  CHECK(AnywherePrefiltered());
}

TEST_CASE("read-also lead-ins in other languages, channel promotions and source lines go; stories about them stay", "[normalizers]") {
  std::vector<Block> b = {
      {"Der Hafen erh\xC3\xB6ht seine Geb\xC3\xBChren im M\xC3\xA4rz um vier Prozent, sagte die Beh\xC3\xB6rde."},
      {"PUEDES VER: \xC2\xBF" "C\xC3\xB3mo funciona el nuevo puerto de Bergen?"},
      {"\xC3\x80 lire aussi \xC2\xBB Le port de Bergen augmente ses tarifs"},
      {"Lesen Sie auch: Neue Geb\xC3\xBChren im Hafen"},
      {"\xC2\xA1Mira lo que tiene nuestro canal de YouTube!"},
      {"\xC2\xBFYa sab\xC3\xAD" "as que en Harbour.com tenemos canal de Telegram? \xC3\x9A" "nete desde tu celular."},
      {"Zapraszamy te\xC5\xBC do subskrypcji tygodnika Harbour Daily."},
      {"Wir respektieren deine Privatsph\xC3\xA4re und stellen ohne dein Einverst\xC3\xA4ndnis keine Verbindung her."},
      {"Weitere Informationen dazu gibt es bei der Hafenbeh\xC3\xB6rde in Bergen"},  // no alt text: it stays
      {"Quelle: Landesregierung"},
      {"(Fuente: Autoridad Portuaria de Bergen)"},
      {"Quelle: dpa"},  // a wire's credit: kept
      {"Pour acc\xC3\xA9" "der en illimit\xC3\xA9"},
      {"The ministry said its Telegram channel had 40,000 followers and would post the new fees on Monday."},
      {"Die Quelle der Angaben war nach Auskunft der Beh\xC3\xB6rde das Hafenamt selbst, sagte ein Sprecher."},
      {"(Quelle: Statistisches Bundesamt) Die Inflation lag im M\xC3\xA4rz bei 7,3 Prozent."},  // a sentence: stays
      {"More \"Questions\" for your opponent"},  // "More" takes a colon only
      {"NOTE: The advertising disclaimer below does not apply to this article."},
      {"Harbour Daily is not responsible for the opinions, statements or media content presented by contributors."},
      {"The port said it is not responsible for the content of the shipping app, which a private firm runs."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) ==
        std::vector<std::string>{"", "link-list", "link-list", "link-list", "prompt", "prompt", "prompt", "prompt", "",
                                 "caption", "caption", "", "paywall", "", "", "", "", "prompt", "prompt", ""});
  CHECK(AnywherePrefiltered());
}

TEST_CASE("a block written with look-alike letters is junk; Cyrillic text with Latin names stays", "[normalizers]") {
  std::vector<Block> b = {
      // "Advertise with the most visited news site" with Cyrillic a, e, i, s and o among the Latin letters.
      {"\xD0\x90" "dv\xD0\xB5" "rt\xD1\x96\xD1\x95\xD0\xB5" " w\xD1\x96" "th th\xD0\xB5" " most visited news site. W\xD0\xB5" " \xD0\xBE" "ff\xD0\xB5" "r packages."},
      // "IT-компания Apple и PR-служба" (IT company Apple and PR service): words of one script each.
      {"IT-\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBF\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x8F Apple \xD0\xB8 PR-\xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB1\xD0\xB0 \xD0\xBD\xD0\xB0 iPhone."},
      {"The port raised its fees by four per cent in March, the authority said on Monday."},
      // Stress marks (U+0301) after Cyrillic letters, beside Latin names: "Жи́тели Ба́ден и Ке́льн
      // говорят: му́ка и за́мок в Trier и Köln." (residents of Baden and Cologne say: ...).
      {"ÐÐ¸ÌÑÐµÐ»Ð¸ ÐÐ°ÌÐ´ÐµÐ½ "
       "Ð¸ ÐÐµÌÐ»ÑÐ½ Ð³Ð¾Ð²Ð¾ÑÑÑ: "
       "Ð¼ÑÌÐºÐ° Ð¸ Ð·Ð°ÌÐ¼Ð¾Ðº Ð² Trier "
       "Ð¸ KÃ¶ln."},
      // Units written with the micro and ohm signs (Greek letters after NFKC).
      {"Readings: 35 Î¼g, 40 Î¼g and 50 Î¼g per cubic metre at three stations, 10 kÎ© at the fourth."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) == std::vector<std::string>{"junk", "", "", "", ""});
}

TEST_CASE("a story's sentence that reports speech or narrates is no prompt, paywall, notice or caption", "[normalizers]") {
  // Each holds words of a reader-directed pattern, in a sentence of the story.
  std::vector<Block> b = {
      {"Le pass rail permettra d'acc\xC3\xA9" "der en illimit\xC3\xA9 aux TER et aux Intercit\xC3\xA9s pour 49 euros par mois, a annonc\xC3\xA9 le ministre."},
      {"The platform said it is not responsible for the views of its users, a position the regulator rejected."},
      {"\"We lost our YouTube channel overnight,\" said Ms Diaz, whose videos had drawn 2 million views."},
      {"The regulator said the influencer failed to include an advertising disclaimer in 12 paid posts."},
      {"The ban covers motorbikes above 125 cc by 2030, the ministry said."},
      {"\"Residents who want to sign up here have until Friday,\" the mayor said."},
      {"Vergr\xC3\xB6\xC3\x9F" "ern will der Konzern vor allem sein Werk in Leipzig, sagte ein Sprecher am Montag."},
      {"Die Betr\xC3\xBCger schickten der Rentnerin eine gef\xC3\xA4lschte Rechnung in ihr Postfach."},
      {"Sie m\xC3\xBCssen sich beim B\xC3\xBCrgeramt anmelden, erkl\xC3\xA4rte eine Sprecherin der Stadt."},
      {"\"Wir haben unseren Newsletter eingestellt\", sagte der Verleger am Dienstag."},
      // ... while the reader-directed lines themselves are cut.
      {"Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach."},
      {"Harbour Daily is not responsible for the opinions expressed in the comments."},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) ==
        std::vector<std::string>{"", "", "", "", "", "", "", "", "", "", "prompt", "prompt"});
}

TEST_CASE("an agency's photo credit goes; a story sentence naming an agency's poll with a slash stays", "[normalizers]") {
  std::vector<Block> b = {
      {"The mayor's approval rating slipped to 38%, the lowest of her term, a Harbour/Poe poll for Reuters/Ipsum found."},
      {"The survey was run by Reuters/Ipsum."},
      {"Some 41% of voters back the mayor, according to the latest Reuters/Ipsum Poll."},
      {"A man walks past the harbour office in Portsmouth, Britain, May 3, 2024. REUTERS/Ann Poe"},
      {"A man walks past the harbour office. Reuters/Ann Poe"},
  };
  CHECK(ClassifyBoilerplate(b, nullptr, "", {}) == std::vector<std::string>{"", "", "", "caption", "caption"});
  for (const auto& block : b) CHECK(AnywherePatternBits(block.text) == AnywherePatternBits(block.text, /*reference=*/true));
}
