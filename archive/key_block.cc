#include "archive/key_block.h"

#include "archive/varint.h"

namespace copydesk::archive {

namespace {

bool GetVarint(const unsigned char** p, const unsigned char* end, uint64_t* v) {
  uint64_t x = 0;
  for (int shift = 0; shift < 64 && *p < end; shift += 7) {
    const unsigned char b = *(*p)++;
    x |= static_cast<uint64_t>(b & 0x7f) << shift;
    if ((b & 0x80) == 0) {
      *v = x;
      return true;
    }
  }
  return false;
}

}  // namespace

void KeyBlockBuilder::Add(int64_t key, int64_t article) {
  if (pairs_ == 0) {
    lo_ = key;
    last_ = key;
  }
  PutVarint(static_cast<uint64_t>(key) - static_cast<uint64_t>(last_), &data_);
  PutVarint(static_cast<uint64_t>(article), &data_);
  last_ = key;
  ++pairs_;
}

bool DecodeKeyBlock(int64_t lo, std::string_view data, std::vector<std::pair<int64_t, int64_t>>* out) {
  auto p = reinterpret_cast<const unsigned char*>(data.data());
  const unsigned char* end = p + data.size();
  uint64_t key = static_cast<uint64_t>(lo);
  while (p < end) {
    uint64_t delta = 0, article = 0;
    if (!GetVarint(&p, end, &delta) || !GetVarint(&p, end, &article)) return false;
    key += delta;
    out->emplace_back(static_cast<int64_t>(key), static_cast<int64_t>(article));
  }
  return true;
}

std::string EncodeKeyBlock(int64_t lo, const std::vector<std::pair<int64_t, int64_t>>& pairs) {
  std::string data;
  uint64_t last = static_cast<uint64_t>(lo);
  for (const auto& [key, article] : pairs) {
    PutVarint(static_cast<uint64_t>(key) - last, &data);
    PutVarint(static_cast<uint64_t>(article), &data);
    last = static_cast<uint64_t>(key);
  }
  return data;
}

}  // namespace copydesk::archive
