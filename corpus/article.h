// Article: the record every stage passes on, from the readers to the writers.
//
//   corpus::Article a;
//   a.id = "wire-001"; a.raw = "MOSCOW, Aug 28 (Reuters) - ...";
//   a.format = corpus::Format::kText;
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace copydesk::corpus {

enum class Format { kText, kHtml, kJsonl };

// Returns "text", "html" or "jsonl".
const char* FormatName(Format f);

// Where a record came from: a file and a 1-based line (0 for whole-file records).
struct Origin {
  std::string file;
  uint64_t line = 0;
  uint64_t offset = 0;  // byte offset of a JSONL line in its file (to read it again)
  uint64_t length = 0;  // bytes of that line, without its newline
  // Returns "file:line", or "file" when line is 0.
  std::string ToString() const;
};

struct Article {
  std::string id;
  std::string source;     // outlet or feed name when known
  std::string url;
  std::string title;
  std::string published;  // as given (ISO 8601 preferred)
  std::string crawled;    // when the page was fetched (WARC-Date): the date if the page has none
  std::string byline;     // filled by the normalizers
  std::string dateline;   // filled by the normalizers
  std::string credit;     // wire credit, filled by the normalizers
  std::vector<std::string> paragraphs;  // filled by the normalizers
  std::string raw;        // the text or HTML as read (UTF-8, repaired)
  Format format = Format::kText;
  Origin origin;
  // The id was made from where the record was read (a file's name or path, "feed-17", "stdin"),
  // not given in it: another day's file of that name gives another story the same id.
  bool id_derived = false;
  uint64_t repaired_bytes = 0;  // invalid UTF-8 sequences replaced by U+FFFD
  // JSONL fields copydesk does not use, carried through as (key, raw JSON value).
  std::vector<std::pair<std::string, std::string>> extra;
};

// A record that was read but could not be processed.
struct Rejection {
  Origin origin;
  std::string id;      // when known
  std::string reason;  // one line, says what is wrong
};

}  // namespace copydesk::corpus
