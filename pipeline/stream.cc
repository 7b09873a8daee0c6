#include "pipeline/stream.h"

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <exception>
#include <functional>
#include <iterator>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "corpus/parallel.h"
#include "normalizers/text_shape.h"
#include "pipeline/sketch.h"
#include "pipeline/writers.h"

namespace copydesk::pipeline {

namespace {

// Pass 1's reader: one thread (for as long as pass 1 lasts, so that the articles it reads come
// from one allocator cache and arena) reads the inputs in pieces of at most piece_bytes of text
// and queues them: the rest of the batch the caller is preparing, or the next one while it
// finishes this one. The pieces are cut where batches end:
// a batch still ends at the article that brings its text to batch_bytes, as one
// Reader::Next(batch_bytes) would end it, and the piece that ends one says so. The caller prepares
// each piece as it comes (normalization steps 1-3) and finishes a batch once its last piece is
// prepared, so that reading overlaps work from the first piece on: the whole first batch read
// before any work began was 6-8% of a 20,000-article run (docs/benchmarks.md, "Session 14").
class PieceReader {
 public:
  struct Piece {
    std::vector<corpus::Article> articles;
    bool ends_batch = false;  // the batch's last piece
    bool last = false;        // the inputs are read: no articles, and no piece after it
  };
  PieceReader(corpus::Reader* reader, size_t batch_bytes, size_t piece_bytes)
      : reader_(reader),
        batch_bytes_(std::max<size_t>(batch_bytes, 1)),
        piece_bytes_(std::max<size_t>(piece_bytes, 1)),
        thread_([this] { Serve(); }) {}
  ~PieceReader() {  // after the piece under way, if any, has been read
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  PieceReader(const PieceReader&) = delete;
  PieceReader& operator=(const PieceReader&) = delete;
  // Returns the next piece, waiting for it; throws again what the reader threw.
  Piece Take() {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [&] { return !queue_.empty() || error_ != nullptr; });
    if (queue_.empty()) std::rethrow_exception(error_);
    Piece p = std::move(queue_.front());
    queue_.pop_front();
    changed_.notify_all();
    return p;
  }

 private:
  void Serve() {
    size_t in_batch = 0;       // text of the batch read so far
    bool batch_ended = false;  // the last piece queued ended a batch
    for (;;) {
      {
        // The pieces of a batch are read as fast as they can be; the next batch's once the
        // caller has taken every piece of this one and finishes it (the read-ahead of one
        // batch that pass 1 always had).
        std::unique_lock<std::mutex> lock(mu_);
        changed_.wait(lock, [&] { return stop_ || !batch_ended || queue_.empty(); });
        if (stop_) return;
      }
      Piece p;
      size_t bytes = 0;  // text counted against the batch (Reader::Next)
      try {
        p.last = !reader_->Next(std::min(piece_bytes_, batch_bytes_ - in_batch), &p.articles, &bytes);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu_);
        error_ = std::current_exception();
        changed_.notify_all();
        return;
      }
      in_batch += bytes;
      p.ends_batch = p.last || in_batch >= batch_bytes_;
      if (p.ends_batch) in_batch = 0;
      batch_ended = p.ends_batch;
      const bool last = p.last;
      {
        std::lock_guard<std::mutex> lock(mu_);
        queue_.push_back(std::move(p));
      }
      changed_.notify_all();
      if (last) return;
    }
  }

  corpus::Reader* reader_;
  const size_t batch_bytes_, piece_bytes_;
  std::mutex mu_;
  std::condition_variable changed_;
  std::deque<Piece> queue_;
  std::exception_ptr error_;
  bool stop_ = false;
  std::thread thread_;  // last: it starts once the rest is ready
};

}  // namespace

Status SpillSets(const StreamOptions& stream, const DedupOptions& dedup, SketchStore* store) {
  // The anchors (pipeline/dedup.h AnchorLimit: never above this) stay in memory.
  const double rate = std::clamp(dedup.anchor_rate, 0.0, 1.0);
  const auto anchors_below = static_cast<uint32_t>(rate * 4294967295.0);
  std::string dir = stream.spill_dir;
  if (dir.empty()) {
    const char* tmp = std::getenv("TMPDIR");
    dir = tmp != nullptr && *tmp != '\0' ? tmp : "/tmp";
  }
  return store->SpillShingles(dir, anchors_below);
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
      if (!normalizers::IsAsciiText(t))
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

namespace {

// Takes each group of pass 2's clusters (members made, reports filled), in output order.
using GroupSink = std::function<Status(std::vector<Cluster>* group, size_t threads)>;

Result<StreamResult> StreamDedupGroups(const std::vector<std::string>& inputs, const RunOptions& options,
                                       const StreamOptions& stream, std::istream* stdin_stream,
                                       const GroupSink& sink) {
  StreamResult r;
  // Only pass 1 reads: the reader (and its map of the ids seen) goes when it ends. Its thread
  // starts first, so that the first piece is parsed while the rest is set up (the bandings'
  // search, the spill file).
  auto reading_state = std::make_unique<corpus::Reader>(inputs, options.read, stdin_stream);
  corpus::Reader& reader = *reading_state;
  auto pieces = std::make_unique<PieceReader>(&reader, stream.batch_bytes, stream.piece_bytes);
  auto created = normalizers::Normalizer::Create(options.normalize);
  if (!created.ok()) return created.status();
  const normalizers::Normalizer& normalizer = *created.value();
  const size_t threads = corpus::ResolveThreads(options.threads);
  DedupOptions dedup = options.dedup;
  dedup.threads = threads;
  SketchStore store(dedup.shingles, dedup.minhash);
  // When the sets cannot be spilled they stay in memory. When they can, so do the band keys of
  // both bandings (ClusterSketches's), not the signatures.
  // A --temp-dir that cannot take the file is an error (the user chose it); $TMPDIR's or /tmp's
  // failing leaves the sets in memory, with a warning.
  std::string spill_warning;
  bool spilled = false;
  if (stream.spill_shingles) {
    Status s = SpillSets(stream, dedup, &store);
    spilled = s.ok();
    if (!spilled && !stream.spill_dir.empty()) return Status(s.code(), "--temp-dir: " + s.message());
    if (!spilled) spill_warning = s.message() + ": the shingle sets stay in memory (give --temp-dir a directory that can take them)";
  }
  if (spilled) {
    const auto bandings = DedupBandings(dedup.minhash.num_perm, dedup);
    (void)store.KeepBandKeys({bandings.begin(), bandings.end()});
  }
  normalizers::LineStats stats;
  // Normalized texts kept for the reports: every article that cannot be read twice, and the
  // others while they fit in stream.report_text_bytes (the rest are read and normalized again).
  std::vector<std::string> texts;
  size_t text_bytes = 0;
  if (options.progress != nullptr) options.progress->stage = "read+sketch";
  // Pass 1: the next batch is read while this one is normalized and sketched.
  double read_wait = 0, sketching = 0;
  {
    auto seconds_since = [](std::chrono::steady_clock::time_point t0) {
      return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    };
    // Each piece is prepared as it comes (the batch's drafts wait for its last piece: the
    // site-line statistics need the whole batch before any article is finished); then each
    // article is finished and sketched in one go, and let go at once.
    std::vector<normalizers::Draft> drafts, prepared;
    for (;;) {
      auto t0 = std::chrono::steady_clock::now();
      PieceReader::Piece piece = pieces->Take();
      read_wait += seconds_since(t0);
      t0 = std::chrono::steady_clock::now();
      if (!piece.articles.empty()) {
        normalizer.PrepareBatch(&piece.articles, threads, &stats, &prepared);
        if (drafts.empty()) drafts.swap(prepared);
        else drafts.insert(drafts.end(), std::make_move_iterator(prepared.begin()), std::make_move_iterator(prepared.end()));
        prepared.clear();
      }
      if (piece.ends_batch && !drafts.empty()) {
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
              kept[i].shrink_to_fit();  // here, on the workers: kept texts hold no spare capacity
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
            }
            std::string().swap(kept[i]);  // freed now (assigning "" would keep the buffer)
          }
        }
      }
      sketching += seconds_since(t0);
      if (piece.last) break;
    }
  }
  r.timings.push_back({"read (waiting)", read_wait});
  r.timings.push_back({"normalize+sketch", sketching});
  pieces.reset();
  r.read = reader.TakeReport();
  if (!spill_warning.empty()) r.read.warnings.push_back({corpus::Origin{}, "", spill_warning});
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
      written = sink(&group, threads);
      begin = end;
    }
  }
  if (!written.ok()) return written;
  return r;
}

// StreamDedupGroups with what its stages throw (out of memory, a failed write of the spill file,
// in a worker or not) turned into a message naming it (RunStage).
Result<StreamResult> StreamDedupStage(const std::vector<std::string>& inputs, const RunOptions& options,
                                      const StreamOptions& stream, std::istream* stdin_stream,
                                      const GroupSink& sink) {
  Result<StreamResult> out = Status(StatusCode::kInternal, "dedup did not run");
  Status failed = RunStage("dedup", [&] { out = StreamDedupGroups(inputs, options, stream, stdin_stream, sink); });
  if (!failed.ok()) return failed;
  return out;
}

}  // namespace

Result<StreamResult> StreamDedup(const std::vector<std::string>& inputs, const RunOptions& options,
                                 const StreamOptions& stream, std::istream* stdin_stream,
                                 const ClusterSink& sink) {
  return StreamDedupStage(inputs, options, stream, stdin_stream, [&](std::vector<Cluster>* group, size_t) {
    for (Cluster& c : *group) {
      Status written = sink(c);
      if (!written.ok()) return written;
      c = Cluster();  // written: let it go
    }
    return Status::Ok();
  });
}

Result<StreamResult> StreamDedupJson(const std::vector<std::string>& inputs, const RunOptions& options,
                                     const StreamOptions& stream, std::istream* stdin_stream,
                                     const ClusterJsonSink& sink) {
  std::vector<std::string> json;  // a group's clusters, formatted by the workers
  return StreamDedupStage(inputs, options, stream, stdin_stream, [&](std::vector<Cluster>* group, size_t threads) {
    json.resize(group->size());
    corpus::ParallelFor(group->size(), threads, [&](size_t k, size_t) {
      json[k].clear();
      AppendClusterJson((*group)[k], options.dedup.reports, &json[k]);
      (*group)[k] = Cluster();  // formatted: let it go
    });
    for (const std::string& j : json) {
      Status written = sink(j);
      if (!written.ok()) return written;
    }
    return Status::Ok();
  });
}

}  // namespace copydesk::pipeline
