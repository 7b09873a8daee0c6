#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

#include "normalizers/normalize.h"
#include "pipeline/dedup.h"
#include "pipeline/sketch.h"

using namespace copydesk;

namespace {

std::string TempDir() { return std::filesystem::temp_directory_path().string(); }

std::vector<uint32_t> SortedRandom(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<uint32_t> v(n);
  for (auto& x : v) x = static_cast<uint32_t>(rng());
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

}  // namespace

TEST_CASE("spilled shingle sets read back as they were written", "[pipeline][sketch]") {
  const uint32_t below = 0x20000000u;  // an eighth of the values, as the default anchors
  pipeline::SketchStore spilled({}, {}), memory({}, {});
  REQUIRE(spilled.SpillShingles(TempDir(), below).ok());
  CHECK(spilled.spilled());
  CHECK_FALSE(memory.spilled());
  const std::vector<std::vector<uint32_t>> sets = {
      {},                                          // empty
      {7},                                         // one value, resident
      {0xFFFFFFFFu},                               // one value, the largest: spilled
      {0, below - 1, below, below + 1, 0xFFFFFFFEu, 0xFFFFFFFFu},  // both sides of the line
      {below},                                     // exactly at the line: spilled
      {1, 2, 3},                                   // all resident
      {0xF0000000u, 0xF0000001u},                  // all spilled
      SortedRandom(5000, 1),
      SortedRandom(600, 2),
  };
  const std::vector<uint32_t> sig(128, 42);
  for (size_t i = 0; i < sets.size(); ++i) {
    pipeline::ArticleInfo info;
    info.id = "a" + std::to_string(i);
    spilled.Append(info, sig, sets[i]);
    memory.Append(info, sig, sets[i]);
  }
  std::vector<uint32_t> scratch;
  for (size_t i = 0; i < sets.size(); ++i) {
    INFO("set " << i);
    auto got = spilled.Shingles(i, &scratch);
    CHECK(std::vector<uint32_t>(got.begin(), got.end()) == sets[i]);
    CHECK(spilled.shingle_count(i) == sets[i].size());
    auto resident = spilled.resident_shingles(i);
    const auto cut = std::lower_bound(sets[i].begin(), sets[i].end(), below);
    CHECK(std::vector<uint32_t>(resident.begin(), resident.end()) == std::vector<uint32_t>(sets[i].begin(), cut));
    auto in_memory = memory.Shingles(i, &scratch);
    CHECK(std::vector<uint32_t>(in_memory.begin(), in_memory.end()) == sets[i]);
    CHECK(memory.shingles(i).size() == sets[i].size());
    auto s = spilled.signature(i);
    CHECK(std::vector<uint32_t>(s.begin(), s.end()) == sig);
  }
  // A store that is not spilled keeps every value in memory.
  CHECK(memory.resident_below() == uint64_t{1} << 32);
  CHECK(spilled.bytes() < memory.bytes());
}

TEST_CASE("sets read in a batch equal sets read one at a time", "[pipeline][sketch]") {
  const uint32_t below = 0x20000000u;
  pipeline::SketchStore spilled({}, {}), memory({}, {});
  REQUIRE(spilled.SpillShingles(TempDir(), below).ok());
  std::vector<std::vector<uint32_t>> sets = {
      {}, {7}, {1, 2, 3},                          // empty, wholly resident
      {0xFFFFFFFFu}, {below}, {0, below - 1, below, 0xFFFFFFFFu},
  };
  for (uint32_t k = 0; k < 40; ++k) sets.push_back(SortedRandom(50 + 97 * k, 100 + k));
  sets.push_back(SortedRandom(20000, 7));        // 70 KB spilled: a run of its own
  sets.push_back({5, 6});                        // wholly resident, with a wide sample's rest
  // The rests of wide loose samples, read with the sets: none for the first three sets, then
  // 1 to kWideSample - kLooseSample values.
  std::vector<pipeline::WideSample> wides(sets.size());
  std::vector<std::vector<uint32_t>> records(sets.size());
  std::mt19937 fill(9);
  for (size_t i = 3; i < sets.size(); ++i) {
    pipeline::WideSample& w = wides[i];
    w.size = static_cast<uint8_t>(pipeline::kLooseSample + 1 + i * 7 % (pipeline::kWideSample - pipeline::kLooseSample));
    for (size_t k = 0; k < w.size; ++k) {
      w.values[k] = static_cast<uint32_t>(fill());
      w.at[k] = static_cast<uint8_t>(fill());
    }
    CHECK(pipeline::PutWideRest(w, &records[i]) == w.size - pipeline::kLooseSample);
  }
  auto rest_of = [&](size_t i) {
    return pipeline::WideRest{records[i], wides[i].size > pipeline::kLooseSample ? wides[i].size - pipeline::kLooseSample : 0u};
  };
  // The wide sample the rest makes again with the sample's first values (the store's LooseSample).
  auto joined = [&](size_t i, const pipeline::WideRest& rest) {
    pipeline::LooseSample first;
    first.size = static_cast<uint8_t>(std::min<size_t>(wides[i].size, pipeline::kLooseSample));
    std::copy_n(wides[i].values, first.size, first.values);
    std::copy_n(wides[i].at, first.size, first.at);
    pipeline::WideSample out;
    pipeline::JoinWide(first, rest, &out);
    return std::make_pair(std::vector<uint32_t>(out.span().begin(), out.span().end()),
                          std::vector<uint8_t>(out.places().begin(), out.places().end()));
  };
  const std::vector<uint32_t> sig(128, 42);
  for (size_t i = 0; i < sets.size(); ++i) {
    pipeline::ArticleInfo info;
    info.id = "b" + std::to_string(i);
    spilled.Append(info, sig, sets[i], rest_of(i));
    memory.Append(info, sig, sets[i], rest_of(i));
  }
  const auto n = static_cast<uint32_t>(sets.size());
  auto check = [&](const pipeline::SketchStore& store, const std::vector<uint32_t>& want, pipeline::SetBatch& batch,
                   size_t max_gap, size_t max_run) {
    store.ReadSets(want, &batch, max_gap, max_run);
    std::vector<uint32_t> unique = want;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    CHECK(batch.articles() == unique);
    std::vector<uint32_t> scratch;
    for (uint32_t i = 0; i < n; ++i) {
      INFO("set " << i << " gap " << max_gap << " run " << max_run);
      const auto* got = batch.Find(i);
      if (!std::binary_search(unique.begin(), unique.end(), i)) {
        CHECK(got == nullptr);
        continue;
      }
      REQUIRE(got != nullptr);
      const auto one = store.Shingles(i, &scratch);
      CHECK(std::vector<uint32_t>(got->begin(), got->end()) == std::vector<uint32_t>(one.begin(), one.end()));
      CHECK(std::vector<uint32_t>(got->begin(), got->end()) == sets[i]);
      // The rest read with the set, and alone, makes the wide sample again.
      const auto want_wide = std::make_pair(std::vector<uint32_t>(wides[i].span().begin(), wides[i].span().end()),
                                            std::vector<uint8_t>(wides[i].places().begin(), wides[i].places().end()));
      CHECK(joined(i, batch.FindRest(i)) == want_wide);
      CHECK(joined(i, store.Rest(i, &scratch)) == want_wide);
    }
  };
  // A rest whose record does not hold its count's values (a malformed message) is dropped: the
  // article has no rest, and the sets after it read as they were written.
  {
    pipeline::SketchStore s1({}, {}), s2({}, {});
    REQUIRE(s2.SpillShingles(TempDir(), below).ok());
    const std::vector<uint32_t> short_record = {1, 2, 3};
    for (pipeline::SketchStore* st : {&s1, &s2}) {
      pipeline::ArticleInfo info;
      info.id = "bad";
      st->Append(info, sig, sets[7], pipeline::WideRest{short_record, 10});
      info.id = "next";
      st->Append(info, sig, sets[8], rest_of(8));
      std::vector<uint32_t> scratch;
      CHECK(st->Rest(0, &scratch).count == 0);
      const auto set = st->Shingles(1, &scratch);
      CHECK(std::vector<uint32_t>(set.begin(), set.end()) == sets[8]);
      CHECK(joined(8, st->Rest(1, &scratch)).first.size() == wides[8].size);
    }
  }
  pipeline::SetBatch batch;  // reused: each read replaces what the last held
  std::vector<uint32_t> all(n);
  for (uint32_t i = 0; i < n; ++i) all[i] = n - 1 - i;  // any order
  for (size_t gap : {size_t{0}, size_t{64}, size_t{8} << 10})
    for (size_t run : {size_t{1}, size_t{4096}, size_t{1} << 20}) check(spilled, all, batch, gap, run);
  // The whole file in one run: one read for every spilled set.
  spilled.ReadSets(all, &batch, size_t{1} << 30, size_t{1} << 30);
  CHECK(batch.reads() == 1);
  // One set a run when nothing may be joined: a read per spilled set.
  spilled.ReadSets(all, &batch, 0, 1);
  size_t spilled_sets = 0;
  for (uint32_t i = 0; i < n; ++i)
    spilled_sets += spilled.resident_shingles(i).size() < sets[i].size() || wides[i].size > pipeline::kLooseSample;
  CHECK(batch.reads() == spilled_sets);
  // Repeats, a subset with gaps between its sets, only resident sets, nothing.
  std::mt19937 rng(5);
  for (int round = 0; round < 20; ++round) {
    std::vector<uint32_t> want;
    for (int k = 0; k < 30; ++k) want.push_back(static_cast<uint32_t>(rng() % n));
    check(spilled, want, batch, 256, 16 << 10);
    check(memory, want, batch, 256, 16 << 10);
  }
  check(spilled, {0, 1, 2, 2}, batch, 8 << 10, 1 << 20);
  CHECK(batch.reads() == 0);
  check(spilled, {}, batch, 8 << 10, 1 << 20);
  // A store that is not spilled: views of its sets, no reads.
  check(memory, all, batch, 8 << 10, 1 << 20);
  CHECK(batch.reads() == 0);
}

TEST_CASE("spilling is set before the first article, and fails cleanly", "[pipeline][sketch]") {
  pipeline::SketchStore store({}, {});
  Status bad = store.SpillShingles("/nonexistent/copydesk-no-such-dir", 1);
  CHECK_FALSE(bad.ok());
  CHECK_FALSE(store.spilled());
  store.Append({}, std::vector<uint32_t>(128, 1), std::vector<uint32_t>{1, 2});
  CHECK_FALSE(store.SpillShingles(TempDir(), 1).ok());
  CHECK_FALSE(store.spilled());
}

TEST_CASE("a spilled store sketches and clusters as one in memory", "[pipeline][sketch]") {
  auto norm = normalizers::Normalizer::Create({}).value();
  std::vector<corpus::Article> arts;
  const char* words[] = {"grain", "harbour", "ministry", "exports", "rose", "Oslo", "copper", "rates", "fell", "steel"};
  for (int i = 0; i < 12; ++i) {
    corpus::Article a;
    a.id = "n" + std::to_string(i);
    unsigned x = static_cast<unsigned>(i % 4) * 2654435761u + 7;
    for (int k = 0; k < 400; ++k) {
      x = x * 1103515245u + 12345u;
      a.raw += words[(x >> 16) % 10];
      a.raw += k % 40 == 39 ? ".\n\n" : " ";
    }
    if (i >= 4) a.raw += "A line of its own number " + std::to_string(i) + " about the harbour.\n";
    arts.push_back(a);
  }
  auto docs = norm->NormalizeAll(std::move(arts), 1);
  pipeline::DedupOptions o;
  o.reports = false;
  pipeline::SketchStore spilled(o.shingles, o.minhash), memory(o.shingles, o.minhash);
  REQUIRE(spilled.SpillShingles(TempDir(), 0x20000000u).ok());
  // In two batches, the second one article at a time.
  std::vector<normalizers::NormalizedArticle> first(docs.begin(), docs.begin() + 5);
  spilled.Add(first, 2);
  memory.Add(first, 2);
  spilled.AddEach(docs.size() - 5, 2, [&](size_t i) { return docs[5 + i]; });
  memory.AddEach(docs.size() - 5, 2, [&](size_t i) { return docs[5 + i]; });
  REQUIRE(spilled.size() == docs.size());
  std::vector<uint32_t> scratch;
  for (size_t i = 0; i < docs.size(); ++i) {
    auto a = spilled.Shingles(i, &scratch);
    auto b = memory.shingles(i);
    CHECK(std::equal(a.begin(), a.end(), b.begin(), b.end()));
    auto sa = spilled.signature(i), sb = memory.signature(i);
    CHECK(std::equal(sa.begin(), sa.end(), sb.begin(), sb.end()));
    CHECK(spilled.id(i) == docs[i].article.id);
  }
  auto ra = pipeline::ClusterSketches(spilled, o), rb = pipeline::ClusterSketches(memory, o);
  REQUIRE(ra.clusters.size() == rb.clusters.size());
  CHECK(ra.clusters.size() < docs.size());  // the copies were found
  for (size_t c = 0; c < ra.clusters.size(); ++c) {
    REQUIRE(ra.clusters[c].members.size() == rb.clusters[c].members.size());
    for (size_t m = 0; m < ra.clusters[c].members.size(); ++m) {
      CHECK(ra.clusters[c].members[m].id == rb.clusters[c].members[m].id);
      CHECK(ra.clusters[c].members[m].jaccard == rb.clusters[c].members[m].jaccard);
    }
  }
}

TEST_CASE("band keys kept instead of signatures cluster as the signatures do", "[pipeline][sketch]") {
  auto norm = normalizers::Normalizer::Create({}).value();
  std::vector<corpus::Article> arts;
  const char* words[] = {"grain", "harbour", "ministry", "exports", "rose", "Oslo", "copper", "rates", "fell", "steel"};
  for (int i = 0; i < 16; ++i) {
    corpus::Article a;
    a.id = "k" + std::to_string(15 - i);  // ids not in input order
    a.url = "https://example.test/" + std::to_string(i);
    a.title = "Title " + std::to_string(i % 5);
    a.published = i % 3 == 0 ? "2024-03-0" + std::to_string(1 + i % 7) : "";
    a.origin.file = i < 8 ? "first.jsonl" : "second.jsonl";
    a.origin.line = static_cast<uint64_t>(i + 1);
    unsigned x = static_cast<unsigned>(i % 5) * 2654435761u + 11;
    for (int k = 0; k < 300; ++k) {
      x = x * 1103515245u + 12345u;
      a.raw += words[(x >> 16) % 10];
      a.raw += k % 30 == 29 ? ".\n\n" : " ";
    }
    if (i % 5 == 1) a.raw += "(Reporting by Reuters)\n";
    if (i >= 5) a.raw += "A line of its own number " + std::to_string(i) + " about the harbour.\n";
    arts.push_back(a);
  }
  arts.push_back(corpus::Article{});  // an empty text: an empty signature
  arts.back().id = "empty";
  auto docs = norm->NormalizeAll(std::move(arts), 1);
  pipeline::DedupOptions o;
  o.reports = false;
  const std::vector<pipeline::BandParams> bandings = {
      pipeline::OptimalBands(o.minhash.num_perm, o.jaccard_threshold, 0.5, 0.5),
      pipeline::OptimalBands(o.minhash.num_perm, o.containment_band_threshold, 0.5, 0.5)};
  pipeline::SketchStore keyed(o.shingles, o.minhash), memory(o.shingles, o.minhash);
  CHECK_FALSE(keyed.KeepBandKeys(bandings).ok());  // not spilled yet
  REQUIRE(keyed.SpillShingles(TempDir(), 0x20000000u).ok());
  REQUIRE(keyed.KeepBandKeys(bandings).ok());
  CHECK_FALSE(keyed.has_signatures());
  std::vector<normalizers::NormalizedArticle> first(docs.begin(), docs.begin() + 6);
  keyed.Add(first, 2);
  memory.Add(first, 2);
  keyed.AddEach(docs.size() - 6, 2, [&](size_t i) { return docs[6 + i]; });
  memory.AddEach(docs.size() - 6, 2, [&](size_t i) { return docs[6 + i]; });
  REQUIRE(keyed.size() == memory.size());
  CHECK(keyed.signature(0).empty());
  CHECK(keyed.banding_index(bandings[1]) == 1);
  std::vector<uint64_t> keys;
  for (size_t t = 0; t < 2; ++t)
    for (size_t band = 0; band < bandings[t].bands; ++band) {
      keyed.BandKeys(t, band, &keys);
      REQUIRE(keys.size() == memory.size());
      for (size_t i = 0; i < memory.size(); ++i)
        if (!memory.meta(i).empty_signature) CHECK(keys[i] == pipeline::BandKey(memory.signature(i), bandings[t], band));
    }
  for (size_t i = 0; i < memory.size(); ++i) {
    const pipeline::ArticleInfo a = keyed.Info(i), b = memory.Info(i);
    CHECK(a.id == docs[i].article.id);
    CHECK(a.url == b.url);
    CHECK(a.url == docs[i].article.url);
    CHECK(a.title == docs[i].article.title);
    CHECK(a.published == docs[i].article.published);
    CHECK(a.origin.file == docs[i].article.origin.file);
    CHECK(a.origin.line == docs[i].article.origin.line);
    CHECK(a.credit.agency == b.credit.agency);
    CHECK(a.credit.begin == b.credit.begin);
    CHECK(a.published_at.has_value() == b.published_at.has_value());
    CHECK(keyed.meta(i).empty_signature == memory.meta(i).empty_signature);
  }
  CHECK(keyed.meta(docs.size() - 1).empty_signature);
  CHECK(keyed.bytes() < memory.bytes());
  auto ra = pipeline::ClusterSketches(keyed, o), rb = pipeline::ClusterSketches(memory, o);
  REQUIRE(ra.clusters.size() == rb.clusters.size());
  CHECK(ra.clusters.size() < docs.size());
  CHECK(ra.stats.candidate_pairs == rb.stats.candidate_pairs);
  for (size_t c = 0; c < ra.clusters.size(); ++c) {
    CHECK(ra.clusters[c].id == rb.clusters[c].id);
    CHECK(ra.clusters[c].canonical_reason == rb.clusters[c].canonical_reason);
    REQUIRE(ra.clusters[c].members.size() == rb.clusters[c].members.size());
    for (size_t m = 0; m < ra.clusters[c].members.size(); ++m) {
      const auto& x = ra.clusters[c].members[m];
      const auto& y = rb.clusters[c].members[m];
      CHECK(x.id == y.id);
      CHECK(x.copy_of == y.copy_of);
      CHECK(x.jaccard == y.jaccard);
      CHECK(x.containment == y.containment);
      CHECK(x.exact_duplicate == y.exact_duplicate);
      CHECK(x.url == y.url);
      CHECK(x.credit.agency == y.credit.agency);
    }
  }
  // The lean clusters expand to the same clusters.
  auto lean = pipeline::ClusterSketchesLean(keyed, o);
  REQUIRE(lean.clusters.size() == ra.clusters.size());
  for (size_t c = 0; c < lean.clusters.size(); ++c) {
    const pipeline::Cluster e = pipeline::ExpandCluster(keyed, lean, c, true);
    CHECK(e.id == ra.clusters[c].id);
    REQUIRE(e.members.size() == ra.clusters[c].members.size());
    for (size_t m = 0; m < e.members.size(); ++m) CHECK(e.members[m].title == ra.clusters[c].members[m].title);
  }
}

TEST_CASE("a store without signatures keeps sets, counts and fields (the distributed run's)", "[pipeline][sketch]") {
  pipeline::SketchStore lean({}, {}), full({}, {});
  lean.DropSignatures();
  CHECK_FALSE(lean.has_signatures());
  const std::vector<uint32_t> sig(128, 9);
  const std::vector<std::vector<uint32_t>> sets = {{3, 5, 8}, SortedRandom(700, 4), {}, {1}};
  for (size_t i = 0; i < sets.size(); ++i) {
    pipeline::ArticleInfo info;
    info.id = "d" + std::to_string(i);
    info.url = "https://example.test/" + std::to_string(i);
    info.title = "Title " + std::to_string(i);
    info.origin.file = "feed.jsonl";
    info.origin.line = i + 1;
    info.content_hash[0] = 100 + i;
    info.unit = i % 2 ? pipeline::ShingleUnit::kCharacters : pipeline::ShingleUnit::kWords;
    full.Append(info, sig, sets[i]);
    if (i == 1)
      lean.AppendCounted(info, sets[i].size());  // in no candidate pair: its size only
    else
      lean.Append(info, {}, sets[i]);
  }
  REQUIRE(lean.size() == sets.size());
  std::vector<uint32_t> scratch;
  for (size_t i = 0; i < sets.size(); ++i) {
    INFO("article " << i);
    CHECK(lean.signature(i).empty());
    CHECK(full.signature(i).size() == 128);
    CHECK(lean.id(i) == full.id(i));
    CHECK(lean.shingle_count(i) == sets[i].size());
    const pipeline::ArticleInfo a = lean.Info(i), b = full.Info(i);
    CHECK(a.url == b.url);
    CHECK(a.title == b.title);
    CHECK(a.origin.line == b.origin.line);
    CHECK(lean.meta(i).content_hash[0] == 100 + i);
    CHECK(lean.meta(i).unit == full.meta(i).unit);
    auto got = lean.Shingles(i, &scratch);
    if (i == 1)
      CHECK(got.empty());  // counted, not kept
    else
      CHECK(std::vector<uint32_t>(got.begin(), got.end()) == sets[i]);
  }
  CHECK(lean.bytes() < full.bytes());
  // Too late once the store holds articles: it keeps its signatures.
  full.DropSignatures();
  CHECK(full.has_signatures());
  CHECK(full.signature(0).size() == 128);
}

TEST_CASE("lead holders counted over parts of a corpus sum to the count over the whole", "[pipeline][sketch]") {
  // What the distributed driver relies on: each rank counts the holders of the lead values
  // among its own articles, and the sums are one process's counts. Ten articles open with the
  // same stock paragraph; the rest of each is its own.
  auto norm = normalizers::Normalizer::Create({}).value();
  std::vector<corpus::Article> arts;
  const char* words[] = {"grain", "harbour", "ministry", "exports", "rose", "Oslo", "copper", "rates", "fell", "steel",
                         "wheat", "bonds", "tariff", "quarter", "board", "vote"};
  for (int i = 0; i < 16; ++i) {
    corpus::Article a;
    a.id = "n" + std::to_string(i);
    if (i < 10) a.raw += "The council said on Monday that the annual harbour review would be published later this month.\n\n";
    unsigned x = static_cast<unsigned>(i) * 2654435761u + 11;
    for (int k = 0; k < 300; ++k) {
      x = x * 1103515245u + 12345u;
      a.raw += words[(x >> 16) % 16];
      a.raw += k % 30 == 29 ? ".\n\n" : " ";
    }
    arts.push_back(a);
  }
  auto docs = norm->NormalizeAll(std::move(arts), 1);
  pipeline::DedupOptions o;
  o.reports = false;
  pipeline::SketchStore whole(o.shingles, o.minhash), part1(o.shingles, o.minhash), part2(o.shingles, o.minhash);
  whole.Add(docs, 1);
  part1.Add(std::vector<normalizers::NormalizedArticle>(docs.begin(), docs.begin() + 7), 1);
  part2.Add(std::vector<normalizers::NormalizedArticle>(docs.begin() + 7, docs.end()), 1);
  const std::vector<uint32_t> values = pipeline::LeadValues(whole, o);
  REQUIRE_FALSE(values.empty());
  std::vector<uint32_t> all, a, b;
  pipeline::CountLeadHolders(whole, o, values, &all);
  pipeline::CountLeadHolders(part1, o, values, &a);
  pipeline::CountLeadHolders(part2, o, values, &b);
  REQUIRE(all.size() == values.size());
  for (size_t k = 0; k < values.size(); ++k) CHECK(all[k] == a[k] + b[k]);
  // The stock paragraph's values are held by all ten articles that open with it.
  CHECK(*std::max_element(all.begin(), all.end()) == 10);
}
