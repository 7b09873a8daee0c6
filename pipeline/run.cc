#include "pipeline/run.h"

#include <algorithm>
#include <system_error>
#include <unordered_map>

#include "corpus/parallel.h"

namespace copydesk::pipeline {

StageTimer::StageTimer(std::vector<StageTiming>* out, const char* stage)
    : out_(out), stage_(stage), t0_(std::chrono::steady_clock::now()) {}

StageTimer::~StageTimer() {
  out_->push_back({stage_, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count()});
}

namespace {

std::string Describe(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::bad_alloc&) {
    return "out of memory";
  } catch (const std::system_error& e) {
    return e.what();  // a failed read or write of ours: it names the file and the cause
  } catch (const std::exception& e) {
    return std::string("internal error: ") + e.what();
  } catch (...) {
    return "internal error";
  }
}

Status StageError(const char* stage, const std::string& record, const std::string& what) {
  std::string m = std::string(what) + " in stage \"" + stage + "\"";
  if (!record.empty()) m += " while processing " + record;
  m += "; no outputs were written";
  if (what == "out of memory")
    m += " (give the run more memory, or use `copydesk dedup`, which streams, for large corpora)";
  return Status(StatusCode::kInternal, m);
}

}  // namespace

Status RunStage(const char* stage, const std::function<void()>& fn) {
  corpus::CurrentRecordBuffer().clear();
  try {
    fn();
  } catch (const corpus::WorkerFailure& f) {
    return StageError(stage, f.record, Describe(f.error));
  } catch (...) {
    std::string record;
    try {
      record = corpus::CurrentRecord();
    } catch (...) {
    }
    return StageError(stage, record, Describe(std::current_exception()));
  }
  return Status::Ok();
}

Result<RunResult> Run(const std::vector<std::string>& inputs, const RunOptions& options,
                      std::istream* stdin_stream) {
  RunResult r;
  auto normalizer = normalizers::Normalizer::Create(options.normalize);
  if (!normalizer.ok()) return normalizer.status();
  if (options.claims_stage) {  // fail before reading when the extractor cannot start
    auto c = extractors::ClaimExtractor::Create(options.claims);
    if (!c.ok()) return c.status();
  }
  std::vector<corpus::Article> articles;
  Status s = RunStage("read", [&] {
    StageTimer t(&r.timings, "read");
    if (options.progress != nullptr) options.progress->stage = "read";
    r.read = corpus::ReadInputs(inputs, options.read, stdin_stream);
    articles = std::move(r.read.articles);
    r.read.articles.clear();
    std::sort(articles.begin(), articles.end(),
              [](const corpus::Article& a, const corpus::Article& b) { return a.id < b.id; });
  });
  if (!s.ok()) return s;
  s = RunStage("normalize", [&] {
    StageTimer t(&r.timings, "normalize");
    if (options.progress != nullptr) options.progress->stage = "normalize";
    r.docs = normalizer.value()->NormalizeAll(std::move(articles), options.threads);
    for (const auto& d : r.docs) {
      for (const auto& rm : d.removed)
        if (rm.reason == normalizers::kPageReadAsText)
          r.read.warnings.push_back({d.article.origin, d.article.id, rm.reason});
      if (d.text.empty()) r.read.warnings.push_back({d.article.origin, d.article.id, normalizers::kNoTextWarning});
    }
  });
  if (!s.ok()) return s;
  return RunNormalized(std::move(r), options);
}

Result<RunResult> RunNormalized(RunResult r, const RunOptions& options) {
  std::unique_ptr<extractors::ClaimExtractor> claim_ex;
  if (options.claims_stage) {
    auto c = extractors::ClaimExtractor::Create(options.claims);
    if (!c.ok()) return c.status();
    claim_ex = std::move(c).value();
  }
  Status s = Status::Ok();
  if (options.dedup_stage) {
    s = RunStage("dedup", [&] {
      StageTimer t(&r.timings, "dedup");
    if (options.progress != nullptr) options.progress->stage = "dedup";
      DedupOptions d = options.dedup;
      d.threads = options.threads;
      r.dedup = Deduplicate(r.docs, d);
    });
    if (!s.ok()) return s;
  }
  if (options.claims_stage) {
    s = RunStage("claims", [&] {
      StageTimer t(&r.timings, "claims");
    if (options.progress != nullptr) options.progress->stage = "claims";
      std::vector<std::vector<extractors::Claim>> per(r.docs.size());
      std::vector<size_t> dropped(r.docs.size());
      corpus::ParallelFor(r.docs.size(), options.threads, [&](size_t i, size_t) {
        corpus::SetCurrentRecord(r.docs[i].article.id);
        dropped[i] = claim_ex->Extract(r.docs[i], &per[i]);
      });
      for (size_t i = 0; i < r.docs.size(); ++i) {
        if (dropped[i] == 0) continue;
        const corpus::Article& a = r.docs[i].article;
        r.read.warnings.push_back(
            {a.origin, a.id,
             std::to_string(dropped[i]) + " figure(s) not reported as claims: more than " +
                 std::to_string(options.claims.max_claims_per_sentence) + " in one sentence or " +
                 std::to_string(options.claims.max_claims_per_article) + " in the article"});
      }
      size_t total = 0;
      for (const auto& v : per) total += v.size();
      r.claims.reserve(total);
      for (auto& v : per) {
        for (auto& c : v) r.claims.push_back(std::move(c));
        std::vector<extractors::Claim>().swap(v);  // free as we go: the peak stays one copy
      }
    });
    if (!s.ok()) return s;
    // Merging needs the clusters; without the dedup stage there is nothing to merge across.
    if (!options.dedup_stage) return r;
    s = RunStage("merge", [&] {
      if (options.progress != nullptr) options.progress->stage = "merge";
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
        c.figures_compared = true;
        for (size_t m = 1; m < c.members.size(); ++m) {
          Member& copy = c.members[m];
          for (const auto& f : extractors::ChangedFigures(canonical, of(copy.id)))
            copy.changed_figures.push_back({f.canonical->claim_id, f.copy->claim_id, f.canonical->quantity.value,
                                            f.copy->quantity.value, f.canonical->TextSurface(),
                                            f.copy->TextSurface()});
        }
      }
    });
    if (!s.ok()) return s;
  }
  return r;
}

}  // namespace copydesk::pipeline
