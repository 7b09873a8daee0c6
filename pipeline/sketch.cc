#include "pipeline/sketch.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <new>
#include <system_error>

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
  ~Arena() {
    if (data_ != nullptr) ::munmap(data_, capacity_ * sizeof(uint32_t));
  }
  void clear() { size_ = 0; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const uint32_t* data() const { return data_; }
  void append(const uint32_t* v, size_t n) {
    if (n == 0) return;  // an empty set: nothing to copy (and no memory yet to copy to)
    if (size_ + n > capacity_) Grow(size_ + n);
    std::memcpy(data_ + size_, v, n * sizeof(uint32_t));
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

}  // namespace

struct SketchStore::Worker {
  explicit Worker(const ShingleOptions& o) : shingler(o) {}
  Shingler shingler;
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> set;
  std::vector<uint32_t> sort_scratch;
  std::vector<uint32_t> sig;
  Arena arena;  // this batch's signatures and resident shingles
  Arena tail;   // this batch's spilled shingles
};

SketchStore::SketchStore(const ShingleOptions& shingles, const MinHashOptions& minhash)
    : shingle_options_(shingles), minhash_options_(minhash), num_perm_(minhash.num_perm) {}

SketchStore::~SketchStore() {
  for (const Chunk& c : chunks_) ::munmap(c.data, c.capacity * sizeof(uint32_t));
  if (fd_ >= 0) ::close(fd_);
}

Status SketchStore::SpillShingles(const std::string& dir, uint32_t resident_below) {
  if (!info_.empty()) return InvalidArgument("SpillShingles: call before the first Add");
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
  return Status::Ok();
}

void SketchStore::Spill(const uint32_t* values, size_t n) {
  const char* p = reinterpret_cast<const char*>(values);
  size_t left = n * sizeof(uint32_t);
  off_t at = static_cast<off_t>(file_values_ * sizeof(uint32_t));
  while (left > 0) {
    const ssize_t w = ::pwrite(fd_, p, left, at);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) throw std::system_error(errno, std::generic_category(),
                                         "writing the shingle spill file in " + spill_dir_ +
                                             " (give --temp-dir, or TMPDIR, a directory with more room)");
    p += w;
    at += w;
    left -= static_cast<size_t>(w);
  }
  file_values_ += n;
}

std::span<const uint32_t> SketchStore::Shingles(size_t i, std::vector<uint32_t>* scratch) const {
  const Loc& l = loc_[i];
  if (l.resident == l.shingles) return resident_shingles(i);
  scratch->resize(l.shingles);
  std::copy_n(chunks_[l.block].data + l.offset + num_perm_, l.resident, scratch->data());
  char* p = reinterpret_cast<char*>(scratch->data() + l.resident);
  size_t left = (l.shingles - l.resident) * sizeof(uint32_t);
  off_t at = static_cast<off_t>(l.file_offset * sizeof(uint32_t));
  while (left > 0) {
    const ssize_t r = ::pread(fd_, p, left, at);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) throw std::system_error(r < 0 ? errno : EIO, std::generic_category(),
                                         "reading the shingle spill file in " + spill_dir_);
    p += r;
    at += r;
    left -= static_cast<size_t>(r);
  }
  return {scratch->data(), l.shingles};
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

bool HasWireDateline(const normalizers::NormalizedArticle& a) {
  if (a.article.dateline.empty()) return false;
  for (const auto& r : a.removed)
    if (r.reason == "dateline") return !normalizers::WireAgencyIn(r.text).empty();
  return false;
}

void SketchStore::SketchOne(Worker& k, const normalizers::NormalizedArticle& d, size_t slot,
                            const MinHasher& hasher) {
  k.shingler.Hashes(d.folded, &k.hashes);
  ArticleInfo& info = info_[slot];
  info.unit = k.shingler.unit();
  hasher.Sign(k.hashes, &k.sig);
  VerificationSet(k.hashes, &k.set, &k.sort_scratch);
  Loc& l = loc_[slot];
  l.shingles = static_cast<uint32_t>(k.set.size());
  l.resident = fd_ < 0 ? l.shingles
                       : static_cast<uint32_t>(std::lower_bound(k.set.begin(), k.set.end(), resident_below_) - k.set.begin());
  l.offset = k.arena.size();       // in the worker's arenas until Place
  l.file_offset = k.tail.size();
  k.arena.append(k.sig.data(), k.sig.size());
  k.arena.append(k.set.data(), l.resident);
  k.tail.append(k.set.data() + l.resident, l.shingles - l.resident);
  info.id = d.article.id;
  info.url = d.article.url;
  info.source = d.article.source;
  info.title = d.article.title;
  info.published = d.article.published;
  info.published_at = corpus::ParseDate(d.article.published);
  info.wire_dateline = HasWireDateline(d);
  if (info.wire_dateline) info.dateline_day = corpus::ParseDatelineDay(d.article.dateline).value_or(corpus::CalendarDay{});
  info.credit = FindCredit(d);
  info.origin = d.article.origin;
  XXH128_hash_t h = XXH3_128bits(d.folded.data(), d.folded.size());
  info.content_hash[0] = h.low64;
  info.content_hash[1] = h.high64;
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
    const Arena& t = workers_[w]->tail;
    file_base[w] = file_values_;
    if (!t.empty()) Spill(t.data(), t.size());
  }
  for (size_t i = first; i < loc_.size(); ++i) {
    Loc& l = loc_[i];
    const uint32_t w = l.block;
    l.block = placed[w].first;
    l.offset += placed[w].second;
    l.file_offset += file_base[w];
  }
}

void SketchStore::Add(const std::vector<normalizers::NormalizedArticle>& docs, size_t threads) {
  AddEach(docs.size(), threads, nullptr, nullptr, &docs);
}

void SketchStore::AddEach(size_t count, size_t threads, const MakeArticle& make, const KeepArticle& keep,
                          const std::vector<normalizers::NormalizedArticle>* docs) {
  const size_t workers = corpus::ResolveThreads(threads);
  while (workers_.size() < workers) workers_.push_back(std::make_unique<Worker>(shingle_options_));
  const size_t first = info_.size();
  loc_.resize(first + count);
  info_.resize(first + count);
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
}

void SketchStore::Append(ArticleInfo info, std::span<const uint32_t> signature,
                         std::span<const uint32_t> shingles) {
  uint32_t resident = static_cast<uint32_t>(shingles.size());
  if (fd_ >= 0)
    resident = static_cast<uint32_t>(std::lower_bound(shingles.begin(), shingles.end(), resident_below_) - shingles.begin());
  auto [chunk, at] = Reserve(num_perm_ + resident);
  uint32_t* out = chunks_[chunk].data + at;
  std::copy(signature.begin(), signature.end(), out);
  std::copy(shingles.begin(), shingles.begin() + resident, out + num_perm_);
  Loc l{chunk, static_cast<uint32_t>(shingles.size()), at, resident, file_values_};
  if (resident < shingles.size()) Spill(shingles.data() + resident, shingles.size() - resident);
  loc_.push_back(l);
  info_.push_back(std::move(info));
}

size_t SketchStore::bytes() const {
  size_t b = loc_.capacity() * sizeof(Loc) + info_.capacity() * sizeof(ArticleInfo);
  for (const Chunk& c : chunks_) b += c.used * sizeof(uint32_t);
  return b;
}

}  // namespace copydesk::pipeline
