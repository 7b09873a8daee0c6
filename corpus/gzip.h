// Whole-file and streamed reads, transparently gunzipping `.gz` files.
//
//   Result<std::string> bytes = corpus::ReadFileBytes("day1.jsonl.gz");
#pragma once

#include <cstdint>
#include <cstdio>
#include <istream>
#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::corpus {

// Returns the bytes of `path`, decompressed when its name ends in ".gz".
Result<std::string> ReadFileBytes(const std::string& path);

// Reads a plain or gzip-compressed file, or an istream, a block at a time.
//
//   corpus::ByteStream in;
//   Status s = in.Open("feed.jsonl.gz");          // or in.Attach(&std::cin, "<stdin>")
//   char buf[1 << 16];
//   for (;;) { Result<size_t> n = in.Read(buf, sizeof buf); if (!n.ok() || n.value() == 0) break; }
class ByteStream {
 public:
  ByteStream() = default;
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;
  ~ByteStream();
  // Opens `path`; a name ending in ".gz" is gunzipped as it is read.
  [[nodiscard]] Status Open(const std::string& path);
  // Reads from `in` (not owned), named `name` in messages.
  void Attach(std::istream* in, std::string name);
  // Returns the number of bytes read into `buf` (0 at the end), or what failed and where.
  [[nodiscard]] Result<size_t> Read(char* buf, size_t n);
  // Returns true when offsets in the stream are offsets in the file (a plain file).
  bool seekable() const { return file_ != nullptr; }

 private:
  std::string name_;
  std::FILE* file_ = nullptr;
  void* gz_ = nullptr;  // gzFile
  std::istream* in_ = nullptr;
  uint64_t done_ = 0;
};

// Reads `length` bytes at `offset` of the plain file `path`.
[[nodiscard]] Result<std::string> ReadFileRange(const std::string& path, uint64_t offset,
                                                uint64_t length);

// Returns `name` without a trailing ".gz".
std::string_view StripGzSuffix(std::string_view name);

}  // namespace copydesk::corpus
