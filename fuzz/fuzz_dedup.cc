// Splits arbitrary bytes into a few articles and runs them through the whole job after the
// readers: normalize (with source maps), Deduplicate with paragraph reports, claims, MergeClaims,
// then every writer. Checks the clustering invariants and that every output is valid UTF-8 and
// JSON.
//
// Input: articles separated by "\n===\n" (at most 6), each optionally starting with a header
// line "#published|source|title|url"; an article starting with '<' is HTML, else text. Bytes
// are repaired to UTF-8 first, as the readers do.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "corpus/utf8.h"
#include "extractors/claims.h"
#include "extractors/merge.h"
#include "fuzz/fuzz_check.h"
#include "normalizers/normalize.h"
#include "pipeline/dedup.h"
#include "pipeline/writers.h"

namespace {

using namespace copydesk;

constexpr std::string_view kSeparator = "\n===\n";
constexpr size_t kMaxArticles = 6;

std::string Field(std::string_view* header) {
  size_t bar = header->find('|');
  std::string f(header->substr(0, bar));
  header->remove_prefix(bar == std::string_view::npos ? header->size() : bar + 1);
  corpus::RepairUtf8(&f);
  return f;
}

corpus::Article MakeArticle(size_t k, std::string_view part) {
  corpus::Article a;
  a.id = "a" + std::to_string(k);
  a.origin = corpus::Origin{"fuzz", k + 1};
  if (part.starts_with('#')) {
    size_t nl = part.find('\n');
    std::string_view header = part.substr(1, nl == std::string_view::npos ? part.npos : nl - 1);
    part.remove_prefix(nl == std::string_view::npos ? part.size() : nl + 1);
    a.published = Field(&header);
    a.source = Field(&header);
    a.title = Field(&header);
    a.url = Field(&header);
  }
  a.format = part.starts_with('<') ? corpus::Format::kHtml : corpus::Format::kText;
  a.raw.assign(part);
  a.repaired_bytes = corpus::RepairUtf8(&a.raw);
  return a;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto norm = [] {
    normalizers::NormalizeOptions o;
    o.keep_source_map = true;
    return normalizers::Normalizer::Create(o).value().release();
  }();
  static auto claim_ex = extractors::ClaimExtractor::Create({}).value().release();

  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<corpus::Article> articles;
  while (articles.size() < kMaxArticles) {
    size_t sep = articles.size() + 1 < kMaxArticles ? in.find(kSeparator) : in.npos;
    articles.push_back(MakeArticle(articles.size(), in.substr(0, sep)));
    if (sep == std::string_view::npos) break;
    in.remove_prefix(sep + kSeparator.size());
  }

  pipeline::RunResult r;
  r.read.records_read = articles.size();
  r.read.input_files = 1;
  r.docs = norm->NormalizeAll(std::move(articles), 1);
  pipeline::RunOptions options;
  options.threads = 1;
  options.dedup.threads = 1;
  r.dedup = pipeline::Deduplicate(r.docs, options.dedup);

  // Every article in exactly one cluster, canonical first.
  std::vector<int> seen(r.docs.size(), 0);
  for (const auto& c : r.dedup.clusters) {
    if (c.members.empty() || c.members.front().article != c.canonical) __builtin_trap();
    for (const auto& m : c.members) {
      if (m.article >= r.docs.size() || m.id != r.docs[m.article].article.id) __builtin_trap();
      ++seen[m.article];
    }
  }
  for (int n : seen)
    if (n != 1) __builtin_trap();

  for (const auto& d : r.docs) {
    const size_t before = r.claims.size();
    claim_ex->Extract(d, &r.claims);
    for (size_t i = before; i < r.claims.size(); ++i) {
      const auto& c = r.claims[i];
      if (c.span_begin > c.span_end || c.span_end > d.text.size()) __builtin_trap();
    }
  }
  std::unordered_map<std::string, std::string> cluster_of;
  for (const auto& c : r.dedup.clusters)
    for (const auto& m : c.members) cluster_of[r.docs[m.article].article.id] = c.id;
  r.merged = extractors::MergeClaims(r.claims, cluster_of);
  for (const auto& m : r.merged.merged)
    if (m.claim == nullptr || m.articles.empty()) __builtin_trap();

  fuzz::CheckJsonl("articles.jsonl", pipeline::ArticlesJsonl(r));
  fuzz::CheckJson("clusters.json", pipeline::ClustersJson(r, true));
  fuzz::CheckJsonl("claims.jsonl", pipeline::ClaimsJsonl(r));
  fuzz::CheckJsonl("merged_claims.jsonl", pipeline::MergedClaimsJsonl(r));
  fuzz::CheckJson("manifest.json", pipeline::ManifestJson(r, {"fuzz"}, options, "fuzz"));
  return 0;
}
