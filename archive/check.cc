#include "archive/check.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cstdint>
#include <memory>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "corpus/parallel.h"
#include "corpus/reader.h"

namespace copydesk::archive {

Result<pipeline::RunResult> Check(Archive& archive, const std::vector<std::string>& inputs,
                                  const pipeline::RunOptions& run, const CheckOptions& options,
                                  std::istream* stdin_stream, CheckStats* stats) {
  CheckStats local;
  if (stats == nullptr) stats = &local;
  auto normalizer = normalizers::Normalizer::Create(run.normalize);
  if (!normalizer.ok()) return normalizer.status();
  pipeline::RunResult r;
  std::vector<corpus::Article> articles;
  Status s = pipeline::RunStage("read", [&] {
    pipeline::StageTimer t(&r.timings, "read");
    r.read = corpus::ReadInputs(inputs, run.read, stdin_stream);
    articles = std::move(r.read.articles);
    r.read.articles.clear();
    std::sort(articles.begin(), articles.end(),
              [](const corpus::Article& a, const corpus::Article& b) { return a.id < b.id; });
  });
  if (!s.ok()) return s;
  std::vector<normalizers::NormalizedArticle> fresh;
  s = pipeline::RunStage("normalize", [&] {
    pipeline::StageTimer t(&r.timings, "normalize");
    fresh = normalizer.value()->NormalizeAll(std::move(articles), run.threads);
  });
  if (!s.ok()) return s;
  stats->new_articles = fresh.size();

  // One snapshot for every read; with add, the write lock from the start, so that what is
  // checked against is what the new articles join.
  s = archive.Begin(options.add);
  if (!s.ok()) return s;
  auto abort = [&](Status e) {
    archive.Rollback();
    // (Read without locks, a file another process rewrote reads as damaged: say so.)
    if (Status stable = archive.ReadStable(); !stable.ok()) return stable;
    return e;
  };

  const size_t workers = corpus::ResolveThreads(run.threads);
  std::vector<std::unique_ptr<SketchScratch>> scratch;
  for (size_t w = 0; w < workers; ++w)
    scratch.push_back(std::make_unique<SketchScratch>(archive.engine().shingles, /*loose_samples=*/true));
  std::unordered_map<std::string, size_t> new_ids;  // id -> index in fresh
  for (size_t i = 0; i < fresh.size(); ++i) new_ids.emplace(fresh[i].article.id, i);

  // The closure: sketches of every article reached; a frontier of articles not yet looked up.
  std::vector<ArticleSketch> sketches(fresh.size());
  s = pipeline::RunStage("sketch", [&] {
    pipeline::StageTimer t(&r.timings, "sketch");
    corpus::ParallelFor(fresh.size(), workers,
                        [&](size_t i, size_t w) { archive.Sketch(fresh[i], scratch[w].get(), &sketches[i]); });
  });
  if (!s.ok()) return abort(s);
  const bool loose_on = archive.engine().loose_candidates && archive.engine().reworded_jaccard <= 1;
  const size_t loose_min = pipeline::LooseMinShared(archive.engine());
  std::vector<ArchivedDoc> reached;             // verified archive copies, in the order found
  std::unordered_map<int64_t, size_t> seen;     // archive row -> index in `loaded` (SIZE_MAX: not a copy yet)
  std::vector<ArchivedDoc> loaded;              // every archive row read back
  std::vector<ArticleSketch> loaded_sketches;
  std::vector<bool> is_reached;
  // Frontier entries: sketches to look up (new articles: index; archive: ~loaded index).
  std::vector<std::pair<bool, size_t>> frontier;
  for (size_t i = 0; i < fresh.size(); ++i) frontier.emplace_back(false, i);
  auto sketch_of = [&](const std::pair<bool, size_t>& f) -> const ArticleSketch& {
    return f.first ? loaded_sketches[f.second] : sketches[f.second];
  };
  {
    pipeline::StageTimer t(&r.timings, "lookup");
    while (!frontier.empty()) {
      ++stats->rounds;
      // Each frontier article's candidates, read back once.
      // All the frontier's keys in one lookup (a join per segment), then each article's rows.
      std::vector<int64_t> keys;
      for (const auto& f : frontier) {
        const auto& k = sketch_of(f).band_keys;
        keys.insert(keys.end(), k.begin(), k.end());
      }
      std::sort(keys.begin(), keys.end());
      keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
      stats->lookups += keys.size();
      std::vector<std::pair<int64_t, int64_t>> hits;
      auto t0 = std::chrono::steady_clock::now();
      s = archive.Candidates(keys, &hits);
      stats->lookup_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (!s.ok()) return abort(s);
      std::sort(hits.begin(), hits.end());
      std::vector<std::vector<int64_t>> cand(frontier.size());
      std::vector<int64_t> to_load;
      std::vector<int64_t> loose_rows;
      for (size_t f = 0; f < frontier.size(); ++f) {
        loose_rows.clear();
        for (int64_t key : sketch_of(frontier[f]).band_keys) {
          auto it = std::lower_bound(hits.begin(), hits.end(), std::pair<int64_t, int64_t>(key, INT64_MIN));
          for (; it != hits.end() && it->first == key; ++it)
            (IsLooseKey(key) ? loose_rows : cand[f]).push_back(it->second);
        }
        // A loose key proposes an archived article when it shares loose_min of them, as the
        // engine's fourth candidate source does (pipeline::LooseMinShared).
        std::sort(loose_rows.begin(), loose_rows.end());
        for (size_t i = 0; i < loose_rows.size();) {
          size_t j = i;
          while (j < loose_rows.size() && loose_rows[j] == loose_rows[i]) ++j;
          if (loose_on && j - i >= loose_min) cand[f].push_back(loose_rows[i]);
          i = j;
        }
        std::sort(cand[f].begin(), cand[f].end());
        cand[f].erase(std::unique(cand[f].begin(), cand[f].end()), cand[f].end());
        for (int64_t row : cand[f])
          if (!seen.count(row)) {
            seen.emplace(row, SIZE_MAX);
            to_load.push_back(row);
          }
      }
      std::sort(to_load.begin(), to_load.end());
      t0 = std::chrono::steady_clock::now();
      const size_t first = loaded.size();
      s = archive.Load(to_load, options.since, &loaded);
      if (!s.ok()) return abort(s);
      loaded_sketches.resize(loaded.size());
      is_reached.resize(loaded.size(), false);
      for (size_t i = first; i < loaded.size(); ++i) seen[loaded[i].row] = i;
      s = pipeline::RunStage("lookup", [&] {
        corpus::ParallelFor(loaded.size() - first, workers, [&](size_t i, size_t w) {
          archive.Sketch(loaded[first + i].doc, scratch[w].get(), &loaded_sketches[first + i]);
        });
      });
      if (!s.ok()) return abort(s);
      stats->load_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      stats->candidates = loaded.size();
      if (loaded.size() > options.max_reached)
        return abort(InvalidArgument("check: more than " + std::to_string(options.max_reached) +
                                     " archived articles reached; narrow the window with --since"));
      // Each candidate kept when the engine may join it to the article that found it (a copy, or
      // most of the smaller in the larger); a kept one is looked up next round.
      std::vector<std::pair<bool, size_t>> next;
      for (size_t f = 0; f < frontier.size(); ++f) {
        const ArticleSketch& mine = sketch_of(frontier[f]);
        for (int64_t row : cand[f]) {
          const size_t li = seen[row];
          if (li == SIZE_MAX || is_reached[li]) continue;  // outside the window, or already in
          const ArticleSketch& theirs = loaded_sketches[li];
          // A new article of the same id replaces the archived version; but under an id made from
          // where it was read ("feed-1" in each day's feed), another story than the archived one
          // (SameStory) leaves it to be checked as the archived article it is, its id marked.
          if (auto same = new_ids.find(loaded[li].doc.article.id); same != new_ids.end()) {
            if (!fresh[same->second].article.id_derived ||
                SameStory(sketches[same->second].shingles, theirs.shingles))
              continue;
            loaded[li].doc.article.id += " (archived)";
          }
          if (!pipeline::MayJoin(mine.shingles, theirs.shingles, mine.loose, theirs.loose, archive.engine()))
            continue;
          is_reached[li] = true;
          next.emplace_back(true, li);
        }
      }
      frontier.swap(next);
    }
  }
  // archive + new, sorted by id, into the engine.
  std::vector<int64_t> ids;
  for (size_t i = 0; i < loaded.size(); ++i)
    if (is_reached[i]) {
      r.docs.push_back(std::move(loaded[i].doc));
      ids.push_back(loaded[i].row);
    }
  stats->reached = ids.size();
  std::vector<ArchivedDoc>().swap(loaded);
  std::vector<ArticleSketch>().swap(loaded_sketches);
  if (options.add) {
    s = archive.Put(fresh, run.threads, &stats->added);
    if (!s.ok()) return abort(s);
  }
  for (auto& d : fresh) {
    r.docs.push_back(std::move(d));
    ids.push_back(0);
  }
  std::vector<size_t> order(r.docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return r.docs[a].article.id < r.docs[b].article.id; });
  std::vector<normalizers::NormalizedArticle> docs;
  docs.reserve(order.size());
  for (size_t i : order) {
    docs.push_back(std::move(r.docs[i]));
    r.archive_ids.push_back(ids[i]);
  }
  r.docs = std::move(docs);
  auto result = pipeline::RunNormalized(std::move(r), run);
  if (!result.ok()) return abort(result.status());
  s = archive.Commit();
  if (!s.ok()) return s;
  s = archive.ReadStable();
  if (!s.ok()) return s;
  return result;
}

}  // namespace copydesk::archive
