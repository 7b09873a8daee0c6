#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "normalizers/normalize.h"
#include "pipeline/dedup.h"
#include "pipeline/stream.h"
#include "pipeline/run.h"
#include "pipeline/writers.h"
#include "corpus/parallel.h"

using namespace copydesk;

namespace {

std::vector<normalizers::NormalizedArticle> Docs(std::vector<std::pair<std::string, std::string>> in) {
  auto norm = normalizers::Normalizer::Create({}).value();
  std::vector<corpus::Article> arts;
  for (auto& [id, text] : in) {
    corpus::Article a;
    a.id = id;
    a.raw = text;
    arts.push_back(a);
  }
  auto docs = norm->NormalizeAll(std::move(arts), 1);
  std::sort(docs.begin(), docs.end(), [](auto& a, auto& b) { return a.article.id < b.article.id; });
  return docs;
}

std::string Story(int seed, int paragraphs) {
  static const char* w[] = {"exports", "trade", "ministry", "rose", "fell", "harbour", "grain",
                            "steel", "copper", "bank", "rates", "Oslo", "Lima", "carmakers",
                            "demand", "prices", "quarter", "tariffs", "pipeline", "farmers"};
  std::string s;
  unsigned x = static_cast<unsigned>(seed) * 2654435761u + 1;
  for (int p = 0; p < paragraphs; ++p) {
    for (int k = 0; k < 30; ++k) {
      x = x * 1103515245u + 12345u;
      s += w[(x >> 16) % 20];
      s += ' ';
    }
    s += "end.\n\n";
  }
  return s;
}

std::string Paragraphs(const std::string& s, int from, int to) {
  std::string out;
  size_t pos = 0;
  for (int p = 0; p < to; ++p) {
    size_t e = s.find("\n\n", pos);
    if (p >= from) out += s.substr(pos, e - pos) + "\n\n";
    pos = e + 2;
  }
  return out;
}

size_t ClusterOf(const pipeline::DedupResult& r, const std::vector<normalizers::NormalizedArticle>& d,
                 const std::string& id) {
  for (size_t c = 0; c < r.clusters.size(); ++c)
    for (const auto& m : r.clusters[c].members)
      if (d[m.article].article.id == id) return c;
  return SIZE_MAX;
}

}  // namespace

TEST_CASE("a partial copy is found by containment, not Jaccard", "[pipeline]") {
  std::string wire = Story(1, 10);
  std::string cut = Paragraphs(wire, 0, 4) + "A paragraph of its own about the local harbour and its fishing fleet today.\n";
  auto d = Docs({{"wire", wire}, {"cut", cut}, {"other", Story(2, 8)}});
  auto r = pipeline::Deduplicate(d, {});
  CHECK(ClusterOf(r, d, "wire") == ClusterOf(r, d, "cut"));
  CHECK(ClusterOf(r, d, "other") != ClusterOf(r, d, "wire"));
  for (const auto& c : r.clusters)
    for (const auto& m : c.members)
      if (d[m.article].article.id == "cut") {
        CHECK(m.jaccard < 0.5);
        CHECK(m.containment >= 0.7);
        CHECK(m.paragraphs.added.size() == 1);
        CHECK(m.paragraphs.cut.size() == 6);
      }
}

TEST_CASE("every article lands in exactly one cluster; short and empty ones stay apart", "[pipeline]") {
  auto d = Docs({{"a", "Prices rose."}, {"b", "Rates fell."}, {"c", Story(3, 5)}, {"d", Story(3, 5)}});
  auto r = pipeline::Deduplicate(d, {});
  size_t members = 0;
  for (const auto& c : r.clusters) members += c.members.size();
  CHECK(members == 4);
  CHECK(ClusterOf(r, d, "a") != ClusterOf(r, d, "b"));
  CHECK(ClusterOf(r, d, "c") == ClusterOf(r, d, "d"));  // identical
  CHECK(r.stats.exact_duplicates == 1);
  // Articles whose text came out empty (all of it a byline or a photo credit) are no copies of
  // one another.
  auto e = Docs({{"e1", "By Jane Doe"}, {"e2", "By John Roe"}, {"e3", "Photo: Reuters"}, {"e4", ""}});
  for (const auto& x : e) REQUIRE(x.text.empty());
  auto re = pipeline::Deduplicate(e, {});
  CHECK(re.clusters.size() == 4);
  CHECK(re.stats.exact_duplicates == 0);
}

TEST_CASE("a roundup quoting two stories does not chain them", "[pipeline]") {
  std::string a = Story(4, 5), b = Story(5, 5);
  auto d = Docs({{"a", a}, {"b", b}, {"roundup", Paragraphs(a, 0, 4) + Paragraphs(b, 0, 4)}});
  auto r = pipeline::Deduplicate(d, {});
  CHECK(ClusterOf(r, d, "a") != ClusterOf(r, d, "b"));
}

TEST_CASE("Russian articles are shingled by words, Chinese ones by characters", "[pipeline]") {
  std::string ru = "\xD0\xA2\xD0\xBE\xD1\x80\xD0\xB3\xD0\xBE\xD0\xB2\xD0\xBB\xD1\x8F \xD0\xBC\xD0\xB5\xD0\xB6\xD0\xB4\xD1\x83 \xD0\xA0\xD0\xBE\xD1\x81\xD1\x81\xD0\xB8\xD0\xB5\xD0\xB9 \xD0\xB8 \xD0\x9A\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB5\xD0\xBC \xD1\x81\xD0\xBE\xD0\xBA\xD1\x80\xD0\xB0\xD1\x82\xD0\xB8\xD0\xBB\xD0\xB0\xD1\x81\xD1\x8C \xD0\xBD\xD0\xB0 8%.";
  std::string zh = "\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x92\x8C\xE4\xBF\x84\xE7\xBD\x97\xE6\x96\xAF\xE7\x9A\x84\xE8\xB4\xB8\xE6\x98\x93\xE4\xB8\x8B\xE9\x99\x8D\xE4\xBA\x86\xE7\x99\xBE\xE5\x88\x86\xE4\xB9\x8B\xE5\x85\xAB\xE3\x80\x82";
  auto d = Docs({{"ru1", ru}, {"ru2", ru + " " + ru}, {"zh", zh}});
  auto r = pipeline::Deduplicate(d, {});
  CHECK(ClusterOf(r, d, "zh") != ClusterOf(r, d, "ru1"));
  pipeline::Shingler sh({});
  std::vector<uint64_t> s;
  sh.Shingle(d[2].folded, &s);
  CHECK(sh.unit() == pipeline::ShingleUnit::kHan);
  CHECK(s.size() >= 4);
  sh.Shingle(d[0].folded, &s);
  CHECK(sh.unit() == pipeline::ShingleUnit::kWords);
  CHECK(sh.words().size() >= 8);
}

TEST_CASE("output does not depend on thread count or input order", "[pipeline]") {
  std::vector<std::pair<std::string, std::string>> in;
  for (int i = 0; i < 40; ++i) in.push_back({"s" + std::to_string(i), Story(i % 13, 4)});
  auto d1 = Docs(in);
  std::reverse(in.begin(), in.end());
  auto d2 = Docs(in);
  pipeline::DedupOptions one, four;
  one.threads = 1;
  four.threads = 4;
  auto r1 = pipeline::Deduplicate(d1, one), r2 = pipeline::Deduplicate(d2, four);
  REQUIRE(r1.clusters.size() == r2.clusters.size());
  for (size_t c = 0; c < r1.clusters.size(); ++c) {
    REQUIRE(r1.clusters[c].members.size() == r2.clusters[c].members.size());
    for (size_t m = 0; m < r1.clusters[c].members.size(); ++m)
      CHECK(d1[r1.clusters[c].members[m].article].article.id == d2[r2.clusters[c].members[m].article].article.id);
  }
}

TEST_CASE("LSH bands fit the threshold", "[pipeline]") {
  auto p = pipeline::OptimalBands(128, 0.5, 0.5, 0.5);
  CHECK(p.bands * p.rows <= 128);
  CHECK(pipeline::CollisionProbability(0.8, p) > 0.95);
  CHECK(pipeline::CollisionProbability(0.2, p) < 0.2);
}

TEST_CASE("one huge article and its copy cluster; the report stays whole-paragraph", "[pipeline]") {
  std::string huge = Story(9, 1200);  // ~37,000 words, 1,200 paragraphs
  std::string copy = Paragraphs(huge, 0, 1000);
  auto d = Docs({{"huge", huge}, {"copy", copy}, {"other", Story(10, 6)}});
  auto r = pipeline::Deduplicate(d, {});
  CHECK(ClusterOf(r, d, "huge") == ClusterOf(r, d, "copy"));
  CHECK(ClusterOf(r, d, "other") != ClusterOf(r, d, "huge"));
}

TEST_CASE("MinHash estimates the exact Jaccard of the shingle sets", "[pipeline]") {
  std::string a = Story(11, 20);
  std::string b = Paragraphs(a, 0, 12) + Story(12, 8);
  auto d = Docs({{"a", a}, {"b", b}});
  pipeline::Shingler sh({});
  pipeline::MinHasher mh({});
  std::vector<uint64_t> sa, sb;
  std::vector<uint32_t> ga, gb;
  sh.Shingle(d[0].folded, &sa);
  sh.Shingle(d[1].folded, &sb);
  mh.Sign(sa, &ga);
  mh.Sign(sb, &gb);
  size_t inter = pipeline::IntersectionSize(sa, sb);
  double exact = static_cast<double>(inter) / (sa.size() + sb.size() - inter);
  CHECK(pipeline::EstimateJaccard(ga, gb) == Approx(exact).margin(0.12));
}

namespace {

std::string JsonlOf(const std::vector<std::pair<std::string, std::string>>& in) {
  std::string out;
  for (const auto& [id, text] : in) {
    std::string t;
    for (char c : text) t += c == '\n' ? std::string("\\n") : std::string(1, c);
    out += "{\"id\":\"" + id + "\",\"text\":\"" + t + "\"}\n";
  }
  return out;
}

std::string Signature(const pipeline::Cluster& c) {
  std::string s = c.id + ":" + c.canonical_reason;
  for (const auto& m : c.members) {
    s += " " + m.id + "/" + std::to_string(m.jaccard) + "/" + std::to_string(m.paragraphs.kept.size()) +
         "/" + std::to_string(m.paragraphs.edited.size()) + "/" + std::to_string(m.paragraphs.cut.size()) +
         "/" + std::to_string(m.paragraphs.added.size()) + "/" + std::to_string(m.paragraphs.kept_words) +
         "/" + std::to_string(m.paragraphs.added_words) + "/" + std::to_string(m.paragraphs.passages.size());
  }
  return s;
}

}  // namespace

TEST_CASE("streaming dedup in small batches gives the in-memory clusters and reports", "[pipeline]") {
  std::vector<std::pair<std::string, std::string>> in;
  for (int i = 0; i < 30; ++i) {
    std::string base = Story(i % 7, 6);
    in.push_back({"s" + std::to_string(i), i < 7 ? base : Paragraphs(base, 0, 4 + i % 3) + Story(100 + i, 1)});
  }
  in.push_back({"dup", Story(3, 6)});  // exact duplicate of s3
  auto docs = Docs(in);
  pipeline::DedupResult mem = pipeline::Deduplicate(docs, {});

  std::string path = (std::filesystem::temp_directory_path() / "copydesk_stream.jsonl").string();
  std::ofstream(path) << JsonlOf(in);
  pipeline::StreamOptions small;
  small.batch_bytes = 2000;     // many pass-1 batches
  small.report_articles = 5;    // many pass-2 groups
  // From the file: with the texts kept from pass 1, and with none kept (every member read and
  // normalized again); from stdin, always kept.
  // Shingle sets spilled to a file (the default) and kept in memory give the same clusters, and
  // so do batches read whole and read in pieces of a few articles.
  for (auto [input, keep] : {std::pair<std::string, size_t>{path, size_t{1} << 30}, {path, 0}, {"-", 0}})
  for (bool spill : {true, false})
  for (size_t piece : {size_t{8} << 20, size_t{300}}) {
    small.report_text_bytes = keep;
    small.spill_shingles = spill;
    small.piece_bytes = piece;
    INFO(input << " keeping " << keep << " bytes, spill " << spill << ", pieces of " << piece);
    std::istringstream stdin_copy(JsonlOf(in));
    std::vector<std::string> got;
    auto r = pipeline::StreamDedup({input}, pipeline::RunOptions{}, small, &stdin_copy,
                                   [&](const pipeline::Cluster& c) {
                                     got.push_back(Signature(c));
                                     return Status::Ok();
                                   });
    REQUIRE(r.ok());
    CHECK(r.value().stats.articles == in.size());
    CHECK(r.value().stats.exact_duplicates == 1);
    REQUIRE(got.size() == mem.clusters.size());
    for (size_t c = 0; c < got.size(); ++c) CHECK(got[c] == Signature(mem.clusters[c]));
  }
}

TEST_CASE("streaming dedup as JSON gives each cluster's object, formatted by the workers, in order", "[pipeline]") {
  std::vector<std::pair<std::string, std::string>> in;
  for (int i = 0; i < 24; ++i) {
    std::string base = Story(i % 5, 6);
    in.push_back({"j" + std::to_string(i), i < 5 ? base : Paragraphs(base, 0, 3 + i % 3) + Story(200 + i, 1)});
  }
  std::string path = (std::filesystem::temp_directory_path() / "copydesk_stream_json.jsonl").string();
  std::ofstream(path) << JsonlOf(in);
  pipeline::StreamOptions small;
  small.batch_bytes = 1500;
  small.report_articles = 4;  // many pass-2 groups
  for (bool reports : {true, false}) {
    pipeline::RunOptions o;
    o.dedup.reports = reports;
    o.threads = 2;
    std::vector<std::string> want, got;
    auto a = pipeline::StreamDedup({path}, o, small, nullptr, [&](const pipeline::Cluster& c) {
      want.emplace_back();
      pipeline::AppendClusterJson(c, reports, &want.back());
      return Status::Ok();
    });
    auto b = pipeline::StreamDedupJson({path}, o, small, nullptr, [&](std::string_view json) {
      got.emplace_back(json);
      return Status::Ok();
    });
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(want.size() < in.size());  // copies joined their stories
    CHECK(got == want);
    // A sink that fails stops the run with its error.
    size_t calls = 0;
    auto c = pipeline::StreamDedupJson({path}, o, small, nullptr, [&](std::string_view) {
      return ++calls == 2 ? Status(StatusCode::kIoError, "disk full") : Status::Ok();
    });
    CHECK_FALSE(c.ok());
    CHECK(calls == 2);
  }
}

TEST_CASE("a stage that runs out of memory ends with a message naming the stage and record",
          "[pipeline][reliability]") {
  std::vector<std::string> ids = {"a1", "b2", "c3"};
  Status s = pipeline::RunStage("normalize", [&] {
    corpus::ParallelFor(ids.size(), 2, [&](size_t i, size_t) {
      corpus::SetCurrentRecord(ids[i]);
      if (i == 1) throw std::bad_alloc();
    });
  });
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("out of memory in stage \"normalize\" while processing b2") == 0);
  CHECK(pipeline::RunStage("claims", [] {}).ok());
}

TEST_CASE("ExactDuplicateOf groups equal hashes under the first article by id", "[pipeline]") {
  // Articles 0..4, in id order 3, 1, 4, 0, 2. 1 and 0 share a hash; 3 and 2 share the first half
  // only (a different text); 4 is alone.
  const std::vector<pipeline::ContentHash> hashes = {{7, 1}, {7, 1}, {9, 5}, {9, 4}, {8, 8}};
  const std::vector<uint32_t> order = {3, 1, 4, 0, 2};
  size_t duplicates = 10;
  const auto exact_of = pipeline::ExactDuplicateOf(order, [&](uint32_t i) { return hashes[i]; }, &duplicates);
  CHECK(exact_of == std::vector<uint32_t>{1, 1, 2, 3, 4});
  CHECK(duplicates == 11);  // added to what was there
  CHECK(pipeline::ExactDuplicateOf({}, [&](uint32_t i) { return hashes[i]; }).empty());

  // Many articles (past the sort's small-input path), hashes from few values, in a shuffled id
  // order: each article's group head is the first in `order` with its hash.
  const size_t n = 5000;
  std::vector<pipeline::ContentHash> many(n);
  std::vector<uint32_t> shuffled(n);
  uint64_t x = 12345;
  for (size_t i = 0; i < n; ++i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    many[i] = {(x >> 40) % 700 * 0x9E3779B97F4A7C15ull, (x >> 20) % 3};
    shuffled[i] = static_cast<uint32_t>(i);
  }
  for (size_t i = n - 1; i > 0; --i) {
    x = x * 6364136223846793005ull + 1442695040888963407ull;
    std::swap(shuffled[i], shuffled[(x >> 33) % (i + 1)]);
  }
  size_t found = 0;
  const auto heads = pipeline::ExactDuplicateOf(shuffled, [&](uint32_t i) { return many[i]; }, &found);
  std::map<pipeline::ContentHash, uint32_t> first;
  size_t expected = 0;
  for (uint32_t i : shuffled) {
    auto [it, inserted] = first.emplace(many[i], i);
    expected += !inserted;
    CHECK(heads[i] == it->second);
  }
  CHECK(found == expected);
  CHECK(expected > 0);
}

TEST_CASE("a story with more copies than a bucket pairs is one cluster, each copy said to copy the canonical", "[pipeline]") {
  // 300 copies, each with one word of its own: every band's bucket holds them all, and each
  // member is paired with its next max_bucket members only.
  const std::string wire = Story(7, 6);
  std::vector<std::pair<std::string, std::string>> in;
  for (int i = 0; i < 300; ++i) {
    char id[16];
    std::snprintf(id, sizeof id, "c%03d", i);
    std::string text = wire;
    text.replace(text.find("end."), 4, "word" + std::to_string(i) + ".");
    in.emplace_back(id, text);
  }
  auto d = Docs(in);
  pipeline::DedupOptions o;
  o.max_bucket = 20;
  auto r = pipeline::Deduplicate(d, o);
  REQUIRE(r.clusters.size() == 1);
  CHECK(r.clusters[0].members.size() == 300);
  for (const auto& m : r.clusters[0].members) CHECK(m.copy_of.empty());  // copies of the canonical, by Jaccard
  CHECK(r.stats.candidate_pairs < 300 * 40);  // windows, not every pair (44,850)
}

TEST_CASE("a run warns of an article whose text came out empty, naming it", "[pipeline]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "copydesk_empty_page";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "spa.html") << "<html><head><title>Loading</title></head><body><div id=root></div></body></html>";
  std::ofstream(dir / "story.txt") << Story(4, 3);
  pipeline::RunOptions o;
  auto r = pipeline::Run({dir.string()}, o, nullptr);
  REQUIRE(r.ok());
  bool named = false;
  for (const auto& w : r.value().read.warnings)
    named = named || (w.id == "spa" && w.reason == normalizers::kNoTextWarning);
  CHECK(named);
  fs::remove_all(dir);
}
