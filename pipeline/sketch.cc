#include "pipeline/sketch.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>

#include "corpus/parallel.h"
#include "normalizers/credit_line.h"

namespace copydesk::pipeline {

namespace {

// A growable array of uint32_t in its own mapping, with huge pages asked for: it grows by
// mremap (no copy), and is cleared, not freed, between batches (no page faults after the first).
class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&& o) noexcept { swap(o); }
  Arena& operator=(Arena&& o) noexcept {
    swap(o);
    return *this;
  }
  ~Arena() {
    if (data_ != nullptr) ::munmap(data_, capacity_ * sizeof(uint32_t));
  }
  void swap(Arena& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    std::swap(capacity_, o.capacity_);
  }
  void clear() { size_ = 0; }
  size_t size() const { return size_; }
  size_t capacity() const { return capacity_; }
  bool empty() const { return size_ == 0; }
  const uint32_t* data() const { return data_; }
  void append(const uint32_t* v, size_t n) {
    if (n == 0) return;  // an empty set: nothing to copy (and no memory yet to copy to)
    if (size_ + n > capacity_) Grow(size_ + n);
    std::memcpy(data_ + size_, v, n * sizeof(uint32_t));
    size_ += n;
  }
  // Appends `bytes` bytes, padded with zeros to whole values.
  void append_bytes(const void* p, size_t bytes) {
    const size_t n = (bytes + 3) / 4;
    if (n == 0) return;
    if (size_ + n > capacity_) Grow(size_ + n);
    data_[size_ + n - 1] = 0;
    std::memcpy(data_ + size_, p, bytes);
    size_ += n;
  }

 private:
  void Grow(size_t need) {
    size_t cap = std::max<size_t>(capacity_ * 2, size_t{4} << 20);  // values: 16 MB at first
    while (cap < need) cap *= 2;
    void* p = data_ == nullptr
                  ? ::mmap(nullptr, cap * sizeof(uint32_t), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                  : ::mremap(data_, capacity_ * sizeof(uint32_t), cap * sizeof(uint32_t), MREMAP_MAYMOVE);
    if (p == MAP_FAILED) throw std::bad_alloc();
    ::madvise(p, cap * sizeof(uint32_t), MADV_HUGEPAGE);  // a hint; fine if refused
    data_ = static_cast<uint32_t*>(p);
    capacity_ = cap;
  }
  uint32_t* data_ = nullptr;
  size_t size_ = 0, capacity_ = 0;
};

// Writes `bytes` of `data` at `at` in the spill file `fd`, made in `dir` (for the message).
void WriteAt(int fd, const void* data, size_t bytes, uint64_t at, const std::string& dir) {
  const char* p = static_cast<const char*>(data);
  size_t left = bytes;
  while (left > 0) {
    const ssize_t w = ::pwrite(fd, p, left, static_cast<off_t>(at));
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) throw std::system_error(errno, std::generic_category(),
                                         "writing the shingle spill file in " + dir +
                                             " (give --temp-dir, or TMPDIR, a directory with more room)");
    p += w;
    at += static_cast<uint64_t>(w);
    left -= static_cast<size_t>(w);
  }
}

// The fields of an article that clustering does not read, as bytes: numbers as LEB128 varints
// (signed ones zigzagged), strings as their size and bytes, the origin's file as its index in
// the store's list of files. ~150 bytes for a news article.
void PutU64(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}
void PutI64(std::string* out, int64_t v) {
  PutU64(out, (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63));
}
void PutStr(std::string* out, std::string_view s) {
  PutU64(out, s.size());
  out->append(s);
}

void PutFields(std::string_view url, std::string_view source, std::string_view title, std::string_view published,
               const Credit& c, uint32_t file, const corpus::Origin& o, std::string* out) {
  out->clear();
  PutStr(out, url);
  PutStr(out, source);
  PutStr(out, title);
  PutStr(out, published);
  PutStr(out, c.agency);
  PutStr(out, c.evidence);
  PutStr(out, c.where);
  PutI64(out, c.begin);
  PutI64(out, c.end);
  PutU64(out, c.photo.size());
  for (const auto& p : c.photo) {
    PutStr(out, p.agency);
    PutStr(out, p.text);
    PutStr(out, p.where);
    PutI64(out, p.begin);
    PutI64(out, p.end);
  }
  PutU64(out, file);
  PutU64(out, o.line);
  PutU64(out, o.offset);
  PutU64(out, o.length);
}

class FieldReader {
 public:
  FieldReader(const char* p, size_t n) : p_(p), end_(p + n) {}
  uint64_t U64() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) Damaged();
      const auto byte = static_cast<unsigned char>(*p_++);
      v |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) return v;
    }
    Damaged();
  }
  int64_t I64() {
    const uint64_t z = U64();
    return static_cast<int64_t>((z >> 1) ^ (~(z & 1) + 1));
  }
  std::string Str() {
    const uint64_t n = U64();
    if (n > static_cast<size_t>(end_ - p_)) Damaged();
    std::string s(p_, n);
    p_ += n;
    return s;
  }

 private:
  [[noreturn]] static void Damaged() { throw std::runtime_error("sketch store: a damaged field record"); }
  const char* p_;
  const char* end_;
};

void GetFields(FieldReader& r, const std::deque<std::string>& files, ArticleInfo* a) {
  a->url = r.Str();
  a->source = r.Str();
  a->title = r.Str();
  a->published = r.Str();
  Credit& c = a->credit;
  c.agency = r.Str();
  c.evidence = r.Str();
  c.where = r.Str();
  c.begin = r.I64();
  c.end = r.I64();
  c.photo.resize(r.U64());
  for (auto& p : c.photo) {
    p.agency = r.Str();
    p.text = r.Str();
    p.where = r.Str();
    p.begin = r.I64();
    p.end = r.I64();
  }
  const uint64_t file = r.U64();
  if (file >= files.size()) throw std::runtime_error("sketch store: a damaged field record");
  a->origin.file = files[file];
  a->origin.line = r.U64();
  a->origin.offset = r.U64();
  a->origin.length = r.U64();
}

void SetMeta(const std::optional<corpus::Instant>& published_at, bool wire_dateline, const corpus::CalendarDay& day,
             ArticleMeta* m) {
  m->has_published = published_at.has_value();
  m->published_seconds = published_at ? published_at->seconds : 0;
  m->published_has_time = published_at && published_at->has_time;
  m->wire_dateline = wire_dateline;
  m->dateline_year = day.year;
  m->dateline_month = static_cast<uint8_t>(day.month);
  m->dateline_mday = static_cast<uint8_t>(day.day);
}

size_t Values(size_t bytes) { return (bytes + 3) / 4; }

}  // namespace

struct SketchStore::Worker {
  explicit Worker(const ShingleOptions& o) : shingler(o) {}
  Shingler shingler;
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> set;
  std::vector<uint32_t> sort_scratch;
  std::vector<uint32_t> sig;
  std::string fields;
  std::string last_file;     // the origin file of the last article, and its index
  uint32_t last_file_index = UINT32_MAX;
  WideSample wide;             // the article's wide loose sample
  std::vector<uint32_t> rest;  // and its rest (WideRest::record)
  Arena arena;  // this batch's signatures, resident shingles, ids and fields
  Arena tail;   // this batch's spilled shingles
};

// The spill file's writer, a thread of its own. Place hands it each batch's spilled shingles and
// band keys and returns, so that they are written while the next batch is read and prepared:
// written by Place itself, they kept one core busy and the other idle at the end of every batch
// (about a tenth of a 20,000-article run; docs/benchmarks.md, "Session 14"). The buffers come
// back for the next batch (Reclaim: it reuses their pages, which are faulted in already). Every
// read of the file first waits for the writes queued before it (Drain); a failed write is thrown
// again by the next Write or Drain.
class SketchStore::SpillWriter {
 public:
  SpillWriter(int fd, std::string dir) : fd_(fd), dir_(std::move(dir)), thread_([this] { Serve(); }) {}
  ~SpillWriter() {  // after the write under way; the others are dropped with the file
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    changed_.notify_all();
    thread_.join();
  }
  SpillWriter(const SpillWriter&) = delete;
  SpillWriter& operator=(const SpillWriter&) = delete;

  // Queues *values (all of its values) for the file at byte `at`; *values is left with no memory.
  void Write(Arena* values, uint64_t at) {
    Job job;
    job.values.swap(*values);
    job.at = at;
    Push(std::move(job));
  }
  void Write(std::vector<uint64_t>* keys, uint64_t at) {
    Job job;
    job.keys.swap(*keys);
    job.at = at;
    Push(std::move(job));
  }
  // Gives *values (with no memory) the memory of a buffer handed to Write, once it is written;
  // leaves it as it is when none is queued or written.
  void Reclaim(Arena* values) { TakeWritten(&written_values_, queued_values_, values); }
  void Reclaim(std::vector<uint64_t>* keys) { TakeWritten(&written_keys_, queued_keys_, keys); }
  // Returns once every write queued so far is done; throws again what a write threw.
  void Drain() const {
    if (pending_.load(std::memory_order_acquire) == 0 && !failed_.load(std::memory_order_acquire)) return;
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [&] { return pending_.load(std::memory_order_relaxed) == 0 || error_ != nullptr; });
    if (error_ != nullptr) std::rethrow_exception(error_);
  }

 private:
  struct Job {
    Arena values;
    std::vector<uint64_t> keys;
    uint64_t at = 0;
  };
  // Reclaim's body: waits while buffers of this kind are queued and none is written yet.
  template <class Buffer>
  void TakeWritten(std::vector<Buffer>* written, const size_t& queued, Buffer* into) {
    std::unique_lock<std::mutex> lock(mu_);
    changed_.wait(lock, [&] { return !written->empty() || queued == 0 || error_ != nullptr; });
    if (written->empty()) return;
    into->swap(written->back());
    written->pop_back();
  }
  void Push(Job job) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (error_ != nullptr) std::rethrow_exception(error_);
      if (job.values.capacity() > 0) ++queued_values_;
      if (job.keys.capacity() > 0) ++queued_keys_;
      queue_.push_back(std::move(job));
      pending_.fetch_add(1, std::memory_order_release);
    }
    changed_.notify_all();
  }
  void Serve() {
    for (;;) {
      Job* job = nullptr;
      {
        std::unique_lock<std::mutex> lock(mu_);
        changed_.wait(lock, [&] { return stop_ || !queue_.empty(); });
        if (stop_) return;
        job = &queue_.front();  // stays put while others are pushed behind it (std::deque)
      }
      std::exception_ptr error;
      try {
        if (job->values.size() > 0)
          WriteAt(fd_, job->values.data(), job->values.size() * sizeof(uint32_t), job->at, dir_);
        if (!job->keys.empty()) WriteAt(fd_, job->keys.data(), job->keys.size() * sizeof(uint64_t), job->at, dir_);
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mu_);
        if (error != nullptr && error_ == nullptr) {
          error_ = error;
          failed_.store(true, std::memory_order_release);
        }
        if (job->values.capacity() > 0) {
          --queued_values_;
          job->values.clear();
          written_values_.push_back(std::move(job->values));
        }
        if (job->keys.capacity() > 0) {
          --queued_keys_;
          job->keys.clear();
          written_keys_.push_back(std::move(job->keys));
        }
        queue_.pop_front();
        pending_.fetch_sub(1, std::memory_order_release);
      }
      changed_.notify_all();
    }
  }

  const int fd_;
  const std::string dir_;
  mutable std::mutex mu_;
  mutable std::condition_variable changed_;
  std::deque<Job> queue_;
  std::atomic<size_t> pending_{0};  // queued and not yet written
  std::atomic<bool> failed_{false};  // error_ is set
  size_t queued_values_ = 0, queued_keys_ = 0;
  std::vector<Arena> written_values_;
  std::vector<std::vector<uint64_t>> written_keys_;
  std::exception_ptr error_;
  bool stop_ = false;
  std::thread thread_;  // last: it starts once the rest is ready
};

SketchStore::SketchStore(const ShingleOptions& shingles, const MinHashOptions& minhash)
    : shingle_options_(shingles), minhash_options_(minhash), num_perm_(minhash.num_perm) {}

SketchStore::~SketchStore() {
  writer_.reset();  // before the file is closed
  for (const Chunk& c : chunks_) ::munmap(c.data, c.capacity * sizeof(uint32_t));
  if (fd_ >= 0) ::close(fd_);
}

Status SketchStore::SpillShingles(const std::string& dir, uint32_t resident_below) {
  if (!loc_.empty()) return InvalidArgument("SpillShingles: call before the first Add");
  int fd = ::open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0) {
    // File systems without O_TMPFILE: a named file, unlinked at once.
    std::string path = dir + "/copydesk-shingles-XXXXXX";
    fd = ::mkostemp(path.data(), O_CLOEXEC);
    if (fd < 0) return IoError("cannot make a file in " + dir + ": " + std::strerror(errno));
    ::unlink(path.c_str());
  }
  fd_ = fd;
  spill_dir_ = dir;
  resident_below_ = resident_below;
  writer_ = std::make_unique<SpillWriter>(fd_, spill_dir_);
  return Status::Ok();
}

Status SketchStore::KeepBandKeys(const std::vector<BandParams>& bandings) {
  if (!loc_.empty()) return InvalidArgument("KeepBandKeys: call before the first Add");
  if (fd_ < 0) return InvalidArgument("KeepBandKeys: the store is not spilled");
  size_t total = 0;
  for (const BandParams& p : bandings) {
    if (p.rows == 0 || p.bands * p.rows > num_perm_) return InvalidArgument("KeepBandKeys: a banding does not fit");
    total += p.bands;
  }
  bandings_ = bandings;
  total_bands_ = total;
  keep_signatures_ = false;
  return Status::Ok();
}

uint32_t SketchStore::FileIndex(const std::string& file) {
  std::lock_guard<std::mutex> lock(files_mu_);
  auto [it, inserted] = file_index_.emplace(file, static_cast<uint32_t>(files_.size()));
  if (inserted) files_.push_back(file);
  return it->second;
}

int SketchStore::banding_index(const BandParams& p) const {
  for (size_t t = 0; t < bandings_.size(); ++t)
    if (bandings_[t].bands == p.bands && bandings_[t].rows == p.rows) return static_cast<int>(t);
  return -1;
}

void SketchStore::BandKeys(size_t banding, size_t band, std::vector<uint64_t>* keys) const {
  keys->resize(size());
  size_t g = band;
  for (size_t t = 0; t < banding; ++t) g += bandings_[t].bands;
  for (const KeyBatch& b : key_batches_)
    ReadSpilled(keys->data() + b.first, b.count * sizeof(uint64_t), b.file_offset + g * b.count * sizeof(uint64_t));
}

void SketchStore::Spill(const void* data, size_t bytes) {
  WriteAt(fd_, data, bytes, file_bytes_, spill_dir_);
  file_bytes_ += bytes;
}

void SketchStore::ReadSpilled(void* out, size_t bytes, uint64_t at) const {
  if (writer_ != nullptr) writer_->Drain();
  char* p = static_cast<char*>(out);
  size_t left = bytes;
  while (left > 0) {
    const ssize_t r = ::pread(fd_, p, left, static_cast<off_t>(at));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) throw std::system_error(r < 0 ? errno : EIO, std::generic_category(),
                                         "reading the shingle spill file in " + spill_dir_);
    p += r;
    at += static_cast<uint64_t>(r);
    left -= static_cast<size_t>(r);
  }
}

std::span<const uint32_t> SketchStore::Shingles(size_t i, std::vector<uint32_t>* scratch) const {
  const Loc& l = loc_[i];
  if (l.resident == l.shingles || fd_ < 0) return resident_shingles(i);  // fd_ < 0: AppendCounted
  scratch->resize(l.shingles);
  std::copy_n(chunks_[l.block].data + l.offset + sig_values(), l.resident, scratch->data());
  ReadSpilled(scratch->data() + l.resident, (l.shingles - l.resident) * sizeof(uint32_t), l.file_offset);
  return {scratch->data(), l.shingles};
}

WideRest SketchStore::Rest(size_t i, std::vector<uint32_t>* scratch) const {
  const Loc& l = loc_[i];
  if (l.rest == 0) return {};
  const size_t n = WideRestValues(l.rest);
  if (fd_ < 0) return {{resident_rest(l), n}, l.rest};
  scratch->resize(n);
  ReadSpilled(scratch->data(), n * sizeof(uint32_t), l.file_offset + uint64_t{l.shingles - l.resident} * sizeof(uint32_t));
  return {{scratch->data(), n}, l.rest};
}

void SketchStore::ReadSets(std::span<const uint32_t> articles, SetBatch* batch, size_t max_gap,
                           size_t max_run) const {
  SetBatch& b = *batch;
  b.articles_.assign(articles.begin(), articles.end());
  std::sort(b.articles_.begin(), b.articles_.end());
  b.articles_.erase(std::unique(b.articles_.begin(), b.articles_.end()), b.articles_.end());
  b.sets_.resize(b.articles_.size());
  b.rests_.assign(b.articles_.size(), WideRest{});
  b.order_.clear();
  b.reads_ = 0;
  size_t total = 0;  // values of the spilled sets and rests
  for (size_t k = 0; k < b.articles_.size(); ++k) {
    const Loc& l = loc_[b.articles_[k]];
    if (fd_ < 0 || (l.resident == l.shingles && l.rest == 0)) {
      b.sets_[k] = resident_shingles(b.articles_[k]);
      if (l.rest > 0) b.rests_[k] = {{resident_rest(l), WideRestValues(l.rest)}, l.rest};
    } else {
      b.order_.push_back(static_cast<uint32_t>(k));
      total += l.shingles + WideRestValues(l.rest);
    }
  }
  if (b.order_.empty()) return;
  std::sort(b.order_.begin(), b.order_.end(), [&](uint32_t x, uint32_t y) {
    return loc_[b.articles_[x]].file_offset < loc_[b.articles_[y]].file_offset;
  });
  b.values_.resize(total);  // sized once: the spans below point into it
  // Each set's resident values, then room for its spilled ones and its rest (as in the file), in
  // file order.
  uint32_t* out = b.values_.data();
  for (uint32_t k : b.order_) {
    const uint32_t i = b.articles_[k];
    const Loc& l = loc_[i];
    std::copy_n(chunks_[l.block].data + l.offset + sig_values(), l.resident, out);
    b.sets_[k] = {out, l.shingles};
    out += l.shingles;
    if (l.rest > 0) b.rests_[k] = {{out, WideRestValues(l.rest)}, l.rest};
    out += WideRestValues(l.rest);
  }
  auto spilled_bytes = [&](const Loc& l) {
    return uint64_t{l.shingles - l.resident + WideRestValues(l.rest)} * sizeof(uint32_t);
  };
  auto spilled_at = [&](uint32_t k) { return const_cast<uint32_t*>(b.sets_[k].data()) + loc_[b.articles_[k]].resident; };
  for (size_t r = 0; r < b.order_.size();) {
    // A run: the sets from r on that start within max_gap of the last one's end.
    const Loc& first = loc_[b.articles_[b.order_[r]]];
    const uint64_t begin = first.file_offset;
    uint64_t end = begin + spilled_bytes(first);
    size_t e = r + 1;
    for (; e < b.order_.size(); ++e) {
      const Loc& l = loc_[b.articles_[b.order_[e]]];
      if (l.file_offset > end + max_gap || l.file_offset + spilled_bytes(l) > begin + max_run) break;
      end = std::max(end, l.file_offset + spilled_bytes(l));
    }
    ++b.reads_;
    if (e == r + 1) {  // one set: straight into its place
      ReadSpilled(spilled_at(b.order_[r]), end - begin, begin);
    } else {
      b.raw_.resize((end - begin + sizeof(uint32_t) - 1) / sizeof(uint32_t));
      ReadSpilled(b.raw_.data(), end - begin, begin);
      for (size_t x = r; x < e; ++x) {
        const Loc& l = loc_[b.articles_[b.order_[x]]];
        std::memcpy(spilled_at(b.order_[x]), reinterpret_cast<const char*>(b.raw_.data()) + (l.file_offset - begin),
                    spilled_bytes(l));
      }
    }
    r = e;
  }
}

ArticleInfo SketchStore::Info(size_t i) const {
  const Loc& l = loc_[i];
  const ArticleMeta& m = meta_[i];
  ArticleInfo a;
  a.id = std::string(id(i));
  a.published_at = m.published_at();
  a.wire_dateline = m.wire_dateline;
  a.dateline_day = m.dateline_day();
  a.content_hash[0] = m.content_hash[0];
  a.content_hash[1] = m.content_hash[1];
  a.unit = m.unit;
  a.lead = m.lead;
  a.loose = loose_[i];
  const uint32_t* p = chunks_[l.block].data + l.offset + sig_values() + l.resident + Values(l.id_size);
  FieldReader r(reinterpret_cast<const char*>(p), l.fields_size);
  GetFields(r, files_, &a);
  return a;
}

std::pair<uint32_t, size_t> SketchStore::Reserve(size_t n) {
  if (chunks_.empty() || chunks_.back().capacity - chunks_.back().used < n) {
    constexpr size_t kChunkValues = (64u << 20) / sizeof(uint32_t);
    Chunk c;
    c.capacity = std::max(n, kChunkValues);
    void* p = ::mmap(nullptr, c.capacity * sizeof(uint32_t), PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::bad_alloc();
    ::madvise(p, c.capacity * sizeof(uint32_t), MADV_HUGEPAGE);  // a hint; fine if refused
    c.data = static_cast<uint32_t*>(p);
    chunks_.push_back(c);
  }
  Chunk& c = chunks_.back();
  size_t at = c.used;
  c.used += n;
  return {static_cast<uint32_t>(chunks_.size() - 1), at};
}

void JoinWide(const LooseSample& loose, const WideRest& rest, WideSample* out) {
  out->size = loose.size;
  std::copy_n(loose.values, loose.size, out->values);
  std::copy_n(loose.at, loose.size, out->at);
  const size_t n = std::min(rest.count, kWideSample - loose.size);
  if (loose.size < kLooseSample || n == 0 || rest.record.size() < WideRestValues(rest.count)) return;
  std::copy_n(rest.record.data(), n, out->values + loose.size);
  std::memcpy(out->at + loose.size, rest.record.data() + rest.count, n);
  out->size = static_cast<uint8_t>(loose.size + n);
}

LooseSample FirstOf(const WideSample& wide) {
  LooseSample loose;
  loose.size = static_cast<uint8_t>(std::min<size_t>(wide.size, kLooseSample));
  std::copy_n(wide.values, loose.size, loose.values);
  std::copy_n(wide.at, loose.size, loose.at);
  return loose;
}

size_t PutWideRest(const WideSample& wide, std::vector<uint32_t>* record) {
  if (wide.size <= kLooseSample) return 0;
  const size_t n = wide.size - kLooseSample, at = record->size();
  record->resize(at + WideRestValues(n), 0);
  std::copy_n(wide.values + kLooseSample, n, record->data() + at);
  std::memcpy(record->data() + at + n, wide.at + kLooseSample, n);
  return n;
}

void MakeLeadSample(std::span<const uint64_t> hashes, const Shingler& shingler, std::string_view folded,
                    LeadSample* out) {
  *out = LeadSample{};
  // Character grams per word: about 4 in alphabets and abugidas, 2 in Chinese and Japanese.
  const size_t scale = shingler.unit() == ShingleUnit::kWords                                     ? 1
                       : shingler.unit() == ShingleUnit::kHan || shingler.unit() == ShingleUnit::kKana ? 2
                                                                                                     : 4;
  size_t begin = 0, end = 0, start = 0;
  Shingler::WithinCursor cursor;
  for (;;) {
    const size_t brk = folded.find("\n\n", start);
    const size_t stop = brk == std::string_view::npos ? folded.size() : brk;
    const size_t upto = std::min(shingler.ShinglesWithin(folded, stop, &cursor), hashes.size());
    if (upto >= end + kLeadMinShingles * scale + (end == 0 ? 0 : shingler.width() - 1)) {
      // The shingles wholly inside this paragraph: after those that end before it and the
      // width - 1 that cross into it.
      begin = end == 0 ? 0 : std::min(end + shingler.width() - 1, upto);
      end = upto;
      break;
    }
    end = upto;
    if (brk == std::string_view::npos) return;
    start = brk + 2;
  }
  end = std::min(end, begin + kLeadMaxShingles * scale);
  // The smallest values of the opening, then those the rest of the article does not repeat (a
  // story repeats its names and phrases: those would be found in a copy that rewrote the lead).
  constexpr size_t kCandidates = 2 * kLeadSample;
  uint32_t cand[kCandidates];
  size_t n = 0;
  for (size_t i = begin; i < end; ++i) {
    const uint32_t v = static_cast<uint32_t>(hashes[i] >> 32);
    uint32_t* at = std::lower_bound(cand, cand + n, v);
    if (at != cand + n && *at == v) continue;
    if (n < kCandidates) {
      std::copy_backward(at, cand + n, cand + n + 1);
      *at = v;
      ++n;
    } else if (at != cand + n) {
      std::copy_backward(at, cand + n - 1, cand + n);
      *at = v;
    }
  }
  bool repeated[kCandidates] = {};
  // A 256-bit filter on the candidates' low bits: most values pass it in one test.
  uint64_t filter[4] = {};
  for (size_t j = 0; j < n; ++j) filter[(cand[j] >> 6) & 3] |= uint64_t{1} << (cand[j] & 63);
  for (size_t i = 0; i < hashes.size(); ++i) {
    const uint32_t v = static_cast<uint32_t>(hashes[i] >> 32);
    if (!((filter[(v >> 6) & 3] >> (v & 63)) & 1) || (i >= begin && i < end)) continue;
    for (size_t j = 0; j < n; ++j) repeated[j] |= cand[j] == v;
  }
  for (size_t i = 0; i < n && out->size < kLeadSample; ++i)
    if (!repeated[i]) out->values[out->size++] = cand[i];
}

bool HasWireDateline(const normalizers::NormalizedArticle& a) {
  if (a.article.dateline.empty()) return false;
  for (const auto& r : a.removed)
    if (r.reason == "dateline") return !normalizers::WireAgencyIn(r.text).empty();
  return false;
}

void SketchStore::SketchOne(Worker& k, const normalizers::NormalizedArticle& d, size_t slot,
                            const MinHasher& hasher) {
  k.shingler.Hashes(d.folded, &k.hashes);
  ArticleMeta& m = meta_[slot];
  m.unit = k.shingler.unit();
  MakeLeadSample(k.hashes, k.shingler, d.folded, &m.lead);
  // The wide sample's first kLooseSample values are the LooseSample (the smallest values of the
  // same grams): kept in memory; the rest goes with the set.
  k.wide.size = static_cast<uint8_t>(k.shingler.LooseSample(k.wide.values, k.wide.at, kWideSample));
  loose_[slot] = FirstOf(k.wide);
  k.rest.clear();
  hasher.Sign(k.hashes, &k.sig);
  m.empty_signature = k.sig.empty() || k.sig[0] == kEmptyBin;
  VerificationSet(k.hashes, &k.set, &k.sort_scratch);
  Loc& l = loc_[slot];
  l.shingles = static_cast<uint32_t>(k.set.size());
  l.resident = fd_ < 0 ? l.shingles
                       : static_cast<uint32_t>(std::lower_bound(k.set.begin(), k.set.end(), resident_below_) - k.set.begin());
  l.offset = k.arena.size();       // in the worker's arenas until Place
  l.file_offset = k.tail.size() * sizeof(uint32_t);
  if (keep_signatures_) {
    k.arena.append(k.sig.data(), k.sig.size());
  } else {
    const size_t at = slot - batch_first_;
    size_t g = 0;
    for (const BandParams& p : bandings_)
      for (size_t band = 0; band < p.bands; ++band, ++g) batch_keys_[g * batch_count_ + at] = BandKey(k.sig, p, band);
  }
  k.arena.append(k.set.data(), l.resident);
  k.tail.append(k.set.data() + l.resident, l.shingles - l.resident);
  l.rest = static_cast<uint8_t>(PutWideRest(k.wide, &k.rest));
  if (fd_ >= 0) k.tail.append(k.rest.data(), k.rest.size());
  l.id_size = static_cast<uint32_t>(d.article.id.size());
  k.arena.append_bytes(d.article.id.data(), d.article.id.size());
  const bool wire = HasWireDateline(d);
  SetMeta(corpus::ParseDate(d.article.published), wire,
          wire ? corpus::ParseDatelineDay(d.article.dateline).value_or(corpus::CalendarDay{}) : corpus::CalendarDay{}, &m);
  if (k.last_file_index == UINT32_MAX || k.last_file != d.article.origin.file) {
    k.last_file = d.article.origin.file;
    k.last_file_index = FileIndex(d.article.origin.file);
  }
  PutFields(d.article.url, d.article.source, d.article.title, d.article.published, FindCredit(d), k.last_file_index,
            d.article.origin, &k.fields);
  l.fields_size = static_cast<uint32_t>(k.fields.size());
  k.arena.append_bytes(k.fields.data(), k.fields.size());
  if (fd_ < 0) k.arena.append(k.rest.data(), k.rest.size());
  XXH128_hash_t h = XXH3_128bits(d.folded.data(), d.folded.size());
  m.content_hash[0] = h.low64;
  m.content_hash[1] = h.high64;
}

void SketchStore::Place(size_t first) {
  // Each worker's arena goes to the chunks in one copy, its tail to the file in one write.
  std::vector<std::pair<uint32_t, size_t>> placed(workers_.size());
  std::vector<uint64_t> file_base(workers_.size());
  for (size_t w = 0; w < workers_.size(); ++w) {
    const Arena& a = workers_[w]->arena;
    if (!a.empty()) {
      placed[w] = Reserve(a.size());
      std::memcpy(chunks_[placed[w].first].data + placed[w].second, a.data(), a.size() * sizeof(uint32_t));
    }
    Arena& t = workers_[w]->tail;
    file_base[w] = file_bytes_;
    if (!t.empty()) {  // only a spilled store has tails (so a writer)
      const uint64_t at = file_bytes_;
      file_bytes_ += t.size() * sizeof(uint32_t);
      writer_->Write(&t, at);
    }
  }
  for (size_t i = first; i < loc_.size(); ++i) {
    Loc& l = loc_[i];
    const uint32_t w = l.block;
    l.block = placed[w].first;
    l.offset += placed[w].second;
    l.file_offset += file_base[w];
  }
  if (!keep_signatures_ && batch_count_ > 0) {  // band keys are kept only by a spilled store
    key_batches_.push_back({batch_first_, batch_count_, file_bytes_});
    const uint64_t at = file_bytes_;
    file_bytes_ += batch_keys_.size() * sizeof(uint64_t);
    writer_->Write(&batch_keys_, at);
  }
}

void SketchStore::Add(const std::vector<normalizers::NormalizedArticle>& docs, size_t threads) {
  AddEach(docs.size(), threads, nullptr, nullptr, &docs);
}

void SketchStore::AddEach(size_t count, size_t threads, const MakeArticle& make, const KeepArticle& keep,
                          const std::vector<normalizers::NormalizedArticle>* docs) {
  const size_t workers = corpus::ResolveThreads(threads);
  while (workers_.size() < workers) workers_.push_back(std::make_unique<Worker>(shingle_options_));
  const size_t first = loc_.size();
  loc_.resize(first + count);
  meta_.resize(first + count);
  loose_.resize(first + count);
  batch_first_ = first;
  batch_count_ = count;
  if (writer_ != nullptr) {  // the buffers the last batch's writes took, back once written
    for (auto& w : workers_)
      if (w->tail.capacity() == 0) writer_->Reclaim(&w->tail);
    if (batch_keys_.capacity() == 0) writer_->Reclaim(&batch_keys_);
  }
  if (!keep_signatures_) batch_keys_.assign(total_bands_ * count, 0);
  MinHasher hasher(minhash_options_);
  for (auto& w : workers_) {
    w->arena.clear();
    w->tail.clear();
  }
  corpus::ParallelFor(count, workers, [&](size_t i, size_t w) {
    Worker& k = *workers_[w];
    loc_[first + i].block = static_cast<uint32_t>(w);
    if (docs != nullptr) {
      corpus::SetCurrentRecord((*docs)[i].article.id);
      SketchOne(k, (*docs)[i], first + i, hasher);
      return;
    }
    normalizers::NormalizedArticle d = make(i);
    SketchOne(k, d, first + i, hasher);
    if (keep) keep(i, d);
  });
  Place(first);
  batch_count_ = 0;
}

void SketchStore::Append(const ArticleInfo& info, std::span<const uint32_t> signature,
                         std::span<const uint32_t> shingles, const WideRest& rest) {
  uint32_t resident = static_cast<uint32_t>(shingles.size());
  if (fd_ >= 0)
    resident = static_cast<uint32_t>(std::lower_bound(shingles.begin(), shingles.end(), resident_below_) - shingles.begin());
  std::string fields;
  PutFields(info.url, info.source, info.title, info.published, info.credit, FileIndex(info.origin.file), info.origin,
            &fields);
  const size_t id_values = Values(info.id.size()), field_values = Values(fields.size());
  const bool with_rest = rest.count > 0 && rest.count <= kWideSample - kLooseSample &&
                         rest.record.size() == WideRestValues(rest.count);
  const size_t rest_values = fd_ < 0 && with_rest ? rest.record.size() : 0;
  auto [chunk, at] = Reserve(sig_values() + resident + id_values + field_values + rest_values);
  uint32_t* out = chunks_[chunk].data + at;
  const size_t n = loc_.size();
  if (keep_signatures_) {
    std::copy(signature.begin(), signature.end(), out);
  } else if (keep_keys_) {  // a batch of one
    batch_first_ = n;
    batch_count_ = 1;
    batch_keys_.assign(total_bands_, 0);
    size_t g = 0;
    if (signature.size() >= num_perm_)
      for (const BandParams& p : bandings_)
        for (size_t band = 0; band < p.bands; ++band) batch_keys_[g++] = BandKey(signature, p, band);
  }
  out += sig_values();
  std::copy(shingles.begin(), shingles.begin() + resident, out);
  out += resident;
  if (id_values > 0) {
    out[id_values - 1] = 0;
    std::memcpy(out, info.id.data(), info.id.size());
  }
  out += id_values;
  if (field_values > 0) {
    out[field_values - 1] = 0;
    std::memcpy(out, fields.data(), fields.size());
  }
  out += field_values;
  std::copy_n(rest.record.data(), rest_values, out);
  Loc l;
  l.block = chunk;
  l.offset = at;
  l.shingles = static_cast<uint32_t>(shingles.size());
  l.resident = resident;
  l.id_size = static_cast<uint32_t>(info.id.size());
  l.fields_size = static_cast<uint32_t>(fields.size());
  l.rest = with_rest ? static_cast<uint8_t>(rest.count) : 0;  // a malformed rest: none
  l.file_offset = file_bytes_;
  if (resident < shingles.size()) Spill(shingles.data() + resident, (shingles.size() - resident) * sizeof(uint32_t));
  if (fd_ >= 0 && with_rest) Spill(rest.record.data(), rest.record.size() * sizeof(uint32_t));
  ArticleMeta m;
  SetMeta(info.published_at, info.wire_dateline, info.dateline_day, &m);
  m.unit = info.unit;
  m.content_hash[0] = info.content_hash[0];
  m.content_hash[1] = info.content_hash[1];
  m.empty_signature = signature.empty() || signature[0] == kEmptyBin;
  m.lead = info.lead;
  loc_.push_back(l);
  meta_.push_back(m);
  loose_.push_back(info.loose);
  if (!keep_signatures_ && keep_keys_) {
    key_batches_.push_back({n, 1, file_bytes_});
    Spill(batch_keys_.data(), batch_keys_.size() * sizeof(uint64_t));
    batch_count_ = 0;
  }
}

void SketchStore::DropSignatures() {
  if (fd_ >= 0 || !loc_.empty()) return;
  keep_signatures_ = false;
  keep_keys_ = false;
}

void SketchStore::AppendCounted(const ArticleInfo& info, size_t shingle_count) {
  Append(info, {}, {});
  loc_.back().shingles = static_cast<uint32_t>(shingle_count);
}

size_t SketchStore::bytes() const {
  size_t b = loc_.capacity() * sizeof(Loc) + meta_.capacity() * sizeof(ArticleMeta) +
             loose_.capacity() * sizeof(LooseSample) +
             key_batches_.capacity() * sizeof(KeyBatch);
  for (const Chunk& c : chunks_) b += c.used * sizeof(uint32_t);
  return b;
}

}  // namespace copydesk::pipeline
