// The canonical article is chosen by time, and cluster membership does not depend on it.
#include <catch2/catch.hpp>

#include <algorithm>

#include "normalizers/normalize.h"
#include "pipeline/dedup.h"

using namespace copydesk;

namespace {

struct In {
  std::string id, text, published;
};

std::vector<normalizers::NormalizedArticle> Normalize(const std::vector<In>& in) {
  auto norm = normalizers::Normalizer::Create({}).value();
  std::vector<corpus::Article> arts;
  for (const auto& x : in) {
    corpus::Article a;
    a.id = x.id;
    a.raw = x.text;
    a.published = x.published;
    arts.push_back(a);
  }
  auto docs = norm->NormalizeAll(std::move(arts), 1);
  std::sort(docs.begin(), docs.end(), [](auto& a, auto& b) { return a.article.id < b.article.id; });
  return docs;
}

// Paragraphs of pseudo-random words; `seed` picks the story.
std::vector<std::string> Story(int seed, int paragraphs) {
  static const char* w[] = {"exports", "trade", "ministry", "rose", "fell", "harbour", "grain", "steel",
                            "copper", "bank", "rates", "Oslo", "Lima", "carmakers", "demand", "prices",
                            "quarter", "tariffs", "pipeline", "farmers", "salmon", "quota", "fleet", "ports"};
  std::vector<std::string> out;
  unsigned x = static_cast<unsigned>(seed) * 2654435761u + 7;
  for (int p = 0; p < paragraphs; ++p) {
    std::string s;
    for (int k = 0; k < 28; ++k) {
      x = x * 1103515245u + 12345u;
      s += w[(x >> 16) % 24];
      s += ' ';
    }
    out.push_back(s + "end.");
  }
  return out;
}

std::string Join(const std::vector<std::string>& p, size_t from, size_t to) {
  std::string s;
  for (size_t i = from; i < to && i < p.size(); ++i) s += p[i] + "\n\n";
  return s;
}

const pipeline::Cluster& ClusterWith(const pipeline::DedupResult& r, const std::string& id) {
  for (const auto& c : r.clusters)
    for (const auto& m : c.members)
      if (m.id == id) return c;
  FAIL("no cluster holds " << id);
  return r.clusters.front();
}

std::vector<std::string> Ids(const pipeline::Cluster& c) {
  std::vector<std::string> ids;
  for (const auto& m : c.members) ids.push_back(m.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

pipeline::CanonicalCandidate Candidate(const std::string& id, const std::string& published, bool wire,
                                       const std::string& dateline = "", size_t shingles = 100) {
  pipeline::CanonicalCandidate c;
  c.id = id;
  c.published = corpus::ParseDate(published);
  c.wire_dateline = wire;
  if (!dateline.empty()) c.dateline_day = corpus::ParseDatelineDay(dateline).value();
  c.shingles = shingles;
  return c;
}

}  // namespace

TEST_CASE("the canonical goes by time, not by how the date is spelled", "[pipeline][canonical]") {
  // As strings "2025-08-28" < "2025-08-28T06:00:00Z"; as times they are the same day: a tie,
  // settled by completeness.
  auto day = Candidate("a", "2025-08-28", false, "", 100);
  auto timed = Candidate("b", "2025-08-28T06:00:00Z", false, "", 200);
  CHECK_FALSE(pipeline::CompareCanonical(day, timed).first);
  CHECK(pipeline::CompareCanonical(timed, day).first);
  CHECK(std::string(pipeline::CompareCanonical(timed, day).second) == "most-complete");
  // "Aug 27, 2025" (RFC 2822 at 23:00 GMT) is earlier than "2025-08-28T06:00:00+03:00".
  auto rfc = Candidate("z", "Wed, 27 Aug 2025 23:00:00 GMT", false);
  auto iso = Candidate("a", "2025-08-28T06:00:00+03:00", false);
  CHECK(std::string(pipeline::CompareCanonical(rfc, iso).second) == "earliest-published");
  CHECK(pipeline::CompareCanonical(rfc, iso).first);
  // A known date goes before none.
  CHECK(pipeline::CompareCanonical(iso, Candidate("0", "", false, "", 900)).first);
}

TEST_CASE("an undated wire copy goes before a rewrite dated less than a day earlier", "[pipeline][canonical]") {
  auto wire = Candidate("w", "", true, "MOSCOW, Aug 28");
  auto rewrite = Candidate("r", "2025-08-27T20:00:00Z", false);  // four hours before the wire's day
  auto r = pipeline::CompareCanonical(wire, rewrite);
  CHECK(r.first);
  CHECK(std::string(r.second) == "wire-dateline");
  CHECK_FALSE(pipeline::CompareCanonical(rewrite, wire).first);
  // More than a day earlier: the rewrite was first.
  auto early = Candidate("r", "2025-08-26T12:00:00Z", false);
  CHECK(pipeline::CompareCanonical(early, wire).first);
  CHECK(std::string(pipeline::CompareCanonical(early, wire).second) == "earliest-published");
  // A wire copy without a day in its dateline still goes before a dated rewrite.
  CHECK(pipeline::CompareCanonical(Candidate("w", "", true), rewrite).first);
  // A dated wire copy ("Aug 28, 2025", a calendar day) against a rewrite timed that morning.
  CHECK(pipeline::CompareCanonical(Candidate("w", "Aug 28, 2025", true), Candidate("r", "2025-08-28T01:00:00Z", false)).first);
  // The dateline's year is the one nearest the other date (a late-December story).
  auto dec = Candidate("w", "", true, "OSLO, Dec 31");
  CHECK(pipeline::CompareCanonical(dec, Candidate("r", "2026-01-01T05:00:00Z", false)).first);
  CHECK_FALSE(pipeline::CompareCanonical(dec, Candidate("r", "2025-12-29T05:00:00Z", false)).first);
}

TEST_CASE("a copy of any member stays in the cluster whichever member is canonical", "[pipeline][canonical]") {
  // The wire story; a web rewrite that cut the first three paragraphs and added two; a truncated
  // copy of the first three only. The truncated copy shares nothing with the rewrite.
  auto wire = Story(1, 10);
  std::string wire_text = "OSLO, May 2 (Reuters) - " + Join(wire, 0, 10);
  std::string rewrite = Join(wire, 3, 10) + Join(Story(2, 2), 0, 2);
  std::string truncated = Join(wire, 0, 3);
  for (const char* rewrite_date : {"", "2025-05-02T01:00:00Z", "2025-04-29T08:00:00Z", "May 1, 2025"}) {
    for (const char* wire_date : {"", "2025-05-02", "May 2, 2025 10:00 AM EDT"}) {
      INFO("rewrite " << rewrite_date << ", wire " << wire_date);
      auto d = Normalize({{"a-rewrite", rewrite, rewrite_date}, {"b-wire", wire_text, wire_date},
                          {"c-truncated", truncated, ""}, {"d-other", Join(Story(3, 8), 0, 8), "2025-04-01"}});
      auto r = pipeline::Deduplicate(d, {});
      const auto& c = ClusterWith(r, "b-wire");
      CHECK(Ids(c) == std::vector<std::string>{"a-rewrite", "b-wire", "c-truncated"});
      CHECK(Ids(ClusterWith(r, "d-other")) == std::vector<std::string>{"d-other"});
      const bool rewrite_first = std::string(rewrite_date) == "2025-04-29T08:00:00Z";
      CHECK(c.members.front().id == (rewrite_first ? "a-rewrite" : "b-wire"));
      CHECK(c.canonical_reason == (rewrite_first ? "earliest-published" : "wire-dateline"));
      for (const auto& m : c.members) {
        if (m.id != "c-truncated") continue;
        // Reported against the canonical, and through whom it joined.
        CHECK(m.copy_of == (rewrite_first ? "b-wire" : ""));
        if (rewrite_first) CHECK(m.containment == 0);
        else CHECK(m.containment == 1);
      }
    }
  }
}

TEST_CASE("a roundup containing two stories does not chain them", "[pipeline][canonical]") {
  // Two stories, each with a web copy and a truncated copy, and a roundup quoting the first
  // four paragraphs of each: it contains both truncated copies, which share nothing.
  auto a = Story(11, 8), b = Story(12, 8);
  auto d = Normalize({
      {"a1", Join(a, 0, 8), "2025-05-02T10:00:00Z"},
      {"a2", Join(a, 0, 7) + Join(Story(13, 1), 0, 1), "2025-05-02T12:00:00Z"},
      {"a3", Join(a, 0, 3), "2025-05-03"},
      {"b1", Join(b, 0, 8), "2025-05-02T11:00:00Z"},
      {"b2", Join(b, 1, 8), "2025-05-02T13:00:00Z"},
      {"b3", Join(b, 0, 3), "2025-05-03"},
      {"roundup", Join(a, 0, 4) + Join(b, 0, 4) + Join(Story(14, 2), 0, 2), "2025-05-01"},
  });
  auto r = pipeline::Deduplicate(d, {});
  CHECK(Ids(ClusterWith(r, "a1")) == std::vector<std::string>{"a1", "a2", "a3"});
  CHECK(Ids(ClusterWith(r, "b1")) == std::vector<std::string>{"b1", "b2", "b3"});
  CHECK(Ids(ClusterWith(r, "roundup")) == std::vector<std::string>{"roundup"});
  CHECK(ClusterWith(r, "a1").members.front().id == "a1");
  CHECK(ClusterWith(r, "a1").canonical_reason == "earliest-published");
}

TEST_CASE("an undated cluster's canonical is the story its copies took from, not one that padded it",
          "[pipeline][canonical]") {
  // A story, a copy cut to half, and two copies that padded it with paragraphs of their own:
  // the padded ones have the most shingles, the story the most text the others hold.
  auto a = Story(31, 10);
  auto d = Normalize({
      {"a", Join(a, 0, 10), ""},
      {"cut", Join(a, 0, 5), ""},
      {"padded1", Join(a, 0, 9) + Join(Story(32, 3), 0, 3), ""},
      {"padded2", Join(Story(33, 2), 0, 2) + Join(a, 1, 10), ""},
  });
  auto r = pipeline::Deduplicate(d, {});
  const auto& c = ClusterWith(r, "a");
  CHECK(Ids(c).size() == 4);
  CHECK(c.members.front().id == "a");
  CHECK(c.canonical_reason == "most-complete");
  // Two articles alone: the one with more shingles (the cut copy holds the other's text only).
  auto r2 = pipeline::Deduplicate(Normalize({{"a", Join(a, 0, 10), ""}, {"cut", Join(a, 0, 5), ""}}), {});
  CHECK(ClusterWith(r2, "cut").members.front().id == "a");
}

TEST_CASE("a roundup that holds one story's copy is a partial copy of that story", "[pipeline][canonical]") {
  // The roundup holds half of story a (a3 whole) and one later paragraph of story b: too little
  // of b to be its copy or a quote the guard counts, so there is nothing to chain and the roundup
  // joins story a; story b stays apart. (Had it held half of b too, it would be a heavy edit of
  // both, a bridge, and stay alone: "a roundup containing two stories does not chain them".)
  auto a = Story(11, 8), b = Story(12, 8);
  auto d = Normalize({
      {"a1", Join(a, 0, 8), "2025-05-02T10:00:00Z"},
      {"a3", Join(a, 0, 3), "2025-05-03"},
      {"b1", Join(b, 0, 8), "2025-05-02T11:00:00Z"},
      {"roundup", Join(a, 0, 4) + Join(b, 3, 4) + Join(Story(14, 1), 0, 1), "2025-05-04"},
  });
  auto r = pipeline::Deduplicate(d, {});
  CHECK(Ids(ClusterWith(r, "a1")) == std::vector<std::string>{"a1", "a3", "roundup"});
  CHECK(Ids(ClusterWith(r, "b1")) == std::vector<std::string>{"b1"});
  for (const auto& m : ClusterWith(r, "a1").members)
    if (m.id == "roundup") CHECK((m.copy_of == "a3" || m.copy_of.empty()));  // a heavy edit of a1 too
  // With b's first paragraph instead, it holds the openings of two stories and under half of a:
  // a roundup, however little of b it quotes (docs/clustering.md, "Openings").
  auto d2 = Normalize({
      {"a1", Join(a, 0, 8), "2025-05-02T10:00:00Z"},
      {"a3", Join(a, 0, 3), "2025-05-03"},
      {"b1", Join(b, 0, 8), "2025-05-02T11:00:00Z"},
      {"roundup", Join(a, 0, 4) + Join(b, 0, 1) + Join(Story(14, 1), 0, 1), "2025-05-04"},
  });
  auto r2 = pipeline::Deduplicate(d2, {});
  CHECK(Ids(ClusterWith(r2, "a1")) == std::vector<std::string>{"a1", "a3"});
  CHECK(Ids(ClusterWith(r2, "roundup")) == std::vector<std::string>{"roundup"});
}

TEST_CASE("partial copies of one story that overlap stay together", "[pipeline][canonical]") {
  // Two truncated copies of a wire story that overlap each other: the wire is no bridge.
  auto w = Story(21, 10);
  auto d = Normalize({{"wire", Join(w, 0, 10), ""}, {"first", Join(w, 0, 4), ""}, {"middle", Join(w, 2, 6), ""}});
  auto r = pipeline::Deduplicate(d, {});
  CHECK(Ids(ClusterWith(r, "wire")) == std::vector<std::string>{"first", "middle", "wire"});
  CHECK(ClusterWith(r, "wire").canonical_reason == "most-complete");
}

TEST_CASE("a page's meta and JSON-LD dates are read as instants", "[pipeline][canonical]") {
  auto norm = normalizers::Normalizer::Create({}).value();
  auto page = [&](const std::string& head) {
    corpus::Article a;
    a.id = "p";
    a.format = corpus::Format::kHtml;
    a.raw = "<html><head>" + head +
            "</head><body><article><p>Salmon exports rose 12% in the first quarter, the council said "
            "on Friday in its report.</p></article></body></html>";
    return corpus::ParseDate(norm->Finish(norm->Prepare(a), nullptr).article.published);
  };
  auto meta = page(R"(<meta property="article:published_time" content="2025-08-28T09:00:00+03:00">)");
  auto ld = page(R"(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-08-28T06:00:00Z"}</script>)");
  REQUIRE(meta);
  REQUIRE(ld);
  CHECK(meta->seconds == ld->seconds);
  CHECK(corpus::FormatInstant(*meta) == "2025-08-28T06:00:00Z");
}

TEST_CASE("an exact duplicate dated earlier is the canonical", "[pipeline][canonical]") {
  auto s = Join(Story(31, 6), 0, 6);
  auto d = Normalize({{"a", s, "2025-05-03"}, {"b", s, "Fri, 02 May 2025 08:00:00 +0000"},
                      {"c", Join(Story(31, 6), 0, 5), "2025-05-04"}});
  auto r = pipeline::Deduplicate(d, {});
  const auto& c = ClusterWith(r, "a");
  CHECK(Ids(c) == std::vector<std::string>{"a", "b", "c"});
  CHECK(c.members.front().id == "b");
  CHECK(c.canonical_reason == "earliest-published");
  for (const auto& m : c.members) {
    CHECK(m.exact_duplicate == (m.id == "a"));
    CHECK(m.copy_of.empty());
  }
}
