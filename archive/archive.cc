#include "archive/archive.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cstring>
#include <filesystem>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <atomic>
#include <functional>
#include <climits>
#include <chrono>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <map>
#include <unordered_map>
#include <mutex>
#include <thread>

#include "archive/doc_codec.h"
#include "archive/key_block.h"
#include "corpus/parallel.h"
#include "corpus/reader.h"
#include "normalizers/boilerplate.h"
#include "pipeline/lsh.h"
#include "pipeline/minhash.h"
#include "pipeline/shingle.h"

namespace copydesk::archive {

namespace {

// Schema 3: schema 2 with the segments' pairs packed in key blocks (keys_<id>, key_block.h)
// instead of one row per pair (bands_<id>); schema 2 was schema 1 + the anchor keys in the
// segments and the meta rows anchor_rate and anchor_share. Migrations (Archive::Migrate, one
// transaction): 2 -> 3 ConvertSegments; 1 -> 3 ConvertSegments then MigrateAnchors (it recomputes
// the anchors from the stored texts).
constexpr const char* kSchemaV3[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    // row = the archive_id; explicit so that VACUUM never renumbers it.
    "CREATE TABLE articles(row INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, at INTEGER NOT NULL, "
    "hash INTEGER NOT NULL, doc BLOB NOT NULL)",
    "CREATE INDEX articles_at ON articles(at)",
    // The band keys live in sorted segments, keys_<id>(lo, data), a log-structured merge:
    // each add batch writes a new segment (sequentially, in key order); kMergeFanout segments of
    // one level merge into one of the next level. A random-key index would instead rewrite most
    // of its pages at every commit once it outgrows the batch (docs/archive.md).
    "CREATE TABLE segments(id INTEGER PRIMARY KEY, level INTEGER NOT NULL, rows INTEGER NOT NULL)",
};

constexpr size_t kMergeFanout = 8;

// A segment's table: its (key, article) pairs in key blocks, one row per block (key_block.h).
std::string SegmentTable(int64_t id) { return "keys_" + std::to_string(id); }
// ... as schemas 1 and 2 stored it: one row per pair (migrated by ConvertSegments).
std::string RowSegmentTable(int64_t id) { return "bands_" + std::to_string(id); }

std::string CreateSegmentSql(const std::string& table) {
  return "CREATE TABLE " + table + "(lo INTEGER PRIMARY KEY, data BLOB NOT NULL)";
}

constexpr int64_t kKeyBits = 47;

struct Stmt {
  sqlite3_stmt* s = nullptr;
  ~Stmt() { sqlite3_finalize(s); }
};

// Writes sorted (key, article) pairs into a segment table as key blocks, each an appended row.
class SegmentWriter {
 public:
  // Fails (ok() false) when the insert cannot be prepared.
  SegmentWriter(sqlite3* db, const std::string& table) : db_(db) {
    ok_ = sqlite3_prepare_v2(db, ("INSERT INTO " + table + " VALUES(?,?)").c_str(), -1, &ins_.s, nullptr) == SQLITE_OK;
  }
  bool ok() const { return ok_; }
  // Appends a pair (in (key, article) order; an exact repeat of the last pair is dropped).
  bool Add(int64_t key, int64_t article) {
    if (pairs_ > 0 && key == last_key_ && article == last_article_) return true;
    if (block_.CutsBefore(key) && !Flush()) return false;
    block_.Add(key, article);
    last_key_ = key;
    last_article_ = article;
    ++pairs_;
    return true;
  }
  // Writes the last block; false on an SQLite error.
  bool Finish() { return Flush(); }
  int64_t pairs() const { return pairs_; }

 private:
  bool Flush() {
    if (block_.empty()) return true;
    sqlite3_reset(ins_.s);
    sqlite3_bind_int64(ins_.s, 1, block_.lo());
    sqlite3_bind_blob(ins_.s, 2, block_.data().data(), static_cast<int>(block_.data().size()), SQLITE_STATIC);
    const bool done = sqlite3_step(ins_.s) == SQLITE_DONE;
    sqlite3_reset(ins_.s);
    block_.Clear();
    ok_ = ok_ && done;
    return done;
  }
  sqlite3* db_;
  Stmt ins_;
  bool ok_ = false;
  KeyBlockBuilder block_;
  int64_t pairs_ = 0, last_key_ = 0, last_article_ = 0;
};

// Reads a segment table's pairs in (key, article) order, a block at a time.
class SegmentReader {
 public:
  SegmentReader(sqlite3* db, const std::string& table) {
    ok_ = sqlite3_prepare_v2(db, ("SELECT lo, data FROM " + table + " ORDER BY lo").c_str(), -1, &q_.s, nullptr) ==
          SQLITE_OK;
  }
  // The next pair in `*out`; false at the end or on an error (then ok() is false).
  bool Next(std::pair<int64_t, int64_t>* out) {
    while (i_ >= block_.size()) {
      if (!ok_) return false;
      block_.clear();
      i_ = 0;
      const int rc = sqlite3_step(q_.s);
      if (rc != SQLITE_ROW) {
        ok_ = rc == SQLITE_DONE;
        done_ = true;
        return false;
      }
      if (!DecodeKeyBlock(sqlite3_column_int64(q_.s, 0),
                          {static_cast<const char*>(sqlite3_column_blob(q_.s, 1)),
                           static_cast<size_t>(sqlite3_column_bytes(q_.s, 1))},
                          &block_)) {
        ok_ = false;
        return false;
      }
    }
    *out = block_[i_++];
    return true;
  }
  bool ok() const { return ok_; }

 private:
  Stmt q_;
  bool ok_ = false, done_ = false;
  std::vector<std::pair<int64_t, int64_t>> block_;
  size_t i_ = 0;
};

std::string Describe(const pipeline::DedupOptions& e, const pipeline::BandParams& j,
                     const pipeline::BandParams& c, std::string* k, std::string* perm, std::string* bands) {
  *k = std::to_string(e.shingles.k);
  *perm = std::to_string(e.minhash.num_perm);
  *bands = std::to_string(j.bands) + "x" + std::to_string(j.rows) + "+" + std::to_string(c.bands) + "x" +
           std::to_string(c.rows);
  return "shingle k " + *k + ", " + *perm + " permutations, bands " + *bands;
}

// The character-gram settings (scripts without reliable spaces): "14,6,8,1" (char_k, char_k_han,
// char_k_kana, by_script). An archive made before they were kept (session 30) has the defaults.
std::string CharGrams(const pipeline::ShingleOptions& o) {
  return std::to_string(o.char_k) + "," + std::to_string(o.char_k_han) + "," + std::to_string(o.char_k_kana) + "," +
         (o.by_script ? "1" : "0");
}

}  // namespace

struct Archive::Statements {
  Stmt find, insert, update, get, del, older;
  struct Segment {
    int64_t id = 0, level = 0, rows = 0;
    // The block that may hold a key (the last with lo <= key); rewrite a block; delete one.
    std::shared_ptr<Stmt> seek, put, drop;
  };
  std::vector<Segment> segments;  // in id order
};

int64_t ArchiveTime(const corpus::Article& a, int64_t fallback) {
  if (auto t = corpus::ParseDate(a.published)) return t->seconds;
  if (auto t = corpus::ParseDate(a.crawled)) return t->seconds;
  return fallback;
}

Archive::~Archive() {
  st_.reset();
  if (db_ != nullptr) sqlite3_close(db_);
}

Status Archive::Error(const std::string& what) {
  return IoError(path_ + ": " + what + ": " + (db_ ? sqlite3_errmsg(db_) : "cannot open"));
}

Status Archive::Exec(const char* sql) {
  char* err = nullptr;
  if (const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &err); rc != SQLITE_OK) {
    std::string m = err ? err : "error";
    sqlite3_free(err);
    // A lock held past the wait: say who holds it, not only SQLite's word.
    if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED)
      m += " (another copydesk or program is writing to the archive; waited " +
           std::to_string(options_.busy_timeout_ms / 1000) + " s for it)";
    return IoError(path_ + ": " + m + " (in: " + std::string(sql).substr(0, 60) + ")");
  }
  return Status::Ok();
}

Status Archive::Prepare(const char* sql, sqlite3_stmt** stmt) {
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
    return Error("cannot prepare a statement");
  return Status::Ok();
}

namespace {

// Whether this process may write the file at `path` and the directory it is in.
bool CanWriteBeside(const std::string& path) {
  const std::string dir = std::filesystem::path(path).parent_path().string();
  return ::access(path.c_str(), W_OK) == 0 && ::access(dir.empty() ? "." : dir.c_str(), W_OK) == 0;
}

// `path` as the path of a file: URI (RFC 3986): '%', '?', '#' and bytes outside printable
// ASCII percent-encoded.
std::string UriPath(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    if (c <= 0x20 || c >= 0x7F || c == '%' || c == '?' || c == '#') {
      static constexpr char kHex[] = "0123456789ABCDEF";
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<Archive>> Archive::Open(const std::string& path, const ArchiveOptions& options,
                                               OpenMode mode, const pipeline::DedupOptions* engine,
                                               const normalizers::NormalizeOptions& normalize) {
  std::unique_ptr<Archive> a(new Archive());
  a->path_ = path;
  a->options_ = options;
  if (engine != nullptr) a->engine_ = *engine;
  a->SetBands();
  auto u = normalizers::UnicodeNormalizer::Create(normalize.unicode);
  if (!u.ok()) return u.status();
  a->unicode_ = std::move(u).value();
  // SQLite reads "" and ":memory:" as a database in memory: an archive that saves nothing.
  if (path.empty() || path == ":memory:")
    return Status(StatusCode::kInvalidArgument, "--db: give the archive's file name (\"" + path + "\" is no file)");
  struct stat sb;
  if (mode != OpenMode::kCreate && ::stat(path.c_str(), &sb) != 0)
    return Status(StatusCode::kNotFound, path + ": no such archive (create one with `copydesk archive add`)");
  int flags = (mode == OpenMode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
              (mode == OpenMode::kCreate ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
  // A name that starts with "file:" is a file of that name, not an SQLite URI (Debian's SQLite
  // reads URIs: "file:w.db?mode=memory" would write nothing to disk).
  std::string sqlite_name = path.starts_with("file:") ? "./" + path : path;
  struct stat wal;
  if (mode == OpenMode::kReadOnly && !CanWriteBeside(path) && ::stat((path + "-wal").c_str(), &wal) != 0) {
    // A reader that may not write the archive or its directory (a shared archive, a read-only
    // disk), with no writer at work (no -wal file): opened immutable, it creates no -wal and
    // -shm files, which would be the reader's and lock the archive's owner out of writing it,
    // and which a read-only disk cannot hold. It takes no lock either: a writer that starts
    // meanwhile and checkpoints changes the file under it, which ReadStable then reports (its
    // commits in the -wal alone leave the file as it was read: a snapshot).
    sqlite_name = "file:" + UriPath(path) + "?immutable=1";
    flags |= SQLITE_OPEN_URI;
    a->immutable_ = true;
    a->opened_mtime_ns_ = int64_t{sb.st_mtim.tv_sec} * 1000000000 + sb.st_mtim.tv_nsec;
    a->opened_size_ = sb.st_size;
  }
  if (sqlite3_open_v2(sqlite_name.c_str(), &a->db_, flags, nullptr) != SQLITE_OK) {
    // What the file system says, which SQLite's "unable to open database file" does not (its own
    // last error is that of its last retry, not the cause).
    const std::string dir = std::filesystem::path(path).parent_path().string();
    const std::string d = dir.empty() ? "." : dir;
    struct stat ds;
    const bool exists = ::access(path.c_str(), F_OK) == 0;
    const std::string why =
        ::stat(d.c_str(), &ds) != 0                                   ? "its directory " + d + " does not exist"
        : !S_ISDIR(ds.st_mode)                                        ? d + " is not a directory"
        : exists && ::access(path.c_str(), R_OK) != 0                 ? "permission denied: cannot read it"
        : mode != OpenMode::kReadOnly && exists && ::access(path.c_str(), W_OK) != 0 ? "permission denied: cannot write it"
        : ::access(d.c_str(), W_OK) != 0 ? "permission denied: cannot write in " + d + " (the archive keeps its -wal and -shm files there)"
                                         : "";
    Status st = a->Error("cannot open");
    if (!why.empty()) st = Status(st.code(), st.message() + " (" + why + ")");
    return st;
  }
  sqlite3_busy_timeout(a->db_, options.busy_timeout_ms);
  sqlite3_extended_result_codes(a->db_, 1);
  Status s = a->CheckSchema(mode, engine == nullptr);
  if (!s.ok()) return s;
  const size_t cache_mib = mode == OpenMode::kReadOnly ? options.read_cache_mib : options.cache_mib;
  const std::string cache = "PRAGMA cache_size=-" + std::to_string(cache_mib * 1024);
  // Debian builds SQLite with SECURE_DELETE: a merge would zero every page of the segments it
  // drops. The archive holds no secrets that a freed page must not keep.
  for (const char* sql : {"PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY", "PRAGMA secure_delete=OFF", cache.c_str(),
                          "PRAGMA journal_size_limit=67108864"}) {
    s = a->Exec(sql);
    if (!s.ok()) return s;
  }
  a->st_ = std::make_unique<Statements>();
  Statements& t = *a->st_;
  for (auto [sql, stmt] : std::initializer_list<std::pair<const char*, sqlite3_stmt**>>{
           {"SELECT row, hash FROM articles WHERE id=?", &t.find.s},
           // A new article's archive_id is above every one ever given (meta last_archive_id,
           // kept by KeepLastId), so that an id a removal freed never names another article.
           {"INSERT INTO articles(row, id, at, hash, doc) VALUES((SELECT max(coalesce((SELECT CAST(value AS "
            "INTEGER) FROM meta WHERE key='last_archive_id'), 0), coalesce((SELECT max(row) FROM articles), 0)) + "
            "1), ?,?,?,?)",
            &t.insert.s},
           {"UPDATE articles SET at=?, hash=?, doc=? WHERE row=?", &t.update.s},
           {"SELECT at, doc FROM articles WHERE row=?", &t.get.s},
           {"DELETE FROM articles WHERE row=?", &t.del.s},
           {"SELECT row FROM articles WHERE at<? ORDER BY at, row LIMIT ?", &t.older.s}}) {
    s = a->Prepare(sql, stmt);
    if (!s.ok()) return s;
  }
  if (a->migrate_from_ != 0) {
    s = a->Migrate();
    if (!s.ok()) return s;
  }
  if (mode != OpenMode::kReadOnly && a->loose_keys_ == 0) {
    s = a->MigrateLoose();
    if (!s.ok()) return s;
  }
  return a;
}

uint32_t Archive::AnchorLimit(pipeline::ShingleUnit unit) const {
  if (engine_.anchor_rate <= 0 || options_.anchor_share <= 0) return 0;
  // The engine's limit (pipeline/dedup.cc ClusterSketches), then the archive's share of it.
  const double rate = std::min(1.0, engine_.anchor_rate);
  const auto limit = static_cast<uint32_t>((unit != pipeline::ShingleUnit::kWords ? rate / 4 : rate) * 4294967295.0);
  if (options_.anchor_share >= 1) return limit;
  return static_cast<uint32_t>(limit * options_.anchor_share);
}

std::string Archive::DescribeAnchors() const {
  return std::to_string(engine_.anchor_rate) + "*" + std::to_string(options_.anchor_share);
}

Status Archive::Migrate() {
  // From schema 1 or 2 to kSchemaVersion in one transaction: a failure or a kill leaves the
  // archive as it was.
  Status s = Exec("BEGIN IMMEDIATE");
  if (s.ok()) s = ConvertSegments();
  if (s.ok()) {
    st_->segments.clear();  // their tables were renamed: prepare the statements anew
    s = RefreshSegments();
  }
  if (s.ok() && migrate_from_ < 2) s = MigrateAnchors();
  const std::string set = "PRAGMA user_version=" + std::to_string(kSchemaVersion);
  if (s.ok()) s = Exec(set.c_str());
  if (s.ok()) s = Exec("COMMIT");
  if (!s.ok()) {
    (void)Exec("ROLLBACK");
    st_->segments.clear();
    return s;
  }
  migrate_from_ = 0;
  // The pages of the row segments go back to the file system (a no-op without auto_vacuum).
  s = Exec("PRAGMA incremental_vacuum");
  if (!s.ok()) return s;
  return Compact();
}

Status Archive::ConvertSegments() {
  // Schemas 1 and 2 kept a segment as one row per (key, article), bands_<id>: the same pairs,
  // read in order, go into key blocks in keys_<id> (same id, level and count).
  std::vector<int64_t> ids;
  {
    Stmt q;
    if (sqlite3_prepare_v2(db_, "SELECT id FROM segments ORDER BY id", -1, &q.s, nullptr) != SQLITE_OK)
      return Error("cannot read the segment list");
    while (sqlite3_step(q.s) == SQLITE_ROW) ids.push_back(sqlite3_column_int64(q.s, 0));
  }
  for (int64_t id : ids) {
    Status s = Exec(CreateSegmentSql(SegmentTable(id)).c_str());
    if (!s.ok()) return s;
    {
      SegmentWriter w(db_, SegmentTable(id));
      Stmt q;
      if (!w.ok() || sqlite3_prepare_v2(db_, ("SELECT key, article FROM " + RowSegmentTable(id) + " ORDER BY key, article").c_str(),
                                        -1, &q.s, nullptr) != SQLITE_OK)
        return Error("cannot convert segment " + std::to_string(id));
      int rc;
      while ((rc = sqlite3_step(q.s)) == SQLITE_ROW)
        if (!w.Add(sqlite3_column_int64(q.s, 0), sqlite3_column_int64(q.s, 1))) return Error("cannot write key blocks");
      if (rc != SQLITE_DONE || !w.Finish()) return Error("cannot convert segment " + std::to_string(id));
    }
    s = Exec(("DROP TABLE " + RowSegmentTable(id)).c_str());
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status Archive::MigrateAnchors() {
  // Schema 1 -> 2, inside Migrate's transaction: every archived article's anchors.
  Status s = MigrateKeys(IsAnchorKey);
  if (!s.ok()) return s;
  const std::string meta = "INSERT OR REPLACE INTO meta VALUES('anchor_rate','" + std::to_string(engine_.anchor_rate) +
                           "'),('anchor_share','" + std::to_string(options_.anchor_share) + "')";
  return Exec(meta.c_str());
}

Status Archive::MigrateLoose() {
  Status s = Exec("BEGIN IMMEDIATE");
  if (s.ok()) s = RefreshSegments();
  if (s.ok()) s = MigrateKeys(IsLooseKey);
  if (s.ok()) s = Exec(("INSERT OR REPLACE INTO meta VALUES('loose_keys','" + std::to_string(pipeline::kLooseSample) + "')").c_str());
  if (s.ok()) s = Exec("COMMIT");
  if (!s.ok()) {
    (void)Exec("ROLLBACK");
    return s;
  }
  loose_keys_ = pipeline::kLooseSample;
  return Compact();
}

Status Archive::MigrateKeys(bool (*want)(int64_t)) {
  // Every archived article's keys that `want` picks, recomputed from its stored text, into new
  // segments (a chunk of articles each, merged later as add batches are).
  Status s = Status::Ok();
  auto fail = [&](Status e) { return e; };
  const size_t workers = corpus::ResolveThreads(0);
  std::vector<std::unique_ptr<SketchScratch>> scratch;
  for (size_t w = 0; w < workers; ++w) scratch.push_back(std::make_unique<SketchScratch>(engine_.shingles));
  constexpr size_t kChunk = 16384;  // ~ a level-1 segment (8 add batches)
  int64_t after = 0;
  for (;;) {
    std::vector<std::pair<int64_t, std::string>> raw;
    {
      Stmt q;
      if (sqlite3_prepare_v2(db_, "SELECT row, doc FROM articles WHERE row>? ORDER BY row LIMIT ?", -1, &q.s,
                             nullptr) != SQLITE_OK)
        return fail(Error("cannot read the articles to migrate"));
      sqlite3_bind_int64(q.s, 1, after);
      sqlite3_bind_int64(q.s, 2, static_cast<int64_t>(kChunk));
      while (sqlite3_step(q.s) == SQLITE_ROW)
        raw.emplace_back(sqlite3_column_int64(q.s, 0),
                         std::string(static_cast<const char*>(sqlite3_column_blob(q.s, 1)),
                                     static_cast<size_t>(sqlite3_column_bytes(q.s, 1))));
    }
    if (raw.empty()) break;
    after = raw.back().first;
    std::vector<std::vector<int64_t>> keys(raw.size());
    corpus::ParallelFor(raw.size(), workers, [&](size_t i, size_t w) {
      auto doc = DecodeDoc(raw[i].second, *unicode_);
      if (!doc.ok()) return;  // unreadable: Load skips it too
      ArticleSketch sk;
      Sketch(doc.value(), scratch[w].get(), &sk);
      for (int64_t k : sk.band_keys)
        if (want(k)) keys[i].push_back(k);
    });
    std::vector<std::pair<int64_t, int64_t>> rows;
    for (size_t i = 0; i < raw.size(); ++i)
      for (int64_t k : keys[i]) rows.emplace_back(k, raw[i].first);
    std::sort(rows.begin(), rows.end());
    if (!rows.empty()) {
      s = WriteSegment(rows, 1);
      if (!s.ok()) return fail(s);
    }
  }
  return Status::Ok();
}

void Archive::SetBands() {
  jaccard_bands_ = pipeline::OptimalBands(engine_.minhash.num_perm, engine_.jaccard_threshold, 0.5, 0.5);
  containment_bands_ =
      pipeline::OptimalBands(engine_.minhash.num_perm, engine_.containment_band_threshold, 0.5, 0.5);
}

Status Archive::CheckSchema(OpenMode mode, bool adopt) {
  // The first read of the file: SQLite says here whether it is a database at all.
  int64_t app = 0, version = 0, objects = 0;
  auto read_int = [&](const char* sql, int64_t* out) -> Status {
    Stmt q;
    if (sqlite3_prepare_v2(db_, sql, -1, &q.s, nullptr) != SQLITE_OK || sqlite3_step(q.s) != SQLITE_ROW) {
      const int code = sqlite3_errcode(db_) & 0xff;
      if (code == SQLITE_NOTADB) return DataError(path_ + ": not a copydesk archive (not an SQLite database)");
      if (code == SQLITE_CORRUPT)
        return DataError(path_ + ": a damaged archive (" + sqlite3_errmsg(db_) +
                         "): restore it from a copy, or make a new one with `copydesk archive add`");
      return Error("cannot read");
    }
    *out = sqlite3_column_int64(q.s, 0);
    return Status::Ok();
  };
  // One read transaction: the three from one state of the file (another process making the
  // archive commits its tables and its application_id together).
  const bool snapshot = Exec("BEGIN").ok();
  Status s = read_int("PRAGMA application_id", &app);
  if (s.ok()) s = read_int("PRAGMA user_version", &version);
  if (s.ok()) s = read_int("SELECT count(*) FROM sqlite_schema", &objects);
  if (snapshot) (void)Exec("COMMIT");
  if (!s.ok()) return s;
  if (objects == 0 && app == 0) {
    if (mode != OpenMode::kCreate) return DataError(path_ + ": not a copydesk archive (an empty database)");
    // 16 KiB pages: an article's compressed record (~2 KB) wastes less of a page than of 4 KiB.
    s = Exec("PRAGMA page_size=16384");
    // Incremental auto-vacuum: Compact gives the pages of merged-away segments back to the file
    // system (docs/archive.md, Sizes); it can only be chosen before the first table.
    if (s.ok()) s = Exec("PRAGMA auto_vacuum=INCREMENTAL");
    if (s.ok()) s = Exec("PRAGMA journal_mode=WAL");
    if (s.ok()) s = Exec("BEGIN IMMEDIATE");
    // Another process may have made the archive while this one waited for the lock (two adds
    // starting on a new file): then it is read as made.
    if (s.ok() && read_int("SELECT count(*) FROM sqlite_schema", &objects).ok() && objects > 0) {
      (void)Exec("ROLLBACK");
      return CheckSchema(mode, adopt);
    }
    for (const char* sql : kSchemaV3)
      if (s.ok()) s = Exec(sql);
    std::string k, perm, bands;
    Describe(engine_, jaccard_bands_, containment_bands_, &k, &perm, &bands);
    const std::string meta = "INSERT INTO meta VALUES('shingle_k','" + k + "'),('num_perm','" + perm +
                             "'),('bands','" + bands + "'),('doc_format','" + std::to_string(kDocFormat) +
                             "'),('jaccard_threshold','" + std::to_string(engine_.jaccard_threshold) +
                             "'),('containment_band_threshold','" +
                             std::to_string(engine_.containment_band_threshold) + "'),('anchor_rate','" +
                             std::to_string(engine_.anchor_rate) + "'),('anchor_share','" +
                             std::to_string(options_.anchor_share) + "'),('loose_keys','" +
                             std::to_string(pipeline::kLooseSample) + "'),('char_grams','" +
                             CharGrams(engine_.shingles) + "')";
    if (s.ok()) s = Exec(meta.c_str());
    const std::string pragmas = "PRAGMA application_id=" + std::to_string(kApplicationId) +
                                "; PRAGMA user_version=" + std::to_string(kSchemaVersion);
    if (s.ok()) s = Exec(pragmas.c_str());
    if (s.ok()) return Exec("COMMIT");
    (void)Exec("ROLLBACK");
    return s;
  }
  if (app != kApplicationId)
    return DataError(path_ + ": an SQLite database, but not a copydesk archive (application_id " +
                     std::to_string(app) + ")");
  if (version > kSchemaVersion)
    return DataError(path_ + ": archive schema " + std::to_string(version) + " is newer than this copydesk reads (" +
                     std::to_string(kSchemaVersion) + "); use a newer copydesk");
  if (version < kSchemaVersion) {
    if (mode == OpenMode::kReadOnly)
      return DataError(path_ + ": archive schema " + std::to_string(version) +
                       " needs a migration: open it once for writing (copydesk archive add, archive remove, or check --add)");
    // Migrate (Open) once the sketch settings are checked (below) and the statements are
    // ready: 1 -> 2 needs the archive's own settings to recompute the anchors.
    if (version < 1) return DataError(path_ + ": no migration from archive schema " + std::to_string(version));
    migrate_from_ = static_cast<int>(version);
  }
  // The sketch settings the band keys were made with must be this run's.
  std::string k, perm, bands;
  std::string want = Describe(engine_, jaccard_bands_, containment_bands_, &k, &perm, &bands);
  std::string have_k, have_perm, have_bands, have_anchor_rate, have_loose;
  double have_threshold = engine_.jaccard_threshold;
  std::string have_chars = CharGrams(pipeline::ShingleOptions{});
  {
    Stmt q;
    if (sqlite3_prepare_v2(db_, "SELECT key, value FROM meta", -1, &q.s, nullptr) != SQLITE_OK)
      return Error("cannot read the meta table");
    while (sqlite3_step(q.s) == SQLITE_ROW) {
      auto text = [&](int col) {
        const unsigned char* t = sqlite3_column_text(q.s, col);  // NULL in a damaged archive
        return t == nullptr ? std::string() : std::string(reinterpret_cast<const char*>(t));
      };
      const std::string key = text(0), value = text(1);
      // A number, or an error naming the archive and the key (a damaged or hand-edited meta row).
      auto number = [&](double* out) {
        const char* end = value.data() + value.size();
        const auto r = std::from_chars(value.data(), end, *out);
        return r.ec == std::errc() && r.ptr == end && std::isfinite(*out);
      };
      double v = 0;
      const bool numeric = key == "anchor_share" || key == "anchor_rate" || key == "shingle_k" || key == "num_perm" ||
                           key == "jaccard_threshold" || key == "containment_band_threshold";
      if (numeric && !number(&v))
        return DataError(path_ + ": the meta table's \"" + key + "\" is \"" + value + "\", not a number (a damaged archive?)");
      if ((key == "shingle_k" || key == "num_perm") && (v < 1 || v > 4096 || v != std::floor(v)))
        return DataError(path_ + ": the meta table's \"" + key + "\" is " + value + ", out of range (a damaged archive?)");
      if (key == "shingle_k") have_k = value;
      if (key == "num_perm") have_perm = value;
      if (key == "bands") have_bands = value;
      if (key == "anchor_rate") have_anchor_rate = value;
      if (key == "jaccard_threshold") have_threshold = v;
      if (key == "loose_keys") have_loose = value;
      if (key == "char_grams") have_chars = value;
      // The stored sample is the archive's: a run with another share reads it as it is.
      if (key == "anchor_share") options_.anchor_share = v;
      if (adopt && key == "anchor_rate") engine_.anchor_rate = v;
      if (adopt && key == "shingle_k") engine_.shingles.k = static_cast<size_t>(v);
      if (adopt && key == "num_perm") engine_.minhash.num_perm = static_cast<size_t>(v);
      if (adopt && key == "jaccard_threshold") engine_.jaccard_threshold = v;
      if (adopt && key == "containment_band_threshold") engine_.containment_band_threshold = v;
    }
  }
  if (adopt) {
    unsigned ck = 0, han = 0, kana = 0, by = 0;
    if (std::sscanf(have_chars.c_str(), "%u,%u,%u,%u", &ck, &han, &kana, &by) == 4 && ck > 0 && han > 0 && kana > 0) {
      engine_.shingles.char_k = ck;
      engine_.shingles.char_k_han = han;
      engine_.shingles.char_k_kana = kana;
      engine_.shingles.by_script = by != 0;
    }
    SetBands();
    want = Describe(engine_, jaccard_bands_, containment_bands_, &k, &perm, &bands);
  }
  if (have_k != k || have_perm != perm || have_bands != bands) {
    // The options that differ, by their names on the command line.
    std::string options;
    auto differs = [&](const std::string& name, const std::string& have, const std::string& asked) {
      if (have != asked) options += (options.empty() ? "" : ", ") + name + " " + have + " (this run: " + asked + ")";
    };
    auto fmt = [](double x) {
      char b[32];
      std::snprintf(b, sizeof b, "%g", x);
      return std::string(b);
    };
    differs("--shingle-k", have_k, k);
    differs("--num-perm", have_perm, perm);
    differs("--threshold", fmt(have_threshold), fmt(engine_.jaccard_threshold));
    return InvalidArgument(path_ + ": the archive was sketched with shingle k " + have_k + ", " + have_perm +
                           " permutations, bands " + have_bands + "; this run asks for " + want + " (" +
                           (options.empty() ? "use the archive's settings" : "run with the archive's " + options) +
                           ", or use a new archive)");
  }
  if (have_chars != CharGrams(engine_.shingles))
    return InvalidArgument(path_ + ": the archive's character grams were made with char-k, han, kana, by-script " +
                           have_chars + "; this run asks for " + CharGrams(engine_.shingles) +
                           " (use the archive's settings, or a new archive)");
  // An archive made before the loose keys gets them when opened for writing (MigrateLoose);
  // read only, its check has no loose keys to follow.
  loose_keys_ = have_loose.empty() ? 0 : std::strtoul(have_loose.c_str(), nullptr, 10);
  // Schema 1 has no anchors yet (MigrateAnchors stores this run's).
  if (!have_anchor_rate.empty() && have_anchor_rate != std::to_string(engine_.anchor_rate))
    return InvalidArgument(path_ + ": the archive's anchor keys were made with anchor rate " + have_anchor_rate +
                           "; this run asks for " + std::to_string(engine_.anchor_rate) +
                           " (use the archive's settings, or a new archive)");
  return Status::Ok();
}

Status Archive::Begin(bool write) {
  Status s = Exec(write ? "BEGIN IMMEDIATE" : "BEGIN");
  if (s.ok()) in_transaction_ = true;
  if (s.ok()) s = RefreshSegments();
  return s;
}

Status Archive::RefreshSegments() {
  Statements& t = *st_;
  std::vector<Statements::Segment> now;
  {
    Stmt q;
    if (sqlite3_prepare_v2(db_, "SELECT id, level, rows FROM segments ORDER BY id", -1, &q.s, nullptr) != SQLITE_OK)
      return Error("cannot read the segment list");
    while (sqlite3_step(q.s) == SQLITE_ROW)
      now.push_back({sqlite3_column_int64(q.s, 0), sqlite3_column_int64(q.s, 1), sqlite3_column_int64(q.s, 2), {}, {}, {}});
  }
  // Keep the statements of segments that are still there (the others were merged away).
  for (auto& seg : now) {
    auto it = std::find_if(t.segments.begin(), t.segments.end(), [&](auto& x) { return x.id == seg.id; });
    if (it != t.segments.end()) {
      seg.seek = it->seek;
      seg.put = it->put;
      seg.drop = it->drop;
      continue;
    }
    seg.seek = std::make_shared<Stmt>();
    seg.put = std::make_shared<Stmt>();
    seg.drop = std::make_shared<Stmt>();
    const std::string table = SegmentTable(seg.id);
    Status s = Prepare(("SELECT lo, data FROM " + table + " WHERE lo<=? ORDER BY lo DESC LIMIT 1").c_str(),
                       &seg.seek->s);
    if (s.ok()) s = Prepare(("UPDATE " + table + " SET data=? WHERE lo=?").c_str(), &seg.put->s);
    if (s.ok()) s = Prepare(("DELETE FROM " + table + " WHERE lo=?").c_str(), &seg.drop->s);
    if (!s.ok()) return s;
  }
  t.segments = std::move(now);
  return Status::Ok();
}

Status Archive::EraseKeys(std::span<const int64_t> keys, int64_t row) {
  std::vector<std::pair<int64_t, int64_t>> block;
  for (auto& seg : st_->segments) {
    for (int64_t key : keys) {
      // The block that may hold (key, row): the last one starting at or before key.
      sqlite3_stmt* q = seg.seek->s;
      sqlite3_reset(q);
      sqlite3_bind_int64(q, 1, key);
      const int rc = sqlite3_step(q);
      if (rc == SQLITE_DONE) continue;
      if (rc != SQLITE_ROW) return Error("cannot read band keys");
      const int64_t lo = sqlite3_column_int64(q, 0);
      block.clear();
      const bool decoded = DecodeKeyBlock(lo,
                                          {static_cast<const char*>(sqlite3_column_blob(q, 1)),
                                           static_cast<size_t>(sqlite3_column_bytes(q, 1))},
                                          &block);
      sqlite3_reset(q);
      if (!decoded) return DataError(path_ + ": a damaged key block in segment " + std::to_string(seg.id));
      auto it = std::find(block.begin(), block.end(), std::pair<int64_t, int64_t>(key, row));
      if (it == block.end()) continue;
      block.erase(it);
      // The block keeps its lo (its keys stay >= lo and below the next block's); an empty one goes.
      sqlite3_stmt* w = block.empty() ? seg.drop->s : seg.put->s;
      sqlite3_reset(w);
      const std::string data = EncodeKeyBlock(lo, block);
      if (block.empty()) {
        sqlite3_bind_int64(w, 1, lo);
      } else {
        sqlite3_bind_blob(w, 1, data.data(), static_cast<int>(data.size()), SQLITE_STATIC);
        sqlite3_bind_int64(w, 2, lo);
      }
      const int wc = sqlite3_step(w);
      sqlite3_reset(w);
      if (wc != SQLITE_DONE) return Error("cannot delete band keys");
    }
  }
  return Status::Ok();
}

Status Archive::WriteSegment(const std::vector<std::pair<int64_t, int64_t>>& rows, int64_t level) {
  int64_t id = 1;
  for (const auto& seg : st_->segments) id = std::max(id, seg.id + 1);
  const std::string table = SegmentTable(id);
  Status s = Exec(CreateSegmentSql(table).c_str());
  if (!s.ok()) return s;
  int64_t pairs = 0;
  {
    SegmentWriter w(db_, table);
    if (!w.ok()) return Error("cannot prepare a segment insert");
    for (const auto& [key, row] : rows)  // in key order: appended blocks, each page written once
      if (!w.Add(key, row)) return Error("cannot insert band keys");
    if (!w.Finish()) return Error("cannot insert band keys");
    pairs = w.pairs();
  }
  s = Exec(("INSERT INTO segments VALUES(" + std::to_string(id) + "," + std::to_string(level) + "," +
            std::to_string(pairs) + ")")
               .c_str());
  if (!s.ok()) return s;
  return RefreshSegments();
}

Status Archive::Compact() {
  for (;;) {
    Status s = Exec("BEGIN IMMEDIATE");
    if (s.ok()) s = RefreshSegments();
    if (!s.ok()) return s;
    // The lowest level with kMergeFanout segments merges into one segment of the next level.
    std::map<int64_t, std::vector<int64_t>> by_level;
    for (const auto& seg : st_->segments) by_level[seg.level].push_back(seg.id);
    const std::vector<int64_t>* full = nullptr;
    int64_t level = 0;
    for (const auto& [l, ids] : by_level)
      if (ids.size() >= kMergeFanout) {
        full = &ids;
        level = l;
        break;
      }
    if (full == nullptr) return Exec("COMMIT");
    // With auto_vacuum, DROP TABLE moves a root page and fails ("database table is locked")
    // while any statement of this connection is mid-read: none should be; make sure.
    for (sqlite3_stmt* q = sqlite3_next_stmt(db_, nullptr); q != nullptr; q = sqlite3_next_stmt(db_, q))
      if (sqlite3_stmt_busy(q)) sqlite3_reset(q);
    int64_t id = 1;
    for (const auto& seg : st_->segments) id = std::max(id, seg.id + 1);
    const std::string table = SegmentTable(id);
    s = Exec(CreateSegmentSql(table).c_str());
    int64_t rows = 0;
    if (s.ok()) {
      // A k-way merge of the sorted segments, a block of each in memory at a time.
      std::vector<std::unique_ptr<SegmentReader>> in;
      std::vector<std::pair<int64_t, int64_t>> head(full->size());
      std::vector<bool> live(full->size());
      for (size_t i = 0; i < full->size(); ++i) {
        in.push_back(std::make_unique<SegmentReader>(db_, SegmentTable((*full)[i])));
        live[i] = in[i]->Next(&head[i]);
      }
      SegmentWriter out(db_, table);
      bool good = out.ok();
      for (;;) {
        size_t best = full->size();
        for (size_t i = 0; i < full->size(); ++i)
          if (live[i] && (best == full->size() || head[i] < head[best])) best = i;
        if (best == full->size() || !good) break;
        good = out.Add(head[best].first, head[best].second);
        live[best] = in[best]->Next(&head[best]);
      }
      if (good) good = out.Finish();
      for (const auto& r : in) good = good && r->ok();
      rows = out.pairs();
      if (!good) s = Error("cannot merge segments");
    }
    if (s.ok())
      s = Exec(("INSERT INTO segments VALUES(" + std::to_string(id) + "," + std::to_string(level + 1) + "," +
                std::to_string(rows) + ")")
                   .c_str());
    for (int64_t old : *full) {
      if (s.ok()) s = Exec(("DROP TABLE " + SegmentTable(old)).c_str());
      if (s.ok()) s = Exec(("DELETE FROM segments WHERE id=" + std::to_string(old)).c_str());
    }
    if (s.ok()) s = Exec("COMMIT");
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return s;
    }
    // The dropped segments' pages go back to the file system (moving the pages after them into
    // the holes), in a transaction of its own; a no-op for an archive made without
    // auto_vacuum (schema 1 ones: `PRAGMA auto_vacuum=INCREMENTAL; VACUUM` switches it on).
    s = Exec("PRAGMA incremental_vacuum");
    if (!s.ok()) return s;
  }
}

Status Archive::Commit() {
  in_transaction_ = false;
  Status s = Exec("COMMIT");
  // Segments a check added merge as an add's do (before, they piled up at level 0). The articles
  // are committed: a merge that fails (the file busy) is left to the next add or check.
  if (s.ok() && compact_at_commit_) {
    compact_at_commit_ = false;
    (void)Compact();
  }
  return s;
}

Status Archive::ReadStable() const {
  if (!immutable_) return Status::Ok();
  struct stat sb;
  if (::stat(path_.c_str(), &sb) == 0 && int64_t{sb.st_mtim.tv_sec} * 1000000000 + sb.st_mtim.tv_nsec == opened_mtime_ns_ &&
      sb.st_size == opened_size_)
    return Status::Ok();
  return Status(StatusCode::kIoError,
                path_ + ": another process wrote the archive while this read it (a reader that may not write the "
                        "archive reads it without locks); nothing is wrong with the archive: run the command again");
}

void Archive::Rollback() {
  in_transaction_ = false;
  compact_at_commit_ = false;
  (void)Exec("ROLLBACK");
}

void Archive::Sketch(const normalizers::NormalizedArticle& doc, SketchScratch* k, ArticleSketch* out) const {
  k->shingler.Hashes(doc.folded, &k->hashes);
  // The loose sample: wide when the scratch asks for it (check's verification), else the 48
  // values the loose keys are (its first: the wide sample begins with them).
  out->loose.size = static_cast<uint8_t>(k->shingler.LooseSample(
      out->loose.values, out->loose.at, k->with_loose ? pipeline::kWideSample : pipeline::kLooseSample));
  pipeline::VerificationSet(k->hashes, &out->shingles, &k->sort_scratch);
  pipeline::MinHasher(engine_.minhash).Sign(k->hashes, &k->signature);
  out->band_keys.clear();
  // As CandidatePairs: a signature of the empty set is never bucketed.
  if (k->signature.empty() || k->signature[0] == pipeline::kEmptyBin) return;
  for (size_t b = 0; b < jaccard_bands_.bands; ++b)
    out->band_keys.push_back(static_cast<int64_t>(pipeline::BandKey(k->signature, jaccard_bands_, b) >> (64 - kKeyBits)));
  for (size_t b = 0; b < containment_bands_.bands; ++b)
    out->band_keys.push_back(
        static_cast<int64_t>(pipeline::BandKey(k->signature, containment_bands_, b) >> (64 - kKeyBits)) |
        (int64_t{1} << kKeyBits));
  // The stored anchors: the smallest shingle values (the set is sorted), as the engine samples them.
  const uint32_t limit = AnchorLimit(k->shingler.unit());
  for (uint32_t v : out->shingles) {
    if (v >= limit) break;
    out->band_keys.push_back(-1 - static_cast<int64_t>(v));
  }
  for (size_t i = 0; i < std::min<size_t>(out->loose.size, pipeline::kLooseSample); ++i)
    out->band_keys.push_back(kLooseKeyTop - static_cast<int64_t>(out->loose.values[i]));
  std::sort(out->band_keys.begin(), out->band_keys.end());
  out->band_keys.erase(std::unique(out->band_keys.begin(), out->band_keys.end()), out->band_keys.end());
}

bool SameStory(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || b.empty()) return true;  // (nothing to tell them apart by)
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  const size_t smaller = std::min(a.size(), b.size());
  return common * 5 >= (a.size() + b.size() - common) || common * 2 >= smaller;
}

// One article ready to write: everything but the SQL is done on the workers.
struct Archive::Prepared {
  std::string id;
  corpus::Origin origin;
  bool id_derived = false;
  std::vector<uint32_t> shingles;  // kept for an id made from a file's name (SameStory)
  int64_t at = 0;
  int64_t hash = 0;
  std::string blob;
  std::vector<int64_t> keys;
};

void Archive::PrepareDoc(const normalizers::NormalizedArticle& d, SketchScratch* scratch, int64_t now,
                         Prepared* p) const {
  p->id = d.article.id;
  p->origin = d.article.origin;
  p->id_derived = d.article.id_derived;
  p->at = ArchiveTime(d.article, now);
  uint64_t h = 0;
  p->blob = EncodeDoc(d, options_.compression_level, &h);
  p->hash = static_cast<int64_t>(h);
  ArticleSketch sk;
  Sketch(d, scratch, &sk);
  p->keys = std::move(sk.band_keys);
  if (p->id_derived) p->shingles = std::move(sk.shingles);
}

namespace {

// A bounded queue between two threads. Close() ends it: Push fails from then on, Pop drains
// what is left and then fails.
template <typename T>
class Channel {
 public:
  explicit Channel(size_t capacity) : capacity_(capacity) {}
  bool Push(T item) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return closed_ || items_.size() < capacity_; });
    if (closed_) return false;
    items_.push_back(std::move(item));
    cv_.notify_all();
    return true;
  }
  bool Pop(T* item) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return closed_ || !items_.empty(); });
    if (items_.empty()) return false;
    *item = std::move(items_.front());
    items_.pop_front();
    cv_.notify_all();
    return true;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    cv_.notify_all();
  }

 private:
  size_t capacity_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<T> items_;
  bool closed_ = false;
};

// corpus::ParallelFor on threads that live as long as the pool: an add runs two parallel steps
// per batch, and a thread that exits hands its allocator cache back (jemalloc purges it with
// madvise and a TLB shootdown on every core: ~4% of an add when each step started its own).
// Same contract: fn(i, worker) for i in [0, n), the caller is worker 0, and an exception of fn
// stops the others and is thrown again as a corpus::WorkerFailure.
class WorkerPool {
 public:
  explicit WorkerPool(size_t threads) {
    for (size_t w = 1; w < threads; ++w) helpers_.emplace_back([this, w] { Serve(w); });
  }
  ~WorkerPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (auto& t : helpers_) t.join();
  }
  void ParallelFor(size_t n, const std::function<void(size_t, size_t)>& fn) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      fn_ = &fn;
      n_ = n;
      next_.store(0);
      chunk_ = n / ((helpers_.size() + 1) * 16) + 1;
      failed_ = false;
      pending_ = helpers_.size();
      ++generation_;
    }
    cv_.notify_all();
    Work(0);
    std::unique_lock<std::mutex> lock(mu_);
    done_.wait(lock, [&] { return pending_ == 0; });
    fn_ = nullptr;
    if (failed_) throw failure_;
  }

 private:
  void Serve(size_t worker) {
    uint64_t seen = 0;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return stop_ || generation_ != seen; });
        if (stop_) return;
        seen = generation_;
      }
      Work(worker);
      std::lock_guard<std::mutex> lock(mu_);
      if (--pending_ == 0) done_.notify_all();
    }
  }
  void Work(size_t worker) {
    corpus::CurrentRecordBuffer().clear();
    try {
      for (;;) {
        const size_t b = next_.fetch_add(chunk_);
        if (b >= n_) return;
        const size_t e = std::min(n_, b + chunk_);
        for (size_t i = b; i < e; ++i) (*fn_)(i, worker);
      }
    } catch (...) {
      next_.store(n_);  // the others stop at their next chunk
      std::lock_guard<std::mutex> lock(mu_);
      if (!failed_) {
        failed_ = true;
        try {
          failure_.record = corpus::CurrentRecord();
        } catch (...) {  // no memory left even for the name
        }
        failure_.error = std::current_exception();
      }
    }
  }

  std::vector<std::thread> helpers_;
  std::mutex mu_;
  std::condition_variable cv_, done_;
  uint64_t generation_ = 0;
  size_t pending_ = 0;
  bool stop_ = false;
  const std::function<void(size_t, size_t)>* fn_ = nullptr;
  size_t n_ = 0, chunk_ = 1;
  std::atomic<size_t> next_{0};
  bool failed_ = false;
  corpus::WorkerFailure failure_;
};

}  // namespace

Status Archive::WriteBatch(const std::vector<Prepared>& prepared, AddReport* report) {
  Statements& t = *st_;
  const bool own = !in_transaction_;
  if (own) {
    Status s = Exec("BEGIN IMMEDIATE");
    if (s.ok()) s = RefreshSegments();
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return s;
    }
  }
  auto fail = [&](const std::string& what) {
    Status s = Error(what);
    if (own) (void)Exec("ROLLBACK");
    return s;
  };
  std::vector<std::pair<int64_t, int64_t>> band_rows;  // (key, article), inserted in key order
  SketchScratch old_scratch(engine_.shingles);
  for (const Prepared& p : prepared) {
    sqlite3_reset(t.find.s);
    sqlite3_bind_text(t.find.s, 1, p.id.data(), static_cast<int>(p.id.size()), SQLITE_STATIC);
    int64_t row = 0;
    if (sqlite3_step(t.find.s) == SQLITE_ROW) {
      row = sqlite3_column_int64(t.find.s, 0);
      if (sqlite3_column_int64(t.find.s, 1) == p.hash) {
        sqlite3_reset(t.find.s);  // a statement left mid-read would lock the DROP of a merge
        ++report->unchanged;
        continue;
      }
    }
    sqlite3_reset(t.find.s);
    if (row != 0) {
      // Replaced: the old version's band keys go (recomputed from its stored text).
      sqlite3_reset(t.get.s);
      sqlite3_bind_int64(t.get.s, 1, row);
      if (sqlite3_step(t.get.s) != SQLITE_ROW) return fail("cannot read article " + p.id);
      auto old = DecodeDoc({static_cast<const char*>(sqlite3_column_blob(t.get.s, 1)),
                            static_cast<size_t>(sqlite3_column_bytes(t.get.s, 1))},
                           *unicode_);
      sqlite3_reset(t.get.s);
      if (old.ok()) {
        ArticleSketch sk;
        Sketch(old.value(), &old_scratch, &sk);
        // Another story under an archived id that was made from where the record was read (a
        // file's name and line repeat in each day's feed, "feed-1"): refused, the archived story
        // kept. A version of the same story (a correction, a longer cut) shares most shingles with
        // it (SameStory); an id given in the record replaces whatever it names.
        if (p.id_derived && !SameStory(p.shingles, sk.shingles)) {
          // (A document's id is its path below the directory named: another path is another id.)
          const std::string remedy = p.origin.line == 0 && p.origin.file != "<stdin>"
                                         ? "name a directory above it, or the files apart, so that their paths differ"
                                         : "give each record its own id (--id-field names the field that holds one)";
          report->read.rejected.push_back(
              {p.origin, p.id,
               "id \"" + p.id + "\" is archived (archive_id " + std::to_string(row) +
                   ") with another story, which is kept; this id was made from where the record was read: " +
                   remedy});
          ++report->refused;
          continue;
        }
        Status e = EraseKeys(sk.band_keys, row);
        if (!e.ok()) {
          if (own) (void)Exec("ROLLBACK");
          return e;
        }
      }
      sqlite3_reset(t.update.s);
      sqlite3_bind_int64(t.update.s, 1, p.at);
      sqlite3_bind_int64(t.update.s, 2, p.hash);
      sqlite3_bind_blob(t.update.s, 3, p.blob.data(), static_cast<int>(p.blob.size()), SQLITE_STATIC);
      sqlite3_bind_int64(t.update.s, 4, row);
      if (sqlite3_step(t.update.s) != SQLITE_DONE) return fail("cannot replace article " + p.id);
      ++report->replaced;
      if (report->replaced_ids.size() < 1000) report->replaced_ids.push_back(p.id);
    } else {
      sqlite3_reset(t.insert.s);
      sqlite3_bind_text(t.insert.s, 1, p.id.data(), static_cast<int>(p.id.size()), SQLITE_STATIC);
      sqlite3_bind_int64(t.insert.s, 2, p.at);
      sqlite3_bind_int64(t.insert.s, 3, p.hash);
      sqlite3_bind_blob(t.insert.s, 4, p.blob.data(), static_cast<int>(p.blob.size()), SQLITE_STATIC);
      if (sqlite3_step(t.insert.s) != SQLITE_DONE) return fail("cannot insert article " + p.id);
      row = sqlite3_last_insert_rowid(db_);
      ++report->added;
    }
    for (int64_t key : p.keys) band_rows.emplace_back(key, row);
  }
  std::sort(band_rows.begin(), band_rows.end());
  if (!band_rows.empty()) {
    Status e = WriteSegment(band_rows, 0);
    if (!e.ok()) {
      if (own) (void)Exec("ROLLBACK");
      return e;
    }
  }
  if (report->added > 0) {
    Status e = KeepLastId();
    if (!e.ok()) {
      if (own) (void)Exec("ROLLBACK");
      return e;
    }
  }
  if (own) {
    Status s = Exec("COMMIT");
    if (!s.ok()) return s;
    ++report->batches;
    return Compact();
  }
  compact_at_commit_ = true;  // segments written inside the caller's transaction (check --add)
  return Status::Ok();
}

Status Archive::Put(const std::vector<normalizers::NormalizedArticle>& docs, size_t threads, AddReport* report) {
  std::vector<Prepared> prepared(docs.size());
  const size_t workers = corpus::ResolveThreads(threads);
  std::vector<std::unique_ptr<SketchScratch>> scratch;
  for (size_t w = 0; w < workers; ++w) scratch.push_back(std::make_unique<SketchScratch>(engine_.shingles));
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  Status s = pipeline::RunStage("archive", [&] {
    corpus::ParallelFor(docs.size(), workers, [&](size_t i, size_t w) {
      corpus::SetCurrentRecord(docs[i].article.id);
      PrepareDoc(docs[i], scratch[w].get(), now, &prepared[i]);
    });
  });
  if (!s.ok()) return s;
  return PutPrepared(prepared, report);
}

Status Archive::PutPrepared(const std::vector<Prepared>& prepared, AddReport* report) {
  const bool own = !in_transaction_;
  Status written = Status::Ok();
  Status s = pipeline::RunStage("archive", [&] { written = WriteBatch(prepared, report); });
  if (!s.ok()) {  // an exception (out of memory) inside the transaction: undo what it began
    if (own && !sqlite3_get_autocommit(db_)) (void)Exec("ROLLBACK");
    return s;
  }
  return written;
}

Result<AddReport> Archive::AddInputs(const std::vector<std::string>& inputs, const pipeline::RunOptions& run,
                                     std::istream* stdin_stream) {
  auto normalizer = normalizers::Normalizer::Create(run.normalize);
  if (!normalizer.ok()) return normalizer.status();
  AddReport report;
  corpus::Reader reader(inputs, run.read, stdin_stream);
  normalizers::LineStats stats;
  // Three stages, so that both cores stay busy: a reader thread parses the input into batches;
  // this thread normalizes each batch (steps 1-3, then the site-line statistics) and finishes,
  // compresses and sketches each article on the workers as soon as the statistics allow; a
  // writer thread only runs the SQL of ready batches, a committed transaction each.
  Channel<std::vector<corpus::Article>> raw(2);
  Channel<std::vector<Prepared>> ready(2);
  Status read_status = Status::Ok(), write_status = Status::Ok();
  const size_t threads = corpus::ResolveThreads(run.threads);
  std::thread read_thread([&] {
    read_status = pipeline::RunStage("read", [&] {
      std::vector<corpus::Article> articles;
      for (;;) {
        articles.clear();
        if (!reader.Next(options_.batch_bytes, &articles)) break;
        // Cut into batches of batch_articles (Next hands out whole files' worth of records).
        for (size_t b = 0; b < articles.size(); b += options_.batch_articles) {
          const size_t e = std::min(articles.size(), b + options_.batch_articles);
          std::vector<corpus::Article> part(std::make_move_iterator(articles.begin() + b),
                                            std::make_move_iterator(articles.begin() + e));
          if (!raw.Push(std::move(part))) return;
        }
      }
    });
    raw.Close();
  });
  std::thread writer([&] {
    std::vector<Prepared> batch;
    while (ready.Pop(&batch)) {
      Status s = PutPrepared(batch, &report);
      if (!s.ok()) {
        write_status = s;
        ready.Close();
        raw.Close();
        return;
      }
      if (run.progress != nullptr) run.progress->stage = "archive";
    }
  });
  std::vector<std::unique_ptr<SketchScratch>> scratch;
  for (size_t w = 0; w < threads; ++w) scratch.push_back(std::make_unique<SketchScratch>(engine_.shingles));
  const int64_t now = static_cast<int64_t>(std::time(nullptr));
  WorkerPool pool(threads);
  Status s = pipeline::RunStage("normalize", [&] {
    std::vector<corpus::Article> part;
    std::vector<normalizers::Draft> drafts;
    while (raw.Pop(&part)) {
      // Normalizer::PrepareBatch on the pool: steps 1-3, then the batch's site lines counted.
      drafts.clear();
      drafts.resize(part.size());
      pool.ParallelFor(part.size(), [&](size_t i, size_t) {
        corpus::SetCurrentRecord(part[i].id);
        drafts[i] = normalizer.value()->Prepare(std::move(part[i]));
      });
      for (const auto& d : drafts) stats.AddArticle(normalizers::SourceKey(d.article), d.blocks, run.normalize.boilerplate);
      std::vector<Prepared> prepared(drafts.size());
      pool.ParallelFor(drafts.size(), [&](size_t i, size_t w) {
        corpus::SetCurrentRecord(drafts[i].article.id);
        const normalizers::NormalizedArticle d = normalizer.value()->Finish(std::move(drafts[i]), &stats);
        PrepareDoc(d, scratch[w].get(), now, &prepared[i]);
      });
      if (!ready.Push(std::move(prepared))) return;
    }
  });
  raw.Close();  // a failure here stops the reader
  ready.Close();
  writer.join();
  read_thread.join();
  if (!s.ok()) return s;
  if (!read_status.ok()) return read_status;
  if (!write_status.ok()) return write_status;
  // The reader's rejections first, then those of the writes (another story under an id).
  std::vector<corpus::Rejection> refused = std::move(report.read.rejected);
  report.read = reader.TakeReport();
  for (auto& r : refused) report.read.rejected.push_back(std::move(r));
  return report;
}

Status Archive::KeepLastId() {
  return Exec(
      "INSERT OR REPLACE INTO meta VALUES('last_archive_id', (SELECT max(coalesce((SELECT CAST(value AS INTEGER) "
      "FROM meta WHERE key='last_archive_id'), 0), coalesce((SELECT max(row) FROM articles), 0))))");
}

Result<uint64_t> Archive::RemoveBefore(int64_t before) {
  Statements& t = *st_;
  uint64_t removed = 0;
  SketchScratch scratch(engine_.shingles);
  for (;;) {
    Status s = Exec("BEGIN IMMEDIATE");
    if (s.ok()) s = RefreshSegments();
    if (!s.ok()) return s;
    std::vector<int64_t> rows;
    sqlite3_reset(t.older.s);
    sqlite3_bind_int64(t.older.s, 1, before);
    sqlite3_bind_int64(t.older.s, 2, static_cast<int64_t>(options_.batch_articles));
    while (sqlite3_step(t.older.s) == SQLITE_ROW) rows.push_back(sqlite3_column_int64(t.older.s, 0));
    sqlite3_reset(t.older.s);
    if (!rows.empty()) s = KeepLastId();  // (an archive made before the mark gets it here)
    if (!s.ok()) {
      (void)Exec("ROLLBACK");
      return s;
    }
    for (int64_t row : rows) {
      sqlite3_reset(t.get.s);
      sqlite3_bind_int64(t.get.s, 1, row);
      if (sqlite3_step(t.get.s) == SQLITE_ROW) {
        auto doc = DecodeDoc({static_cast<const char*>(sqlite3_column_blob(t.get.s, 1)),
                              static_cast<size_t>(sqlite3_column_bytes(t.get.s, 1))},
                             *unicode_);
        if (doc.ok()) {
          ArticleSketch sk;
          Sketch(doc.value(), &scratch, &sk);
          Status e = EraseKeys(sk.band_keys, row);
          if (!e.ok()) {
            (void)Exec("ROLLBACK");
            return e;
          }
        }
      }
      sqlite3_reset(t.get.s);
      sqlite3_reset(t.del.s);
      sqlite3_bind_int64(t.del.s, 1, row);
      if (sqlite3_step(t.del.s) != SQLITE_DONE) {
        Status e = Error("cannot remove an article");
        (void)Exec("ROLLBACK");
        return e;
      }
    }
    s = Exec("COMMIT");
    if (!s.ok()) return s;
    removed += rows.size();
    if (rows.size() < options_.batch_articles) {
      // The removed articles' pages go back to the file system (before, the file kept its size).
      if (removed > 0) {
        s = Exec("PRAGMA incremental_vacuum");
        if (!s.ok()) return s;
      }
      return removed;
    }
  }
}

Result<ArchiveStats> Archive::Stats() {
  ArchiveStats st;
  st.schema_version = kSchemaVersion;
  Describe(engine_, jaccard_bands_, containment_bands_, &st.shingle_k, &st.num_perm, &st.bands);
  st.anchors = DescribeAnchors();
  st.loose_keys = loose_keys_;
  Stmt q;
  if (sqlite3_prepare_v2(db_, "SELECT count(*), min(at), max(at) FROM articles", -1, &q.s, nullptr) != SQLITE_OK ||
      sqlite3_step(q.s) != SQLITE_ROW)
    return Error("cannot count the articles");
  st.articles = static_cast<uint64_t>(sqlite3_column_int64(q.s, 0));
  if (st.articles > 0) {
    st.first = sqlite3_column_int64(q.s, 1);
    st.last = sqlite3_column_int64(q.s, 2);
  }
  Stmt p;
  if (sqlite3_prepare_v2(db_, "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size", -1, &p.s,
                         nullptr) != SQLITE_OK ||
      sqlite3_step(p.s) != SQLITE_ROW)
    return Error("cannot read the page count");
  st.bytes = static_cast<uint64_t>(sqlite3_column_int64(p.s, 0));
  struct stat sb;
  if (::stat((path_ + "-wal").c_str(), &sb) == 0) st.wal_bytes = static_cast<uint64_t>(sb.st_size);
  return st;
}

Status Archive::Verify(uint64_t* articles_read, uint64_t* pairs_read) {
  *articles_read = *pairs_read = 0;
  {
    Stmt q;
    if (sqlite3_prepare_v2(db_, "PRAGMA quick_check", -1, &q.s, nullptr) != SQLITE_OK)
      return Error("cannot run quick_check");
    while (sqlite3_step(q.s) == SQLITE_ROW) {
      const unsigned char* t = sqlite3_column_text(q.s, 0);
      const std::string line = t == nullptr ? std::string("(null)") : std::string(reinterpret_cast<const char*>(t));
      if (line != "ok") return DataError(path_ + ": SQLite's quick_check: " + line);
    }
  }
  Status s = RefreshSegments();
  if (!s.ok()) return s;
  std::vector<std::pair<int64_t, int64_t>> block;
  for (const auto& seg : st_->segments) {
    const std::string where = path_ + ": segment " + std::to_string(seg.id);
    Stmt q;
    if (sqlite3_prepare_v2(db_, ("SELECT lo, data FROM " + SegmentTable(seg.id) + " ORDER BY lo").c_str(), -1, &q.s,
                           nullptr) != SQLITE_OK)
      return DataError(where + ": its table cannot be read (" + sqlite3_errmsg(db_) + ")");
    int64_t pairs = 0, last_key = INT64_MIN;
    bool first = true;
    int rc;
    while ((rc = sqlite3_step(q.s)) == SQLITE_ROW) {
      const int64_t lo = sqlite3_column_int64(q.s, 0);
      block.clear();
      if (!DecodeKeyBlock(lo,
                          {static_cast<const char*>(sqlite3_column_blob(q.s, 1)),
                           static_cast<size_t>(sqlite3_column_bytes(q.s, 1))},
                          &block) ||
          block.empty())
        return DataError(where + ": a damaged key block (lo " + std::to_string(lo) + ")");
      // A key's articles never straddle two blocks: each block's keys start past the last one's.
      if (!first && block.front().first <= last_key)
        return DataError(where + ": key blocks out of order at lo " + std::to_string(lo));
      first = false;
      last_key = block.back().first;
      pairs += static_cast<int64_t>(block.size());
    }
    if (rc != SQLITE_DONE) return DataError(where + ": " + sqlite3_errmsg(db_));
    // (The segment list's count is the pairs written; a remove or a replace erases pairs from
    // the blocks and leaves it: no measure of damage.)
    *pairs_read += static_cast<uint64_t>(pairs);
  }
  // Every article, in batches of row ids.
  Stmt ids;
  if (sqlite3_prepare_v2(db_, "SELECT row FROM articles ORDER BY row", -1, &ids.s, nullptr) != SQLITE_OK)
    return Error("cannot list the articles");
  std::vector<int64_t> rows;
  std::vector<ArchivedDoc> docs;
  auto flush = [&]() -> Status {
    docs.clear();
    Status l = Load(rows, std::nullopt, &docs);
    if (!l.ok()) return l;
    if (docs.size() != rows.size()) return DataError(path_ + ": an article listed could not be read back");
    *articles_read += docs.size();
    rows.clear();
    return Status::Ok();
  };
  int rc;
  while ((rc = sqlite3_step(ids.s)) == SQLITE_ROW) {
    rows.push_back(sqlite3_column_int64(ids.s, 0));
    if (rows.size() == 1024) {
      Status f = flush();
      if (!f.ok()) return f;
    }
  }
  if (rc != SQLITE_DONE) return DataError(path_ + ": the article list: " + sqlite3_errmsg(db_));
  return flush();
}

Status Archive::Candidates(std::span<const int64_t> keys, std::vector<std::pair<int64_t, int64_t>>* hits) {
  Statements& t = *st_;
  if (!in_transaction_) {
    Status s = RefreshSegments();
    if (!s.ok()) return s;
  }
  // Per segment, the keys in order: each is looked up in the block that may hold it (the last
  // starting at or before it), read once for the run of keys it covers. Per key, at most
  // max_bucket rows (segments in id order, rows in article order within one). An anchor held by
  // more than max_anchor_bucket archived articles is dropped, and a loose key held by more than
  // kLooseBucket: the engine ignores them in a batch run over the archive too.
  std::unordered_map<int64_t, size_t> per_key;
  // The holders a sampled key (an anchor, a loose key) may have before it is dropped; SIZE_MAX:
  // a band key (capped at max_bucket rows, never dropped).
  auto sample_limit = [&](int64_t key) -> size_t {
    return IsAnchorKey(key) ? engine_.max_anchor_bucket : IsLooseKey(key) ? pipeline::kLooseBucket : SIZE_MAX;
  };
  const size_t first = hits->size();
  std::vector<std::pair<int64_t, int64_t>> block;
  for (auto& seg : t.segments) {
    sqlite3_stmt* q = seg.seek->s;
    bool have = false;
    int64_t have_lo = 0;
    block.clear();
    for (int64_t key : keys) {
      // The keys are sorted, so the block read for an earlier key starts at or before this one;
      // it holds this key too when the key is not past its last pair.
      if (!have || block.empty() || key > block.back().first) {
        sqlite3_reset(q);
        sqlite3_bind_int64(q, 1, key);
        const int rc = sqlite3_step(q);
        if (rc == SQLITE_DONE) continue;  // below the segment's first block
        if (rc != SQLITE_ROW) return Error("cannot look up band keys");
        const int64_t lo = sqlite3_column_int64(q, 0);
        if (!have || lo != have_lo) {
          block.clear();
          if (!DecodeKeyBlock(lo,
                              {static_cast<const char*>(sqlite3_column_blob(q, 1)),
                               static_cast<size_t>(sqlite3_column_bytes(q, 1))},
                              &block))
            return DataError(path_ + ": a damaged key block in segment " + std::to_string(seg.id));
          have = true;
          have_lo = lo;
        }
        sqlite3_reset(q);
      }
      auto it = std::lower_bound(block.begin(), block.end(), std::pair<int64_t, int64_t>(key, INT64_MIN));
      for (; it != block.end() && it->first == key; ++it) {
        const size_t limit = sample_limit(key), cap = limit == SIZE_MAX ? options_.max_bucket : limit + 1;
        if (++per_key[key] > cap) continue;
        hits->emplace_back(key, it->second);
      }
    }
    sqlite3_reset(q);
  }
  hits->erase(std::remove_if(hits->begin() + static_cast<std::ptrdiff_t>(first), hits->end(),
                             [&](const std::pair<int64_t, int64_t>& h) {
                               const size_t limit = sample_limit(h.first);
                               return limit != SIZE_MAX && per_key[h.first] > limit;
                             }),
              hits->end());
  return Status::Ok();
}

Status Archive::Load(std::span<const int64_t> rows, std::optional<int64_t> since, std::vector<ArchivedDoc>* out) {
  Statements& t = *st_;
  // Read the blobs here (SQLite is single-threaded per connection), decode them on workers.
  struct Raw {
    int64_t row, at;
    std::string blob;
  };
  std::vector<Raw> raw;
  for (int64_t row : rows) {
    sqlite3_reset(t.get.s);
    sqlite3_bind_int64(t.get.s, 1, row);
    const int rc = sqlite3_step(t.get.s);
    if (rc == SQLITE_DONE) continue;  // removed meanwhile (not in a snapshot) — nothing to load
    if (rc != SQLITE_ROW) return Error("cannot read an archived article");
    const int64_t at = sqlite3_column_int64(t.get.s, 0);
    if (since && at < *since) continue;
    raw.push_back({row, at,
                   std::string(static_cast<const char*>(sqlite3_column_blob(t.get.s, 1)),
                               static_cast<size_t>(sqlite3_column_bytes(t.get.s, 1)))});
  }
  sqlite3_reset(t.get.s);
  const size_t first = out->size();
  out->resize(first + raw.size());
  std::vector<Status> errors(raw.size());
  corpus::ParallelFor(raw.size(), engine_.threads, [&](size_t i, size_t) {
    auto d = DecodeDoc(raw[i].blob, *unicode_);
    if (!d.ok()) {
      errors[i] = DataError(path_ + ": archive_id " + std::to_string(raw[i].row) + ": " + d.status().message());
      return;
    }
    (*out)[first + i] = {raw[i].row, raw[i].at, std::move(d).value()};
  });
  for (const Status& e : errors)
    if (!e.ok()) return e;
  return Status::Ok();
}

}  // namespace copydesk::archive
