#include "pipeline/claims_stream.h"

#include <chrono>
#include <future>

#include "corpus/parallel.h"
#include "extractors/claims.h"
#include "normalizers/normalize.h"
#include "pipeline/writers.h"

namespace copydesk::pipeline {

namespace {

// What one article gives: its lines (appended to `lines`), the records they hold, and the
// figures left out by the caps. Called on `worker` of the batch's threads.
using ArticleLines = std::function<void(const normalizers::NormalizedArticle& doc, size_t worker,
                                        std::string* lines, size_t* records, size_t* dropped)>;

// The streaming loop of StreamClaims and StreamArticles: batches read ahead, normalized, turned
// into lines by `lines_of` in parallel, handed to `sink` in input order.
Result<ClaimStreamResult> StreamLines(const std::vector<std::string>& inputs, const RunOptions& options,
                                      const ClaimStreamOptions& stream, std::istream* stdin_stream,
                                      const ClaimLinesSink& sink, const char* stage, const char* progress_stage,
                                      const ArticleLines& lines_of) {
  ClaimStreamResult r;
  auto normalizer = normalizers::Normalizer::Create(options.normalize);
  if (!normalizer.ok()) return normalizer.status();
  const size_t threads = corpus::ResolveThreads(options.threads);
  corpus::Reader reader(inputs, options.read, stdin_stream);
  normalizers::LineStats stats;
  std::vector<corpus::Rejection> warnings;  // added to the reader's report at the end
  Status written = Status::Ok();
  double read_wait = 0, normalizing = 0, extracting = 0, writing = 0;
  auto seconds_since = [](std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  if (options.progress != nullptr) options.progress->stage = progress_stage;
  Status s = RunStage(stage, [&] {
    std::vector<corpus::Article> batch, next;
    auto t0 = std::chrono::steady_clock::now();
    reader.Next(stream.batch_bytes, &batch);
    read_wait += seconds_since(t0);
    std::vector<std::string> lines;  // per article of the batch, reused
    std::vector<size_t> dropped, counts;
    std::string piece;
    while (!batch.empty() && written.ok()) {
      next.clear();
      auto reading = std::async(std::launch::async, [&] { reader.Next(stream.batch_bytes, &next); });
      t0 = std::chrono::steady_clock::now();
      std::vector<normalizers::NormalizedArticle> docs = normalizer.value()->NormalizeBatch(std::move(batch), threads, &stats);
      normalizing += seconds_since(t0);
      t0 = std::chrono::steady_clock::now();
      lines.resize(docs.size());
      dropped.assign(docs.size(), 0);
      counts.assign(docs.size(), 0);
      corpus::ParallelFor(docs.size(), threads, [&](size_t i, size_t worker) {
        corpus::SetCurrentRecord(docs[i].article.id);
        lines[i].clear();
        lines_of(docs[i], worker, &lines[i], &counts[i], &dropped[i]);
      });
      extracting += seconds_since(t0);
      t0 = std::chrono::steady_clock::now();
      for (size_t i = 0; i < docs.size() && written.ok(); ++i) {
        const corpus::Article& a = docs[i].article;
        for (const auto& rm : docs[i].removed)
          if (rm.reason == normalizers::kPageReadAsText) warnings.push_back({a.origin, a.id, rm.reason});
        if (docs[i].text.empty()) warnings.push_back({a.origin, a.id, normalizers::kNoTextWarning});
        if (dropped[i] > 0)
          warnings.push_back({a.origin, a.id,
                              std::to_string(dropped[i]) + " figure(s) not reported as claims: more than " +
                                  std::to_string(options.claims.max_claims_per_sentence) + " in one sentence or " +
                                  std::to_string(options.claims.max_claims_per_article) + " in the article"});
        r.claims += counts[i];
        piece += lines[i];
        if (piece.size() >= stream.sink_bytes) {
          written = sink(piece);
          piece.clear();
        }
      }
      r.articles += docs.size();
      writing += seconds_since(t0);
      t0 = std::chrono::steady_clock::now();
      reading.get();  // rethrows what the reader threw (out of memory)
      read_wait += seconds_since(t0);
      batch.swap(next);
    }
    if (written.ok() && !piece.empty()) written = sink(piece);
  });
  if (!s.ok()) return s;
  if (!written.ok()) return written;
  r.timings.push_back({"read (waiting)", read_wait});
  r.timings.push_back({"normalize", normalizing});
  r.timings.push_back({stage, extracting});
  r.timings.push_back({"write", writing});
  r.read = reader.TakeReport();
  for (auto& w : warnings) r.read.warnings.push_back(std::move(w));
  return r;
}

}  // namespace

Result<ClaimStreamResult> StreamClaims(const std::vector<std::string>& inputs, const RunOptions& options,
                                       const ClaimStreamOptions& stream, std::istream* stdin_stream,
                                       const ClaimLinesSink& sink) {
  auto extractor = extractors::ClaimExtractor::Create(options.claims);
  if (!extractor.ok()) return extractor.status();
  std::vector<std::vector<extractors::Claim>> scratch(corpus::ResolveThreads(options.threads));
  return StreamLines(inputs, options, stream, stdin_stream, sink, "claims", "read+claims",
                     [&](const normalizers::NormalizedArticle& doc, size_t worker, std::string* lines,
                         size_t* records, size_t* dropped) {
                       std::vector<extractors::Claim>& claims = scratch[worker];
                       claims.clear();
                       *dropped = extractor.value()->Extract(doc, &claims);
                       *records = claims.size();
                       for (const auto& c : claims) AppendClaimJsonl(c, lines);
                     });
}

Result<ClaimStreamResult> StreamArticles(const std::vector<std::string>& inputs, const RunOptions& options,
                                         const ClaimStreamOptions& stream, std::istream* stdin_stream,
                                         const ClaimLinesSink& sink) {
  return StreamLines(inputs, options, stream, stdin_stream, sink, "articles", "read+normalize",
                     [](const normalizers::NormalizedArticle& doc, size_t, std::string* lines, size_t* records,
                        size_t* dropped) {
                       AppendArticleJsonl(doc, nullptr, nullptr, lines);
                       *records = 0;
                       *dropped = 0;
                     });
}

}  // namespace copydesk::pipeline
