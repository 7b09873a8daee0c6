// Varint: the LEB128 unsigned integers of the archive's blobs (docs/archive.md), 7 bits a byte,
// low bits first, the high bit set on every byte but the last.
#pragma once

#include <cstdint>
#include <string>

namespace copydesk::archive {

// Appends `v` to `out`.
inline void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

}  // namespace copydesk::archive
