// Throughput of each stage, per core (single thread), on inputs made here or read from
// ../shared when present. Bytes processed are reported, so Google Benchmark prints MB/s.
//
//   cmake -S . -B build-bench -DCOPYDESK_BENCH=ON && cmake --build build-bench -j
//   build-bench/bench/copydesk_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>
#include <myhtml/api.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>

#include "corpus/gzip.h"
#include "corpus/reader.h"
#include "extractors/claims.h"
#include "normalizers/html_extract.h"
#include "normalizers/normalize.h"
#include "pipeline/minhash.h"
#include "pipeline/shingle.h"

using namespace copydesk;

namespace {

// A business-news-like article of about `words` words, deterministic for a seed.
std::string MakeArticle(int seed, int words, bool wrapped) {
  static const char* kWords[] = {"exports", "fell", "almost", "20%", "in", "the", "first", "half",
                                 "while", "imports", "of", "vehicles", "slumped", "46%", "to",
                                 "$5.8", "billion", "trade", "turnover", "was", "down", "8.1%",
                                 "year-on-year", "from", "January", "to", "July", "officials",
                                 "said", "on", "Monday", "and", "the", "ministry", "expects",
                                 "growth", "of", "about", "3%", "next", "year"};
  std::mt19937 rng(seed);
  std::string s;
  int col = 0;
  for (int i = 0; i < words; ++i) {
    const char* w = kWords[rng() % (sizeof kWords / sizeof *kWords)];
    s += w;
    col += static_cast<int>(std::strlen(w)) + 1;
    if (i % 40 == 39) {
      s += ".\n\n";
      col = 0;
    } else if (wrapped && col > 60) {
      s += '\n';
      col = 0;
    } else {
      s += ' ';
    }
  }
  return s;
}

std::vector<corpus::Article> TextArticles(bool wrapped) {
  std::vector<corpus::Article> v;
  for (int i = 0; i < 200; ++i) {
    corpus::Article a;
    a.id = std::to_string(i);
    a.raw = MakeArticle(i, 600, wrapped);
    v.push_back(a);
  }
  return v;
}

// Normalizes every article once per iteration and reports input bytes processed.
void NormalizeEach(benchmark::State& state, const std::vector<corpus::Article>& arts) {
  auto norm = normalizers::Normalizer::Create({}).value();
  size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& a : arts) {
      auto d = norm->Finish(norm->Prepare(a), nullptr);
      benchmark::DoNotOptimize(d.text.data());
      bytes += a.raw.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_NormalizePlainText(benchmark::State& state) {
  NormalizeEach(state, TextArticles(state.range(0) != 0));
}
BENCHMARK(BM_NormalizePlainText)->Arg(0)->Arg(1)->ArgNames({"wrapped"});

// The pages of ../shared/data/aeb-dev (news pages from many sites), or none when it is absent.
std::vector<corpus::Article> NewsPages() {
  std::vector<corpus::Article> pages;
  std::string dir = std::string(COPYDESK_SOURCE_DIR) + "/../shared/data/aeb-dev/html";
  if (!std::filesystem::exists(dir)) return pages;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    auto bytes = corpus::ReadFileBytes(e.path().string());
    if (!bytes.ok()) continue;
    corpus::Article a;
    a.id = e.path().filename().string();
    a.format = corpus::Format::kHtml;
    a.raw = std::move(bytes).value();
    pages.push_back(std::move(a));
  }
  return pages;
}

void BM_NormalizeHtml(benchmark::State& state) {
  std::vector<corpus::Article> pages = NewsPages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/aeb-dev is absent");
    return;
  }
  NormalizeEach(state, pages);
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(state.iterations() * pages.size()),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_NormalizeHtml)->Unit(benchmark::kMillisecond);

// MyHTML's parse alone, on the same pages as ExtractHtml hands them to it (scripts and styles
// cut), one tree reused as ExtractHtml does: the bound on HTML speed.
void BM_MyHtmlParseOnly(benchmark::State& state) {
  std::vector<corpus::Article> pages = NewsPages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/aeb-dev is absent");
    return;
  }
  size_t bytes = 0;
  std::vector<std::string> lean;
  for (const auto& p : pages) lean.push_back(normalizers::DropRawText(p.raw));
  myhtml_t* myhtml = myhtml_create();
  myhtml_init(myhtml, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
  myhtml_tree_t* tree = myhtml_tree_create();
  myhtml_tree_init(tree, myhtml);
  for (auto _ : state) {
    for (size_t k = 0; k < pages.size(); ++k) {
      myhtml_parse(tree, MyENCODING_UTF_8, lean[k].data(), lean[k].size());
      benchmark::DoNotOptimize(myhtml_tree_get_document(tree));
      bytes += pages[k].raw.size();
    }
  }
  myhtml_tree_destroy(tree);
  myhtml_destroy(myhtml);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(state.iterations() * pages.size()),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_MyHtmlParseOnly)->Unit(benchmark::kMillisecond);

void BM_Signatures(benchmark::State& state) {
  auto norm = normalizers::Normalizer::Create({}).value();
  std::vector<std::string> folded;
  for (auto& a : TextArticles(false)) folded.push_back(norm->Finish(norm->Prepare(a), nullptr).folded);
  pipeline::Shingler sh({});
  pipeline::MinHasher mh({});
  std::vector<uint64_t> set;
  std::vector<uint32_t> sig;
  size_t docs = 0;
  for (auto _ : state) {
    for (const auto& f : folded) {
      sh.Shingle(f, &set);
      mh.Sign(set, &sig);
      benchmark::DoNotOptimize(sig.data());
      ++docs;
    }
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(docs), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Signatures);

// Extracts the claims of `docs` once per iteration and reports bytes of text processed.
void ExtractAll(benchmark::State& state, const extractors::ClaimExtractor& ex,
                const std::vector<normalizers::NormalizedArticle>& docs) {
  size_t bytes = 0;
  std::vector<extractors::Claim> out;
  for (auto _ : state) {
    for (const auto& d : docs) {
      out.clear();
      ex.Extract(d, &out);
      bytes += d.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_Claims(benchmark::State& state) {
  auto norm = normalizers::Normalizer::Create({}).value();
  auto ex = extractors::ClaimExtractor::Create({}).value();
  std::vector<normalizers::NormalizedArticle> docs;
  for (auto& a : TextArticles(false)) docs.push_back(norm->Finish(norm->Prepare(a), nullptr));
  ExtractAll(state, *ex, docs);
}
BENCHMARK(BM_Claims);

// Claims on the bundled sample corpus (business news written for copydesk), normalized once.
void BM_ClaimsSamples(benchmark::State& state) {
  auto norm = normalizers::Normalizer::Create({}).value();
  auto ex = extractors::ClaimExtractor::Create({}).value();
  std::vector<normalizers::NormalizedArticle> docs;
  for (const auto& e : std::filesystem::directory_iterator(std::string(COPYDESK_SOURCE_DIR) + "/corpus/samples")) {
    if (e.path().extension() != ".txt") continue;
    corpus::Article a;
    a.id = e.path().stem().string();
    a.raw = corpus::ReadFileBytes(e.path().string()).value();
    docs.push_back(norm->Finish(norm->Prepare(a), nullptr));
  }
  ExtractAll(state, *ex, docs);
}
BENCHMARK(BM_ClaimsSamples);

// Claims on the article text extracted from the aeb-dev news pages (many sites and subjects).
void BM_ClaimsNewsPages(benchmark::State& state) {
  auto norm = normalizers::Normalizer::Create({}).value();
  auto ex = extractors::ClaimExtractor::Create({}).value();
  std::vector<normalizers::NormalizedArticle> docs;
  for (const auto& a : NewsPages()) docs.push_back(norm->Finish(norm->Prepare(a), nullptr));
  if (docs.empty()) {
    state.SkipWithError("../shared/data/aeb-dev is absent");
    return;
  }
  ExtractAll(state, *ex, docs);
}
BENCHMARK(BM_ClaimsNewsPages);

// Claims on the articles of the JSONL file named by COPYDESK_BENCH_CLAIMS (normalized once), so
// that the CLI's figure on a corpus can be set against the extraction's on the same text
// (bench/claims_cli_vs_bench.sh).
void BM_ClaimsCorpus(benchmark::State& state) {
  const char* path = std::getenv("COPYDESK_BENCH_CLAIMS");
  if (path == nullptr) {
    state.SkipWithError("set COPYDESK_BENCH_CLAIMS to a JSONL file");
    return;
  }
  auto norm = normalizers::Normalizer::Create({}).value();
  auto ex = extractors::ClaimExtractor::Create({}).value();
  corpus::ReadReport r = corpus::ReadInputs({path}, corpus::ReadOptions{});
  std::vector<normalizers::NormalizedArticle> docs = norm->NormalizeAll(std::move(r.articles), 1);
  ExtractAll(state, *ex, docs);
}
BENCHMARK(BM_ClaimsCorpus);

}  // namespace

BENCHMARK_MAIN();
