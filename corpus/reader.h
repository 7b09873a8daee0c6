// Readers: turn files, directories and stdin into Article records, accounting for every one.
//
//   corpus::ReadOptions opts;
//   corpus::ReadReport report = corpus::ReadInputs({"corpus/samples", "-"}, opts);
//   for (const auto& a : report.articles) ...;          // good records, in a stable order
//   for (const auto& r : report.rejected) ...;          // "file:line: reason"
//
// Formats, chosen by file name (a trailing ".gz" is gunzipped first):
//   .txt .text (and any explicitly named file of another type)  one article, id = file stem
//   .html .htm                                               one page = one article, raw kept
//   .jsonl .ndjson, and "-" (stdin)                          one article per line: "id" and
//        "text" required; "title" "url" "source" "published" optional; other fields carried
//
// Options (defaults):
//   max_record_bytes  64 MiB   a larger file or JSONL line is rejected as too large
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

#include "corpus/article.h"

namespace copydesk::corpus {

struct ReadOptions {
  uint64_t max_record_bytes = 64ull << 20;
};

// A file found in a directory walk that is not an input format, listed so nothing vanishes.
struct SkippedFile {
  std::string path;
  std::string reason;
};

struct ReadReport {
  std::vector<Article> articles;
  std::vector<Rejection> rejected;
  std::vector<Rejection> warnings;   // records processed with a caveat (e.g. unknown charset)
  std::vector<SkippedFile> skipped;  // directory entries of other types (e.g. README.md)
  uint64_t records_read = 0;        // articles.size() + rejected.size()
  uint64_t repaired_records = 0;    // records whose invalid UTF-8 was replaced by U+FFFD
  uint64_t input_files = 0;
};

// Reads every input path (files, directories recursively in sorted order, "-" for JSONL on
// `stdin_stream`). Never fails as a whole: each problem becomes a Rejection naming file:line.
ReadReport ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                      std::istream* stdin_stream = nullptr);

// Parses JSONL `data` (named `file` in messages) into `report`.
void ReadJsonl(const std::string& file, std::string data, const ReadOptions& options,
               ReadReport* report);

}  // namespace copydesk::corpus
