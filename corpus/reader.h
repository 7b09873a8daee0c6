// Readers: turn files, directories and stdin into Article records, accounting for every one.
//
//   corpus::ReadOptions opts;
//   corpus::ReadReport report = corpus::ReadInputs({"corpus/samples", "-"}, opts);
//   for (const auto& a : report.articles) ...;          // good records, in a stable order
//   for (const auto& r : report.rejected) ...;          // "file:line: reason"
//
// Or a batch at a time, in bounded memory:
//
//   corpus::Reader reader({"feed.jsonl"}, opts, &std::cin);
//   std::vector<corpus::Article> batch;
//   while (reader.Next(64 << 20, &batch)) { ...; batch.clear(); }
//   Result<Article> again = corpus::ReadAgain(batch_article.origin, opts);  // files only
//
// Formats, chosen by file name (a trailing ".gz" is gunzipped first):
//   .txt .text (and any explicitly named file of another type)  one article, id = file stem
//        (in a directory: the path below it without extension, "siteA/2025/index"; a second
//        file with the same id is kept as "id#2", with a warning naming both)
//   .html .htm                                               one page = one article, raw kept
//   .warc (WARC 1.0/1.1, optionally .gz)                    one HTML response/resource/conversion
//        record = one article: id = WARC-Record-ID, url = WARC-Target-URI, crawled = WARC-Date
//        (the page's own date wins); other records counted in skipped_records (corpus/warc.h)
//   .jsonl .ndjson, and "-" (stdin)                          one article per line: "text"
//        required; "id" (else derived from the file and line, "feed-17"), "title" "url"
//        "source" "published" optional (names set by ReadOptions::fields; other tools'
//        layouts recognized, see JsonlFields); other fields carried
//
// Options (defaults):
//   max_record_bytes  64 MiB   a larger file (after decompression) or JSONL line is rejected
//                              as too large, checked while reading; a JSONL line longer than
//                              twice this with no end stops the reading of its file
//   max_bad_lines     1000     this many rejected JSONL lines in a row, with none accepted in
//                              between, stop the reading of that file ("is it JSONL?")
//   follow_links      false    a directory walk follows symbolic links that lead out of the
//                              input tree (links inside it are always read)
//
// Only regular files and pipes are read. Directory entries that are not read (other formats,
// devices, dangling links, link loops, links out of the tree) are listed in `skipped` with why.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/article.h"
#include "corpus/progress.h"
#include "corpus/status.h"

namespace copydesk::corpus {

// The JSONL field each Article field is read from (flags --text-field ... --source-field).
// Besides these, the layouts of other tools are recognized when the named field is absent:
// news-please (maintext, date_publish), trafilatura (text, date, source = the page's URL),
// datatrove and Dolma (text, id, metadata.{url,date,title,source}, created).
struct JsonlFields {
  std::string text = "text";
  std::string id = "id";
  std::string url = "url";
  std::string date = "published";
  std::string title = "title";
  std::string source = "source";
};

struct ReadOptions {
  // What "-" (stdin) holds: "auto" (sniffed from its first bytes: "WARC/1." is WARC, "{" JSONL,
  // "<" HTML, anything else plain text), "jsonl", "warc", "html" or "text".
  std::string stdin_format = "auto";
  uint64_t max_record_bytes = 64ull << 20;
  JsonlFields fields;
  uint64_t max_bad_lines = 1000;
  Progress* progress = nullptr;  // when set, records and bytes read are counted there
  bool follow_links = false;
  // A file the command writes (its -o): skipped, with a reason, when a directory walk finds it.
  std::string output_file;
  // When set, Reader returns the n-th accepted article (0-based, in read order) only when
  // keep(n); the others count as read (ids, rejections, batch sizes) and are dropped at once.
  // The distributed driver's ranks keep their shares this way (distributed/mpi_dedup.h).
  std::function<bool(uint64_t)> keep;
  // When false, ids are not checked for duplicates (the caller does, across readers: the
  // distributed driver reads each file with a Reader of its own).
  bool check_ids = true;
};

// One file Reader reads, as listing the inputs finds it (ListInputs), or a byte range of a
// plain WARC file.
struct InputFile {
  InputFile() = default;  // (not an aggregate: Reader({"feed.jsonl"}, ...) names inputs)
  std::string path;
  std::string root;  // the directory input it was found in (ids of text and HTML files are the
                     // path below it), or "" for a file named as an input
  // For a plain .warc file: the bytes read, from a record's start (corpus::WarcRecordStarts);
  // records are numbered from 1 in the range.
  uint64_t begin = 0, end = UINT64_MAX;
  // Listing's own report entries (ReadReport::rejected and warnings: an input that does not
  // exist, an unknown extension) that come before this file's records: the first this many.
  size_t rejected_before = 0, warnings_before = 0;
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
  std::map<std::string, uint64_t> skipped_records;  // WARC records not read, by reason
  uint64_t records_read = 0;        // articles.size() + rejected.size()
  uint64_t repaired_records = 0;    // records whose invalid UTF-8 was replaced by U+FFFD
  uint64_t input_files = 0;
};

// Streams the records of `inputs` in the order ReadInputs gives them.
class Reader {
 public:
  Reader(std::vector<std::string> inputs, ReadOptions options, std::istream* stdin_stream = nullptr);
  // Reads the one file `file` (from ListInputs) as Reader reads it among the inputs it was
  // listed from; input_files counts it.
  Reader(const InputFile& file, ReadOptions options);
  ~Reader();
  Reader(const Reader&) = delete;
  Reader& operator=(const Reader&) = delete;
  // Appends the next articles to `out`, about `max_bytes` of text (at least one article while
  // any is left). Returns false when the inputs hold no more articles. With ReadOptions::keep,
  // the batch is the same and only the kept articles are appended. `*bytes_read` (when given)
  // gets the text bytes the call counted against `max_bytes`: reading a batch of B bytes in
  // calls of at most B minus what the earlier calls counted ends the batch where one call would.
  bool Next(size_t max_bytes, std::vector<Article>* out, size_t* bytes_read = nullptr);
  // Returns the number of articles accepted so far (kept or not by ReadOptions::keep).
  uint64_t accepted() const { return accepted_; }
  // Lists the files the inputs hold instead of reading them, in read order ("-" is left out):
  // report() gets what listing finds (inputs that do not exist, unreadable directories, unknown
  // extensions, skipped directory entries, input_files).
  std::vector<InputFile> List();
  // Returns the rejections, warnings, skipped files and counts so far (`articles` stays empty).
  const ReadReport& report() const { return report_; }
  ReadReport TakeReport() { return std::move(report_); }

 private:
  struct Stream;
  bool OpenNextFile(std::vector<Article>* out, size_t* bytes);
  bool NextLine(std::string_view* line, uint64_t* offset);
  void Accept(Article a, std::vector<Article>* out, size_t* bytes);
  void Walk(const std::string& root);
  void Resolve(const std::string& input);
  void NextWarcRecord(std::vector<Article>* out, size_t* bytes);
  void OpenStdin(std::vector<Article>* out, size_t* bytes);

  std::vector<std::string> inputs_;
  ReadOptions options_;
  std::istream* stdin_;
  size_t next_input_ = 0;
  std::vector<std::string> files_;  // of the current directory input
  std::string files_root_;          // that directory ("" for a file named as an input)
  size_t next_file_ = 0;
  uint64_t range_begin_ = 0, range_end_ = UINT64_MAX;  // of a WARC file (InputFile)
  std::unique_ptr<Stream> stream_;  // the JSONL file being read
  uint64_t bad_lines_ = 0;          // rejected lines in a row in the current stream
  uint64_t accepted_ = 0;           // articles accepted so far
  ReadReport report_;
  // The ids seen so far and where each was first read (file and line), compactly: about 50
  // bytes an id (an unordered_map of strings and Origins took ~170).
  class IdSet;
  std::unique_ptr<IdSet> seen_;
  std::unordered_map<std::string, int> next_suffix_;  // per id renamed "id#n": the n to try next
  // The files listed so far (device and inode, with the path first listed): a file named twice,
  // or named and also inside a directory named, is read once.
  std::map<std::pair<uint64_t, uint64_t>, std::string> listed_;
  bool stdin_listed_ = false;  // "-" named already: a second one is skipped (stdin reads once)
};

// Parses JSONL lines one at a time exactly as Reader does (for readers of byte ranges of a file:
// the distributed driver, distributed/mpi_dedup.h). Parse takes one line without its newline
// (and without the byte order mark of a file's first line), its 1-based line number in `file`
// and its byte offset there; returns 1 and fills `a` for an article (its id derived from the
// file and line when it has none), 0 for a blank line, -1 when the line is rejected (the
// rejection appended to report->rejected, counted in report->records_read). Ids are not checked
// for duplicates here (Reader does that across records).
class JsonlLineParser {
 public:
  JsonlLineParser();
  ~JsonlLineParser();
  JsonlLineParser(const JsonlLineParser&) = delete;
  JsonlLineParser& operator=(const JsonlLineParser&) = delete;
  int Parse(const std::string& file, uint64_t line_no, uint64_t offset, std::string_view line,
            const ReadOptions& options, ReadReport* report, Article* a);

 private:
  struct Context;
  std::unique_ptr<Context> ctx_;
};

// Returns the id Reader gives a JSONL record that has none: the file's stem and the line
// ("feed-17").
std::string DerivedJsonlId(const std::string& file, uint64_t line);

// The warning on the first line of a JSONL file that was not valid UTF-8 (its bytes replaced by
// U+FFFD, counted in repaired_utf8): the MPI driver gives it at the same line.
inline constexpr char kRepairedJsonlWarning[] =
    "not valid UTF-8: bytes replaced by U+FFFD (JSONL is read as UTF-8: is this file in another encoding, such "
    "as windows-1252? its later lines so repaired are counted in repaired_utf8, not named)";

// Returns true when ReadAgain can fetch the record at `origin` (files; not stdin).
bool CanReadAgain(const Origin& origin);

// Reads again the article Reader gave with `origin`, byte for byte as the first time.
[[nodiscard]] Result<Article> ReadAgain(const Origin& origin, const ReadOptions& options);

// Reads every input path (files, directories recursively in sorted order, "-" for JSONL on
// `stdin_stream`). Never fails as a whole: each problem becomes a Rejection naming file:line.
ReadReport ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                      std::istream* stdin_stream = nullptr);

// Parses JSONL `data` (named `file` in messages) into `report`.
void ReadJsonl(const std::string& file, std::string data, const ReadOptions& options,
               ReadReport* report);

// Reads `data`, the (gunzipped) bytes of the text or HTML file `file`, into `report` as
// ReadInputs reads that file: one article (id = file stem, HTML by name) or one rejection.
void ReadWholeFileBytes(const std::string& file, std::string data, const ReadOptions& options,
                        ReadReport* report);

}  // namespace copydesk::corpus
