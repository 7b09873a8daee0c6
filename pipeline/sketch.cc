#include "pipeline/sketch.h"

#include <sys/mman.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <new>

#include "corpus/parallel.h"
#include "normalizers/credit_line.h"

namespace copydesk::pipeline {

struct SketchStore::Worker {
  explicit Worker(const ShingleOptions& o) : shingler(o) {}
  Shingler shingler;
  std::vector<uint64_t> hashes;
  std::vector<uint32_t> set;
  std::vector<uint32_t> sort_scratch;
  std::vector<uint32_t> sig;
  std::vector<uint32_t> arena;  // this batch's signatures and sets
};

SketchStore::SketchStore(const ShingleOptions& shingles, const MinHashOptions& minhash)
    : shingle_options_(shingles), minhash_options_(minhash), num_perm_(minhash.num_perm) {}

SketchStore::~SketchStore() {
  for (const Chunk& c : chunks_) ::munmap(c.data, c.capacity * sizeof(uint32_t));
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

void SketchStore::Add(const std::vector<normalizers::NormalizedArticle>& docs, size_t threads) {
  const size_t workers = corpus::ResolveThreads(threads);
  while (workers_.size() < workers) workers_.push_back(std::make_unique<Worker>(shingle_options_));
  const size_t first = info_.size();
  loc_.resize(first + docs.size());
  info_.resize(first + docs.size());
  MinHasher hasher(minhash_options_);
  for (size_t w = 0; w < workers; ++w) workers_[w]->arena.clear();
  corpus::ParallelFor(docs.size(), workers, [&](size_t i, size_t w) {
    Worker& k = *workers_[w];
    const auto& d = docs[i];
    corpus::SetCurrentRecord(d.article.id);
    k.shingler.Hashes(d.folded, &k.hashes);
    info_[first + i].unit = k.shingler.unit();
    hasher.Sign(k.hashes, &k.sig);
    VerificationSet(k.hashes, &k.set, &k.sort_scratch);
    loc_[first + i] = Loc{static_cast<uint32_t>(w), static_cast<uint32_t>(k.set.size()),
                          k.arena.size()};  // worker and arena offset, placed below
    k.arena.insert(k.arena.end(), k.sig.begin(), k.sig.end());
    k.arena.insert(k.arena.end(), k.set.begin(), k.set.end());
    ArticleInfo& info = info_[first + i];
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
  });
  std::vector<std::pair<uint32_t, size_t>> placed(workers);
  for (size_t w = 0; w < workers; ++w) {
    const std::vector<uint32_t>& a = workers_[w]->arena;
    if (a.empty()) continue;
    placed[w] = Reserve(a.size());
    std::memcpy(chunks_[placed[w].first].data + placed[w].second, a.data(), a.size() * sizeof(uint32_t));
  }
  for (size_t i = first; i < loc_.size(); ++i) {
    auto [chunk, at] = placed[loc_[i].block];
    loc_[i].block = chunk;
    loc_[i].offset += at;
  }
}

void SketchStore::Append(ArticleInfo info, std::span<const uint32_t> signature,
                         std::span<const uint32_t> shingles) {
  auto [chunk, at] = Reserve(num_perm_ + shingles.size());
  uint32_t* out = chunks_[chunk].data + at;
  std::copy(signature.begin(), signature.end(), out);
  std::copy(shingles.begin(), shingles.end(), out + num_perm_);
  loc_.push_back(Loc{chunk, static_cast<uint32_t>(shingles.size()), at});
  info_.push_back(std::move(info));
}

size_t SketchStore::bytes() const {
  size_t b = loc_.capacity() * sizeof(Loc) + info_.capacity() * sizeof(ArticleInfo);
  for (const Chunk& c : chunks_) b += c.used * sizeof(uint32_t);
  return b;
}

}  // namespace copydesk::pipeline
