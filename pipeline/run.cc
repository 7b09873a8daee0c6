#include "pipeline/run.h"

#include <algorithm>
#include <unordered_map>

#include "corpus/parallel.h"

namespace copydesk::pipeline {

StageTimer::StageTimer(std::vector<StageTiming>* out, const char* stage)
    : out_(out), stage_(stage), t0_(std::chrono::steady_clock::now()) {}

StageTimer::~StageTimer() {
  out_->push_back({stage_, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count()});
}

Result<RunResult> Run(const std::vector<std::string>& inputs, const RunOptions& options,
                      std::istream* stdin_stream) {
  RunResult r;
  auto normalizer = normalizers::Normalizer::Create(options.normalize);
  if (!normalizer.ok()) return normalizer.status();
  std::unique_ptr<extractors::ClaimExtractor> claim_ex;
  if (options.claims_stage) {
    auto c = extractors::ClaimExtractor::Create(options.claims);
    if (!c.ok()) return c.status();
    claim_ex = std::move(c).value();
  }
  {
    StageTimer t(&r.timings, "read");
    r.read = corpus::ReadInputs(inputs, options.read, stdin_stream);
  }
  std::vector<corpus::Article> articles = std::move(r.read.articles);
  r.read.articles.clear();
  std::sort(articles.begin(), articles.end(),
            [](const corpus::Article& a, const corpus::Article& b) { return a.id < b.id; });
  {
    StageTimer t(&r.timings, "normalize");
    r.docs = normalizer.value()->NormalizeAll(std::move(articles), options.threads);
  }
  if (options.dedup_stage) {
    StageTimer t(&r.timings, "dedup");
    DedupOptions d = options.dedup;
    d.threads = options.threads;
    r.dedup = Deduplicate(r.docs, d);
  }
  if (options.claims_stage) {
    StageTimer t(&r.timings, "claims");
    std::vector<std::vector<extractors::Claim>> per(r.docs.size());
    corpus::ParallelFor(r.docs.size(), options.threads,
                        [&](size_t i, size_t) { claim_ex->Extract(r.docs[i], &per[i]); });
    for (auto& v : per)
      for (auto& c : v) r.claims.push_back(std::move(c));
    std::unordered_map<std::string, std::string> cluster_of;
    for (const auto& c : r.dedup.clusters)
      for (const auto& m : c.members) cluster_of[r.docs[m.article].article.id] = c.id;
    r.merged = extractors::MergeClaims(r.claims, cluster_of);
    // What each copy did with the canonical's figures.
    std::unordered_map<std::string, std::vector<const extractors::Claim*>> claims_of;
    for (const auto& c : r.claims) claims_of[c.article_id].push_back(&c);
    static const std::vector<const extractors::Claim*> kNone;
    auto of = [&](const std::string& id) -> const std::vector<const extractors::Claim*>& {
      auto it = claims_of.find(id);
      return it == claims_of.end() ? kNone : it->second;
    };
    for (auto& c : r.dedup.clusters) {
      const auto& canonical = of(c.members.front().id);
      for (size_t m = 1; m < c.members.size(); ++m) {
        Member& copy = c.members[m];
        for (const auto& f : extractors::ChangedFigures(canonical, of(copy.id)))
          copy.changed_figures.push_back({f.canonical->claim_id, f.copy->claim_id, f.canonical->quantity.value,
                                          f.copy->quantity.value, f.canonical->quantity.surface,
                                          f.copy->quantity.surface});
      }
    }
  }
  return r;
}

}  // namespace copydesk::pipeline
