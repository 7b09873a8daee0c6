// Whole-file and streamed reads, transparently gunzipping `.gz` files, bounded in size.
//
//   Result<std::string> bytes = corpus::ReadFileBytes("day1.txt.gz", 64 << 20);
//
// Only regular files and pipes are read: a device (/dev/zero, /dev/urandom), a socket or a
// directory is an error naming the path. A pipe (FIFO) with no writer reads as empty instead of
// blocking. Sizes are checked while reading and decompressing, never after: a gzip bomb or a
// huge sparse file is refused after at most `max_bytes` + 1 bytes. A gzip stream cut short is an
// error ("unexpected end of file"), even when it was cut at a line boundary.
#pragma once

#include <cstdint>
#include <cstdio>
#include <istream>
#include <limits>
#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::corpus {

// Returns the bytes of `path`, decompressed when its name ends in ".gz", or an error when it
// cannot be read, is not a regular file or pipe, is corrupt or truncated, or holds more than
// `max_bytes` bytes (after decompression).
Result<std::string> ReadFileBytes(const std::string& path,
                                  uint64_t max_bytes = std::numeric_limits<uint64_t>::max());

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
  // Opens `path` (a regular file or a pipe); a name ending in ".gz" is gunzipped as it is read.
  [[nodiscard]] Status Open(const std::string& path);
  // Opens bytes [begin, end) of the plain (not gzipped) file `path`: reads end at `end`.
  [[nodiscard]] Status Open(const std::string& path, uint64_t begin, uint64_t end);
  // Reads from `in` (not owned), named `name` in messages; `head` (bytes already taken from
  // `in`, e.g. to sniff its format) is read first.
  void Attach(std::istream* in, std::string name, std::string head = "");
  // Returns the number of bytes read into `buf` (0 at the end), or what failed and where
  // (a gzip stream that ends early is an error, not an end). Damage inside a gzip file is
  // handed out as an error after the bytes before it; when another gzip member follows the
  // damage, `resumes()` is true and the next Read goes on with that member.
  [[nodiscard]] Result<size_t> Read(char* buf, size_t n);
  // After an error from Read: true when what was lost is behind and reading goes on.
  bool resumes() const;
  // After an error from Read: the offset in the decompressed bytes where the corrupt gzip
  // member began (UINT64_MAX when none was); the bytes read from it before the error may be
  // wrong (a member can inflate to its end and fail only its check).
  uint64_t damaged_from() const;
  // Returns true when offsets in the stream are offsets in the file (a plain file).
  bool seekable() const { return file_ != nullptr; }
  // Returns the number of bytes read so far (decompressed).
  uint64_t bytes_read() const { return done_; }

 private:
  std::string name_;
  std::FILE* file_ = nullptr;
  void* gz_ = nullptr;  // a gzip.cc GzipReader: members read in turn, damage between them an error
  std::istream* in_ = nullptr;
  uint64_t done_ = 0;
  uint64_t left_ = std::numeric_limits<uint64_t>::max();  // bytes of file_ left in the range
  std::string head_;  // bytes to hand out before reading in_
  size_t head_pos_ = 0;
};

// Reads `length` bytes at `offset` of the plain file `path`.
[[nodiscard]] Result<std::string> ReadFileRange(const std::string& path, uint64_t offset,
                                                uint64_t length);

// Returns `name` without a trailing ".gz".
std::string_view StripGzSuffix(std::string_view name);

// Opens `path` for reading if it is a regular file or a pipe; returns the descriptor, or an
// error naming what it is ("a character device") and the path. `*regular_size` gets the size
// of a regular file, or -1 for a pipe.
[[nodiscard]] Result<int> OpenInputFile(const std::string& path, int64_t* regular_size);

}  // namespace copydesk::corpus
