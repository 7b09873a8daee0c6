// WARC 1.0/1.1 reading: records out of a .warc or .warc.gz file (one gzip member per record or
// the whole file gzipped), with the HTTP layer of response records decoded.
//
//   corpus::WarcReader warc;
//   Status s = warc.Open("crawl.warc.gz", {});
//   corpus::WarcRecord r;
//   for (;;) {
//     corpus::WarcReader::Got got = warc.Next(&r);
//     if (got == corpus::WarcReader::kEnd) break;
//     if (got == corpus::WarcReader::kDamaged) { warc.error() ...; continue; }   // resynchronized
//     if (got == corpus::WarcReader::kSkipped) { r.skip_reason ...; continue; }  // counted
//     r.payload ...;   // the page (HTML) or text, HTTP headers, chunking and gzip removed
//   }
//
// Streaming: one record's block is held at a time (at most max_record_bytes; a larger one is
// skipped as damaged without being held). A damaged record (no "WARC/1.x" line, a bad
// Content-Length, a block cut short) is reported with the byte offset of its start (in the
// decompressed stream for .gz files) and reading resumes at the next "WARC/1." line. In a
// .warc.gz, a corrupt gzip member is skipped to the next member (ByteStream): the record it held
// is reported damaged, with where the gzip data was damaged, and the records after it are read.
//
// Options (defaults):
//   max_record_bytes  64 MiB  larger records are skipped as damaged
//
// What becomes an article: `response` records of HTTP status 200 whose Content-Type is HTML
// (text/html, application/xhtml+xml), `resource` records of HTML or text, `conversion` records
// (text). Everything else (request, metadata, revisit, warcinfo, other statuses and types) is
// kSkipped with the reason, so that callers can count it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/gzip.h"
#include "corpus/status.h"

namespace copydesk::corpus {

struct WarcOptions {
  uint64_t max_record_bytes = 64ull << 20;
};

struct WarcRecord {
  std::string type;         // WARC-Type
  std::string record_id;    // WARC-Record-ID without its angle brackets ("urn:uuid:...")
  std::string target_uri;   // WARC-Target-URI
  std::string date;         // WARC-Date
  std::string content_type; // of the payload (the HTTP Content-Type for responses)
  std::string charset;      // the charset its Content-Type names, lower-cased, or ""
  bool html = false;        // the payload is HTML (else text)
  std::string payload;      // the decoded body
  uint64_t offset = 0;      // byte offset of the record's "WARC/" line
  std::string skip_reason;  // for kSkipped: "request record", "HTTP status 404", ...
};

class WarcReader {
 public:
  enum Got { kRecord, kSkipped, kDamaged, kEnd };

  // Opens `path` (plain or gzipped, by name).
  [[nodiscard]] Status Open(const std::string& path, const WarcOptions& options);
  // Opens bytes [begin, end) of the plain WARC file `path` (`begin` where a record starts:
  // WarcRecordStarts); offsets in records and messages are the file's.
  [[nodiscard]] Status Open(const std::string& path, const WarcOptions& options, uint64_t begin, uint64_t end);
  // Reads from `in` (not owned), named `name` in messages, `head` (already taken from it) first.
  void Attach(std::istream* in, std::string name, const WarcOptions& options, std::string head = "");
  // Reads the next record into `r`.
  Got Next(WarcRecord* r);
  // Returns what was damaged, with the file and byte offset, after kDamaged.
  const std::string& error() const { return error_; }

 private:
  bool Fill(size_t want);  // ensures buf_ holds `want` bytes from pos_ (false at the end)
  bool ReadLine(std::string_view* line);
  bool Resync();
  Got Damaged(uint64_t at, const std::string& why);

  ByteStream in_;
  std::string name_;
  WarcOptions options_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t buf_offset_ = 0;  // stream offset of buf_[0]
  bool eof_ = false;
  bool error_reported_ = false;
  std::string read_error_;  // what the byte stream reported (a .gz cut short)
  std::string gap_;         // damage the byte stream skipped (a .warc.gz's corrupt member), not yet reported
  uint64_t gap_from_ = UINT64_MAX;  // stream offset where the last corrupt gzip member's bytes began
  std::string error_;
};

// Returns where WarcReader, reading the plain (not gzipped) WARC file `path` from its start, is
// about to read each record (its blank lines before the "WARC/1.x" line included), found by
// walking the records' headers and Content-Length without reading their blocks. The walk stops
// at the first record WarcReader would find damaged (no version line, a bad or too large
// Content-Length, a block that does not end where its Content-Length says, headers longer than
// 64 KiB): that record's start is the last offset returned, and WarcReader's own resynchronizing
// decides what follows. A "WARC/1.0" inside a block is never taken for a record. Reading the
// file as byte ranges split at these offsets (WarcReader::Open with a range) gives the records
// of one reading, in order, with the same offsets.
[[nodiscard]] Result<std::vector<uint64_t>> WarcRecordStarts(const std::string& path, const WarcOptions& options);

// Returns true when `head` (the first bytes of a file) starts a WARC file.
bool LooksLikeWarc(std::string_view head);

// Decodes an HTTP message body: chunked transfer coding and gzip/deflate content coding.
// Returns an error naming what could not be decoded.
[[nodiscard]] Status DecodeHttpBody(std::string_view transfer_encoding,
                                    std::string_view content_encoding, uint64_t max_bytes,
                                    std::string* body);

}  // namespace copydesk::corpus
