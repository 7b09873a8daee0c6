#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include <unistd.h>

#include "corpus/charset.h"
#include "corpus/reader.h"
#include "corpus/utf8.h"
#include "corpus/warc.h"

using namespace copydesk::corpus;
namespace fs = std::filesystem;

namespace {
fs::path TempDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("copydesk_reader_" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
void Write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }
}  // namespace

TEST_CASE("bad records are rejected with file:line and the rest is read", "[corpus]") {
  fs::path d = TempDir("bad");
  Write(d / "feed.jsonl",
        "{\"id\":\"a\",\"text\":\"Good one.\",\"desk\":{\"x\":1}}\n"
        "{\"id\":\"b\",\"text\": broken\n"
        "{\"id\":\"c\",\"title\":\"no text\"}\n"
        "{\"id\":\"a\",\"text\":\"Same id again.\"}\n");
  Write(d / "bad_utf8.txt", std::string("Caf\xC3\xA9 cr\xC3\xA8me: caf\xE9 prices rose 5%."));
  Write(d / "empty.txt", "  \n");
  Write(d / "binary.txt", std::string("abc\0def", 7));
  Write(d / "notes.md", "not an input");
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 2);  // a, bad_utf8
  CHECK(r.records_read == 7);
  REQUIRE(r.rejected.size() == 5);
  auto has = [&](const std::string& where, const std::string& what) {
    for (const auto& x : r.rejected)
      if (x.origin.ToString().find(where) != std::string::npos && x.reason.find(what) != std::string::npos) return true;
    return false;
  };
  CHECK(has("feed.jsonl:2", "malformed JSON"));
  CHECK(has("feed.jsonl:3", "missing required field \"text\""));
  CHECK(has("feed.jsonl:4", "duplicate id \"a\""));
  CHECK(has("empty.txt", "empty"));
  CHECK(has("binary.txt", "binary file"));
  CHECK(r.skipped.size() == 1);
  CHECK(r.repaired_records == 1);
  for (const auto& a : r.articles) {
    if (a.id == "bad_utf8") CHECK(a.raw == "Caf\xC3\xA9 cr\xC3\xA8me: caf\xEF\xBF\xBD prices rose 5%.");
    if (a.id == "a") {
      REQUIRE(a.extra.size() == 1);
      CHECK(a.extra[0].first == "desk");
      CHECK(a.extra[0].second == "{\"x\":1}");
    }
  }
}

TEST_CASE("a page with stray NUL bytes deep inside is read, a file with one near its start is binary", "[corpus]") {
  fs::path d = TempDir("nul");
  std::string page = "<html><body><p>" + std::string(9000, 'x') + "</p><p>Stray";
  page += std::string(3, '\0');
  page += "bytes after a banner.</p></body></html>";
  Write(d / "page.html", page);
  std::string pdf = "%PDF-1.4\n";
  pdf += std::string(1, '\0');
  pdf += std::string(20000, 'y');
  Write(d / "scan.txt", pdf);
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].id == "page");
  CHECK(r.articles[0].raw.find('\0') == std::string::npos);
  CHECK(r.articles[0].raw.find("Stray   bytes") != std::string::npos);  // one space a byte: offsets stay
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].reason.find("binary file: NUL byte at offset 9") != std::string::npos);
  bool warned = false;
  for (const auto& w : r.warnings) warned |= w.reason.find("replaced 3 NUL byte(s) with spaces, the first at offset") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("a missing path is a rejection, not a crash", "[corpus]") {
  ReadReport r = ReadInputs({"/nonexistent/copydesk/path"}, ReadOptions{});
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].reason.find("no such file") != std::string::npos);
}

TEST_CASE("stdin is read as JSONL", "[corpus]") {
  std::istringstream in("{\"id\":7,\"text\":\"Numbers as ids work.\"}\n\n");
  ReadReport r = ReadInputs({"-"}, ReadOptions{}, &in);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].id == "7");
  CHECK(r.articles[0].origin.ToString() == "<stdin>:1");
  // gzip on stdin is named, not read as binary text.
  std::istringstream gz(std::string("\x1F\x8B\x08\x00\x00\x00\x00\x00", 8));
  ReadReport g = ReadInputs({"-"}, ReadOptions{}, &gz);
  REQUIRE(g.rejected.size() == 1);
  CHECK(g.rejected[0].reason.find("gzip") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is repaired by maximal subparts", "[corpus]") {
  std::string s = "a\xF0\x9F\x98" "b\xC3\xA9";
  CHECK(RepairUtf8(&s) == 1);
  CHECK(s == "a\xEF\xBF\xBD" "b\xC3\xA9");
}

TEST_CASE("missing id, corrupt gzip and an unknown charset are named", "[corpus]") {
  fs::path d = TempDir("more");
  Write(d / "noid.jsonl", "{\"text\":\"No id here.\"}\n");
  Write(d / "broken.txt.gz", std::string("\x1f\x8b\x08\x00garbage-not-deflate", 22));
  Write(d / "odd.html", std::string("<meta charset=\"x-no-such-charset\"><p>Cr\xC3\xA8me caf\xE9</p>"));
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  auto has = [&](const std::vector<Rejection>& v, const std::string& where, const std::string& what) {
    for (const auto& x : v)
      if (x.origin.ToString().find(where) != std::string::npos && x.reason.find(what) != std::string::npos) return true;
    return false;
  };
  CHECK_FALSE(has(r.rejected, "noid.jsonl:1", ""));  // no id: derived from file and line
  CHECK(has(r.rejected, "broken.txt.gz", "corrupt or truncated gzip"));
  CHECK(has(r.warnings, "odd.html", "x-no-such-charset"));
  REQUIRE(r.articles.size() == 2);  // the page is still read, as repaired UTF-8
  CHECK(r.articles[0].id == "noid-1");
  CHECK(r.articles[1].raw.find("caf\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("the declared charset is the first <meta> that declares one, in the first 4 KiB", "[corpus]") {
  CHECK(DeclaredCharset("<meta charset=\"ISO-8859-1\">") == "iso-8859-1");
  CHECK(DeclaredCharset("<meta charset=\"utf-16\">").empty());  // an ASCII <meta> is in no UTF-16 page
  CHECK(DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-16LE\">").empty());
  CHECK(DeclaredCharset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=Windows-1252\">") ==
        "windows-1252");
  // The first <meta> declares none: the second's, not a later one's.
  CHECK(DeclaredCharset("<meta name=\"x\"><MeTa charset = ' koi8-r '><meta charset=utf-8>") == "koi8-r");
  // Within one tag only, and at most 200 characters between "<meta" and "charset".
  CHECK(DeclaredCharset("<meta name=\"x\">charset=latin1") == "");
  CHECK(DeclaredCharset("<meta " + std::string(199, 'a') + "charset=gbk>") == "gbk");
  CHECK(DeclaredCharset("<meta " + std::string(201, 'a') + "charset=gbk>") == "");
  CHECK(DeclaredCharset("<metacharset=big5>") == "big5");
  CHECK(DeclaredCharset("<meta charset=>") == "");
  CHECK(DeclaredCharset(std::string(4090, ' ') + "<meta charset=utf-8>") == "");
  CHECK(DeclaredCharset("<p>no meta</p>") == "");
}

TEST_CASE("reading in batches gives what one read gives, and each record can be read again", "[corpus]") {
  fs::path d = TempDir("batches");
  std::string feed;
  for (int i = 0; i < 50; ++i)
    feed += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"Story number " + std::to_string(i) +
            " says exports rose " + std::to_string(i) + "%.\"}\r\n";
  feed += "{\"id\":\"bad\",\"text\":\"caf\xE9 au lait\"}";  // last line without newline, bad UTF-8
  Write(d / "feed.jsonl", feed);
  Write(d / "page.html", "<html><body><p>A page about grain prices rising 4% in May.</p></body></html>");
  ReadReport whole = ReadInputs({d.string()}, ReadOptions{});
  Reader reader({d.string()}, ReadOptions{});
  std::vector<Article> got, batch;
  size_t batches = 0;
  while (reader.Next(100, &batch)) {  // ~2 records per batch
    ++batches;
    for (auto& a : batch) got.push_back(std::move(a));
    batch.clear();
  }
  CHECK(batches > 10);
  REQUIRE(got.size() == whole.articles.size());
  REQUIRE(got.size() == 52);
  CHECK(reader.report().records_read == whole.records_read);
  CHECK(reader.report().repaired_records == 1);
  for (size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].id == whole.articles[i].id);
    CHECK(got[i].raw == whole.articles[i].raw);
    REQUIRE(CanReadAgain(got[i].origin));
    copydesk::Result<Article> again = ReadAgain(got[i].origin, ReadOptions{});
    REQUIRE(again.ok());
    CHECK(again.value().id == got[i].id);
    CHECK(again.value().raw == got[i].raw);
    CHECK(again.value().origin.line == got[i].origin.line);
  }
  CHECK_FALSE(CanReadAgain(Origin{"<stdin>", 3, 0, 10}));
  CHECK_FALSE(CanReadAgain(Origin{"feed.jsonl.gz", 3, 0, 10}));
}

TEST_CASE("a batch read in pieces ends where one read of the batch ends", "[corpus]") {
  // pipeline::StreamDedup reads its batches in pieces, each call asking for at most what the
  // batch still lacks (the bytes the calls before counted): the batches must be the same.
  fs::path d = TempDir("pieces");
  std::string feed, other;
  for (int i = 0; i < 60; ++i) {
    std::string text(static_cast<size_t>(5 + (i * 37) % 90), static_cast<char>('a' + i % 26));
    (i % 3 == 0 ? other : feed) += "{\"id\":\"p" + std::to_string(i) + "\",\"text\":\"" + text + "\"}\n";
    if (i % 11 == 0) feed += "not json\n";
  }
  Write(d / "a.jsonl", feed);
  Write(d / "b.jsonl", other);
  for (size_t batch_bytes : {40, 150, 333, 1000}) {
    for (size_t piece : {1, 7, 64, 500}) {
      Reader whole({d.string()}, ReadOptions{}), pieces({d.string()}, ReadOptions{});
      std::vector<std::vector<std::string>> by_whole, by_pieces;
      std::vector<Article> batch;
      while (whole.Next(batch_bytes, &batch)) {
        by_whole.emplace_back();
        for (const Article& a : batch) by_whole.back().push_back(a.id);
        batch.clear();
      }
      size_t in_batch = 0;
      std::vector<std::string> current;
      for (;;) {
        size_t got = 0;
        const bool more = pieces.Next(std::min(piece, batch_bytes - in_batch), &batch, &got);
        for (const Article& a : batch) current.push_back(a.id);
        batch.clear();
        in_batch += got;
        if (!more || in_batch >= batch_bytes) {
          if (!current.empty()) by_pieces.push_back(std::move(current));
          current.clear();
          in_batch = 0;
        }
        if (!more) break;
      }
      INFO("batch " << batch_bytes << " piece " << piece);
      CHECK(by_pieces == by_whole);
      CHECK(pieces.report().rejected.size() == whole.report().rejected.size());
    }
  }
}

TEST_CASE("a line over the size limit is rejected without being held, and reading goes on", "[corpus]") {
  fs::path d = TempDir("longline");
  std::string big(20 << 20, 'x');  // 20 MB: longer than one read block
  Write(d / "feed.jsonl", "{\"id\":\"a\",\"text\":\"First.\"}\n{\"id\":\"big\",\"text\":\"" + big +
                              "\"}\n{\"id\":\"c\",\"text\":\"Third.\"}\n");
  ReadOptions o;
  o.max_record_bytes = 1 << 20;
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, o);
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[1].id == "c");
  CHECK(r.articles[1].origin.line == 3);
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].origin.line == 2);
  CHECK(r.rejected[0].reason.find("too large") != std::string::npos);
  copydesk::Result<Article> again = ReadAgain(r.articles[1].origin, o);
  REQUIRE(again.ok());
  CHECK(again.value().raw == "Third.");
}

TEST_CASE("other tools' JSONL layouts and renamed fields are read", "[corpus]") {
  fs::path d = TempDir("layouts");
  Write(d / "tools.jsonl",
        "{\"title\":\"T\",\"maintext\":\"News-please text.\",\"date_publish\":\"2025-08-28 10:00:00\",\"url\":\"http://a/b\"}\n"
        "{\"text\":\"Trafilatura text.\",\"date\":\"2025-08-27\",\"source\":\"https://x.com/y\"}\n"
        "{\"id\":\"d1\",\"text\":\"Dolma text.\",\"metadata\":{\"url\":\"https://d.org/1\",\"date\":\"2025-01-01\"},\"created\":\"2024\"}\n");
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 3);
  CHECK(r.articles[0].id == "tools-1");
  CHECK(r.articles[0].raw == "News-please text.");
  CHECK(r.articles[0].published == "2025-08-28 10:00:00");
  CHECK(r.articles[1].url == "https://x.com/y");
  CHECK(r.articles[1].published == "2025-08-27");
  CHECK(r.articles[2].id == "d1");
  CHECK(r.articles[2].url == "https://d.org/1");
  CHECK(r.articles[2].published == "2025-01-01");
  Write(d / "tools.jsonl", "{\"uid\":\"u1\",\"body\":\"Custom text.\",\"when\":\"2025-02-02\"}\n");
  ReadOptions o;
  o.fields.text = "body";
  o.fields.id = "uid";
  o.fields.date = "when";
  ReadReport c = ReadInputs({d.string()}, o);
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].id == "u1");
  CHECK(c.articles[0].published == "2025-02-02");
}

TEST_CASE("files in folders are named by their path, and same-named files both stay", "[corpus]") {
  fs::path d = TempDir("paths");
  fs::create_directories(d / "siteA" / "2025");
  fs::create_directories(d / "siteB");
  Write(d / "siteA" / "2025" / "index.html", "<html><body><p>Prices rose 5% in May.</p></body></html>");
  Write(d / "siteB" / "index.html", "<html><body><p>Prices rose 6% in May.</p></body></html>");
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].id == "siteA/2025/index");
  CHECK(r.articles[1].id == "siteB/index");
  ReadReport named = ReadInputs({(d / "siteA" / "2025" / "index.html").string(),
                                 (d / "siteB" / "index.html").string()}, ReadOptions{});
  REQUIRE(named.articles.size() == 2);
  CHECK(named.articles[0].id == "index");
  CHECK(named.articles[1].id == "index#2");
  REQUIRE(named.warnings.size() == 1);
  CHECK(named.warnings[0].reason.find("siteA/2025/index.html") != std::string::npos);
}

TEST_CASE("lines that cross read boundaries keep their text and offsets", "[corpus]") {
  // Lines of many lengths, over 1 MB in all: reads start small and grow, so lines straddle
  // several read boundaries; the last line has no newline.
  fs::path d = TempDir("boundaries");
  std::string feed;
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) {
    std::string text(static_cast<size_t>((i * 7919) % 900 + 1), static_cast<char>('a' + i % 26));
    if (i % 5 == 0) feed += "\r\n";  // blank lines and CRLF in between
    feed += "{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"" + text + "\"}";
    if (i + 1 < 3000) feed += i % 3 == 0 ? "\r\n" : "\n";
    texts.push_back(std::move(text));
  }
  REQUIRE(feed.size() > (1u << 20));
  Write(d / "feed.jsonl", feed);
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  REQUIRE(r.rejected.empty());
  REQUIRE(r.articles.size() == texts.size());
  for (size_t i = 0; i < texts.size(); i += 37) {
    const Article& a = r.articles[i];
    CHECK(a.id == "r" + std::to_string(i));
    CHECK(a.raw == texts[i]);
    REQUIRE(CanReadAgain(a.origin));
    copydesk::Result<Article> again = ReadAgain(a.origin, ReadOptions{});
    REQUIRE(again.ok());
    CHECK(again.value().raw == texts[i]);
  }
  ReadReport from_memory;
  ReadJsonl("feed.jsonl", feed, ReadOptions{}, &from_memory);
  REQUIRE(from_memory.articles.size() == texts.size());
  CHECK(from_memory.articles.back().raw == texts.back());
  CHECK(from_memory.articles.back().origin.line == r.articles.back().origin.line);
  CHECK(from_memory.articles.back().origin.offset == r.articles.back().origin.offset);
}

TEST_CASE("whole-file bytes read from memory read as the file does", "[corpus]") {
  fs::path d = TempDir("bytes");
  const std::string page =
      "<html><head><meta charset=\"windows-1251\"></head><body><p>\xCF\xF0\xE8\xE2\xE5\xF2</p></body></html>";
  const std::string text = "caf\xE9 prices rose 5%.";
  Write(d / "page.html", page);
  Write(d / "note.txt", text);
  for (const char* name : {"page.html", "note.txt"}) {
    const std::string path = (d / name).string();
    ReadReport from_file = ReadInputs({path}, ReadOptions{});
    ReadReport from_bytes;
    ReadWholeFileBytes(path, name[0] == 'p' ? page : text, ReadOptions{}, &from_bytes);
    REQUIRE(from_bytes.articles.size() == 1);
    REQUIRE(from_file.articles.size() == 1);
    CHECK(from_bytes.articles[0].id == from_file.articles[0].id);
    CHECK(from_bytes.articles[0].raw == from_file.articles[0].raw);
    CHECK(from_bytes.articles[0].format == from_file.articles[0].format);
    CHECK(from_bytes.records_read == 1);
    CHECK(from_bytes.repaired_records == from_file.repaired_records);
  }
  ReadReport rejected;
  ReadWholeFileBytes("blank.txt", " \n", ReadOptions{}, &rejected);
  CHECK(rejected.articles.empty());
  REQUIRE(rejected.rejected.size() == 1);
  CHECK(rejected.records_read == 1);
  CHECK(rejected.rejected[0].reason.find("empty") != std::string::npos);
}

TEST_CASE("a reader that keeps a share reads the same batches and drops the rest", "[corpus]") {
  fs::path d = TempDir("keep_share");
  std::string feed;
  for (int i = 0; i < 30; ++i)
    feed += "{\"id\":\"k" + std::to_string(i) + "\",\"text\":\"Story " + std::to_string(i) + " about grain.\"}\n";
  feed += "{\"id\":\"k3\",\"text\":\"a duplicate id\"}\nnot json\n";
  Write(d / "feed.jsonl", feed);
  Reader all({(d / "feed.jsonl").string()}, ReadOptions{});
  ReadOptions odd;
  odd.keep = [](uint64_t n) { return n % 2 == 1; };
  Reader share({(d / "feed.jsonl").string()}, odd);
  std::vector<Article> a, s;
  for (;;) {
    const uint64_t before_all = all.accepted(), before_share = share.accepted();
    const bool more_all = all.Next(60, &a), more_share = share.Next(60, &s);
    REQUIRE(more_all == more_share);
    CHECK(all.accepted() - before_all == share.accepted() - before_share);  // same batch
    if (!more_all) break;
  }
  REQUIRE(a.size() == 30);
  REQUIRE(s.size() == 15);
  for (size_t i = 0; i < s.size(); ++i) CHECK(s[i].id == a[2 * i + 1].id);
  CHECK(share.report().rejected.size() == all.report().rejected.size());
  CHECK(share.report().records_read == all.report().records_read);
}

TEST_CASE("JsonlLineParser parses lines one at a time as Reader reads them") {
  fs::path d = TempDir("line_parser");
  const std::string text =
      "{\"id\":\"a\",\"text\":\"first\"}\n"
      "\n"
      "{\"text\":\"no id\"}\n"
      "{\"id\":\"c\",\"text\": \n"
      "{\"id\":\"d\",\"text\":\"last\"}\r\n";
  Write(d / "feed.jsonl", text);
  const std::string file = (d / "feed.jsonl").string();
  ReadReport whole = ReadInputs({file}, ReadOptions{});
  REQUIRE(whole.articles.size() == 3);
  REQUIRE(whole.rejected.size() == 1);

  // The same lines, one at a time, with their numbers and offsets.
  JsonlLineParser parser;
  ReadReport report;
  std::vector<Article> got;
  uint64_t line_no = 0;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    Article a;
    int r = parser.Parse(file, ++line_no, pos, std::string_view(text).substr(pos, nl - pos), ReadOptions{}, &report, &a);
    if (r > 0) got.push_back(std::move(a));
    CHECK(r == (line_no == 2 ? 0 : line_no == 4 ? -1 : 1));
    pos = nl + 1;
  }
  REQUIRE(got.size() == whole.articles.size());
  for (size_t i = 0; i < got.size(); ++i) {
    CHECK(got[i].id == whole.articles[i].id);
    CHECK(got[i].raw == whole.articles[i].raw);
    CHECK(got[i].origin.line == whole.articles[i].origin.line);
    CHECK(got[i].origin.offset == whole.articles[i].origin.offset);
    CHECK(got[i].origin.length == whole.articles[i].origin.length);
  }
  CHECK(got[1].id == DerivedJsonlId(file, 3));
  CHECK(got[1].id == "feed-3");
  REQUIRE(report.rejected.size() == 1);
  CHECK(report.rejected[0].origin.line == 4);
  CHECK(report.rejected[0].reason == whole.rejected[0].reason);
  CHECK(report.records_read == 1);
}

TEST_CASE("duplicate ids among many are found and name the first line", "[corpus]") {
  fs::path d = TempDir("many_ids");
  std::string a, b;
  for (int i = 0; i < 5000; ++i) a += "{\"id\":\"doc-" + std::to_string(i) + "\",\"text\":\"Text " + std::to_string(i) + ".\"}\n";
  // In a second file: new ids, and two ids of the first file (its lines 7 and 4321).
  b += "{\"id\":\"other\",\"text\":\"New text.\"}\n";
  b += "{\"id\":\"doc-6\",\"text\":\"Again.\"}\n";
  b += "{\"id\":\"doc-4320\",\"text\":\"Again.\"}\n";
  b += "{\"id\":\"doc-5000\",\"text\":\"New too.\"}\n";
  Write(d / "a.jsonl", a);
  Write(d / "b.jsonl", b);
  ReadReport r = ReadInputs({(d / "a.jsonl").string(), (d / "b.jsonl").string()}, ReadOptions{});
  CHECK(r.articles.size() == 5002);
  REQUIRE(r.rejected.size() == 2);
  CHECK(r.rejected[0].origin.ToString().find("b.jsonl:2") != std::string::npos);
  CHECK(r.rejected[0].reason.find("duplicate id \"doc-6\" (first at ") != std::string::npos);
  CHECK(r.rejected[0].reason.find("a.jsonl:7)") != std::string::npos);
  CHECK(r.rejected[1].reason.find("a.jsonl:4321)") != std::string::npos);
}

TEST_CASE("id-less JSONL files of one name in two folders are both read; many records of one id are renamed in turn", "[corpus]") {
  fs::path d = TempDir("derived_ids");
  fs::create_directories(d / "siteA");
  fs::create_directories(d / "siteB");
  Write(d / "siteA" / "feed.jsonl", "{\"text\":\"Prices rose 5% in May.\"}\n{\"text\":\"Rents fell.\"}\n");
  Write(d / "siteB" / "feed.jsonl", "{\"text\":\"Wages rose 3% in June.\"}\n{\"id\":\"feed-1\",\"text\":\"Given.\"}\n");
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  std::vector<std::string> ids;
  for (const auto& a : r.articles) ids.push_back(a.id);
  // siteB's line 1 derives "feed-1" too: renamed, as two files of one name are; its line 2
  // gives "feed-1" itself, a duplicate of a given id: rejected.
  CHECK(ids == std::vector<std::string>{"feed-1", "feed-2", "feed-1#2"});
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].reason.find("duplicate id \"feed-1\"") != std::string::npos);
  // A WARC file whose records all carry one id: each renamed to the next free "id#n".
  std::string warc;
  for (int i = 0; i < 3000; ++i) {
    const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Story " +
                              std::to_string(i) + " of the harbour.</p></body></html>";
    warc += "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:same>\r\nWARC-Target-URI: http://a/" +
            std::to_string(i) + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
            std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  }
  Write(d / "same.warc", warc);
  ReadReport w = ReadInputs({(d / "same.warc").string()}, ReadOptions{});
  REQUIRE(w.articles.size() == 3000);
  CHECK(w.articles[1].id == "urn:same#2");
  CHECK(w.articles[2999].id == "urn:same#3000");
}

TEST_CASE("listing the inputs and reading each file alone gives what one reader gives", "[corpus]") {
  fs::path d = TempDir("list");
  fs::create_directories(d / "site");
  Write(d / "site" / "a.txt", "Prices rose 5% in May.");
  Write(d / "site" / "a.html", "<html><body><p>Prices rose 6% in May.</p></body></html>");
  Write(d / "notes.md", "not an input");
  Write(d / "feed.jsonl", "{\"id\":\"x\",\"text\":\"one\"}\nnot json\n{\"text\":\"two\"}\n");
  fs::path other = TempDir("list_other");
  Write(other / "a.txt", "Prices rose 7% in May.");
  const std::vector<std::string> inputs = {(d / "missing.txt").string(), d.string(), (other / "a.txt").string()};
  ReadReport whole = ReadInputs(inputs, ReadOptions{});
  Reader lister(inputs, ReadOptions{});
  const std::vector<InputFile> files = lister.List();
  ReadReport listing = lister.TakeReport();
  REQUIRE(files.size() == 4);
  CHECK(files[0].path == (d / "feed.jsonl").string());
  CHECK(files[1].root == d.string());
  CHECK(files[3].root.empty());
  CHECK(files[0].rejected_before == 1);  // the missing input comes first
  CHECK(listing.input_files == 4);
  CHECK(listing.skipped.size() == 1);
  // Each file alone, ids unchecked: the same records (the duplicate id of the last file is the
  // caller's to find).
  ReadOptions unchecked;
  unchecked.check_ids = false;
  std::vector<std::string> ids;
  size_t rejected = listing.rejected.size();
  for (const InputFile& f : files) {
    Reader one(f, unchecked);
    std::vector<Article> got;
    while (one.Next(0, &got)) {
    }
    for (const auto& a : got) ids.push_back(a.id);
    rejected += one.report().rejected.size();
  }
  CHECK(ids == std::vector<std::string>{"x", "feed-3", "site/a", "site/a", "a"});
  CHECK(rejected == whole.rejected.size());
  REQUIRE(whole.articles.size() == 5);
  CHECK(whole.articles[3].id == "site/a#2");
}

TEST_CASE("a WARC record right after damage is read: after a line of garbage, or after a block without its line ends", "[corpus]") {
  fs::path d = TempDir("warc_resync");
  auto record = [](const std::string& id, bool line_ends) {
    const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Story " + id +
                              " of the harbour.</p></body></html>";
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + id + ">\r\nWARC-Target-URI: http://a/" + id +
           "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + std::to_string(block.size()) +
           "\r\n\r\n" + block + (line_ends ? "\r\n\r\n" : "");
  };
  Write(d / "garbage.warc", "garbage line\n" + record("g1", true) + record("g2", true));
  Write(d / "bare.warc", record("b1", false) + record("b2", true) + record("b3", true));
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  std::vector<std::string> ids;
  for (const auto& a : r.articles) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"b1", "b2", "b3", "g1", "g2"});
  bool named = false;
  for (const auto& x : r.rejected)
    named = named || (x.origin.file.find("garbage.warc") != std::string::npos &&
                      x.reason.find("no \"WARC/1.x\" version line") != std::string::npos);
  CHECK(named);
}

TEST_CASE("a WARC file read in byte ranges cut at record starts reads as one reading", "[corpus]") {
  fs::path d = TempDir("warc_ranges");
  auto record = [](const std::string& type, const std::string& id, const std::string& block) {
    return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <" + id +
           ">\r\nWARC-Target-URI: https://example.org/" + id + "\r\nContent-Type: text/plain\r\nContent-Length: " +
           std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  };
  std::string warc = record("warcinfo", "info", "software: test\r\n");
  for (int i = 0; i < 6; ++i) {
    // Blocks that hold a record's start: never taken for one.
    std::string block = "Story " + std::to_string(i) + " about the harbour.\r\n\r\nWARC/1.0\r\nWARC-Type: resource\r\n"
                        "Content-Length: 3\r\n\r\nabc\r\n\r\n";
    warc += "\r\n" + record("resource", "r" + std::to_string(i), block);
  }
  std::string damaged = warc;
  const size_t at = damaged.find("Content-Length: ", damaged.find("<r3>"));
  damaged.insert(at + 16, "1");  // r3's block no longer ends where its Content-Length says
  for (const auto& [name, data] : {std::pair<std::string, std::string>{"ok.warc", warc}, {"bad.warc", damaged}}) {
    const std::string path = (d / name).string();
    Write(path, data);
    copydesk::Result<std::vector<uint64_t>> starts = WarcRecordStarts(path, WarcOptions{});
    REQUIRE(starts.ok());
    if (name == "ok.warc") {
      CHECK(starts.value().size() == 7);
    } else {
      CHECK(starts.value().size() == 5);  // up to r3, where the walk stops
    }
    for (uint64_t s : starts.value()) CHECK((s == 0 || data.compare(s, 2, "\r\n") == 0 || data.compare(s, 5, "WARC/") == 0));
    ReadReport whole = ReadInputs({path}, ReadOptions{});
    // Every start a range of its own.
    std::vector<std::string> ids;
    std::vector<std::string> rejected;
    std::map<std::string, uint64_t> skipped;
    const std::vector<uint64_t>& s = starts.value();
    for (size_t k = 0; k < s.size(); ++k) {
      InputFile f;
      f.path = path;
      f.begin = s[k];
      f.end = k + 1 < s.size() ? s[k + 1] : data.size();
      Reader one(f, ReadOptions{});
      std::vector<Article> got;
      one.Next(SIZE_MAX, &got);
      for (const auto& a : got) {
        ids.push_back(a.id);
        CHECK(a.origin.offset >= f.begin);
      }
      for (const auto& r : one.report().rejected) rejected.push_back(r.reason);
      for (const auto& [why, n] : one.report().skipped_records) skipped[why] += n;
    }
    std::vector<std::string> whole_ids, whole_rejected;
    for (const auto& a : whole.articles) whole_ids.push_back(a.id);
    for (const auto& r : whole.rejected) whole_rejected.push_back(r.reason);
    CHECK(ids == whole_ids);
    CHECK(rejected == whole_rejected);
    CHECK(skipped == whole.skipped_records);
    CHECK(whole_ids.size() >= 3);
  }
}

TEST_CASE("a field nested too deep is refused with its line, a byte order mark on any line is read past", "[corpus]") {
  fs::path d = TempDir("deep");
  std::string deep = "{\"id\":\"deep\",\"text\":\"Buses ran.\",\"x\":";
  for (int i = 0; i < 100000; ++i) deep += '[';
  for (int i = 0; i < 100000; ++i) deep += ']';
  deep += "}\n";
  Write(d / "feed.jsonl", "{\"id\":\"a\",\"text\":\"First.\"}\n" + deep + "\xEF\xBB\xBF{\"id\":\"b\",\"text\":\"Second.\"}\n");
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 2);  // a, and b after a byte order mark (a file concatenated to another)
  CHECK(r.articles[1].id == "b");
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].origin.ToString().find("feed.jsonl:2") != std::string::npos);
  CHECK(r.rejected[0].reason.find("deep") != std::string::npos);
}

TEST_CASE("charset labels are read as browsers read them (WHATWG)", "[corpus]") {
  CHECK(WebCharset("ISO-8859-1") == "windows-1252");
  CHECK(WebCharset("latin1") == "windows-1252");
  CHECK(WebCharset("GB2312") == "gbk");
  CHECK(WebCharset("euc-kr") == "windows-949");
  CHECK(WebCharset("koi8-r") == "koi8-r");
  // A page declared Latin-1 keeps its euro sign and curly quotes (windows-1252 bytes 0x80, 0x93, 0x94).
  std::string page = "spend \x80" "5 million, a \x93historic\x94 deal";
  REQUIRE(DecodeCharset("iso-8859-1", &page).ok());
  CHECK(page == "spend \xE2\x82\xAC" "5 million, a \xE2\x80\x9Chistoric\xE2\x80\x9D deal");
}

TEST_CASE("the file a command writes is no input when a directory walk finds it; an unreadable directory is named", "[corpus]") {
  fs::path d = TempDir("own_output");
  Write(d / "a.txt", "The council approved 12 new buses.");
  Write(d / "articles.jsonl", "{\"id\":\"a\",\"text\":\"The council approved 12 new buses.\"}\n");
  ReadOptions o;
  o.output_file = (d / "articles.jsonl").string();
  ReadReport r = ReadInputs({d.string()}, o);
  REQUIRE(r.articles.size() == 1);
  REQUIRE(r.skipped.size() == 1);
  CHECK(r.skipped[0].reason.find("-o") != std::string::npos);
  if (::geteuid() != 0) {  // root reads any directory
    fs::create_directories(d / "locked");
    fs::permissions(d / "locked", fs::perms::none);
    ReadReport l = ReadInputs({d.string()}, ReadOptions{});
    bool named = false;
    for (const auto& x : l.rejected) named = named || x.reason.find("unreadable directory") != std::string::npos;
    CHECK(named);
    fs::permissions(d / "locked", fs::perms::owner_all);
  }
}
