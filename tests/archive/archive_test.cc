#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <set>

#include "archive/archive.h"
#include "archive/check.h"
#include "archive/doc_codec.h"
#include "archive/key_block.h"
#include "normalizers/normalize.h"
#include "pipeline/run.h"
#include "pipeline/sketch.h"

using namespace copydesk;

namespace {

// A story of `paragraphs` paragraphs of 40 words from a 60-word vocabulary, fixed by `seed`.
std::string Story(unsigned seed, int paragraphs) {
  static const char* w[] = {"exports", "trade", "ministry", "rose", "fell", "harbour", "grain", "steel", "copper",
                            "bank", "rates", "Oslo", "Lima", "carmakers", "demand", "prices", "quarter", "tariffs",
                            "pipeline", "farmers", "council", "budget", "storm", "river", "bridge", "voters", "court",
                            "judge", "union", "strike", "airline", "fares", "wheat", "coffee", "cocoa", "mine",
                            "nickel", "port", "ships", "rail", "drought", "rain", "clinic", "nurses", "schools",
                            "teachers", "police", "mayor", "senate", "bill", "loan", "bonds", "yields", "shares",
                            "index", "retail", "sales", "jobs", "wages", "housing"};
  std::string s;
  unsigned x = seed * 2654435761u + 17;
  for (int p = 0; p < paragraphs; ++p) {
    for (int k = 0; k < 40; ++k) {
      x = x * 1103515245u + 12345u;
      s += w[(x >> 16) % 60];
      s += k == 39 ? "." : " ";
    }
    s += "\n\n";
  }
  return s;
}

// The story with paragraph `drop` left out and `extra` words appended (a copy's edits).
std::string Edit(const std::string& s, int drop, const std::string& extra) {
  std::string out;
  size_t pos = 0;
  for (int p = 0; pos < s.size(); ++p) {
    size_t e = s.find("\n\n", pos);
    if (p != drop) out += s.substr(pos, e - pos) + "\n\n";
    pos = e + 2;
  }
  return out + extra + "\n";
}

corpus::Article Art(const std::string& id, const std::string& text, const std::string& published) {
  corpus::Article a;
  a.id = id;
  a.raw = text;
  a.published = published;
  return a;
}

std::vector<normalizers::NormalizedArticle> Normalize(std::vector<corpus::Article> arts) {
  auto norm = normalizers::Normalizer::Create({}).value();
  auto docs = norm->NormalizeAll(std::move(arts), 2);
  std::sort(docs.begin(), docs.end(), [](auto& a, auto& b) { return a.article.id < b.article.id; });
  return docs;
}

// A temporary directory, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char t[] = "/tmp/copydesk_archive_XXXXXX";
    path = ::mkdtemp(t);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string operator/(const std::string& f) const { return (path / f).string(); }
};

void WriteJsonl(const std::string& path, const std::vector<corpus::Article>& arts) {
  std::ofstream f(path);
  for (const auto& a : arts) {
    std::string text;
    for (char c : a.raw) {
      if (c == '\n') text += "\\n";
      else if (c == '"') text += "\\\"";
      else text += c;
    }
    f << "{\"id\":\"" << a.id << "\",\"published\":\"" << a.published << "\",\"text\":\"" << text << "\"}\n";
  }
}

// Writes old.jsonl (to archive), new.jsonl (to check) and all.jsonl (both, for the batch run).
void WriteOldNewAll(const TempDir& dir, const std::vector<corpus::Article>& old_arts,
                    const std::vector<corpus::Article>& new_arts) {
  WriteJsonl(dir / "old.jsonl", old_arts);
  WriteJsonl(dir / "new.jsonl", new_arts);
  auto all = old_arts;
  all.insert(all.end(), new_arts.begin(), new_arts.end());
  WriteJsonl(dir / "all.jsonl", all);
}

// 12 stories of 6 paragraphs; story s has 3 copies, dated a day after it; 10 singles.
std::vector<corpus::Article> Corpus() {
  std::vector<corpus::Article> arts;
  for (unsigned s = 0; s < 12; ++s) {
    const std::string story = Story(100 + s, 6);
    const std::string day = "2025-03-" + std::string(s < 9 ? "0" : "") + std::to_string(s + 1);
    const std::string next = "2025-03-" + std::string(s < 8 ? "0" : "") + std::to_string(s + 2);
    arts.push_back(Art("s" + std::to_string(s) + "-wire", story, day + "T08:00:00Z"));
    for (int c = 0; c < 3; ++c)
      arts.push_back(Art("s" + std::to_string(s) + "-copy" + std::to_string(c),
                         Edit(story, c + 1, "Reporting by the desk of outlet " + std::to_string(c) + "."),
                         next + "T09:00:00Z"));
  }
  for (unsigned k = 0; k < 10; ++k) arts.push_back(Art("single" + std::to_string(k), Story(900 + k, 5), "2025-03-20"));
  return arts;
}

pipeline::RunOptions Run2() {
  pipeline::RunOptions o;
  o.threads = 2;
  o.dedup.threads = 2;
  return o;
}

// Each article's cluster as (canonical, sorted members).
std::map<std::string, std::pair<std::string, std::vector<std::string>>> Clusters(const pipeline::RunResult& r) {
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> out;
  for (const auto& c : r.dedup.clusters) {
    std::vector<std::string> ms;
    for (const auto& m : c.members) ms.push_back(m.id);
    std::sort(ms.begin(), ms.end());
    for (const auto& m : c.members) out[m.id] = {c.members.front().id, ms};
  }
  return out;
}

std::unique_ptr<archive::Archive> OpenOk(const std::string& path, archive::OpenMode mode,
                                         const pipeline::RunOptions& run = Run2(),
                                         const archive::ArchiveOptions& options = {}) {
  auto a = archive::Archive::Open(path, options, mode, &run.dedup);
  INFO(a.status().message());
  REQUIRE(a.ok());
  return std::move(a).value();
}

// The (key, article) pairs of segment `id` (schema 3: key blocks in keys_<id>).
std::vector<std::pair<int64_t, int64_t>> SegmentPairs(sqlite3* db, int64_t id) {
  std::vector<std::pair<int64_t, int64_t>> out;
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, ("SELECT lo, data FROM keys_" + std::to_string(id) + " ORDER BY lo").c_str(), -1, &q,
                     nullptr);
  while (sqlite3_step(q) == SQLITE_ROW)
    REQUIRE(archive::DecodeKeyBlock(sqlite3_column_int64(q, 0),
                                    {static_cast<const char*>(sqlite3_column_blob(q, 1)),
                                     static_cast<size_t>(sqlite3_column_bytes(q, 1))},
                                    &out));
  sqlite3_finalize(q);
  return out;
}

std::vector<int64_t> SegmentIds(sqlite3* db) {
  std::vector<int64_t> ids;
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "SELECT id FROM segments ORDER BY id", -1, &q, nullptr);
  while (sqlite3_step(q) == SQLITE_ROW) ids.push_back(sqlite3_column_int64(q, 0));
  sqlite3_finalize(q);
  return ids;
}

// The lookup keys (band keys, anchors, loose keys) the sketches of `x` and `y` share in `a`.
std::vector<int64_t> SharedKeys(const archive::Archive& a, const corpus::Article& x, const corpus::Article& y,
                                const pipeline::RunOptions& run) {
  const auto docs = Normalize({x, y});
  archive::SketchScratch scratch(run.dedup.shingles);
  archive::ArticleSketch s0, s1;
  a.Sketch(docs[0], &scratch, &s0);
  a.Sketch(docs[1], &scratch, &s1);
  std::vector<int64_t> shared;
  std::set_intersection(s0.band_keys.begin(), s0.band_keys.end(), s1.band_keys.begin(), s1.band_keys.end(),
                        std::back_inserter(shared));
  return shared;
}

// Every (key, article) pair of the archive at `path`, sorted.
std::vector<std::pair<int64_t, int64_t>> AllPairs(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  std::vector<std::pair<int64_t, int64_t>> all;
  for (int64_t id : SegmentIds(db)) {
    auto p = SegmentPairs(db, id);
    all.insert(all.end(), p.begin(), p.end());
  }
  sqlite3_close(db);
  std::sort(all.begin(), all.end());
  return all;
}

}  // namespace

TEST_CASE("an archived article reads back as it was normalized", "[archive]") {
  corpus::Article a = Art("x", "MOSCOW, Aug 28 (Reuters) - Exports ROSE 5% in July.\n\nSecond “paragraph” here.\n\nImports rose 10\u221220% in the quarter.\n", "2025-08-28");
  a.url = "https://example.com/x";
  a.extra = {{"lang", "\"en\""}};
  auto docs = Normalize({a});
  auto unicode = normalizers::UnicodeNormalizer::Create({}).value();
  uint64_t h1 = 0, h2 = 0;
  const std::string blob = archive::EncodeDoc(docs[0], 6, &h1);
  auto back = archive::DecodeDoc(blob, *unicode);
  REQUIRE(back.ok());
  const auto& d = back.value();
  CHECK(d.text == docs[0].text);
  CHECK(d.folded == docs[0].folded);
  CHECK(d.normalized == docs[0].normalized);  // what claims read: the quotes and minus normalized
  CHECK(d.normalized_to_text == docs[0].normalized_to_text);
  CHECK_FALSE(d.normalized.empty());
  CHECK(d.article.paragraphs == docs[0].article.paragraphs);
  CHECK(d.article.dateline == docs[0].article.dateline);
  CHECK(d.article.url == "https://example.com/x");
  CHECK(d.article.extra == docs[0].article.extra);
  CHECK(d.kinds == docs[0].kinds);
  REQUIRE(d.removed.size() == docs[0].removed.size());
  (void)archive::EncodeDoc(d, 1, &h2);
  CHECK(h1 == h2);  // the same article hashes the same, whatever the compression
  CHECK_FALSE(archive::DecodeDoc(blob.substr(0, blob.size() / 2), *unicode).ok());
  CHECK_FALSE(archive::DecodeDoc(blob.substr(0, 1), *unicode).ok());
  CHECK_FALSE(archive::DecodeDoc("", *unicode).ok());
  // A header claiming a gigabyte before a few bytes of data is refused before anything is
  // allocated for it.
  const std::string forged = std::string("\x80\x80\x80\x80\x04", 5) + "\x28\xB5\x2F\xFD" + std::string(5, '\0');
  auto refused = archive::DecodeDoc(forged, *unicode);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().message().find("damaged header") != std::string::npos);

  // Archives written before the switch to Zstandard hold a zlib stream after the size: still read.
  const size_t magic = blob.find("\x28\xB5\x2F\xFD");  // a Zstandard frame, after the size
  REQUIRE(magic != std::string::npos);
  const std::string_view frame = std::string_view(blob).substr(magic);
  REQUIRE(ZSTD_getFrameContentSize(frame.data(), frame.size()) < (1u << 20));
  std::string raw(ZSTD_getFrameContentSize(frame.data(), frame.size()), '\0');
  REQUIRE(ZSTD_decompress(raw.data(), raw.size(), frame.data(), frame.size()) == raw.size());
  std::string old_blob = blob.substr(0, magic);  // the size, as a varint
  uLongf n = compressBound(raw.size());
  std::string z(n, '\0');
  REQUIRE(compress2(reinterpret_cast<Bytef*>(z.data()), &n, reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 6) ==
          Z_OK);
  old_blob += z.substr(0, n);
  auto old = archive::DecodeDoc(old_blob, *unicode);
  REQUIRE(old.ok());
  CHECK(old.value().text == docs[0].text);
  CHECK(old.value().folded == docs[0].folded);
  CHECK(old.value().article.extra == docs[0].article.extra);
}

TEST_CASE("add is idempotent by id and says when a text changed", "[archive]") {
  TempDir dir;
  auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
  auto docs = Normalize(Corpus());
  archive::AddReport r1, r2, r3;
  REQUIRE(a->Put(docs, 2, &r1).ok());
  CHECK(r1.added == docs.size());
  // Read again from another file and line: where it was read is no change.
  for (auto& d : docs) {
    d.article.origin.file = "tuesday.jsonl";
    d.article.origin.line += 7;
    d.article.origin.offset += 700;
  }
  REQUIRE(a->Put(docs, 2, &r2).ok());
  CHECK(r2.added == 0);
  CHECK(r2.unchanged == docs.size());
  auto changed = Normalize({Art("s0-wire", Story(555, 6), "2025-03-01T08:00:00Z")});
  REQUIRE(a->Put(changed, 2, &r3).ok());
  CHECK(r3.replaced == 1);
  CHECK(r3.replaced_ids == std::vector<std::string>{"s0-wire"});
  auto st = a->Stats();
  REQUIRE(st.ok());
  CHECK(st.value().articles == docs.size());
  CHECK(st.value().schema_version == archive::kSchemaVersion);
  CHECK(*st.value().first == corpus::ParseDate("2025-03-01T08:00:00Z")->seconds);
  CHECK(st.value().bytes > 0);
  // The replaced version's band keys are gone: the old copies no longer find it.
  pipeline::RunOptions run = Run2();
  TempDir in;
  WriteJsonl(in / "new.jsonl", {Corpus()[1]});  // s0-copy0
  auto r = archive::Check(*a, {in / "new.jsonl"}, run, {}, nullptr, nullptr);
  REQUIRE(r.ok());
  for (const auto& d : r.value().docs) CHECK(d.article.id != "s0-wire");
  // Exactly the new version's keys point at its row (the old ones were cut out of their blocks).
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open((dir / "wire.db").c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "SELECT row FROM articles WHERE id='s0-wire'", -1, &q, nullptr);
  REQUIRE(sqlite3_step(q) == SQLITE_ROW);
  const int64_t row = sqlite3_column_int64(q, 0);
  sqlite3_finalize(q);
  sqlite3_close(db);
  std::vector<int64_t> stored;
  for (const auto& [key, article] : AllPairs(dir / "wire.db"))
    if (article == row) stored.push_back(key);
  archive::SketchScratch scratch(run.dedup.shingles);
  archive::ArticleSketch sk;
  a->Sketch(changed[0], &scratch, &sk);
  CHECK(stored == sk.band_keys);
}

TEST_CASE("check gives the clusters of a batch run over archive + new", "[archive]") {
  // Archived in one batch, or in batches of 3 whose band-key segments merge level by level.
  const size_t batch = GENERATE(2048, 3);
  archive::ArchiveOptions options;
  options.batch_articles = batch;
  TempDir dir;
  auto all = Corpus();
  std::vector<corpus::Article> old_half, new_half;
  for (size_t i = 0; i < all.size(); ++i) (i % 2 == 0 ? old_half : new_half).push_back(all[i]);
  WriteJsonl(dir / "old.jsonl", old_half);
  WriteJsonl(dir / "new.jsonl", new_half);
  WriteJsonl(dir / "all.jsonl", all);
  pipeline::RunOptions run = Run2();
  auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate, run, options);
  auto added = a->AddInputs({dir / "old.jsonl"}, run, nullptr);
  REQUIRE(added.ok());
  CHECK(added.value().batches == (old_half.size() + batch - 1) / batch);
  archive::CheckStats stats;
  auto checked = archive::Check(*a, {dir / "new.jsonl"}, run, {}, nullptr, &stats);
  REQUIRE(checked.ok());
  auto batch_run = pipeline::Run({dir / "all.jsonl"}, run, nullptr);
  REQUIRE(batch_run.ok());
  const auto c = Clusters(checked.value()), b = Clusters(batch_run.value());
  size_t copies_of_archive = 0;
  for (const auto& art : new_half) {
    INFO(art.id);
    REQUIRE(c.count(art.id));
    CHECK(c.at(art.id) == b.at(art.id));
    if (c.at(art.id).second.size() > 1) ++copies_of_archive;
  }
  CHECK(copies_of_archive == 12 * 2);  // two of each story's four articles are new
  CHECK(stats.reached == 12 * 2);      // and each story's other two are reached in the archive
  // Same similarities, credits and paragraph reports for the new articles' memberships.
  std::map<std::string, const pipeline::Member*> bm;
  for (const auto& cl : batch_run.value().dedup.clusters)
    for (const auto& m : cl.members) bm[m.id] = &m;
  const auto& r = checked.value();
  for (const auto& cl : r.dedup.clusters)
    for (const auto& m : cl.members) {
      INFO(m.id);
      CHECK(m.jaccard == bm.at(m.id)->jaccard);
      CHECK(m.containment == bm.at(m.id)->containment);
      CHECK(m.copy_of == bm.at(m.id)->copy_of);
      CHECK(m.credit.evidence == bm.at(m.id)->credit.evidence);
      CHECK(m.paragraphs.kept == bm.at(m.id)->paragraphs.kept);
      CHECK(m.paragraphs.cut == bm.at(m.id)->paragraphs.cut);
      CHECK(m.paragraphs.added == bm.at(m.id)->paragraphs.added);
    }
  // archive_ids: set for the archived articles, 0 for the new ones.
  REQUIRE(r.archive_ids.size() == r.docs.size());
  for (size_t i = 0; i < r.docs.size(); ++i) {
    const bool is_new = std::any_of(new_half.begin(), new_half.end(), [&](auto& x) { return x.id == r.docs[i].article.id; });
    CHECK((r.archive_ids[i] == 0) == is_new);
  }
}

TEST_CASE("check --since leaves out archived articles before the window", "[archive]") {
  TempDir dir;
  auto all = Corpus();
  std::vector<corpus::Article> wires, copies;
  for (const auto& x : all) (x.id.find("-wire") != std::string::npos ? wires : copies).push_back(x);
  WriteJsonl(dir / "wires.jsonl", wires);
  WriteJsonl(dir / "copies.jsonl", copies);
  pipeline::RunOptions run = Run2();
  auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
  REQUIRE(a->AddInputs({dir / "wires.jsonl"}, run, nullptr).ok());
  archive::CheckOptions o;
  o.since = corpus::ParseDate("2025-03-07")->seconds;  // stories 6..11 only
  archive::CheckStats stats;
  auto r = archive::Check(*a, {dir / "copies.jsonl"}, run, o, nullptr, &stats);
  REQUIRE(r.ok());
  CHECK(stats.reached == 6);
  std::set<std::string> archived;
  for (size_t i = 0; i < r.value().docs.size(); ++i)
    if (r.value().archive_ids[i] != 0) archived.insert(r.value().docs[i].article.id);
  CHECK(archived == std::set<std::string>{"s10-wire", "s11-wire", "s6-wire", "s7-wire", "s8-wire", "s9-wire"});
}

TEST_CASE("check --add stores the new articles in the check's transaction", "[archive]") {
  TempDir dir;
  auto all = Corpus();
  WriteJsonl(dir / "a.jsonl", {all.begin(), all.begin() + 20});
  WriteJsonl(dir / "b.jsonl", {all.begin() + 20, all.end()});
  pipeline::RunOptions run = Run2();
  auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
  REQUIRE(a->AddInputs({dir / "a.jsonl"}, run, nullptr).ok());
  archive::CheckOptions o;
  o.add = true;
  archive::CheckStats stats;
  REQUIRE(archive::Check(*a, {dir / "b.jsonl"}, run, o, nullptr, &stats).ok());
  CHECK(stats.added.added == all.size() - 20);
  CHECK(a->Stats().value().articles == all.size());
}

TEST_CASE("a reader checks while a writer holds an open transaction", "[archive]") {
  TempDir dir;
  auto all = Corpus();
  WriteJsonl(dir / "a.jsonl", {all.begin(), all.begin() + 24});
  WriteJsonl(dir / "b.jsonl", {all.begin() + 24, all.end()});
  pipeline::RunOptions run = Run2();
  auto writer = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
  REQUIRE(writer->AddInputs({dir / "a.jsonl"}, run, nullptr).ok());
  REQUIRE(writer->Begin(true).ok());
  archive::AddReport rep;
  REQUIRE(writer->Put(Normalize({all.begin() + 24, all.end()}), 2, &rep).ok());  // not committed yet
  auto reader = OpenOk(dir / "wire.db", archive::OpenMode::kReadOnly);
  CHECK(reader->Stats().value().articles == 24);  // the last committed state, without waiting
  auto r = archive::Check(*reader, {dir / "b.jsonl"}, run, {}, nullptr, nullptr);
  REQUIRE(r.ok());
  REQUIRE(writer->Commit().ok());
  CHECK(reader->Stats().value().articles == all.size());
}

TEST_CASE("remove --before drops old articles and their band keys", "[archive]") {
  TempDir dir;
  auto all = Corpus();
  WriteJsonl(dir / "all.jsonl", all);
  pipeline::RunOptions run = Run2();
  auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
  REQUIRE(a->AddInputs({dir / "all.jsonl"}, run, nullptr).ok());
  auto n = a->RemoveBefore(corpus::ParseDate("2025-03-07")->seconds);
  REQUIRE(n.ok());
  // stories 0..5 (wire on day s+1, copies on day s+2 <= 6) and story 5's wire: 6 wires + 5*3 copies... count them
  size_t expected = 0;
  for (const auto& x : all)
    if (corpus::ParseDate(x.published)->seconds < corpus::ParseDate("2025-03-07")->seconds) ++expected;
  CHECK(n.value() == expected);
  CHECK(a->Stats().value().articles == all.size() - expected);
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open((dir / "wire.db").c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "SELECT id FROM segments", -1, &q, nullptr);
  std::vector<int64_t> segments;
  while (sqlite3_step(q) == SQLITE_ROW) segments.push_back(sqlite3_column_int64(q, 0));
  sqlite3_finalize(q);
  REQUIRE_FALSE(segments.empty());
  std::set<int64_t> rows;
  sqlite3_prepare_v2(db, "SELECT row FROM articles", -1, &q, nullptr);
  while (sqlite3_step(q) == SQLITE_ROW) rows.insert(sqlite3_column_int64(q, 0));
  sqlite3_finalize(q);
  size_t orphans = 0, pairs = 0;
  for (int64_t id : segments)
    for (const auto& [key, article] : SegmentPairs(db, id)) {
      ++pairs;
      orphans += rows.count(article) == 0;
    }
  CHECK(pairs > 0);
  CHECK(orphans == 0);
  sqlite3_close(db);
}

TEST_CASE("an archive_id is never given twice, even after its article is removed", "[archive]") {
  TempDir dir;
  auto all = Corpus();
  REQUIRE(all.size() >= 12);
  WriteJsonl(dir / "a.jsonl", {all.begin(), all.begin() + 10});
  WriteJsonl(dir / "b.jsonl", {all.begin() + 10, all.begin() + 12});
  pipeline::RunOptions run = Run2();
  auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
  REQUIRE(a->AddInputs({dir / "a.jsonl"}, run, nullptr).ok());
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open((dir / "wire.db").c_str(), &db) == SQLITE_OK);
  auto scalar = [&](const char* sql) {
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &q, nullptr);
    int64_t v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : -1;
    sqlite3_finalize(q);
    return v;
  };
  const int64_t highest = scalar("SELECT max(row) FROM articles");
  CHECK(highest == 10);
  CHECK(scalar("SELECT value FROM meta WHERE key='last_archive_id'") == 10);
  // As an archive written before the mark was kept: none.
  REQUIRE(sqlite3_exec(db, "DELETE FROM meta WHERE key='last_archive_id'", nullptr, nullptr, nullptr) == SQLITE_OK);
  auto n = a->RemoveBefore(corpus::ParseDate("2100-01-01")->seconds);
  REQUIRE(n.ok());
  CHECK(n.value() == 10);
  REQUIRE(a->AddInputs({dir / "b.jsonl"}, run, nullptr).ok());
  CHECK(scalar("SELECT min(row) FROM articles") == highest + 1);
  CHECK(scalar("SELECT value FROM meta WHERE key='last_archive_id'") == highest + 2);
  sqlite3_close(db);
}

TEST_CASE("Verify reads every key block and article back and names the first damage", "[archive]") {
  auto all = Corpus();
  pipeline::RunOptions run = Run2();
  // Damages a fresh archive with `sql` (%s: its first segment's table) and returns Verify's status.
  auto damaged = [&](const std::string& sql) {
    TempDir dir;
    WriteJsonl(dir / "a.jsonl", all);
    uint64_t articles = 0, pairs = 0;
    {
      auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
      REQUIRE(a->AddInputs({dir / "a.jsonl"}, run, nullptr).ok());
      REQUIRE(a->Verify(&articles, &pairs).ok());
      CHECK(articles == all.size());
      CHECK(pairs > all.size() * 53);  // 53 band keys each, and anchors
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "wire.db").c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "SELECT id FROM segments ORDER BY id LIMIT 1", -1, &q, nullptr);
    REQUIRE(sqlite3_step(q) == SQLITE_ROW);
    const std::string table = "keys_" + std::to_string(sqlite3_column_int64(q, 0));
    sqlite3_finalize(q);
    std::string s = sql;
    for (size_t at; (at = s.find("%s")) != std::string::npos;) s.replace(at, 2, table);
    REQUIRE(sqlite3_exec(db, s.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kReadOnly);
    return a->Verify(&articles, &pairs);
  };
  Status v = damaged("UPDATE %s SET data=x'ffffffffffffffffffff' WHERE lo=(SELECT lo FROM %s LIMIT 1 OFFSET 3)");
  REQUIRE_FALSE(v.ok());
  CHECK_THAT(v.message(), Catch::Contains("a damaged key block"));
  // Removing articles erases their pairs from the blocks (the segment list keeps its count): no damage.
  {
    TempDir dir;
    WriteJsonl(dir / "a.jsonl", all);
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
    REQUIRE(a->AddInputs({dir / "a.jsonl"}, run, nullptr).ok());
    REQUIRE(a->RemoveBefore(corpus::ParseDate("2100-01-01")->seconds).ok());
    uint64_t articles = 1, pairs = 1;
    CHECK(a->Verify(&articles, &pairs).ok());
    CHECK(articles == 0);
  }
  v = damaged("UPDATE articles SET doc=x'00112233' WHERE row=5");
  REQUIRE_FALSE(v.ok());
  CHECK_THAT(v.message(), Catch::Contains("archive_id 5"));
}

TEST_CASE("a file that is not a copydesk archive, or from a newer one, is refused clearly", "[archive]") {
  TempDir dir;
  pipeline::RunOptions run = Run2();
  {
    std::ofstream(dir / "notes.txt") << "not a database at all, just some text that is long enough to matter\n";
    auto a = archive::Archive::Open(dir / "notes.txt", {}, archive::OpenMode::kReadOnly, &run.dedup);
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::Contains("not a copydesk archive"));
  }
  {
    sqlite3* db = nullptr;
    sqlite3_open((dir / "other.db").c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    auto a = archive::Archive::Open(dir / "other.db", {}, archive::OpenMode::kCreate, &run.dedup);
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::Contains("not a copydesk archive"));
  }
  {
    OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
    sqlite3* db = nullptr;
    sqlite3_open((dir / "wire.db").c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    auto a = archive::Archive::Open(dir / "wire.db", {}, archive::OpenMode::kReadOnly, &run.dedup);
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::Contains("newer"));
  }
  {
    // A meta row that is no number (a damaged or hand-edited archive) is named with the file.
    OpenOk(dir / "meta.db", archive::OpenMode::kCreate);
    sqlite3* db = nullptr;
    sqlite3_open((dir / "meta.db").c_str(), &db);
    sqlite3_exec(db, "UPDATE meta SET value='abc' WHERE key='anchor_share'", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    auto a = archive::Archive::Open(dir / "meta.db", {}, archive::OpenMode::kReadOnly, &run.dedup);
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::Contains("meta.db: the meta table's \"anchor_share\" is \"abc\", not a number"));
  }
  {
    // An older schema is migrated on a read-write open; with no step from it, the open fails
    // and leaves the archive as it was.
    OpenOk(dir / "old.db", archive::OpenMode::kCreate);
    sqlite3* db = nullptr;
    sqlite3_open((dir / "old.db").c_str(), &db);
    sqlite3_exec(db, "PRAGMA user_version=0", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    auto ro = archive::Archive::Open(dir / "old.db", {}, archive::OpenMode::kReadOnly, &run.dedup);
    REQUIRE_FALSE(ro.ok());
    CHECK_THAT(ro.status().message(), Catch::Contains("needs a migration"));
    auto rw = archive::Archive::Open(dir / "old.db", {}, archive::OpenMode::kReadWrite, &run.dedup);
    REQUIRE_FALSE(rw.ok());
    CHECK_THAT(rw.status().message(), Catch::Contains("no migration from archive schema 0"));
    sqlite3_open((dir / "old.db").c_str(), &db);
    sqlite3_stmt* q = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &q, nullptr);
    REQUIRE(sqlite3_step(q) == SQLITE_ROW);
    CHECK(sqlite3_column_int(q, 0) == 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
  }
  {
    OpenOk(dir / "k5.db", archive::OpenMode::kCreate);
    pipeline::RunOptions k7 = Run2();
    k7.dedup.shingles.k = 7;
    auto a = archive::Archive::Open(dir / "k5.db", {}, archive::OpenMode::kReadOnly, &k7.dedup);
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::Contains("shingle k 5"));
    auto adopt = archive::Archive::Open(dir / "k5.db", {}, archive::OpenMode::kReadOnly, nullptr);
    CHECK(adopt.ok());
    // The character grams' settings are the archive's too.
    pipeline::RunOptions han3 = Run2();
    han3.dedup.shingles.char_k_han = 3;
    auto h = archive::Archive::Open(dir / "k5.db", {}, archive::OpenMode::kReadOnly, &han3.dedup);
    REQUIRE_FALSE(h.ok());
    CHECK_THAT(h.status().message(), Catch::Contains("character grams"));
  }
  {
    auto a = archive::Archive::Open(dir / "missing.db", {}, archive::OpenMode::kReadOnly, &run.dedup);
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::Contains("no such archive"));
  }
  {
    // A file cut short is named as damaged, not as "not an SQLite database".
    {
      auto full = OpenOk(dir / "cut.db", archive::OpenMode::kCreate);
      archive::AddReport r;
      REQUIRE(full->Put(Normalize(Corpus()), 2, &r).ok());
    }
    std::filesystem::resize_file(dir / "cut.db", std::filesystem::file_size(dir / "cut.db") / 2);
    auto a = archive::Archive::Open(dir / "cut.db", {}, archive::OpenMode::kReadOnly, nullptr);
    REQUIRE_FALSE(a.ok());
    CHECK_THAT(a.status().message(), Catch::Contains("damaged archive"));
  }
}

namespace {

// Returns the user_version of the SQLite file at `path`.
int UserVersion(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* q = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &q, nullptr);
  const int v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int(q, 0) : -1;
  sqlite3_finalize(q);
  sqlite3_close(db);
  return v;
}

// Turns a schema-3 archive into what schema 2 wrote: each segment one row per (key, article)
// in bands_<id> (a WITHOUT ROWID table keyed by both), user_version 2.
void DowngradeToSchema2(const std::string& path) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  for (int64_t id : SegmentIds(db)) {
    const auto pairs = SegmentPairs(db, id);
    const std::string t = "bands_" + std::to_string(id);
    REQUIRE(sqlite3_exec(db, ("CREATE TABLE " + t + "(key INTEGER NOT NULL, article INTEGER NOT NULL, " +
                              "PRIMARY KEY(key, article)) WITHOUT ROWID").c_str(),
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db, ("INSERT INTO " + t + " VALUES(?,?)").c_str(), -1, &ins, nullptr);
    for (const auto& [key, article] : pairs) {
      sqlite3_reset(ins);
      sqlite3_bind_int64(ins, 1, key);
      sqlite3_bind_int64(ins, 2, article);
      REQUIRE(sqlite3_step(ins) == SQLITE_DONE);
    }
    sqlite3_finalize(ins);
    REQUIRE(sqlite3_exec(db, ("DROP TABLE keys_" + std::to_string(id)).c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
  }
  sqlite3_exec(db, "PRAGMA user_version=2; COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(db);
}

// Turns a schema-3 archive into what schema 1 wrote: segments of rows, no anchor or loose keys,
// no anchor or loose meta rows.
void DowngradeToSchema1(const std::string& path) {
  DowngradeToSchema2(path);
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  for (int64_t id : SegmentIds(db))
    sqlite3_exec(db, ("DELETE FROM bands_" + std::to_string(id) + " WHERE key < 0").c_str(), nullptr, nullptr, nullptr);
  sqlite3_exec(db, "DELETE FROM meta WHERE key IN ('anchor_rate','anchor_share','loose_keys'); PRAGMA user_version=1", nullptr,
               nullptr, nullptr);
  sqlite3_close(db);
}

// Drops the anchor keys (or the keys `drop` picks) of a schema-3 archive (as if it had been
// made without them).
void StripAnchors(const std::string& path, bool (*drop)(int64_t) = archive::IsAnchorKey) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  for (int64_t id : SegmentIds(db)) {
    auto pairs = SegmentPairs(db, id);
    pairs.erase(std::remove_if(pairs.begin(), pairs.end(), [&](auto& p) { return drop(p.first); }), pairs.end());
    const std::string t = "keys_" + std::to_string(id);
    sqlite3_exec(db, ("DELETE FROM " + t).c_str(), nullptr, nullptr, nullptr);
    if (pairs.empty()) continue;
    const std::string data = archive::EncodeKeyBlock(pairs.front().first, pairs);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db, ("INSERT INTO " + t + " VALUES(?,?)").c_str(), -1, &ins, nullptr);
    sqlite3_bind_int64(ins, 1, pairs.front().first);
    sqlite3_bind_blob(ins, 2, data.data(), static_cast<int>(data.size()), SQLITE_STATIC);
    REQUIRE(sqlite3_step(ins) == SQLITE_DONE);
    sqlite3_finalize(ins);
  }
  sqlite3_close(db);
}

}  // namespace

TEST_CASE("check finds a copy that only the anchors propose, also after a migration from schema 1 or 2", "[archive]") {
  // A long wire story and a copy of three of its 40 paragraphs: Jaccard ~0.07, below what the
  // bandings find, contained whole (a copy by containment). No band key is shared; the stored
  // anchors (a quarter of the engine's) are.
  TempDir dir;
  const std::string story = Story(4242, 40);
  std::string part;
  {
    size_t pos = 0;
    for (int p = 0; p < 8; ++p) {
      const size_t e = story.find("\n\n", pos);
      if (p >= 5) part += story.substr(pos, e - pos) + "\n\n";
      pos = e + 2;
    }
  }
  std::vector<corpus::Article> old_arts = {Art("wire-long", story, "2025-04-01T08:00:00Z")};
  for (unsigned k = 0; k < 6; ++k) old_arts.push_back(Art("other" + std::to_string(k), Story(700 + k, 5), "2025-04-01"));
  const std::vector<corpus::Article> new_arts = {Art("site-part", part, "2025-04-02T09:00:00Z")};
  WriteOldNewAll(dir, old_arts, new_arts);
  pipeline::RunOptions run = Run2();

  auto batch_run = pipeline::Run({dir / "all.jsonl"}, run, nullptr);
  REQUIRE(batch_run.ok());
  const auto b = Clusters(batch_run.value());
  REQUIRE(b.at("site-part").second == std::vector<std::string>{"site-part", "wire-long"});
  CHECK(batch_run.value().dedup.stats.anchor_pairs >= 1);

  {
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate, run);
    REQUIRE(a->AddInputs({dir / "old.jsonl"}, run, nullptr).ok());
    // The pair shares anchor keys and no band key
    auto shared = SharedKeys(*a, old_arts[0], new_arts[0], run);
    // (and loose keys, under the engine's count: a part this small shares few of the 48)
    shared.erase(std::remove_if(shared.begin(), shared.end(), archive::IsLooseKey), shared.end());
    REQUIRE_FALSE(shared.empty());
    CHECK(std::all_of(shared.begin(), shared.end(), archive::IsAnchorKey));
  }
  auto check = [&] {
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kReadOnly, run);
    archive::CheckStats stats;
    auto r = archive::Check(*a, {dir / "new.jsonl"}, run, {}, nullptr, &stats);
    REQUIRE(r.ok());
    CHECK(stats.reached == 1);
    CHECK(Clusters(r.value()).at("site-part") == b.at("site-part"));
  };
  check();

  const auto pairs = AllPairs(dir / "wire.db");

  // A schema-2 archive (a row per (key, article)) is refused read-only, migrated on a
  // read-write open into the same pairs in key blocks, and finds the copy as before.
  DowngradeToSchema2(dir / "wire.db");
  {
    auto ro2 = archive::Archive::Open(dir / "wire.db", {}, archive::OpenMode::kReadOnly, &run.dedup);
    REQUIRE_FALSE(ro2.ok());
    CHECK_THAT(ro2.status().message(), Catch::Contains("needs a migration"));
  }
  OpenOk(dir / "wire.db", archive::OpenMode::kReadWrite, run);
  CHECK(UserVersion(dir / "wire.db") == archive::kSchemaVersion);
  CHECK(AllPairs(dir / "wire.db") == pairs);
  check();

  {
    // Without its anchors the archive misses the copy.
    StripAnchors(dir / "wire.db");
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kReadOnly, run);
    archive::CheckStats stats;
    REQUIRE(archive::Check(*a, {dir / "new.jsonl"}, run, {}, nullptr, &stats).ok());
    CHECK(stats.reached == 0);
  }
  // A schema-1 archive (rows, no anchor keys) is refused read-only, migrated on a read-write
  // open (the segments into key blocks, the anchors recomputed from the stored texts), and then
  // finds the copy.
  DowngradeToSchema1(dir / "wire.db");
  auto ro = archive::Archive::Open(dir / "wire.db", {}, archive::OpenMode::kReadOnly, &run.dedup);
  REQUIRE_FALSE(ro.ok());
  CHECK_THAT(ro.status().message(), Catch::Contains("needs a migration"));
  OpenOk(dir / "wire.db", archive::OpenMode::kReadWrite, run);
  CHECK(UserVersion(dir / "wire.db") == archive::kSchemaVersion);
  CHECK(AllPairs(dir / "wire.db") == pairs);
  check();

  // Another anchor rate than the archive's is refused, naming both.
  pipeline::RunOptions other = Run2();
  other.dedup.anchor_rate = 0.25;
  auto a = archive::Archive::Open(dir / "wire.db", {}, archive::OpenMode::kReadOnly, &other.dedup);
  REQUIRE_FALSE(a.ok());
  CHECK_THAT(a.status().message(), Catch::Contains("anchor rate 0.125"));
}

namespace {

// `story` with `per_mille` of its words (on average) replaced in place by other words of the
// vocabulary (the first of a one-paragraph Story), or by words of no story (`fresh`).
std::string Reworded(const std::string& story, unsigned per_mille, unsigned seed, bool fresh = false) {
  auto some_word = [](unsigned s) {
    const std::string p = Story(s, 1);
    return p.substr(0, p.find(' '));
  };
  std::string reworded;
  unsigned x = seed;
  size_t pos = 0;
  while (pos < story.size()) {
    const size_t e = std::min(story.find_first_of(" .\n", pos), story.size());
    x = x * 1103515245u + 12345u;
    const std::string word = story.substr(pos, e - pos);
    if ((x >> 16) % 1000 < per_mille && !word.empty())
      reworded += fresh ? "new" + std::to_string(x % 100000) : some_word(x % 1000);
    else
      reworded += word;
    if (e < story.size()) reworded += story[e];
    pos = e + 1;
  }
  return reworded;
}

// An archived wire story (`story`, six other stories beside it) and a new article `reworded`:
// with `rule` on, the batch run joins them and check reaches the wire and gives the same
// cluster; with it off (`off` applied to the options), neither does.
void CheckRewordedCopy(const std::string& story, const std::string& reworded, unsigned others_seed,
                       const std::function<void(pipeline::DedupOptions*)>& off) {
  TempDir dir;
  std::vector<corpus::Article> old_arts = {Art("wire", story, "2025-05-01T08:00:00Z")};
  for (unsigned k = 0; k < 6; ++k)
    old_arts.push_back(Art("other" + std::to_string(k), Story(others_seed + k, 15), "2025-05-01"));
  const std::vector<corpus::Article> new_arts = {Art("reworded", reworded, "2025-05-02T09:00:00Z")};
  WriteOldNewAll(dir, old_arts, new_arts);
  for (const bool rule : {true, false}) {
    INFO("rule " << (rule ? "on" : "off"));
    pipeline::RunOptions run = Run2();
    if (!rule) off(&run.dedup);
    auto batch_run = pipeline::Run({dir / "all.jsonl"}, run, nullptr);
    REQUIRE(batch_run.ok());
    const auto b = Clusters(batch_run.value());
    CHECK(b.at("reworded").second ==
          (rule ? std::vector<std::string>{"reworded", "wire"} : std::vector<std::string>{"reworded"}));
    TempDir d2;
    auto a = OpenOk(d2 / "wire.db", archive::OpenMode::kCreate, run);
    REQUIRE(a->AddInputs({dir / "old.jsonl"}, run, nullptr).ok());
    archive::CheckStats stats;
    auto r = archive::Check(*a, {dir / "new.jsonl"}, run, {}, nullptr, &stats);
    REQUIRE(r.ok());
    CHECK(stats.reached == (rule ? 1u : 0u));
    CHECK(Clusters(r.value()).at("reworded") == b.at("reworded"));
  }
}

}  // namespace

TEST_CASE("check finds a new article that rewords an archived story, as the batch run does", "[archive]") {
  // A wire story of 600 words and an outlet's copy with about a quarter of its words replaced in
  // place (by other words of the vocabulary): 5-word shingles mostly broken (Jaccard ~0.15, no
  // copy by Jaccard, containment or heavy edit), word pairs mostly kept: a reworded copy
  // (docs/clustering.md). It is proposed by the stored anchors and kept by pipeline::MayJoin,
  // which compares the two texts' loose samples as the engine does.
  const std::string story = Story(5151, 15);
  CheckRewordedCopy(story, Reworded(story, 250, 80), 800, [](pipeline::DedupOptions* o) { o->reworded_jaccard = 2; });
}

TEST_CASE("check finds a copy only the wide samples tell, as the batch run does", "[archive]") {
  // The same with about half the words replaced by words of no story: the 48-value samples' tests
  // turn the copy down, the wide samples' test (reworded_wide) takes it, in the batch run and in
  // check alike (check makes both texts' wide samples for pipeline::MayJoin). (Copies reworded
  // this much are often proposed by the loose samples alone, a candidate source the archive does
  // not keep: then check does not reach them.)
  const std::string story = Story(5252, 15);
  CheckRewordedCopy(story, Reworded(story, 480, 1, /*fresh=*/true), 900,
                    [](pipeline::DedupOptions* o) { o->reworded_wide = 2; });
}

TEST_CASE("check finds a copy only the loose samples propose; an archive made before the loose keys gets them",
          "[archive]") {
  // A wire story and an outlet's copy with about half its words replaced by words of no story:
  // no band key shared, and the archive here keeps few anchors (anchor_share 0.02), none shared;
  // the two loose samples share 8 values or more of 48, as the engine's fourth candidate source
  // asks, and the archive's loose keys are those 48 values.
  TempDir dir;
  const std::string story = Story(5353, 15);
  std::vector<corpus::Article> old_arts = {Art("wire", story, "2025-05-01T08:00:00Z")};
  for (unsigned k = 0; k < 6; ++k) old_arts.push_back(Art("other" + std::to_string(k), Story(950 + k, 15), "2025-05-01"));
  const std::vector<corpus::Article> new_arts = {
      Art("reworded", Reworded(story, 450, 3, /*fresh=*/true), "2025-05-02T09:00:00Z")};
  WriteOldNewAll(dir, old_arts, new_arts);
  pipeline::RunOptions run = Run2();
  auto batch_run = pipeline::Run({dir / "all.jsonl"}, run, nullptr);
  REQUIRE(batch_run.ok());
  const auto b = Clusters(batch_run.value());
  REQUIRE(b.at("reworded").second == std::vector<std::string>{"reworded", "wire"});
  archive::ArchiveOptions few_anchors;
  few_anchors.anchor_share = 0.02;
  {
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate, run, few_anchors);
    REQUIRE(a->AddInputs({dir / "old.jsonl"}, run, nullptr).ok());
    const auto shared = SharedKeys(*a, old_arts[0], new_arts[0], run);
    CHECK(std::all_of(shared.begin(), shared.end(), archive::IsLooseKey));
    CHECK(shared.size() >= pipeline::LooseMinShared(run.dedup));
  }
  auto reached = [&](archive::OpenMode mode) {
    auto a = OpenOk(dir / "wire.db", mode, run, few_anchors);
    archive::CheckStats stats;
    auto r = archive::Check(*a, {dir / "new.jsonl"}, run, {}, nullptr, &stats);
    REQUIRE(r.ok());
    if (stats.reached == 1) CHECK(Clusters(r.value()).at("reworded") == b.at("reworded"));
    return stats.reached;
  };
  CHECK(reached(archive::OpenMode::kReadOnly) == 1);
  const auto pairs = AllPairs(dir / "wire.db");
  auto loose_keys = [&] {
    auto st = OpenOk(dir / "wire.db", archive::OpenMode::kReadOnly, run, few_anchors)->Stats();
    REQUIRE(st.ok());
    return st.value().loose_keys;
  };
  CHECK(loose_keys() == pipeline::kLooseSample);

  // An archive made before the loose keys (none stored, no loose_keys meta row) misses it read
  // only; opened for writing it gets every article's loose keys, recomputed from the stored
  // texts, and finds it.
  StripAnchors(dir / "wire.db", archive::IsLooseKey);
  {
    sqlite3* db = nullptr;
    sqlite3_open((dir / "wire.db").c_str(), &db);
    sqlite3_exec(db, "DELETE FROM meta WHERE key='loose_keys'", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  CHECK(AllPairs(dir / "wire.db") != pairs);
  CHECK(reached(archive::OpenMode::kReadOnly) == 0);
  CHECK(loose_keys() == 0);
  OpenOk(dir / "wire.db", archive::OpenMode::kReadWrite, run, few_anchors);
  CHECK(AllPairs(dir / "wire.db") == pairs);
  CHECK(loose_keys() == pipeline::kLooseSample);
  CHECK(reached(archive::OpenMode::kReadOnly) == 1);
}

TEST_CASE("the archive's anchors are the engine's, per script, sampled by anchor_share", "[archive]") {
  // A Latin article (word shingles) and a Han one (character grams, a quarter of the rate): with
  // anchor_share 1 the stored anchors are exactly the engine's (SketchStore's set below the
  // limit ClusterSketches uses); with 1/4, those below a quarter of it.
  static const char* han[] = {"经", "济", "部", "长", "出", "口", "增", "长", "港", "口", "粮", "食", "钢", "铁",
                              "铜", "银", "行", "利", "率", "价", "格", "季", "度", "关", "税", "农", "民", "预", "算"};
  std::string zh;
  unsigned x = 7;
  for (int i = 0; i < 900; ++i) {
    x = x * 1103515245u + 12345u;
    zh += han[(x >> 16) % 29];
    if (i % 40 == 39) zh += "。";
  }
  const auto docs = Normalize({Art("en", Story(31, 12), "2025-05-01"), Art("zh", zh, "2025-05-01")});
  pipeline::RunOptions run = Run2();
  pipeline::SketchStore store(run.dedup.shingles, run.dedup.minhash);
  store.Add(docs, 2);
  REQUIRE(store.meta(0).unit == pipeline::ShingleUnit::kWords);
  REQUIRE(store.meta(1).unit != pipeline::ShingleUnit::kWords);
  for (double share : {1.0, 0.25}) {
    TempDir dir;
    archive::ArchiveOptions o;
    o.anchor_share = share;
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate, run, o);
    archive::SketchScratch scratch(run.dedup.shingles);
    for (size_t i = 0; i < docs.size(); ++i) {
      INFO(docs[i].article.id << " share " << share);
      const bool chars = store.meta(i).unit != pipeline::ShingleUnit::kWords;
      auto limit = static_cast<uint32_t>((chars ? run.dedup.anchor_rate / 4 : run.dedup.anchor_rate) * 4294967295.0);
      if (share < 1) limit = static_cast<uint32_t>(limit * share);
      std::vector<int64_t> want;
      for (uint32_t v : store.shingles(i))
        if (v < limit) want.push_back(-1 - static_cast<int64_t>(v));
      std::sort(want.begin(), want.end());
      archive::ArticleSketch sk;
      a->Sketch(docs[i], &scratch, &sk);
      std::vector<int64_t> got;
      std::copy_if(sk.band_keys.begin(), sk.band_keys.end(), std::back_inserter(got), archive::IsAnchorKey);
      CHECK(got == want);
      CHECK(got.size() >= (share < 1 ? 2u : 10u));
      CHECK(std::equal(sk.shingles.begin(), sk.shingles.end(), store.shingles(i).begin(), store.shingles(i).end()));
    }
  }
}

TEST_CASE("key blocks hold sorted (key, article) pairs and never split a key", "[archive]") {
  std::vector<std::pair<int64_t, int64_t>> pairs;
  for (int64_t k : {-1 - int64_t{5000000}, int64_t{-3}, int64_t{0}, int64_t{7}, int64_t{1} << 47, (int64_t{1} << 48) - 1})
    for (int64_t a = 1; a <= 5; ++a) pairs.emplace_back(k, a * 1000003);
  archive::KeyBlockBuilder b(4);
  std::vector<std::pair<int64_t, std::string>> blocks;
  for (const auto& [k, a] : pairs) {
    if (b.CutsBefore(k)) {
      blocks.emplace_back(b.lo(), b.data());
      b.Clear();
    }
    b.Add(k, a);
  }
  blocks.emplace_back(b.lo(), b.data());
  CHECK(blocks.size() == 6);  // 4 pairs a block, but a key's 5 articles stay together
  std::vector<std::pair<int64_t, int64_t>> back;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const size_t before = back.size();
    REQUIRE(archive::DecodeKeyBlock(blocks[i].first, blocks[i].second, &back));
    CHECK(back[before].first == blocks[i].first);
    if (i + 1 < blocks.size()) CHECK(back.back().first < blocks[i + 1].first);
  }
  CHECK(back == pairs);
  CHECK(archive::EncodeKeyBlock(pairs.front().first, {pairs.begin(), pairs.begin() + 5}) == blocks[0].second);
  std::vector<std::pair<int64_t, int64_t>> bad;
  CHECK_FALSE(archive::DecodeKeyBlock(0, std::string("\x81", 1), &bad));
}


TEST_CASE("another story under an archived id made from a file's name is refused; check reads the archived one marked", "[archive]") {
  TempDir dir;
  std::string monday = Story(301, 6), tuesday = Story(302, 6);
  // Feeds without ids, in a folder a day: each record's id is "feed-" and its line.
  std::filesystem::create_directory(dir / "mon");
  std::filesystem::create_directory(dir / "tue");
  std::filesystem::create_directory(dir / "fix");
  auto no_id = [](const std::string& path, const std::string& text) {
    std::ofstream f(path);
    std::string t;
    for (char c : text) t += c == '\n' ? std::string("\\n") : std::string(1, c);
    f << "{\"published\":\"2025-03-02\",\"text\":\"" << t << "\"}\n";
  };
  // Both end on the site's footer, which the boilerplate filter cannot tell from one page.
  const std::string footer =
      "\n\nCopyright 2025 The Harbour Gazette. All rights reserved. This material may not be published, "
      "broadcast, rewritten or redistributed in any form without the written permission of the publisher, "
      "who can be reached at the address printed on the back page of every edition.\n\n";
  monday += footer;
  tuesday += footer;
  no_id(dir / "mon/feed.jsonl", monday);
  // The next day's feed: another story under the same derived id; a version of the first (a
  // correction shares most of its text) replaces it.
  no_id(dir / "tue/feed.jsonl", tuesday);
  no_id(dir / "fix/feed.jsonl", Edit(monday, 2, "Corrected."));
  pipeline::RunOptions run = Run2();
  auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
  REQUIRE(a->AddInputs({dir / "mon/feed.jsonl"}, run, nullptr).ok());
  auto r = a->AddInputs({dir / "tue/feed.jsonl"}, run, nullptr);
  REQUIRE(r.ok());
  CHECK(r.value().replaced == 0);
  CHECK(r.value().refused == 1);
  REQUIRE(r.value().read.rejected.size() == 1);
  CHECK(r.value().read.rejected[0].reason.find("archived (archive_id 1) with another story") != std::string::npos);
  // A copy of Monday's story checked beside Tuesday's feed-1 still finds the archived one.
  WriteJsonl(dir / "site.jsonl", {Art("site-copy", Edit(monday, 1, "Our desk."), "2025-03-03")});
  archive::CheckStats stats;
  auto checked = archive::Check(*a, {dir / "tue/feed.jsonl", dir / "site.jsonl"}, run, {}, nullptr, &stats);
  REQUIRE(checked.ok());
  CHECK(stats.reached == 1);
  const auto c = Clusters(checked.value());
  REQUIRE(c.count("site-copy"));
  CHECK(c.at("site-copy").second == std::vector<std::string>{"feed-1 (archived)", "site-copy"});
  r = a->AddInputs({dir / "fix/feed.jsonl"}, run, nullptr);
  REQUIRE(r.ok());
  CHECK(r.value().replaced == 1);
  CHECK(r.value().read.rejected.empty());
}

TEST_CASE("an archive in memory is refused; a reader that may not write leaves no files beside the archive", "[archive]") {
  TempDir dir;
  for (const std::string name : {"", ":memory:"}) {
    auto a = archive::Archive::Open(name, {}, archive::OpenMode::kCreate, nullptr);
    REQUIRE_FALSE(a.ok());
    CHECK(a.status().message().find("--db: give the archive's file name") == 0);
  }
  CHECK_FALSE(archive::Archive::Open(dir / "missing.db", {}, archive::OpenMode::kReadWrite, nullptr).ok());
  WriteJsonl(dir / "mon.jsonl", {Art("a", Story(5, 4), "2025-03-02")});
  pipeline::RunOptions run = Run2();
  {
    auto a = OpenOk(dir / "wire.db", archive::OpenMode::kCreate);
    REQUIRE(a->AddInputs({dir / "mon.jsonl"}, run, nullptr).ok());
  }
  // A read-only copy in a read-only directory (as a reader without write access sees it).
  std::filesystem::create_directory(dir / "ro");
  std::filesystem::copy_file(dir / "wire.db", dir / "ro/wire.db");
  std::filesystem::permissions(dir / "ro", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  if (::access((dir / "ro").c_str(), W_OK) != 0) {  // (root may write anywhere: nothing to tell)
    auto a = archive::Archive::Open(dir / "ro/wire.db", {}, archive::OpenMode::kReadOnly, nullptr);
    REQUIRE(a.ok());
    CHECK(a.value()->Stats().value().articles == 1);
  }
  std::filesystem::permissions(dir / "ro", std::filesystem::perms::owner_all);
  CHECK_FALSE(std::filesystem::exists(dir / "ro/wire.db-wal"));
}
