// Sketches: what dedup keeps of an article once its text is gone — a content hash, the 32-bit
// shingle set, the MinHash signature, and the few fields the canonical choice and the report
// need. About 4 bytes per word of text, so a million articles fit in a few GB.
//
//   pipeline::SketchStore store(options);                    // DedupOptions
//   store.Add(batch_of_normalized_articles, /*threads=*/0);  // as many batches as you like
//   store.shingles(i); store.signature(i); store.info(i).id;
//
// Content hash: XXH3-128 of the folded text (exact duplicates). Shingle set: the high 32 bits
// of each 64-bit shingle hash, sorted and unique (see docs/hashing.md).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "corpus/article.h"
#include "corpus/date.h"
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

  size_t size() const { return info_.size(); }
  size_t num_perm() const { return num_perm_; }
  const ArticleInfo& info(size_t i) const { return info_[i]; }
  std::span<const uint32_t> shingles(size_t i) const {
    const Loc& l = loc_[i];
    return {chunks_[l.block].data + l.offset + num_perm_, l.shingles};
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
    uint32_t block = 0;
    uint32_t shingles = 0;
    uint64_t offset = 0;  // of the signature; the shingles follow it
  };
  struct Worker;
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
};

// Returns true when `a` opened with an agency dateline ("MOSCOW, Aug 28 (Reuters) -").
bool HasWireDateline(const normalizers::NormalizedArticle& a);

}  // namespace copydesk::pipeline
