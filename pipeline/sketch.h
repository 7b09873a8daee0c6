// Sketches: what dedup keeps of an article once its text is gone — a content hash, the 32-bit
// shingle set, the MinHash signature, and the few fields the canonical choice and the report
// need. About 4 bytes per word of text, so a million articles fit in a few GB; spilled
// (SpillShingles + KeepBandKeys) about 400 bytes for a 600-word article: an eighth of its set,
// its id and 80 bytes of ArticleMeta and location stay in memory.
//
//   pipeline::SketchStore store(options);                    // DedupOptions
//   store.Add(batch_of_normalized_articles, /*threads=*/0);  // as many batches as you like
//   store.AddEach(n, 0, [&](size_t i) { return normalizer.Finish(...); });  // or one at a time
//   store.shingles(i); store.signature(i); store.id(i); store.meta(i); store.Info(i).url;
//
// Content hash: XXH3-128 of the folded text (exact duplicates). Shingle set: the high 32 bits
// of each 64-bit shingle hash, sorted and unique (see docs/hashing.md).
//
// Spilled shingle sets: after SpillShingles(dir, resident_below), each set's values below
// `resident_below` (the anchors, pipeline/dedup.h) stay in memory and the rest go to an unlinked
// file in `dir`, written once in article order; Shingles(i, &scratch) reads a whole set back
// (pread: the pages stay in the OS cache, not in this process), ReadSets(articles, &batch) many
// at once (sets close in the file in one pread). The sets are the same values
// either way, so clusters are identical. With KeepBandKeys the signature is not kept, its band keys are (BandKeys reads a band of all
// articles back: ClusterSketches buckets the same keys).
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <deque>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"
#include "corpus/date.h"
#include "corpus/status.h"
#include "normalizers/normalize.h"
#include "pipeline/lsh.h"
#include "pipeline/minhash.h"
#include "pipeline/report.h"
#include "pipeline/shingle.h"

namespace copydesk::pipeline {

// A sample of the shingles of an article's opening paragraph: the kLeadSample smallest values of
// its verification set among the shingles wholly inside the first paragraph. A roundup quotes
// stories' openings; a heavily edited copy rewrites its source's (docs/clustering.md, "Openings").
// size 0: unknown (an article appended without one, or with no shingle in its first paragraph).
inline constexpr size_t kLeadSample = 8;
struct LeadSample {
  uint32_t values[kLeadSample] = {};
  uint8_t size = 0;
};
// Fills `out` from `hashes`, the last Hashes(folded) of `shingler`: the opening is the first
// paragraph of `folded` with kLeadMinShingles (words; 4x for character grams) wholly inside it
// (shorter lines before it are site lines, bylines, bulletins), its first kLeadMaxShingles (4x).
inline constexpr size_t kLeadMinShingles = 12, kLeadMaxShingles = 40;
void MakeLeadSample(std::span<const uint64_t> hashes, const Shingler& shingler, std::string_view folded,
                    LeadSample* out);

// The smallest values of an article's loose grams that occur once in it, and where each is
// (Shingler::LooseSample), for the reworded-copy test (docs/clustering.md, "Reworded copies").
// size < kLooseSample: too short or repetitive a text, or unknown (an article appended without
// one, as the archive's are): no estimate.
inline constexpr size_t kLooseSample = 48;
struct LooseSample {
  uint32_t values[kLooseSample] = {};
  uint8_t at[kLooseSample] = {};  // where in the text, 0..255
  uint8_t size = 0;
  std::span<const uint32_t> span() const { return {values, size}; }
  std::span<const uint8_t> places() const { return {at, size}; }
};

// The wide loose sample: the kWideSample smallest values of the same grams, the LooseSample its
// first kLooseSample, for the finer reworded test (docs/clustering.md, "A wider sample"): with
// about three times the values shared, its estimate and its widest stretch tell a copy reworded
// all through from a passage quoted far better. The values past the LooseSample (the rest)
// stay with the article's shingle set (in the spill file when the store spills, as the set's
// other values), not in memory.
inline constexpr size_t kWideSample = 160;
struct WideSample {
  uint32_t values[kWideSample] = {};
  uint8_t at[kWideSample] = {};
  uint8_t size = 0;
  std::span<const uint32_t> span() const { return {values, size}; }
  std::span<const uint8_t> places() const { return {at, size}; }
};
// The rest of a wide sample past its LooseSample: `count` values, then their places, four to a
// value (what the store keeps, and what a distributed run sends with the set).
struct WideRest {
  std::span<const uint32_t> record;  // count + (count + 3) / 4 values
  size_t count = 0;
};
inline size_t WideRestValues(size_t count) { return count + (count + 3) / 4; }
// Fills `out` with the wide sample of `loose` and its `rest`.
void JoinWide(const LooseSample& loose, const WideRest& rest, WideSample* out);
// Returns the LooseSample a wide sample begins with (its first kLooseSample values).
LooseSample FirstOf(const WideSample& wide);
// Appends to `record` the rest of `wide` past its first kLooseSample values; returns its count.
size_t PutWideRest(const WideSample& wide, std::vector<uint32_t>* record);

// Everything the store records of an article: what Append takes and Info returns. The store
// keeps the id and the ArticleMeta of each (what clustering reads) as they are; the rest, which
// only the written clusters and the reports read, as ~150 bytes of varints and strings.
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
  LeadSample lead;                         // of its opening paragraph (ArticleMeta::lead)
  LooseSample loose;                       // of its loose grams (ArticleMeta::loose)
};

// The fields of an article that clustering reads, held in memory for every article (72 bytes).
struct ArticleMeta {
  uint64_t content_hash[2] = {0, 0};
  int64_t published_seconds = 0;    // published_at()
  int32_t dateline_year = 0;        // dateline_day()
  uint8_t dateline_month = 0, dateline_mday = 0;
  bool has_published = false, published_has_time = false;
  bool wire_dateline = false;
  ShingleUnit unit = ShingleUnit::kWords;
  bool empty_signature = false;  // the signature's first value is kEmptyBin (the empty set)
  LeadSample lead;               // its opening paragraph's sample

  std::optional<corpus::Instant> published_at() const {
    if (!has_published) return std::nullopt;
    return corpus::Instant{published_seconds, published_has_time};
  }
  corpus::CalendarDay dateline_day() const { return {dateline_year, dateline_month, dateline_mday}; }
};

// Shingle sets read together (SketchStore::ReadSets): the spilled parts of sets that lie close
// in the spill file come in one pread instead of one each. Reused from one call to the next (its
// buffers are kept).
class SetBatch {
 public:
  // Returns the set of article `i`, or nullptr when the batch does not hold it. The span lives
  // until the next ReadSets into this batch.
  const std::span<const uint32_t>* Find(uint32_t i) const {
    auto it = std::lower_bound(articles_.begin(), articles_.end(), i);
    return it != articles_.end() && *it == i ? &sets_[static_cast<size_t>(it - articles_.begin())] : nullptr;
  }
  // The rest of the wide loose sample of article `i` (empty when the batch does not hold it).
  WideRest FindRest(uint32_t i) const {
    auto it = std::lower_bound(articles_.begin(), articles_.end(), i);
    return it != articles_.end() && *it == i ? rests_[static_cast<size_t>(it - articles_.begin())] : WideRest{};
  }
  // The articles held, sorted, and how many preads the last ReadSets made.
  const std::vector<uint32_t>& articles() const { return articles_; }
  size_t reads() const { return reads_; }

 private:
  friend class SketchStore;
  std::vector<uint32_t> articles_;               // sorted, unique
  std::vector<std::span<const uint32_t>> sets_;  // of articles_[k]
  std::vector<WideRest> rests_;                  // of articles_[k]
  std::vector<uint32_t> values_;                 // the spilled sets, whole (resident values first)
  std::vector<uint32_t> raw_;                    // a run of the spill file
  std::vector<uint32_t> order_;                  // positions in articles_ by spill offset
  size_t reads_ = 0;
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
  // an unlinked file in `dir` (see above). Call before the first Add. Fails when
  // the file cannot be made (then nothing changes).
  Status SpillShingles(const std::string& dir, uint32_t resident_below);
  bool spilled() const { return fd_ >= 0; }
  // Shingle values below this are in memory for every article (all of them when not spilled).
  uint64_t resident_below() const { return resident_below_; }

  // For a spilled store (after SpillShingles, before the first Add): keeps the band keys of
  // `bandings` (pipeline/lsh.h BandKey) in the spill file instead of the signatures in memory
  // (512 bytes an article less). signature() is then empty; BandKeys() reads the keys back.
  // Fails when the store is not spilled or already holds articles.
  Status KeepBandKeys(const std::vector<BandParams>& bandings);
  bool has_signatures() const { return keep_signatures_; }
  // Returns the index of `p` among the bandings kept, or -1.
  int banding_index(const BandParams& p) const;
  // Fills `keys` with the key of band `band` of banding `banding` of every article, in store
  // order (thread-safe). An article with meta(i).empty_signature has a meaningless key.
  void BandKeys(size_t banding, size_t band, std::vector<uint64_t>* keys) const;

  size_t size() const { return loc_.size(); }
  size_t num_perm() const { return num_perm_; }
  std::string_view id(size_t i) const {
    const Loc& l = loc_[i];
    return {reinterpret_cast<const char*>(chunks_[l.block].data + l.offset + sig_values() + l.resident), l.id_size};
  }
  const ArticleMeta& meta(size_t i) const { return meta_[i]; }
  // Article i's loose sample (kept apart from its meta: only the verification reads it).
  const LooseSample& loose(size_t i) const { return loose_[i]; }
  // Returns everything recorded of article i (decoded: for the clusters being written, not for
  // clustering).
  ArticleInfo Info(size_t i) const;
  // Returns the shingle set of article i. Only for a store that is not spilled: in general use
  // Shingles(i, &scratch).
  std::span<const uint32_t> shingles(size_t i) const { return resident_shingles(i); }
  // Returns the shingle set of article i, read into `scratch` when it is spilled (thread-safe;
  // the span lives as long as the store and `scratch`, unchanged).
  std::span<const uint32_t> Shingles(size_t i, std::vector<uint32_t>* scratch) const;
  // Reads the shingle sets of `articles` (any order, repeats allowed) into `batch`
  // (thread-safe; one batch per thread): the same sets as Shingles(i, &scratch) gives, each
  // set's spilled values read as part of a run of the file that holds sets of the batch no more
  // than `max_gap` bytes apart, `max_run` bytes at most (one pread a run). Sets held wholly in
  // memory are views of the store's.
  void ReadSets(std::span<const uint32_t> articles, SetBatch* batch, size_t max_gap = 8 << 10,
                size_t max_run = 1 << 20) const;
  // Where article i's spilled values are in the spill file (bytes): sets read in this order
  // come in runs (ReadSets). 0 for every article of a store that is not spilled.
  uint64_t spill_offset(size_t i) const { return fd_ >= 0 ? loc_[i].file_offset : 0; }
  // Returns the rest of article i's wide loose sample (read into `scratch` when it is spilled;
  // thread-safe). ReadSets reads it with the set (SetBatch::FindRest).
  WideRest Rest(size_t i, std::vector<uint32_t>* scratch) const;
  // Returns how many values the shingle set of article i holds.
  size_t shingle_count(size_t i) const { return loc_[i].shingles; }
  // Returns the values of article i's set below resident_below(), sorted.
  std::span<const uint32_t> resident_shingles(size_t i) const {
    const Loc& l = loc_[i];
    return {chunks_[l.block].data + l.offset + sig_values(), l.resident};
  }
  // Returns the signature of article i (empty when the store keeps band keys instead).
  std::span<const uint32_t> signature(size_t i) const {
    const Loc& l = loc_[i];
    return {chunks_[l.block].data + l.offset, sig_values()};
  }
  // Returns the bytes held (for reports of memory use).
  size_t bytes() const;

  // Appends one sketch made elsewhere (by another process of a distributed run,
  // distributed/mpi_dedup.h): `signature` must hold num_perm() values, `shingles` be sorted.
  // `rest`: the rest of its wide loose sample (Rest of the store it comes from), if known.
  void Append(const ArticleInfo& info, std::span<const uint32_t> signature, std::span<const uint32_t> shingles,
              const WideRest& rest = {});
  // For a store that only a distributed run's clustering reads, with the candidate pairs given
  // (ClusterSketches's `given`): keeps no signatures and no band keys (signature() is empty).
  // Call before the first Append; does nothing on a spilled store or one that holds articles.
  void DropSignatures();
  // Appends an article without its shingle set, only its size (shingle_count): for an article
  // in no candidate pair and no group of exact duplicates, whose set the clustering never
  // reads (a store that is not spilled). Its Shingles() are empty.
  void AppendCounted(const ArticleInfo& info, size_t shingle_count);

 private:
  // An article's values in a chunk, from `offset`: its signature (unless band keys are kept),
  // its resident shingles, its id (bytes, padded to 4), its other fields (bytes, padded: see
  // PutFields in sketch.cc), then the rest of its wide loose sample (WideRest::record) unless
  // the store spills. In the spill file, from `file_offset` (bytes): its other shingles, then
  // the rest of its wide loose sample.
  struct Loc {
    uint64_t offset = 0;       // in values
    uint64_t file_offset = 0;  // in bytes
    uint32_t block = 0;        // the chunk (during Add: the worker whose arena holds it)
    uint32_t shingles = 0;
    uint32_t resident = 0;     // shingles in memory (the smallest); the others are in the file
    uint32_t id_size = 0;
    uint32_t fields_size = 0;  // bytes
    uint8_t rest = 0;          // values in the rest of the wide loose sample
  };
  // Where the rest of a wide loose sample is in a store that does not spill: after the fields.
  const uint32_t* resident_rest(const Loc& l) const {
    return chunks_[l.block].data + l.offset + sig_values() + l.resident + (l.id_size + 3) / 4 + (l.fields_size + 3) / 4;
  }
  // The band keys of one batch in the spill file: band after band, `count` keys each.
  struct KeyBatch {
    size_t first = 0, count = 0;
    uint64_t file_offset = 0;
  };
  struct Worker;
  size_t sig_values() const { return keep_signatures_ ? num_perm_ : 0; }
  // Sketches `d` into worker `k`'s arena (Loc::offset: in the arena) and meta_[slot].
  void SketchOne(Worker& k, const normalizers::NormalizedArticle& d, size_t slot, const MinHasher& hasher);
  // Moves the arenas of the articles from `first` on into the chunks (and the file).
  void Place(size_t first);
  // Add (docs) or AddEach (make, keep).
  void AddEach(size_t count, size_t threads, const MakeArticle& make, const KeepArticle& keep,
               const std::vector<normalizers::NormalizedArticle>* docs);
  // Appends bytes to the spill file.
  void Spill(const void* data, size_t bytes);
  void ReadSpilled(void* out, size_t bytes, uint64_t at) const;
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
  std::vector<ArticleMeta> meta_;
  std::vector<LooseSample> loose_;
  class SpillWriter;
  std::unique_ptr<SpillWriter> writer_;        // writes the spill file (Place's writes)
  int fd_ = -1;                                // the spill file
  std::string spill_dir_;                      // where it is, for error messages
  uint64_t file_bytes_ = 0;                    // bytes written to it
  uint64_t resident_below_ = uint64_t{1} << 32;
  bool keep_signatures_ = true;
  bool keep_keys_ = true;  // without signatures: keep band keys (false after DropSignatures)
  std::vector<BandParams> bandings_;           // whose keys are kept (KeepBandKeys)
  size_t total_bands_ = 0;
  std::vector<uint64_t> batch_keys_;           // this batch's keys, band after band
  size_t batch_first_ = 0, batch_count_ = 0;   // the articles of the batch being added
  std::vector<KeyBatch> key_batches_;
  // The origins' files, each once (field records name them by index); appended under files_mu_
  // while workers add, read once they are done.
  uint32_t FileIndex(const std::string& file);
  std::mutex files_mu_;
  std::deque<std::string> files_;
  std::unordered_map<std::string, uint32_t> file_index_;
};

// Returns true when `a` opened with an agency dateline ("MOSCOW, Aug 28 (Reuters) -").
bool HasWireDateline(const normalizers::NormalizedArticle& a);

}  // namespace copydesk::pipeline
