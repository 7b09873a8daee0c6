// UTF-8 validation and repair.
//
//   std::string s = "caf\xE9";
//   uint64_t bad = corpus::RepairUtf8(&s);   // s == "caf\uFFFD", bad == 1
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace copydesk::corpus {

// Returns true when `s` is valid UTF-8 (fast, SIMD through simdjson).
bool IsValidUtf8(std::string_view s);

// Replaces each maximal invalid subsequence in `s` with U+FFFD (as the Unicode standard's
// "substitution of maximal subparts" recommends); returns how many were replaced.
uint64_t RepairUtf8(std::string* s);

// Returns the largest n <= max_bytes such that s.substr(0, n) does not end inside a UTF-8
// sequence: a cut at n keeps whole characters (for valid UTF-8; invalid bytes count as one).
size_t Utf8PrefixLength(std::string_view s, size_t max_bytes);

}  // namespace copydesk::corpus
