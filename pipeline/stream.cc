#include "pipeline/stream.h"

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "corpus/parallel.h"
#include "pipeline/sketch.h"

namespace copydesk::pipeline {

namespace {

// One thread that runs one task at a time, for as long as it lives: pass 1's reader. Each batch
// is read on the same thread, so its allocations come from one allocator cache and arena all
// run long (a thread per batch, as std::async started, handed its cache back at every exit).
class BackgroundThread {
 public:
  BackgroundThread() : thread_([this] { Serve(); }) {}
  ~BackgroundThread() {  // after the task under way, if any, has finished
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    wake_.notify_all();
    thread_.join();
  }
  BackgroundThread(const BackgroundThread&) = delete;
  BackgroundThread& operator=(const BackgroundThread&) = delete;
  // Starts `task`; call Wait before the next Start.
  void Start(std::function<void()> task) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      task_ = std::move(task);
      busy_ = true;
    }
    wake_.notify_all();
  }
  // Waits for the task to finish; throws again what it threw.
  void Wait() {
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return !busy_; });
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

 private:
  void Serve() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      wake_.wait(lock, [&] { return stop_ || task_ != nullptr; });
      if (task_ == nullptr) return;  // stopped, nothing left to run
      std::function<void()> task = std::move(task_);
      task_ = nullptr;
      lock.unlock();
      std::exception_ptr error;
      try {
        task();
      } catch (...) {
        error = std::current_exception();
      }
      task = nullptr;
      lock.lock();
      error_ = std::move(error);
      busy_ = false;
      done_.notify_all();
    }
  }

  std::mutex mu_;
  std::condition_variable wake_, done_;
  std::function<void()> task_;
  std::exception_ptr error_;
  bool busy_ = false, stop_ = false;
  std::thread thread_;  // last: it starts once the rest is ready
};

}  // namespace

bool SpillSets(const StreamOptions& stream, const DedupOptions& dedup, SketchStore* store) {
  // The anchors (pipeline/dedup.h AnchorLimit: never above this) stay in memory.
  const double rate = std::clamp(dedup.anchor_rate, 0.0, 1.0);
  const auto anchors_below = static_cast<uint32_t>(rate * 4294967295.0);
  std::string dir = stream.spill_dir;
  if (dir.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    dir = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  }
  return store->SpillShingles(dir, anchors_below).ok();
}

void FillParagraphReports(const normalizers::Normalizer& normalizer, const normalizers::LineStats& stats,
                 const SketchStore& store, const std::vector<std::string>& texts,
                 const RunOptions& options, size_t threads, std::vector<Cluster>* clusters,
                 size_t begin, size_t end, corpus::ReadReport* read) {
  std::vector<uint32_t> need;
  for (size_t c = begin; c < end; ++c) {
    if ((*clusters)[c].members.size() < 2) continue;
    for (const auto& m : (*clusters)[c].members) need.push_back(m.article);
  }
  std::sort(need.begin(), need.end());
  need.erase(std::unique(need.begin(), need.end()), need.end());
  std::vector<std::string> text(need.size()), folded(need.size());
  std::vector<AlignText> form(need.size());
  std::vector<char> ok(need.size(), 0);
  std::vector<std::string> errors(need.size());
  corpus::ParallelFor(need.size(), threads, [&](size_t i, size_t) {
    if (need[i] < texts.size() && !texts[need[i]].empty()) {
      const std::string& t = texts[need[i]];
      // ASCII text is folded word by word by the alignment itself (an empty folded form). Other
      // text may hold its input's characters (curly quotes, fullwidth letters): its comparison
      // form is that of its normalized form, as in pass 1.
      if (!std::all_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        folded[i] = normalizer.unicode().Fold(normalizer.unicode().Normalize(t));
      form[i] = {t, folded[i]};
      ok[i] = 1;
      return;
    }
    const ArticleInfo info = store.Info(need[i]);
    corpus::SetCurrentRecord(info.id);
    Result<corpus::Article> a = corpus::ReadAgain(info.origin, options.read);
    if (!a.ok()) {
      errors[i] = a.status().message();
      return;
    }
    a.value().id = info.id;  // ids given by the first read (paths, "#2")
    normalizers::NormalizedArticle d = normalizer.Finish(normalizer.Prepare(std::move(a).value()), &stats);
    text[i] = std::move(d.text);
    folded[i] = std::move(d.folded);
    form[i] = {text[i], folded[i]};
    ok[i] = 1;
  });
  for (size_t i = 0; i < need.size(); ++i) {
    if (errors[i].empty()) continue;
    const ArticleInfo info = store.Info(need[i]);
    read->warnings.push_back({info.origin, info.id, "no paragraph report: " + errors[i]});
  }
  auto at = [&](uint32_t article) {
    return static_cast<size_t>(std::lower_bound(need.begin(), need.end(), article) - need.begin());
  };
  // One task per cluster: the canonical is cut into words once for all its copies.
  std::vector<Cluster*> work;
  for (size_t c = begin; c < end; ++c)
    if ((*clusters)[c].members.size() > 1) work.push_back(&(*clusters)[c]);
  corpus::ParallelFor(work.size(), threads, [&](size_t k, size_t) {
    Cluster& cl = *work[k];
    corpus::SetCurrentRecord(cl.members.front().id);
    const size_t canonical = at(cl.canonical);
    if (!ok[canonical]) return;
    std::vector<AlignText> copies;
    std::vector<Member*> members;
    for (size_t m = 1; m < cl.members.size(); ++m) {
      const size_t y = at(cl.members[m].article);
      if (!ok[y]) continue;
      copies.push_back(form[y]);
      members.push_back(&cl.members[m]);
    }
    std::vector<ParagraphReport> reports = AlignCopies(form[canonical], copies, options.dedup.align);
    for (size_t m = 0; m < members.size(); ++m) members[m]->paragraphs = std::move(reports[m]);
  });
}

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
  // When the sets cannot be spilled they stay in memory. When they can, so do the band keys of
  // both bandings (ClusterSketches's), not the signatures.
  if (stream.spill_shingles && SpillSets(stream, dedup, &store)) {
    const auto bandings = DedupBandings(dedup.minhash.num_perm, dedup);
    (void)store.KeepBandKeys({bandings.begin(), bandings.end()});
  }
  normalizers::LineStats stats;
  // Normalized texts kept for the reports: every article that cannot be read twice, and the
  // others while they fit in stream.report_text_bytes (the rest are read and normalized again).
  std::vector<std::string> texts;
  size_t text_bytes = 0;
  // Only pass 1 reads: the reader (and its map of the ids seen) goes when it ends.
  auto reading_state = std::make_unique<corpus::Reader>(inputs, options.read, stdin_stream);
  corpus::Reader& reader = *reading_state;

  if (options.progress != nullptr) options.progress->stage = "read+sketch";
  // Pass 1: the next batch is read while this one is normalized and sketched.
  double read_wait = 0, sketching = 0;
  {
    auto seconds_since = [](std::chrono::steady_clock::time_point t0) {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    auto t0 = std::chrono::steady_clock::now();
    // The two batches, and the drafts, keep their capacity from one batch to the next.
    std::vector<corpus::Article> batch, next;
    std::vector<normalizers::Draft> drafts;
    reader.Next(stream.batch_bytes, &batch);
    read_wait += seconds_since(t0);
    BackgroundThread reading;  // after the batches: it ends (its task finished) before them
    while (!batch.empty()) {
      next.clear();
      reading.Start([&] { reader.Next(stream.batch_bytes, &next); });
      t0 = std::chrono::steady_clock::now();
      // Each article is finished and sketched in one go, and let go at once: the batch holds its
      // drafts (which the site-line statistics need before any is finished), not its texts.
      normalizer.PrepareBatch(&batch, threads, &stats, &drafts);
      const size_t first = store.size();
      std::vector<std::string> kept;  // with reports: this batch's texts, until the budget decides
      std::vector<char> again;        // and whether each can be read again
      if (dedup.reports) {
        kept.resize(drafts.size());
        again.resize(drafts.size());
      }
      store.AddEach(
          drafts.size(), threads,
          [&](size_t i) {
            corpus::SetCurrentRecord(drafts[i].article.id);
            return normalizer.Finish(std::move(drafts[i]), &stats, /*with_text=*/dedup.reports);
          },
          dedup.reports ? SketchStore::KeepArticle([&](size_t i, normalizers::NormalizedArticle& d) {
            again[i] = corpus::CanReadAgain(d.article.origin);
            kept[i] = std::move(d.text);
          })
                        : SketchStore::KeepArticle());
      drafts.clear();
      if (dedup.reports) {
        texts.resize(store.size());
        for (size_t i = 0; i < kept.size(); ++i) {
          const size_t size = kept[i].size();
          if (!again[i] || text_bytes + size <= stream.report_text_bytes) {
            text_bytes += size;
            texts[first + i] = std::move(kept[i]);
            texts[first + i].shrink_to_fit();
          }
          kept[i] = std::string();
        }
      }
      sketching += seconds_since(t0);
      t0 = std::chrono::steady_clock::now();
      reading.Wait();  // rethrows what the reader threw (out of memory)
      read_wait += seconds_since(t0);
      batch.swap(next);
    }
  }
  r.timings.push_back({"read (waiting)", read_wait});
  r.timings.push_back({"normalize+sketch", sketching});
  r.read = reader.TakeReport();
  reading_state.reset();
  r.sketch_bytes = store.bytes();

  LeanClusters d;
  {
    StageTimer t(&r.timings, "cluster");
    if (options.progress != nullptr) options.progress->stage = "cluster";
    d = ClusterSketchesLean(store, dedup);
  }
  r.stats = d.stats;
  r.clusters = d.clusters.size();

  // Pass 2: a group of clusters at a time, their members made (their fields read back from the
  // spill file) and their reports filled, then each cluster goes to the sink.
  Status written = Status::Ok();
  {
    StageTimer t(&r.timings, "reports+write");
    if (options.progress != nullptr) options.progress->stage = "reports+write";
    std::vector<Cluster> group;
    for (size_t begin = 0; begin < d.clusters.size() && written.ok();) {
      // (Without reports, clusters of one count too: the groups bound the Members made at once.)
      size_t end = begin, articles = 0, members = 0;
      while (end < d.clusters.size() && articles < stream.report_articles &&
             (dedup.reports || members < stream.report_articles)) {
        if (d.clusters[end].size > 1) articles += d.clusters[end].size;
        members += d.clusters[end].size;
        ++end;
      }
      group.assign(end - begin, Cluster());
      corpus::ParallelFor(end - begin, threads, [&](size_t k, size_t) {
        group[k] = ExpandCluster(store, d, begin + k, /*fill_members=*/true);
      });
      if (dedup.reports && articles > 0)
        FillParagraphReports(normalizer, stats, store, texts, options, threads, &group, 0, group.size(), &r.read);
      for (size_t c = 0; c < group.size() && written.ok(); ++c) {
        written = sink(group[c]);
        group[c] = Cluster();  // written: let it go
      }
      begin = end;
    }
  }
  if (!written.ok()) return written;
  return r;
}

}  // namespace copydesk::pipeline
