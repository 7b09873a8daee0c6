// Sketches: what dedup keeps of an article once its text is gone — a content hash, the 32-bit
// shingle set, the MinHash signature, and the few fields the canonical choice and the report
// need. About 4 bytes per word of text, so a million articles fit in a few GB; with the shingle
// sets spilled (SpillShingles) about 1.3 KB for a 600-word article (an eighth of its set stays).
//
//   pipeline::SketchStore store(options);                    // DedupOptions
//   store.Add(batch_of_normalized_articles, /*threads=*/0);  // as many batches as you like
//   store.AddEach(n, 0, [&](size_t i) { return normalizer.Finish(...); });  // or one at a time
//   store.shingles(i); store.signature(i); store.info(i).id;
//
// Content hash: XXH3-128 of the folded text (exact duplicates). Shingle set: the high 32 bits
// of each 64-bit shingle hash, sorted and unique (see docs/hashing.md).
//
// Spilled shingle sets: after SpillShingles(dir, resident_below), each set's values below
// `resident_below` (the anchors, pipeline/dedup.h) stay in memory and the rest go to an unlinked
// file in `dir`, written once in article order; Shingles(i, &scratch) reads a whole set back
// (pread: the pages stay in the OS cache, not in this process). The sets are the same values
// either way, so clusters are identical.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "corpus/article.h"
#include "corpus/date.h"
#include "corpus/status.h"
#include "normalizers/normalize.h"
#include "pipeline/minhash.h"
#include "pipeline/report.h"
#include "pipeline/shingle.h"

namespace copydesk::pipeline {

// The fields of an article that clustering reads.
struct ArticleInfo {
  std::string id;
  std::string url, source, title;               // reported with the cluster's members
  std::string published;                        // as given
  std::optional<corpus::Instant> published_at;  // `published` read as an instant
  bool wire_dateline = false;  // has an agency dateline such as "MOSCOW (Reuters) -"
  corpus::CalendarDay dateline_day;             // the day the dateline names (month 0: none)
  Credit credit;
  corpus::Origin origin;       // to read the article again for its report
  uint64_t content_hash[2] = {0, 0};
  ShingleUnit unit = ShingleUnit::kWords;  // how the text was shingled (by its script)
};

class SketchStore {
 public:
  SketchStore(const ShingleOptions& shingles, const MinHashOptions& minhash);
  ~SketchStore();
  SketchStore(const SketchStore&) = delete;
  SketchStore& operator=(const SketchStore&) = delete;

  // Sketches `docs` on `threads` workers (0 = all cores) and appends them in order.
  void Add(const std::vector<normalizers::NormalizedArticle>& docs, size_t threads);
  // Sketches `count` articles made one at a time by `make(i)` on `threads` workers and appends
  // them in order of i; each is let go as soon as it is sketched (after `keep(i, doc)`, when
  // given, which may take what it wants of it), so a batch never holds all its normalized texts.
  using MakeArticle = std::function<normalizers::NormalizedArticle(size_t)>;
  using KeepArticle = std::function<void(size_t, normalizers::NormalizedArticle&)>;
  void AddEach(size_t count, size_t threads, const MakeArticle& make, const KeepArticle& keep = nullptr) {
    AddEach(count, threads, make, keep, nullptr);
  }

  // Keeps the shingle values at or above `resident_below` of every article added from now on in
  // an unlinked file in `dir` (see above). Call before the first Add. Fails when the file cannot
  // be made (then nothing changes).
  Status SpillShingles(const std::string& dir, uint32_t resident_below);
  bool spilled() const { return fd_ >= 0; }
  // Shingle values below this are in memory for every article (all of them when not spilled).
  uint64_t resident_below() const { return resident_below_; }

  size_t size() const { return info_.size(); }
  size_t num_perm() const { return num_perm_; }
  const ArticleInfo& info(size_t i) const { return info_[i]; }
  // Returns the shingle set of article i. Only for a store that is not spilled: in general use
  // Shingles(i, &scratch).
  std::span<const uint32_t> shingles(size_t i) const { return resident_shingles(i); }
  // Returns the shingle set of article i, read into `scratch` when it is spilled (thread-safe;
  // the span lives as long as the store and `scratch`, unchanged).
  std::span<const uint32_t> Shingles(size_t i, std::vector<uint32_t>* scratch) const;
  // Returns how many values the shingle set of article i holds.
  size_t shingle_count(size_t i) const { return loc_[i].shingles; }
  // Returns the values of article i's set below resident_below(), sorted.
  std::span<const uint32_t> resident_shingles(size_t i) const {
    const Loc& l = loc_[i];
    return {chunks_[l.block].data + l.offset + num_perm_, l.resident};
  }
  std::span<const uint32_t> signature(size_t i) const {
    const Loc& l = loc_[i];
    return {chunks_[l.block].data + l.offset, num_perm_};
  }
  // Returns the bytes held (for reports of memory use).
  size_t bytes() const;

  // Appends one sketch made elsewhere (by another process of a distributed run,
  // distributed/mpi_dedup.h): `signature` must hold num_perm() values, `shingles` be sorted.
  void Append(ArticleInfo info, std::span<const uint32_t> signature, std::span<const uint32_t> shingles);

 private:
  struct Loc {
    uint32_t block = 0;     // the chunk (during Add: the worker whose arena holds it)
    uint32_t shingles = 0;
    uint64_t offset = 0;    // of the signature; the resident shingles follow it
    uint32_t resident = 0;  // shingles in memory (the smallest); the others are in the file
    uint64_t file_offset = 0;  // in values, of the spilled ones
  };
  struct Worker;
  // Sketches `d` into worker `k`'s arena (Loc::offset: in the arena) and info_[slot].
  void SketchOne(Worker& k, const normalizers::NormalizedArticle& d, size_t slot, const MinHasher& hasher);
  // Moves the arenas of the articles from `first` on into the chunks (and the file).
  void Place(size_t first);
  // Add (docs) or AddEach (make, keep).
  void AddEach(size_t count, size_t threads, const MakeArticle& make, const KeepArticle& keep,
               const std::vector<normalizers::NormalizedArticle>* docs);
  // Appends values to the spill file.
  void Spill(const uint32_t* values, size_t n);
  // Memory mapped in large pieces, with transparent huge pages asked for: a store of a few GB
  // would otherwise cost a page fault per 4 KB.
  struct Chunk {
    uint32_t* data = nullptr;
    size_t capacity = 0;  // in values
    size_t used = 0;
  };
  // Returns the chunk index and offset where `n` more values fit.
  std::pair<uint32_t, size_t> Reserve(size_t n);

  ShingleOptions shingle_options_;
  MinHashOptions minhash_options_;
  size_t num_perm_;
  std::vector<std::unique_ptr<Worker>> workers_;
  std::vector<Chunk> chunks_;  // never moved once written
  std::vector<Loc> loc_;
  std::vector<ArticleInfo> info_;
  int fd_ = -1;                                // the spill file
  std::string spill_dir_;                      // where it is, for error messages
  uint64_t file_values_ = 0;                   // values written to it
  uint64_t resident_below_ = uint64_t{1} << 32;
};

// Returns true when `a` opened with an agency dateline ("MOSCOW, Aug 28 (Reuters) -").
bool HasWireDateline(const normalizers::NormalizedArticle& a);

}  // namespace copydesk::pipeline
