#include "pipeline/stream.h"

#include <algorithm>
#include <future>
#include <unordered_map>

#include "corpus/parallel.h"
#include "pipeline/sketch.h"

namespace copydesk::pipeline {

namespace {

// Fills the paragraph reports of clusters[begin, end) from the articles read again.
void ReportGroup(const normalizers::Normalizer& normalizer, const normalizers::LineStats& stats,
                 const SketchStore& store,
                 const std::unordered_map<uint32_t, normalizers::NormalizedArticle>& kept,
                 const RunOptions& options, size_t threads, std::vector<Cluster>* clusters,
                 size_t begin, size_t end, corpus::ReadReport* read) {
  std::vector<uint32_t> need;
  for (size_t c = begin; c < end; ++c) {
    if ((*clusters)[c].members.size() < 2) continue;
    for (const auto& m : (*clusters)[c].members) need.push_back(m.article);
  }
  std::sort(need.begin(), need.end());
  need.erase(std::unique(need.begin(), need.end()), need.end());
  std::vector<normalizers::NormalizedArticle> docs(need.size());
  std::vector<const normalizers::NormalizedArticle*> doc_of(need.size(), nullptr);
  std::vector<std::string> errors(need.size());
  corpus::ParallelFor(need.size(), threads, [&](size_t i, size_t) {
    if (auto it = kept.find(need[i]); it != kept.end()) {
      doc_of[i] = &it->second;
      return;
    }
    Result<corpus::Article> a = corpus::ReadAgain(store.info(need[i]).origin, options.read);
    if (!a.ok()) {
      errors[i] = a.status().message();
      return;
    }
    docs[i] = normalizer.Finish(normalizer.Prepare(std::move(a).value()), &stats);
    doc_of[i] = &docs[i];
  });
  for (size_t i = 0; i < need.size(); ++i) {
    if (errors[i].empty()) continue;
    const ArticleInfo& info = store.info(need[i]);
    read->warnings.push_back({info.origin, info.id, "no paragraph report: " + errors[i]});
  }
  auto doc = [&](uint32_t article) {
    return doc_of[std::lower_bound(need.begin(), need.end(), article) - need.begin()];
  };
  std::vector<std::pair<const Cluster*, Member*>> copies;
  for (size_t c = begin; c < end; ++c)
    for (size_t m = 1; m < (*clusters)[c].members.size(); ++m)
      copies.emplace_back(&(*clusters)[c], &(*clusters)[c].members[m]);
  corpus::ParallelFor(copies.size(), threads, [&](size_t k, size_t) {
    const auto* canonical = doc(copies[k].first->canonical);
    const auto* copy = doc(copies[k].second->article);
    if (canonical != nullptr && copy != nullptr)
      copies[k].second->paragraphs = AlignParagraphs(*canonical, *copy, options.dedup.align);
  });
}

}  // namespace

Result<StreamResult> StreamDedup(const std::vector<std::string>& inputs, const RunOptions& options,
                                 const StreamOptions& stream, std::istream* stdin_stream,
                                 const ClusterSink& sink) {
  StreamResult r;
  auto created = normalizers::Normalizer::Create(options.normalize);
  if (!created.ok()) return created.status();
  const normalizers::Normalizer& normalizer = *created.value();
  const size_t threads = corpus::ResolveThreads(options.threads);
  DedupOptions dedup = options.dedup;
  dedup.threads = threads;
  SketchStore store(dedup.shingles, dedup.minhash);
  normalizers::LineStats stats;
  std::unordered_map<uint32_t, normalizers::NormalizedArticle> kept;  // cannot be read twice
  corpus::Reader reader(inputs, options.read, stdin_stream);

  // Pass 1: the next batch is read while this one is normalized and sketched.
  double read_wait = 0, sketching = 0;
  {
    auto seconds_since = [](std::chrono::steady_clock::time_point t0) {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    auto t0 = std::chrono::steady_clock::now();
    std::vector<corpus::Article> batch, next;
    reader.Next(stream.batch_bytes, &batch);
    read_wait += seconds_since(t0);
    while (!batch.empty()) {
      next.clear();
      auto reading = std::async(std::launch::async, [&] { reader.Next(stream.batch_bytes, &next); });
      t0 = std::chrono::steady_clock::now();
      std::vector<normalizers::NormalizedArticle> docs =
          normalizer.NormalizeBatch(std::move(batch), threads, &stats);
      const size_t first = store.size();
      store.Add(docs, threads);
      if (dedup.reports) {
        for (size_t i = 0; i < docs.size(); ++i)
          if (!corpus::CanReadAgain(docs[i].article.origin))
            kept.emplace(static_cast<uint32_t>(first + i), std::move(docs[i]));
      }
      sketching += seconds_since(t0);
      t0 = std::chrono::steady_clock::now();
      reading.wait();
      read_wait += seconds_since(t0);
      batch.swap(next);
    }
  }
  r.timings.push_back({"read (waiting)", read_wait});
  r.timings.push_back({"normalize+sketch", sketching});
  r.read = reader.TakeReport();
  r.sketch_bytes = store.bytes();

  DedupResult d;
  {
    StageTimer t(&r.timings, "cluster");
    d = ClusterSketches(store, dedup);
  }
  r.stats = d.stats;
  r.clusters = d.clusters.size();

  // Pass 2: reports a group of clusters at a time, then each cluster goes to the sink.
  Status written = Status::Ok();
  {
    StageTimer t(&r.timings, "reports+write");
    for (size_t begin = 0; begin < d.clusters.size() && written.ok();) {
      size_t end = begin, articles = 0;
      while (end < d.clusters.size() && articles < stream.report_articles) {
        if (d.clusters[end].members.size() > 1) articles += d.clusters[end].members.size();
        ++end;
      }
      if (dedup.reports && articles > 0)
        ReportGroup(normalizer, stats, store, kept, options, threads, &d.clusters, begin, end, &r.read);
      for (size_t c = begin; c < end && written.ok(); ++c) {
        written = sink(d.clusters[c]);
        d.clusters[c] = Cluster();  // written: let it go
      }
      begin = end;
    }
  }
  if (!written.ok()) return written;
  return r;
}

}  // namespace copydesk::pipeline
