// Archive: the wire stories of past months in one SQLite file, queried by LSH band key, so that
// today's pages can be checked against them without loading the archive.
//
//   archive::ArchiveOptions o;                      // defaults below
//   auto a = archive::Archive::Open("wire.db", o, archive::OpenMode::kCreate, &engine);
//   a.value()->Put(normalized_docs, &report);       // one transaction; idempotent by id
//   a.value()->Candidates(band_keys, &rows);        // archive rows sharing a band key
//   Result<archive::ArchiveStats> s = a.value()->Stats();
//
// `engine` is the DedupOptions (shingle k, signature length, thresholds) the band keys are
// made with; they are recorded in the archive and a later Open with other values fails
// (docs/archive.md). Schema, durability, concurrency and sizes: docs/archive.md.
//
// Options (defaults):
//   batch_articles   2048   articles per committed transaction in AddInputs (a kill -9 loses
//                           at most the batch being written)
//   batch_bytes      8 MiB  text read per batch (a batch ends at whichever comes first)
//   compression_level 1     Zstandard level of the stored article (1 fast .. 19 small;
//                           docs/archive.md has the measured choice)
//   max_bucket       1000   archive rows read per band key in a lookup (as DedupOptions)
//   anchor_share     1/4    share of the engine's anchors stored as lookup keys: the anchor
//                           shingles below anchor_share * the engine's limit (docs/archive.md);
//                           an anchor held by more than the engine's max_anchor_bucket archived
//                           articles is not followed (the engine ignores it too)
//   busy_timeout_ms  60000  how long a writer waits for another writer before failing
//   cache_mib        256    SQLite page cache of a writing connection (add, remove, check --add)
//   read_cache_mib   32     ... of a reading one (check, stats): a check's memory is this plus
//                           the articles it reaches, whatever the archive's size
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "corpus/status.h"
#include "normalizers/normalize.h"
#include "pipeline/dedup.h"
#include "pipeline/run.h"

struct sqlite3;
struct sqlite3_stmt;

namespace copydesk::archive {

// The schema this copydesk writes (PRAGMA user_version); older archives are migrated on open
// (schema 1 -> 2: the anchor keys, recomputed from the stored texts; 2 -> 3: the segments'
// pairs packed into key blocks, key_block.h).
inline constexpr int kSchemaVersion = 3;
// PRAGMA application_id of a copydesk archive: "CDSK".
inline constexpr int32_t kApplicationId = 0x4344534B;

struct ArchiveOptions {
  size_t batch_articles = 2048;
  size_t batch_bytes = 8 << 20;
  int compression_level = 1;
  size_t max_bucket = 1000;
  double anchor_share = 0.25;
  int busy_timeout_ms = 60000;
  size_t cache_mib = 256;
  size_t read_cache_mib = 32;
};

enum class OpenMode {
  kCreate,     // read-write, created when missing (archive add)
  kReadWrite,  // read-write, must exist
  kReadOnly,   // must exist; never writes (check without --add, stats)
};

struct ArchiveStats {
  int schema_version = 0;
  uint64_t articles = 0;
  uint64_t bytes = 0;      // page_count * page_size of the database file
  uint64_t wal_bytes = 0;  // the write-ahead log beside it (checkpointed back as readers allow)
  std::optional<int64_t> first, last;  // the archive dates (seconds), when any article
  std::string shingle_k, num_perm, bands;  // what the band keys were made with
  std::string anchors;  // the anchor keys stored: "<engine anchor_rate>*<anchor_share>"
  size_t loose_keys = 0;  // loose-sample values stored per article (0: an archive made before them)
};

// What an add did, per article.
struct AddReport {
  uint64_t added = 0;
  uint64_t replaced = 0;   // the id was archived with another text or metadata
  uint64_t unchanged = 0;  // the id was archived with the same text and metadata
  uint64_t refused = 0;    // another story under an archived id made from where it was read (in read.rejected)
  uint64_t batches = 0;    // transactions committed
  std::vector<std::string> replaced_ids;  // the first 1000
  corpus::ReadReport read;  // rejections and warnings (AddInputs)
};

// An archived article read back for a check.
struct ArchivedDoc {
  int64_t row = 0;  // the archive_id
  int64_t at = 0;
  normalizers::NormalizedArticle doc;
};

// What the engine keeps of an article for the archive: its verification set and lookup keys.
struct ArticleSketch {
  std::vector<uint32_t> shingles;  // sorted, unique (SketchStore::shingles)
  std::vector<int64_t> band_keys;  // every lookup key, sorted, as stored: both bandings (>= 0: the
                                   // top 47 bits of BandKey, the 48th bit set for the containment
                                   // banding), the stored anchors (-2^32 .. -1: -1 - shingle
                                   // value) and the loose keys (below: kLooseKeyTop - value)
  pipeline::WideSample loose;      // for the reworded-copy tests (the wide loose sample), when
                                   // the scratch asks for it (not stored: made from the text)
};

// The loose keys: the values of an article's loose sample (pipeline::kLooseSample, the engine's
// fourth candidate source), stored as kLooseKeyTop - value, under every anchor key.
inline constexpr int64_t kLooseKeyTop = -(int64_t{1} << 32) - 1;
// Whether a stored key is an anchor (a shingle value) rather than a band key or a loose key.
inline bool IsAnchorKey(int64_t key) { return key < 0 && key > kLooseKeyTop; }
// Whether a stored key is a loose-sample value.
inline bool IsLooseKey(int64_t key) { return key <= kLooseKeyTop; }

// Whether two articles' shingle sets (sorted, unique) are versions of one story: a Jaccard of 0.2
// or more, or the smaller half held in the larger (a correction, a longer cut); two stories that
// reuse an id ("feed-1" in each day's feed) are not, a site's footer in common notwithstanding.
bool SameStory(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

// Per-worker scratch for Archive::Sketch.
struct SketchScratch {
  explicit SketchScratch(const pipeline::ShingleOptions& o, bool loose_samples = false)
      : shingler(o), with_loose(loose_samples) {}
  pipeline::Shingler shingler;
  bool with_loose;  // fill ArticleSketch::loose (check's verification reads it; add does not)
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> signature, sort_scratch;
};

class Archive {
 public:
  // Opens (or creates) the archive at `path`. Fails with a clear message for a file that is not
  // a copydesk archive, one from a newer copydesk, or one made with other sketch settings.
  // A null `engine` takes the archive's own settings (stats, remove).
  static Result<std::unique_ptr<Archive>> Open(const std::string& path, const ArchiveOptions& options,
                                               OpenMode mode, const pipeline::DedupOptions* engine,
                                               const normalizers::NormalizeOptions& normalize = {});
  ~Archive();
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;

  // Stores `docs` in one transaction of its own (or of the caller's Begin), replacing an
  // archived article of the same id whose text or metadata changed.
  [[nodiscard]] Status Put(const std::vector<normalizers::NormalizedArticle>& docs, size_t threads,
                           AddReport* report);
  // Reads, normalizes and stores `inputs`, a committed transaction per batch (options).
  Result<AddReport> AddInputs(const std::vector<std::string>& inputs, const pipeline::RunOptions& run,
                              std::istream* stdin_stream);
  // Removes the articles dated before `before` (seconds) in committed batches; returns how many.
  Result<uint64_t> RemoveBefore(int64_t before);
  Result<ArchiveStats> Stats();
  // Reads the whole archive back: SQLite's quick_check, every key block of every segment (it
  // decodes, its keys run on from the block before), every article (it
  // decompresses and decodes). Returns the first damage found, naming what and where; `read`
  // counts the articles and key pairs read.
  [[nodiscard]] Status Verify(uint64_t* articles_read, uint64_t* pairs_read);

  // Transactions for a caller that reads and writes as one: Begin(true) takes the write lock
  // at once (check --add), Begin(false) a read snapshot.
  [[nodiscard]] Status Begin(bool write);
  [[nodiscard]] Status Commit();
  void Rollback();
  // Error when this archive was opened immutable (a reader that may not write it) and its file
  // changed since: what was read may mix two states (a writer checkpointed under the reader).
  Status ReadStable() const;

  // Returns the sketch of `doc` as the archive keys it.
  void Sketch(const normalizers::NormalizedArticle& doc, SketchScratch* scratch, ArticleSketch* out) const;
  // Appends to `hits` a (key, archive row) for every archived article that has one of `keys`
  // (unique sorted keys; at most max_bucket rows per key).
  [[nodiscard]] Status Candidates(std::span<const int64_t> keys, std::vector<std::pair<int64_t, int64_t>>* hits);
  // Reads archived rows; those dated before `since` (when set) are left out.
  [[nodiscard]] Status Load(std::span<const int64_t> rows, std::optional<int64_t> since,
                            std::vector<ArchivedDoc>* out);

  const pipeline::DedupOptions& engine() const { return engine_; }
  const normalizers::UnicodeNormalizer& unicode() const { return *unicode_; }
  const std::string& path() const { return path_; }

 private:
  Archive() = default;
  void SetBands();
  uint32_t AnchorLimit(pipeline::ShingleUnit unit) const;
  std::string DescribeAnchors() const;
  Status Migrate();
  Status ConvertSegments();
  Status MigrateAnchors();
  // The keys `want` picks of every archived article, recomputed from its stored text, into new
  // segments (inside the caller's transaction).
  Status MigrateKeys(bool (*want)(int64_t));
  // An archive made before the loose keys: theirs added, in a transaction of its own.
  Status MigrateLoose();
  Status Exec(const char* sql);
  Status Prepare(const char* sql, sqlite3_stmt** stmt);
  Status Error(const std::string& what);
  Status CheckSchema(OpenMode mode, bool adopt);
  Status RefreshSegments();
  Status EraseKeys(std::span<const int64_t> keys, int64_t row);
  Status WriteSegment(const std::vector<std::pair<int64_t, int64_t>>& rows, int64_t level);
  Status Compact();
  // Records in meta (last_archive_id) the highest archive_id given so far, inside the caller's
  // transaction: new articles are numbered above it, never reusing a removed article's id.
  Status KeepLastId();
  struct Prepared;  // an article compressed and sketched, ready for its SQL
  void PrepareDoc(const normalizers::NormalizedArticle& doc, SketchScratch* scratch, int64_t now,
                  Prepared* out) const;
  Status PutPrepared(const std::vector<Prepared>& prepared, AddReport* report);
  Status WriteBatch(const std::vector<Prepared>& prepared, AddReport* report);

  std::string path_;
  ArchiveOptions options_;
  pipeline::DedupOptions engine_;
  pipeline::BandParams jaccard_bands_, containment_bands_;
  std::unique_ptr<normalizers::UnicodeNormalizer> unicode_;
  sqlite3* db_ = nullptr;
  bool in_transaction_ = false;
  bool immutable_ = false;          // opened with immutable=1 (Open: a reader that may not write)
  int64_t opened_mtime_ns_ = 0;     // ... and its file's modification time and size then
  int64_t opened_size_ = 0;
  bool compact_at_commit_ = false;  // a Put inside the caller's transaction wrote a segment
  // Loose keys per article in this archive; 0: made before them (MigrateLoose on a write open).
  size_t loose_keys_ = pipeline::kLooseSample;
  int migrate_from_ = 0;  // an older archive opened for writing: its schema (Migrate)
  struct Statements;
  std::unique_ptr<Statements> st_;
};

// Returns the instant an article is filed under: its publication date, else its crawl date,
// else `fallback` (the time it was added).
int64_t ArchiveTime(const corpus::Article& a, int64_t fallback);

}  // namespace copydesk::archive
