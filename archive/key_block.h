// Key blocks: how a band-key segment stores its (key, article) pairs — sorted runs of pairs
// packed into blobs, one SQLite row per block (schema 3; docs/archive.md, "Segments").
//
//   archive::KeyBlockBuilder b;                       // cut after kKeyBlockPairs pairs
//   for (auto [key, article] : sorted_pairs) {
//     if (b.CutsBefore(key)) { write(b.lo(), b.data()); b.Clear(); }
//     b.Add(key, article);
//   }
//   if (!b.empty()) write(b.lo(), b.data());
//   std::vector<std::pair<int64_t, int64_t>> pairs;
//   archive::DecodeKeyBlock(lo, data, &pairs);        // false: a damaged block
//
// A block is stored as the row (lo INTEGER PRIMARY KEY, data BLOB): `lo` is its first key, and
// every key of the block is >= lo and < the next block's lo (a key's articles never straddle two
// blocks, so a lookup reads one block per key). `data` is, per pair in (key, article) order,
// the LEB128 of key - previous key (the first: key - lo) and the LEB128 of the article: ~8 bytes
// a pair where a row of (key, article) took ~18.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace copydesk::archive {

// Pairs per block (a block holds more when one key has more articles).
inline constexpr size_t kKeyBlockPairs = 64;

class KeyBlockBuilder {
 public:
  explicit KeyBlockBuilder(size_t target_pairs = kKeyBlockPairs) : target_(target_pairs) {}
  // Whether the block is full and `key` (the next pair's) would start a new one.
  bool CutsBefore(int64_t key) const { return pairs_ >= target_ && key != last_; }
  // Appends a pair; pairs come in (key, article) order.
  void Add(int64_t key, int64_t article);
  bool empty() const { return pairs_ == 0; }
  size_t pairs() const { return pairs_; }
  int64_t lo() const { return lo_; }
  const std::string& data() const { return data_; }
  void Clear() {
    data_.clear();
    pairs_ = 0;
  }

 private:
  size_t target_;
  size_t pairs_ = 0;
  int64_t lo_ = 0, last_ = 0;
  std::string data_;
};

// Appends the pairs of the block (`lo`, `data`) to `out`; false (and what it decoded) when the
// block is damaged.
bool DecodeKeyBlock(int64_t lo, std::string_view data, std::vector<std::pair<int64_t, int64_t>>* out);

// Returns the block encoding of `pairs` (sorted, all keys >= lo) as one block starting at `lo`.
std::string EncodeKeyBlock(int64_t lo, const std::vector<std::pair<int64_t, int64_t>>& pairs);

}  // namespace copydesk::archive
